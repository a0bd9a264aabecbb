#pragma once

#include "backup/restorestepjob.h"
#include "upgrade/chartsource.h"
#include "upgrade/chartversion.h"
#include "upgrade/upgradecommands.h"

#include <QList>

namespace chartroom::upgrade {

/// Which versions a Helm repository offers for a release's chart: `helm repo add NAME URL
/// --force-update` when the source knows its URL (else the repository must be configured), `helm
/// repo update NAME`, then `helm search repo NAME/CHART --versions -o json`, keeping that chart only.
///
/// Contract: a Job for Repository sources only (others fail at start: an OCI registry or a local
/// chart has no index to search); versions() is set once it Succeeded, newest first as helm lists
/// them; upgradeAvailable(current) compares with the deployed version (SemVer).
class ChartVersionsJob final : public backup::RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartVersionsJob)

public:
    ChartVersionsJob(backup::ClusterTools tools, ChartSource source, QObject *parent = nullptr);
    ~ChartVersionsJob() override;

    [[nodiscard]] const QList<ChartVersionEntry> &versions() const { return m_versions; }
    [[nodiscard]] std::optional<ChartVersionEntry> upgradeAvailable(const QString &current) const;

protected:
    void doStart() override;

private:
    void update();
    void search();

    const ChartSource m_source;
    const UpgradeCommands m_commands;
    QList<ChartVersionEntry> m_versions;
};

} // namespace chartroom::upgrade
