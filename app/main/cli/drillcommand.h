#pragma once

#include "backup/backuprepository.h"

#include <QStringList>
#include <QTextStream>

namespace chartroom {

class Runtime;

/// `chartroom-cli drill`: restore drills. For each chosen release (--release, or --tier N: the
/// releases whose latest verified backup's profile has that tier, found in the repository), its
/// latest verified backup is restored with RestorePlan into a new scratch namespace
/// `chartroom-drill-<release>-<yyyyMMddHHmmss>` (no safety backup: nothing is there to save),
/// which runs the profile's health checks. The measured time is compared with the profile's RTO,
/// the drill is recorded in the repository's drills.json, and the scratch namespace is deleted
/// (`--wait=false`) unless --keep-namespace.
/// Exit codes as CliApp: 0 every drill succeeded, 1 one failed, 2 usage, 3 a prerequisite is
/// missing (tools, repository, key, profile).
class DrillCommand final
{
public:
    DrillCommand(Runtime &runtime, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    /// Deletes the scratch namespace without waiting for it to go; false (after a message) when
    /// kubectl refused.
    bool deleteNamespace(const QString &context, const QString &namespaceName);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
