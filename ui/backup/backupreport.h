#pragma once

#include "backupsession.h"

#include <QDateTime>
#include <QString>

namespace chartroom::ui {

/// The translated word for an outcome ("succeeded", "failed"...).
[[nodiscard]] QString outcomeText(BackupOutcome::Result result);
/// "1 min 12 s", "850 ms"; "—" when unknown.
[[nodiscard]] QString durationText(qint64 ms);

/// The backup run as a Markdown document: when, where, encrypted or not, and one table row per
/// release (result, size, duration, backup id, reason). Saved beside the backups under
/// `<repository>/reports/` so the evidence of a run stays with the repository.
[[nodiscard]] QString backupReportMarkdown(const QString &repository, bool encrypted, const QDateTime &startedAt,
                                           const QDateTime &finishedAt, const QList<BackupOutcome> &outcomes);
/// `<repository>/reports/backup-<UTC time>.md`.
[[nodiscard]] QString backupReportPath(const QString &repository, const QDateTime &startedAt);

} // namespace chartroom::ui
