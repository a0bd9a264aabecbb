#pragma once

#include <QDateTime>
#include <QString>

namespace chartroom::backup {

/// A new backup id: "<UTC time>-<random hex>", e.g. "20261126T081500Z-3fa9c1". Sortable by
/// time; the random part keeps two backups started in the same second apart (the repository
/// also creates the directory exclusively, so a collision is retried, never shared).
QString newBackupId(const QDateTime &now);
/// The time an id was made, or an invalid QDateTime when it is not a backup id.
QDateTime backupIdTime(const QString &id);
bool isBackupId(const QString &id);

/// A path segment for a context, namespace or release name: kept readable, with anything that
/// is not [A-Za-z0-9._-] (e.g. the ":" and "/" of an EKS context ARN) percent-encoded, and a
/// leading "." encoded so that no segment is hidden or "..".
QString encodePathSegment(const QString &name);
QString decodePathSegment(const QString &segment);

} // namespace chartroom::backup
