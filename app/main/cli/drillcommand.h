#pragma once

#include <QStringList>
#include <QTextStream>

namespace chartroom {

class Runtime;

/// `chartroom-cli drill`: restore drills, a thin front end over backup::DrillPlan / DrillJob.
/// For each chosen release (--release, or --tier N: the releases whose latest verified backup's
/// profile has that tier, found in the repository), one after the other, its latest verified
/// backup is restored into a new scratch namespace `chartroom-drill-<release>-<yyyyMMddHHmmss>`,
/// health-checked, timed against the profile's RTO, recorded in the repository's drills.json,
/// and the scratch namespace is deleted (`--wait=false`) unless --keep-namespace. A failing drill
/// does not stop the others. --dry-run prints each drill's plan (steps and commands) and changes
/// nothing.
/// Exit codes as CliApp: 0 every drill succeeded, 1 one failed, 2 usage, 3 a prerequisite is
/// missing (tools, repository, key, profile).
class DrillCommand final
{
public:
    DrillCommand(Runtime &runtime, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
