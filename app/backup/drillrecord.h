#pragma once

#include "core/result.h"
#include "inventory/drilloutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace chartroom::backup {

/// One restore drill: a backup restored into a scratch namespace, checked and timed.
/// Drills are kept in `<repository>/drills.json`, the last MaxPerRelease per release.
struct DrillRecord
{
    static constexpr int MaxPerRelease = 100;

    QString releaseKey; ///< "context/namespace/release"
    QString backupId;
    QDateTime startedAt;  ///< UTC
    QDateTime finishedAt; ///< UTC
    qint64 durationMs = 0;
    bool ok = false;
    QString error;                     ///< why it failed; empty when ok
    std::optional<qint64> rtoSeconds;  ///< the profile's RTO at the time of the drill, if any

    [[nodiscard]] QJsonObject toJson() const;
    /// Lenient: missing fields keep their defaults.
    static DrillRecord fromJson(const QJsonObject &object);

    /// What the inventory shows of it.
    [[nodiscard]] inventory::DrillOutcome outcome() const;

    bool operator==(const DrillRecord &other) const = default;
};

/// The drills file of a repository.
QString drillsFilePath(const QString &repositoryRoot);
/// Every recorded drill, oldest first: none when there is no drills file yet; an error naming the
/// file when it cannot be read or is not a drills file (it is left as it is).
Result<QList<DrillRecord>> readDrills(const QString &repositoryRoot);
/// Every recorded drill, oldest first; empty when there is no (readable) drills file.
QList<DrillRecord> loadDrills(const QString &repositoryRoot);
/// Appends `record` and rewrites the file atomically, keeping the last MaxPerRelease drills of
/// each release. Refuses (and changes nothing) when the existing file cannot be read, so drills
/// recorded before are never overwritten.
Result<void> appendDrill(const QString &repositoryRoot, const DrillRecord &record);
/// The newest successful drill of a release.
std::optional<DrillRecord> lastSuccessfulDrill(const QString &repositoryRoot, const QString &releaseKey);

} // namespace chartroom::backup
