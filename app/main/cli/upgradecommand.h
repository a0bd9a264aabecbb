#pragma once

#include "backup/backuprequest.h"
#include "jobs/job.h"
#include "kube/parsers/helmhistory.h"
#include "backup/backuprepository.h"
#include "upgrade/chartversion.h"
#include "upgrade/upgraderequest.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace chartroom {

class Runtime;

/// `chartroom-cli upgrade`: upgrades one release, or several in DR tier order (`--release` more
/// than once, or `--tier N` for every release of a tier in the scanned fleet), on the upgrade
/// engine (app/upgrade). The new chart is `--chart REF [--version V]`, or with `--to-latest` the
/// newest version from each release's remembered source (a release without one is refused with
/// the reason unless `--chart` is given; one already at the newest is left out). A batch previews
/// every release and prints every plan first, then runs them one after another and stops at the
/// first failure (the rest: "not started"); the exit code is 1 when any failed. `--list-scheduled`
/// lists the maintenance-window upgrades that wait, and those whose window passed unrun.
///
/// Always previews first (values, per-object manifest diff, risk flags, then the plan with its
/// exact commands); with --plan-only, or without --yes, it stops there and changes nothing (exit
/// 0). With --yes it runs the plan as one journaled job, prints each step's outcome, records an
/// upgrade checkpoint and, on success, the chart source of the release. Immutable-field changes
/// need --confirm-risks; going on without a fresh verified backup needs --skip-backup together with
/// --confirm-skip-backup=<release name>. After a blue-green upgrade, --switch-back points the
/// Services at the release again and removes NAME-green; --retire-blue (with
/// --confirm-retire=<release name>) keeps the Services on green and uninstalls the release. Exit
/// codes as CliApp.
class UpgradeCommand final
{
public:
    UpgradeCommand(Runtime &runtime, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

    /// The probed tools as the upgrade engine needs them.
    static backup::ClusterTools clusterTools(Runtime &runtime);
    /// Starts a job (through the queue when `journal`, so it is journaled), forwards its output to
    /// `err`, and waits for it on a local event loop (the CLI has no UI to keep responsive).
    static jobs::Job *runJob(Runtime &runtime, std::unique_ptr<jobs::Job> job, const QString &context, QTextStream &err,
                             bool journal, std::unique_ptr<jobs::Job> *keep);
    /// `helm history` of a release (waited for); nullopt after a message to `err`.
    static std::optional<QList<kube::HelmRevision>> releaseHistory(Runtime &runtime, const backup::ClusterTools &tools,
                                                                   const upgrade::ReleaseTarget &release, QTextStream &err);
    /// Prints a sequence's steps with their outcomes and durations.
    static void printOutcome(const jobs::Job &job, QTextStream &out);

private:
    struct Options;
    struct Prepared;
    struct Target
    {
        upgrade::ReleaseTarget release;
        std::optional<int> tier;
        upgrade::ChartSource source;
    };

    /// The releases to upgrade with their sources; nullopt after the reasons went to `m_err` (`*code` set).
    std::optional<QList<Target>> selectTargets(const Options &options, const backup::ClusterTools &tools, int *code);
    /// The newest version of `source` (its versions listed as a job); nullopt after a message.
    std::optional<upgrade::ChartVersionEntry> newestVersion(const upgrade::ChartSource &source, const backup::ClusterTools &tools,
                                                            const QString &context);
    /// Previews one release (printed) and builds its plan; nullopt after a message.
    std::optional<Prepared> prepare(const Target &target, const Options &options, const backup::ClusterTools &tools,
                                    const std::optional<backup::BackupRepository> &repository);
    /// After its job ran: the checkpoint, the remembered source, what happened; true when it succeeded.
    bool record(const Prepared &prepared, const jobs::Job &job, const backup::ClusterTools &tools);
    /// `--list-scheduled`: every stored maintenance-window upgrade, pending or missed.
    int listScheduled();
    int finishBlueGreen(const QString &releaseKey, bool retire, const QString &confirmation, bool yes);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
