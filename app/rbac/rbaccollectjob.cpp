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
    return {m_commands.getRbacObjects(m_context, m_namespace), m_commands.getWorkloads(m_context, m_namespace),
            m_commands.listReleases(m_context, m_namespace)};
}

void RbacCollectJob::prepare()
{
    const QList<CommandLine> commands = commandLines();
    addRun(tr("List the RBAC objects of %1").arg(m_context), commands.at(0), std::chrono::minutes(2));
    addRun(tr("List the workloads of %1").arg(m_context), commands.at(1), std::chrono::minutes(2));
    addRun(tr("List the releases of %1").arg(m_context), commands.at(2), std::chrono::minutes(2));
}

void RbacCollectJob::collect()
{
    const jobs::ProcessJob &objects = run(0);
    if (objects.state() != jobs::JobState::Succeeded) {
        finishFailed(objects.error(), objects.errorString());
        return;
    }
    m_snapshot = RbacSnapshot();
    m_snapshot.context = m_context;
    const Result<void> parsed = m_snapshot.addObjectsJson(objects.capturedStdout());
    if (!parsed) {
        finishFailed(jobs::JobError::ParseFailed, parsed.error().message);
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
    addOptional(run(1), &RbacSnapshot::addWorkloadsJson);
    addOptional(run(2), &RbacSnapshot::addHelmList);
    m_snapshot.finish();
    finishSucceeded();
}

} // namespace chartroom::rbac
