#pragma once

#include "backup/backuprecord.h"

#include <QColor>
#include <QString>

namespace chartroom::ui {

/// Translated name of a backup's state ("Verified", "Bad"...), for every backup view.
[[nodiscard]] QString backupStateText(backup::BackupState state);
/// True for states that mean "this backup cannot be relied on" (shown in the error colour).
[[nodiscard]] bool isBackupProblem(backup::BackupState state);
/// The error colour of backup views (the inventory's "bad" status colour).
[[nodiscard]] QColor backupErrorColor();
/// Bytes as "1.2 MB", or "unknown" for a negative size.
[[nodiscard]] QString backupSizeText(qint64 bytes);

} // namespace chartroom::ui
