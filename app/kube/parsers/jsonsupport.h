#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chartroom::kube {

/// Parses a tool's JSON output into an object; the error names the tool and the JSON fault.
[[nodiscard]] Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &what);
/// The same for a JSON array (helm list prints one).
[[nodiscard]] Result<QJsonArray> parseJsonArray(const QByteArray &json, const QString &what);

} // namespace chartroom::kube
