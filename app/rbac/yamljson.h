#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace chartroom::rbac {

/// The mapping documents of a multi-document YAML stream (a rendered Helm manifest) as JSON
/// objects; scalars stay strings except true/false, null and plain integers. Empty and
/// comment-only documents are skipped. Invalid YAML gives an Error with the line.
[[nodiscard]] Result<QList<QJsonObject>> yamlDocumentsToJson(const QByteArray &yaml);

} // namespace chartroom::rbac
