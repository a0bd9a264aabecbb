#include "capturegroupjob.h"

#include "jobs/parallelgroupjob.h"
#include "jobs/processjob.h"

namespace chartroom::rbac {

CaptureGroupJob::CaptureGroupJob(QString title, int parallel, QObject *parent)
    : Job(std::move(title), parent)
    , m_parallel(parallel)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
}

CaptureGroupJob::~CaptureGroupJob() = default;

void CaptureGroupJob::addRun(const QString &title, const CommandLine &command, std::chrono::milliseconds timeout)
{
    auto job = std::make_unique<jobs::ProcessJob>(title, command);
    job->setBaseEnvironment(m_environment);
    job->setCaptureStdout(true);
    job->setShowStdout(false);
    job->setTimeout(timeout);
    m_group->addJob(std::move(job));
}

int CaptureGroupJob::runCount() const
{
    return m_group ? m_group->jobCount() : 0;
}

const jobs::ProcessJob &CaptureGroupJob::run(int index) const
{
    return *static_cast<const jobs::ProcessJob *>(m_group->job(index));
}

void CaptureGroupJob::doStart()
{
    m_group = std::make_unique<jobs::ParallelGroupJob>(title(), m_parallel);
    m_group->setPolicy(jobs::ParallelGroupJob::Policy::ContinueOnError);
    prepare();
    connect(m_group.get(), &jobs::Job::outputReceived, this,
            [this](jobs::OutputChannel channel, const QString &line) { forwardOutput(channel, line); });
    connect(m_group.get(), &jobs::Job::finished, this, [this] {
        if (m_group->state() == jobs::JobState::Canceled)
            finishCanceled();
        else
            collect();
    });
    m_group->start();
}

void CaptureGroupJob::doCancel()
{
    if (m_group)
        m_group->cancel();
    else
        finishCanceled();
}

} // namespace chartroom::rbac
