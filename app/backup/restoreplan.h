#pragma once

#include "artifact/datakey.h"
#include "backup/backuprecord.h"
#include "backup/backuprepository.h"
#include "backup/backuprequest.h"
#include "backup/restoreconfigjob.h"
#include "artifact/artifactreader.h"
#include "catalog/chartprofile.h"
#include "catalog/placeholders.h"
#include "jobs/job.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace chartroom::backup {

/// Where a backup is restored: its own release (in place), or a clone: the same release name in
/// another namespace (e.g. a DR drill into `dr-test-YYYYMM`) and/or another release name. Under
/// another name, the profile's placeholders ({release}, {fullname}, selectors) name the target,
/// config objects are renamed from the backup's fullname to the target's, and a missing target
/// is installed under its own name from the backup's Helm record.
struct RestoreTarget
{
    QString namespaceName; ///< empty: the backup's namespace
    QString releaseName;   ///< empty: the backup's release
    /// Whether the target release is installed (the caller asks helm); when it is not, it is
    /// reinstalled from the backup's Helm record first (and no safety backup is taken).
    bool releaseExists = true;
    /// The target's current Helm revision (from `helm history`), so that the safety backup stores
    /// Helm's release record too; 0 when unknown.
    int currentRevision = 0;
};

struct RestoreOptions
{
    /// Back up the target's current state first, so a bad restore can itself be undone.
    /// Skipping it is an explicit choice of the caller.
    bool safetyBackup = true;
    int rolloutTimeoutSeconds = 300;
};

/// A restore of one backup, before anything runs (kpmcore's Operation: preview, then apply).
///
/// Steps, in this order:
///  1. verify the backup (every artifact re-read and authenticated): nothing touches the
///     cluster before it passed;
///  2. safety backup of the target as it is now (unless RestoreOptions::safetyBackup is off); or,
///     when the release is not installed, `helm upgrade --install` of the chart rebuilt from the
///     backup's Helm release record with its saved values, then a wait for its rollout;
///  3. quiesce: `kubectl scale --replicas=0` of the profile's workload, only for components whose
///     restore runs in a pod outside that workload. A database dump is replayed by the database's
///     own client (psql, mysql, redis-cli) inside the running server pod, and a data archive is
///     unpacked inside the application's pod: scaling that workload to zero would remove the very
///     pod the restore runs in, so those components restore into the running pod and the
///     workload is restarted afterwards when the profile says the application only reads its
///     files at start-up (`restartAfterRestore`);
///  4. config: `kubectl apply` of the config export, rewritten into the target namespace and
///     stripped of server-owned metadata (a backup without Secrets applies none);
///  5. data: per component in profile order, the artifact streamed through ArtifactReader
///     (authenticated chunk by chunk) into `kubectl exec --stdin` running the profile's restore;
///  6. scale back up / `kubectl rollout restart`;
///  7. `kubectl rollout status --timeout` of the workload;
///  8. the profile's health checks through exec.
///
/// Contract: constructing a plan and calling problem()/steps() has no side effect and can be
/// repeated; the preview needs no key. A plan with a problem() (a backup that is Bad, Failed, Incomplete or in progress,
/// a release to reinstall without a Helm record in the backup, no profile match) makes no job. makeJob() returns a
/// SequenceJob whose compensation, after a failure, scales quiesced workloads back to their
/// original replicas and names the safety backup to restore from.
class RestorePlan final
{
public:
    enum class StepKind { Verify, SafetyBackup, Reinstall, Quiesce, Config, Data, Resume, Rollout, HealthCheck, Note };

    /// One line of the preview: what it does and the exact (redacted) commands it runs. Commands
    /// that run in a pod name it `POD`: the first running, ready pod of `selector`, chosen at run time.
    struct Step
    {
        StepKind kind = StepKind::Note;
        QString title;
        QStringList commands;
        QString note;
    };

    RestorePlan(BackupRepository repository, BackupRecord backup, RestoreTarget target, catalog::ChartProfile profile,
                std::optional<artifact::DataKey> key, RestoreOptions options = {});

    [[nodiscard]] const BackupRecord &backup() const { return m_backup; }
    [[nodiscard]] const catalog::ChartProfile &profile() const { return m_profile; }
    [[nodiscard]] const RestoreOptions &options() const { return m_options; }
    [[nodiscard]] QString targetContext() const;
    [[nodiscard]] QString targetNamespace() const;
    [[nodiscard]] QString targetRelease() const;
    [[nodiscard]] bool inPlace() const;
    /// Why the restore cannot run; empty when it can.
    [[nodiscard]] QString problem() const;
    /// True when the backup is encrypted and the plan has not its key (the preview needs none).
    [[nodiscard]] bool needsKey() const;
    /// The preview: every step with its commands. Pure.
    [[nodiscard]] QList<Step> steps(const ClusterTools &tools) const;
    /// Human summary: a header, then one numbered block per step.
    [[nodiscard]] QStringList describe(const ClusterTools &tools) const;
    /// The jobs; nullptr when problem() is not empty or needsKey().
    [[nodiscard]] std::unique_ptr<jobs::Job> makeJob(const ClusterTools &tools) const;

    /// The components restored through exec, in profile order (data steps).
    [[nodiscard]] QList<catalog::BackupComponent> dataComponents() const;
    /// Whether restoring `component` needs the workload scaled to zero first.
    [[nodiscard]] bool needsQuiesce(const catalog::BackupComponent &component) const;

    /// The profile's workload in the target ("statefulset/NAME"): what is quiesced, restarted, waited for.
    [[nodiscard]] QString workload() const;

private:
    [[nodiscard]] const ComponentRecord *recordFor(const QString &componentId) const;
    [[nodiscard]] CommandLine rolloutStatus(const ClusterTools &tools) const;
    [[nodiscard]] QString substitute(const QString &text) const;
    [[nodiscard]] QStringList substituteAll(const QStringList &texts) const;
    [[nodiscard]] catalog::PlaceholderValues placeholderValues() const;
    [[nodiscard]] ReleaseRename releaseRename() const;
    [[nodiscard]] artifact::ReadOptions readOptions(const ComponentRecord &record) const;
    [[nodiscard]] QString artifactPath(const ComponentRecord &record) const;

    BackupRepository m_repository;
    BackupRecord m_backup;
    RestoreTarget m_target;
    catalog::ChartProfile m_profile;
    std::optional<artifact::DataKey> m_key;
    RestoreOptions m_options;
};

QString restoreStepKindName(RestorePlan::StepKind kind);

} // namespace chartroom::backup
