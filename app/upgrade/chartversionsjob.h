#pragma once

#include "backup/restorestepjob.h"
#include "upgrade/chartsource.h"
#include "upgrade/chartversion.h"
#include "upgrade/upgradecommands.h"

#include <QList>

#include <functional>

namespace chartroom::upgrade {

/// Which versions a chart source offers for a release's chart.
///  - Helm repository: `helm repo add NAME URL --force-update` when the source knows its URL (else
///    the repository must be configured), `helm repo update NAME`, then `helm search repo
///    NAME/CHART --versions -o json`, keeping that chart only.
///  - Local chart directory or archive: `helm show chart PATH`: its one version.
///  - OCI reference: `helm show chart oci://…` without a version, which helm resolves to the
///    newest tag: that one version (a registry has no index helm can search).
///
/// Contract: versions() is set once it Succeeded, newest first (named chartArgument() for local
/// and OCI sources); upgradeAvailable(current) compares with the deployed version (SemVer).
class ChartVersionsJob final : public backup::RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartVersionsJob)

public:
    ChartVersionsJob(backup::ClusterTools tools, ChartSource source, QObject *parent = nullptr);
    ~ChartVersionsJob() override;

    [[nodiscard]] const QList<ChartVersionEntry> &versions() const { return m_versions; }
    [[nodiscard]] std::optional<ChartVersionEntry> upgradeAvailable(const QString &current) const;
    /// The newest version offered (no pre-release unless nothing else is), nullopt before success.
    [[nodiscard]] std::optional<ChartVersionEntry> newest() const;
    [[nodiscard]] const ChartSource &source() const { return m_source; }

protected:
    void doStart() override;

private:
    void update();
    void search();
    void showChart();
    /// Runs `command` with its stdout captured; `handle` parses it (an error fails the job).
    void runCaptured(const QString &title, const CommandLine &command, std::function<Result<void>(const QByteArray &)> handle);

    const ChartSource m_source;
    const UpgradeCommands m_commands;
    QList<ChartVersionEntry> m_versions;
};

} // namespace chartroom::upgrade
