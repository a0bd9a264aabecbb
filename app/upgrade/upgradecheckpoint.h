#pragma once

#include "core/result.h"
#include "upgrade/upgraderequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace chartroom::upgrade {

/// One upgrade (or rollback, or recovery) as the release's history shows it.
struct UpgradeCheckpoint
{
    QString release;      ///< "CTX/NS/NAME"
    QString operation;    ///< "upgrade" | "rollback" | "recover"
    QString strategy;     ///< strategyId(), empty for rollbacks
    int fromRevision = 0;
    int toRevision = 0;   ///< the revision after it ran (helm history), 0 when unknown
    QString fromChart;    ///< "memcached-0.3.3"
    QString toChart;      ///< "memcached 0.4.0" / the chart reference
    QString backupId;     ///< the gate's backup, empty when none
    bool backupSkipped = false; ///< the user confirmed going on without a fresh backup
    QString outcome;      ///< "succeeded" | "failed" | "canceled"
    QString error;
    QDateTime startedAt;
    qint64 durationMs = 0;

    [[nodiscard]] QJsonObject toJson() const;
    static UpgradeCheckpoint fromJson(const QJsonObject &json);
};

/// The checkpoints of every release, in one JSON file (`upgrade-checkpoints.json` in Chartroom's
/// data dir), newest last per release.
///
/// Contract: append() reads, adds and rewrites the file atomically; list() reads it. Not for the UI
/// thread (file I/O): the GUI calls them from a worker or a job.
class UpgradeCheckpointStore final
{
public:
    explicit UpgradeCheckpointStore(QString filePath);

    Result<void> append(const UpgradeCheckpoint &checkpoint) const;
    [[nodiscard]] Result<QList<UpgradeCheckpoint>> list(const QString &releaseKey) const;

    [[nodiscard]] static QString defaultPath();

private:
    QString m_filePath;
};

} // namespace chartroom::upgrade
