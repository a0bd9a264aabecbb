#pragma once

#include "fleet.h"

#include "kube/parsers/helmlist.h"
#include "kube/parsers/workloads.h"

namespace chartroom::catalog {
class ProfileCatalog;
}

namespace chartroom::inventory {

class BackupIndex;

/// Joins what helm and kubectl reported for one context into Releases (a pure function).
///
/// Objects belong to a release by helm's ownership annotations (meta.helm.sh/release-name and
/// -namespace), else by the app.kubernetes.io/instance label in the release's namespace. Each
/// release is matched to its chart profile for tier, RTO, RPO and statefulness; an annotation
/// `chartroom.io/tier` on one of its workloads overrides the profile's tier. Charts without a
/// profile get no tier and count as stateful when they own a StatefulSet or a PVC.
class FleetAssembler final
{
public:
    FleetAssembler(const catalog::ProfileCatalog &catalog, const BackupIndex &backups);

    [[nodiscard]] QList<Release> assemble(const QString &context, const QList<kube::HelmReleaseSummary> &releases,
                                          const QList<kube::KubeObject> &objects, const QDateTime &now) const;

private:
    const catalog::ProfileCatalog &m_catalog;
    const BackupIndex &m_backups;
};

} // namespace chartroom::inventory
