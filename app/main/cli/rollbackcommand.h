#pragma once

#include <QStringList>
#include <QTextStream>

namespace chartroom {

class Runtime;

/// `chartroom-cli rollback --release CTX/NS/NAME [--revision N] [--yes]`: rolls a release back to
/// an earlier revision (default: the previous good one), or recovers a release stuck in a pending
/// state to its last deployed revision. Prints the plan from `helm history`; changes the cluster
/// only with --yes, then records a checkpoint. Exit codes as CliApp.
class RollbackCommand final
{
public:
    RollbackCommand(Runtime &runtime, QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
