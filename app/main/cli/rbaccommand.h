#pragma once

#include <QStringList>
#include <QTextStream>

namespace chartroom {

class Runtime;

/// `chartroom-cli rbac`: reviews the RBAC of one or more contexts (rule engine, chart-profile
/// drift, acceptances from rbac-acceptances.json) and prints the findings as text, JSON,
/// Markdown, CSV or HTML; `rbac accept` records an acceptance. Exit codes: 0 ok, 1 a context
/// could not be read, 2 usage, 3 missing helm/kubectl, 4 open findings at or above --fail-on.
class RbacCommand final
{
public:
    enum { FindingsOpen = 4 };

    RbacCommand(Runtime &runtime, QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int accept(const QStringList &arguments);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
