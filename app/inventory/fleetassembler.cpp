#include "fleetassembler.h"

#include "backupindex.h"
#include "catalog/profilecatalog.h"

#include <QHash>

namespace chartroom::inventory {

namespace {

QString releaseKey(const QString &namespaceName, const QString &name)
{
    return namespaceName + QLatin1Char('/') + name;
}

bool isWorkloadKind(const QString &kind)
{
    return kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet") || kind == QLatin1String("DaemonSet");
}

} // namespace

FleetAssembler::FleetAssembler(const catalog::ProfileCatalog &catalog, const BackupIndex &backups)
    : m_catalog(catalog)
    , m_backups(backups)
{
}

QList<Release> FleetAssembler::assemble(const QString &context, const QList<kube::HelmReleaseSummary> &summaries,
                                        const QList<kube::KubeObject> &objects, const QDateTime &now) const
{
    QList<Release> releases;
    releases.reserve(summaries.size());
    QHash<QString, qsizetype> index;
    for (const kube::HelmReleaseSummary &summary : summaries) {
        Release release;
        release.context = context;
        release.namespaceName = summary.namespaceName;
        release.name = summary.name;
        release.revision = summary.revision;
        release.updated = summary.updated;
        release.status = summary.status;
        release.chart = summary.chart;
        release.chartName = summary.chartName;
        release.chartVersion = summary.chartVersion;
        release.appVersion = summary.appVersion;
        index.insert(releaseKey(release.namespaceName, release.name), releases.size());
        releases << release;
    }

    QHash<qsizetype, int> annotatedTier;
    QHash<qsizetype, bool> ownsStatefulObjects;
    for (const kube::KubeObject &object : objects) {
        const auto found = index.constFind(releaseKey(object.helmReleaseNamespace(), object.helmReleaseName()));
        if (found == index.cend())
            continue;
        Release &release = releases[*found];
        if (isWorkloadKind(object.kind)) {
            release.workloads << Workload{object.kind, object.name, object.desired, object.ready};
            release.replicasDesired += object.desired;
            release.replicasReady += qMin(object.ready, object.desired);
            if (object.kind == QLatin1String("StatefulSet"))
                ownsStatefulObjects[*found] = true;
            bool ok = false;
            const int tier = object.annotations.value(QStringLiteral("chartroom.io/tier")).toInt(&ok);
            if (ok && tier >= 1 && tier <= 4)
                annotatedTier[*found] = tier;
        } else if (object.kind == QLatin1String("Pod")) {
            release.pods << Pod{object.name, object.phase, object.podReady, object.restarts};
        } else if (object.kind == QLatin1String("PersistentVolumeClaim")) {
            release.volumes << Volume{object.name, object.phase, object.capacity};
            ownsStatefulObjects[*found] = true;
        }
    }

    for (qsizetype i = 0; i < releases.size(); ++i) {
        Release &release = releases[i];
        if (const catalog::ChartProfile *profile = m_catalog.match(release.chart)) {
            release.profileId = profile->id;
            release.displayName = profile->displayName;
            release.tier = profile->tier;
            release.rto = profile->rto;
            release.rpo = profile->rpo;
            release.stateful = profile->stateful;
        } else {
            release.displayName = release.chartName;
            release.stateful = ownsStatefulObjects.value(i);
        }
        if (annotatedTier.contains(i))
            release.tier = annotatedTier.value(i);
        release.lastVerifiedBackup = m_backups.lastVerifiedBackup(release.key());
        release.rpoState = computeRpoState(release.stateful, release.rpo, release.lastVerifiedBackup, now);
        applyDrills(release, m_backups.drills(release.key()));
    }
    return releases;
}

} // namespace chartroom::inventory
