#pragma once

#include <QStringList>
#include <QTextStream>

namespace chartroom {

class Runtime;

/// chartroom-cli: the same core as the GUI, for scripts, cron and tests.
///
/// Exit codes: 0 success; 1 the operation failed (a tool error, a failed job); 2 usage error;
/// 3 a prerequisite is missing (helm/kubectl not found). Machine-readable output with --json.
class CliApp final
{
public:
    CliApp(Runtime &runtime, QTextStream &out, QTextStream &err);

    /// Runs the subcommand in `arguments` (without the program name) and returns the exit code.
    int run(const QStringList &arguments);

    enum ExitCode { Ok = 0, Failed = 1, Usage = 2, MissingPrerequisite = 3 };

private:
    int runTools(const QStringList &arguments);
    int runJobs(const QStringList &arguments);
    int printUsage(QTextStream &stream, int code);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
