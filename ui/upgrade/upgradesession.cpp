#include "upgradesession.h"

#include "runtime.h"

#include "backup/backuprequest.h"
#include "backup/releasebackupjob.h"
#include "catalog/profilecatalog.h"
#include "jobs/job.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "upgrade/upgradepreviewjob.h"

#include <QCoreApplication>

namespace chartroom::ui {

UpgradeSession::UpgradeSession(Runtime &runtime, secrets::SecretStore &secrets)
    : runtime(runtime)
    , secrets(&secrets)
{
}

UpgradeSession::~UpgradeSession() = default;

const catalog::ChartProfile *UpgradeSession::profile() const
{
    if (!release)
        return nullptr;
    return runtime.catalog().match(release->chart);
}

upgrade::BackupGate UpgradeSession::gate() const
{
    return upgrade::BackupGate(gateInput, QDateTime::currentDateTimeUtc());
}

upgrade::UpgradePlan UpgradeSession::plan(const upgrade::UpgradeRequest &answers) const
{
    const catalog::ChartProfile *chartProfile = profile();
    upgrade::UpgradePlan built(answers, chartProfile ? std::optional<catalog::ChartProfile>(*chartProfile) : std::nullopt, gate());
    if (built.gate().decision() == upgrade::BackupGate::Decision::TakeBackup && repository && chartProfile && release) {
        const backup::ReleaseRef ref{release->context, release->namespaceName, release->name, release->chartName,
                                     release->chartVersion, {}, 0};
        const backup::BackupRequest backupRequest{ref, *chartProfile, {}, key};
        const backup::BackupRepository repo = *repository;
        const backup::ClusterTools tools = runtime.clusterTools();
        built.setBackupJobFactory([repo, backupRequest, tools] {
            return std::make_unique<backup::ReleaseBackupJob>(repo, backupRequest, tools);
        });
    }
    return built;
}

jobs::Job *UpgradeSession::enqueueHistoryRead() const
{
    const backup::ClusterTools tools = runtime.clusterTools();
    auto process = std::make_unique<jobs::ProcessJob>(QCoreApplication::translate("chartroom::ui::UpgradeSession", "Release history"),
                                                      upgrade::upgradeCommandsFor(tools).history(request.release));
    process->setBaseEnvironment(tools.environment);
    process->setCaptureStdout(true);
    process->setShowStdout(false);
    process->setTimeout(std::chrono::minutes(2));
    return runtime.queue().enqueue(std::move(process), jobs::JobOptions{0, request.release.context});
}

void UpgradeSession::setRelease(const inventory::Release &chosen)
{
    release = chosen;
    request.release.context = chosen.context;
    request.release.namespaceName = chosen.namespaceName;
    request.release.name = chosen.name;
    request.release.chartName = chosen.chartName;
    request.release.chartVersion = chosen.chartVersion;
    request.release.revision = chosen.revision;
    request.release.status = chosen.status;
}

upgrade::UpgradeCheckpoint UpgradeSession::checkpoint() const
{
    upgrade::UpgradeCheckpoint checkpoint;
    checkpoint.release = request.release.key();
    checkpoint.operation = QStringLiteral("upgrade");
    checkpoint.strategy = upgrade::strategyId(request.strategy);
    checkpoint.fromRevision = request.release.revision;
    checkpoint.toRevision = newRevision();
    checkpoint.fromChart = release ? release->chart : QString();
    checkpoint.toChart = request.source.displayName();
    checkpoint.backupId = backupId;
    checkpoint.backupSkipped = gate().decision() == upgrade::BackupGate::Decision::Skipped;
    checkpoint.startedAt = startedAt;
    if (job) {
        checkpoint.outcome = job->state() == jobs::JobState::Succeeded ? QStringLiteral("succeeded")
                             : job->state() == jobs::JobState::Canceled ? QStringLiteral("canceled")
                                                                        : QStringLiteral("failed");
        checkpoint.error = job->errorString();
        checkpoint.durationMs = job->elapsedMs();
    }
    return checkpoint;
}

void UpgradeSession::applyPreview()
{
    if (!preview)
        return;
    request.release.revision = preview->currentRevision();
    request.release.status = preview->currentStatus();
    request.services = preview->instanceServices();
    request.workloads = preview->workloads();
    request.blockingRisks = preview->hasBlockingRisks();
}

} // namespace chartroom::ui
