#pragma once

#include "backup/backuprequest.h"
#include "jobs/job.h"
#include "kube/parsers/helmhistory.h"
#include "upgrade/upgraderequest.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace chartroom {

class Runtime;

/// `chartroom-cli upgrade`: upgrades one release on the upgrade engine (app/upgrade).
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
    int finishBlueGreen(const QString &releaseKey, bool retire, const QString &confirmation, bool yes);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
