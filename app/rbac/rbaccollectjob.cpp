#include "rbaccollectjob.h"

#include "jobs/parallelgroupjob.h"
#include "jobs/processjob.h"

#include <QCoreApplication>

namespace chartroom::rbac {

RbacCollectJob::RbacCollectJob(RbacCommands commands, QString context, QString namespaceName, QObject *parent)
    : Job(tr("Read RBAC of %1").arg(context), parent)
    , m_commands(std::move(commands))
    , m_context(std::move(context))
    , m_namespace(std::move(namespaceName))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

RbacCollectJob::~RbacCollectJob() = default;

QList<CommandLine> RbacCollectJob::commandLines() const
{
    return {m_commands.getRbacObjects(m_context, m_namespace), m_commands.getWorkloads(m_context, m_namespace),
            m_commands.listReleases(m_context, m_namespace)};
}

void RbacCollectJob::doStart()
{
    m_group = std::make_unique<jobs::ParallelGroupJob>(title(), 3);
    m_group->setPolicy(jobs::ParallelGroupJob::Policy::ContinueOnError);
    const QList<CommandLine> commands = commandLines();
    const QStringList titles{tr("List the RBAC objects of %1").arg(m_context), tr("List the workloads of %1").arg(m_context),
                             tr("List the releases of %1").arg(m_context)};
    QList<jobs::ProcessJob *> children;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const CommandLine &command = commands.at(i);
        auto job = std::make_unique<jobs::ProcessJob>(titles.at(i), command);
        job->setBaseEnvironment(m_environment);
        job->setCaptureStdout(true);
        job->setShowStdout(false);
        job->setTimeout(std::chrono::minutes(2));
        children << job.get();
        m_group->addJob(std::move(job));
    }
    m_objects = children.at(0);
    m_workloads = children.at(1);
    m_releases = children.at(2);
    connect(m_group.get(), &jobs::Job::outputReceived, this,
            [this](jobs::OutputChannel channel, const QString &line) { forwardOutput(channel, line); });
    connect(m_group.get(), &jobs::Job::finished, this, &RbacCollectJob::handleFinished);
    m_group->start();
}

void RbacCollectJob::doCancel()
{
    if (m_group)
        m_group->cancel();
    else
        finishCanceled();
}

void RbacCollectJob::handleFinished()
{
    if (m_group->state() == jobs::JobState::Canceled) {
        finishCanceled();
        return;
    }
    if (m_objects->state() != jobs::JobState::Succeeded) {
        finishFailed(m_objects->error(), m_objects->errorString());
        return;
    }
    m_snapshot = RbacSnapshot();
    m_snapshot.context = m_context;
    const Result<void> objects = m_snapshot.addObjectsJson(m_objects->capturedStdout());
    if (!objects) {
        finishFailed(jobs::JobError::ParseFailed, objects.error().message);
        return;
    }
    // The workloads and releases only refine the mapping: their failure is a warning.
    const auto addOptional = [this](jobs::ProcessJob *job, Result<void> (RbacSnapshot::*add)(const QByteArray &)) {
        if (job->state() != jobs::JobState::Succeeded) {
            m_snapshot.warnings << tr("%1 failed: %2").arg(job->title(), job->errorString());
            return;
        }
        const Result<void> r = (m_snapshot.*add)(job->capturedStdout());
        if (!r)
            m_snapshot.warnings << r.error().message;
    };
    addOptional(m_workloads, &RbacSnapshot::addWorkloadsJson);
    addOptional(m_releases, &RbacSnapshot::addHelmList);
    m_snapshot.finish();
    finishSucceeded();
}

} // namespace chartroom::rbac
