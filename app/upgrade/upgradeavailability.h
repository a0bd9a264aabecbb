#pragma once

#include "backup/backuprequest.h"
#include "jobs/jobqueue.h"
#include "upgrade/chartsource.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace chartroom::upgrade {

/// Whether a newer chart version is available for one release, from its remembered source.
struct AvailableUpgrade
{
    QString current;    ///< the deployed chart version
    QString latest;     ///< the newest version above it; empty when the release is at the newest
    QString source;     ///< where it was looked up ("sb-charts/memcached", "oci://…", a chart path)
    QString error;      ///< why the source could not be asked; empty when it answered
    QDateTime checkedAt; ///< UTC

    [[nodiscard]] bool available() const { return !latest.isEmpty(); }
    /// {"current", "latest", "source", "checkedAt"} or {"source", "error", …}.
    [[nodiscard]] QJsonObject toJson() const;
};

/// Asks every remembered chart source of a fleet for its newest version, as jobs in the job
/// queue: one ChartVersionsJob per distinct source (a repository's index, a local chart's
/// Chart.yaml, an OCI reference's newest tag), however many releases share it.
///
/// Contract: start() never blocks (it only enqueues); finished() follows exactly once per start()
/// with an answer for every item: the newer version, nothing newer, or the source's error. A
/// source's answer is cached for cacheTtl() and reused by later starts without a job. A start()
/// while one runs drops the older run's answers (finished() comes for the newer one only).
class UpgradeAvailabilityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeAvailabilityCheck)

public:
    struct Item
    {
        QString releaseKey;
        QString context;
        QString currentVersion;
        ChartSource source;
    };

    UpgradeAvailabilityCheck(jobs::JobQueue &queue, QObject *parent = nullptr);
    ~UpgradeAvailabilityCheck() override;

    void setCacheTtlSeconds(int seconds) { m_ttlSeconds = seconds; }
    [[nodiscard]] int cacheTtlSeconds() const { return m_ttlSeconds; }
    void start(const backup::ClusterTools &tools, const QList<Item> &items);
    /// The last answers, by release key.
    [[nodiscard]] const QHash<QString, AvailableUpgrade> &results() const { return m_results; }

Q_SIGNALS:
    void finished();

private:
    struct Listing
    {
        QStringList versions; ///< every version the source offers
        QString error;
        QDateTime at;
    };
    static QString sourceId(const ChartSource &source);
    void complete(int generation, const QList<Item> &items);

    jobs::JobQueue &m_queue;
    int m_ttlSeconds = 30 * 60;
    int m_generation = 0;
    QHash<QString, Listing> m_listings; ///< by sourceId()
    QHash<QString, AvailableUpgrade> m_results;
};

} // namespace chartroom::upgrade
