#pragma once

#include "backup/backuprepository.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace chartroom {

class Runtime;

/// `chartroom-cli restore`: restores one backup into its release (or a clone in another
/// namespace) on the RestorePlan engine.
///
/// Without --yes it prints the plan's preview and changes nothing (exit 0). With --yes it runs
/// the plan as one journaled job, prints each step's outcome and the measured restore time
/// against the profile's RTO. Skipping the safety backup needs --no-safety-backup together with
/// --confirm-no-safety-backup=<release name>, so that it is never an accident.
/// Exit codes as CliApp: 0 ok, 1 the restore failed or was refused, 2 usage, 3 a prerequisite
/// is missing (tools, repository, key).
class RestoreCommand final
{
public:
    RestoreCommand(Runtime &runtime, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    /// The release's current revision, 0 when helm does not know the release; nullopt (after a
    /// message) when the cluster did not answer.
    std::optional<int> currentRevision(const QString &context, const QString &namespaceName, const QString &release);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
