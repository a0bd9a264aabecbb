#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace chartroom::upgrade {

/// The upgrade library's small JSON stores (release sources, checkpoints, scheduled plans).
/// readJsonObject(): a missing file is an empty object; a file that does not parse is an error.
/// writeJsonObject(): atomic (QSaveFile, parent directories created, mode 0600).
[[nodiscard]] Result<QJsonObject> readJsonObject(const QString &path);
Result<void> writeJsonObject(const QString &path, const QJsonObject &object);

} // namespace chartroom::upgrade
