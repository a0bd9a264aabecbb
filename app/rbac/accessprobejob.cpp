#include "accessprobejob.h"

#include "jobs/processjob.h"

namespace chartroom::rbac {

AccessProbeJob::AccessProbeJob(RbacCommands commands, QString context, QStringList namespaces, QObject *parent)
    : CaptureGroupJob(tr("Check your access in %1").arg(context), 2, parent)
    , m_commands(std::move(commands))
    , m_context(std::move(context))
    , m_namespaces(std::move(namespaces))
{
}

AccessProbeJob::~AccessProbeJob() = default;

QList<CommandLine> AccessProbeJob::commandLines() const
{
    QList<CommandLine> out;
    for (const QString &ns : m_namespaces)
        out << m_commands.canIList(m_context, ns);
    return out;
}

void AccessProbeJob::prepare()
{
    for (const QString &ns : m_namespaces)
        addRun(ns.isEmpty() ? tr("Your cluster-wide access") : tr("Your access in namespace %1").arg(ns),
               m_commands.canIList(m_context, ns), std::chrono::minutes(1));
}

void AccessProbeJob::collect()
{
    for (int i = 0; i < runCount(); ++i) {
        const jobs::ProcessJob &job = run(i);
        const QString &ns = m_namespaces.at(i);
        if (job.state() != jobs::JobState::Succeeded) {
            m_errors.insert(ns, job.errorString());
            continue;
        }
        const auto parsed = parseCanIList(QString::fromUtf8(job.capturedStdout()));
        if (parsed)
            m_rules.insert(ns, parsed.value());
        else
            m_errors.insert(ns, parsed.error().message);
    }
    if (m_rules.isEmpty() && !m_namespaces.isEmpty()) {
        finishFailed(jobs::JobError::ExitCode, m_errors.value(m_namespaces.first()));
        return;
    }
    finishSucceeded();
}

void AccessProbeJob::applyTo(UserAccess &access) const
{
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it)
        access.setRules(m_context, it.key(), it.value());
}

} // namespace chartroom::rbac
