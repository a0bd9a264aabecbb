#include "rbaccollectjob.h"

#include "jobs/processjob.h"

namespace chartroom::rbac {

RbacCollectJob::RbacCollectJob(RbacCommands commands, QString context, QString namespaceName, QObject *parent)
    : CaptureGroupJob(tr("Read RBAC of %1").arg(context), 3, parent)
    , m_commands(std::move(commands))
    , m_context(std::move(context))
    , m_namespace(std::move(namespaceName))
{
}

RbacCollectJob::~RbacCollectJob() = default;

QList<CommandLine> RbacCollectJob::commandLines() const
{
    QList<CommandLine> commands;
    for (const QString &kind : RbacCommands::rbacKinds())
        commands << m_commands.getRbacObjects(m_context, m_namespace, kind);
    return commands << m_commands.getWorkloads(m_context, m_namespace) << m_commands.listReleases(m_context, m_namespace);
}

void RbacCollectJob::prepare()
{
    const QList<CommandLine> commands = commandLines();
    const QStringList kinds = RbacCommands::rbacKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i)
        addRun(tr("List the %1 of %2").arg(kinds.at(i), m_context), commands.at(i), std::chrono::minutes(2));
    addRun(tr("List the workloads of %1").arg(m_context), commands.at(kinds.size()), std::chrono::minutes(2));
    addRun(tr("List the releases of %1").arg(m_context), commands.at(kinds.size() + 1), std::chrono::minutes(2));
}

void RbacCollectJob::collect()
{
    m_snapshot = RbacSnapshot();
    m_snapshot.context = m_context;
    const QStringList kinds = RbacCommands::rbacKinds();
    int rbacRead = 0; // Roles, ClusterRoles and their bindings: without any of them there is nothing to review
    for (int i = 0; i < int(kinds.size()); ++i) {
        const jobs::ProcessJob &objects = run(i);
        if (objects.state() != jobs::JobState::Succeeded) {
            m_snapshot.warnings << tr("cannot list %1: %2").arg(kinds.at(i), objects.errorString());
            continue;
        }
        const Result<void> parsed = m_snapshot.addObjectsJson(objects.capturedStdout());
        if (!parsed) {
            finishFailed(jobs::JobError::ParseFailed, parsed.error().message);
            return;
        }
        if (kinds.at(i) != QLatin1String("serviceaccounts"))
            ++rbacRead;
    }
    if (rbacRead == 0) {
        finishFailed(run(0).error(), run(0).errorString());
        return;
    }
    // The workloads and releases only refine the mapping: their failure is a warning.
    const auto addOptional = [this](const jobs::ProcessJob &job, Result<void> (RbacSnapshot::*add)(const QByteArray &)) {
        if (job.state() != jobs::JobState::Succeeded) {
            m_snapshot.warnings << tr("%1 failed: %2").arg(job.title(), job.errorString());
            return;
        }
        const Result<void> r = (m_snapshot.*add)(job.capturedStdout());
        if (!r)
            m_snapshot.warnings << r.error().message;
    };
    addOptional(run(int(kinds.size())), &RbacSnapshot::addWorkloadsJson);
    addOptional(run(int(kinds.size()) + 1), &RbacSnapshot::addHelmList);
    m_snapshot.finish();
    finishSucceeded();
}

} // namespace chartroom::rbac
