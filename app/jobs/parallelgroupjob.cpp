#include "parallelgroupjob.h"

namespace chartroom::jobs {

ParallelGroupJob::ParallelGroupJob(QString title, int limit, QObject *parent)
    : Job(std::move(title), parent)
    , m_limit(qMax(1, limit))
{
}

ParallelGroupJob::~ParallelGroupJob()
{
    for (auto &job : m_jobs)
        job->disconnect(this);
}

void ParallelGroupJob::addJob(std::unique_ptr<Job> job)
{
    Q_ASSERT(state() == JobState::Pending);
    Job *child = job.get();
    connect(child, &Job::finished, this, &ParallelGroupJob::handleChildFinished);
    connect(child, &Job::outputReceived, this, [this, child](OutputChannel channel, const QString &line) {
        forwardOutput(channel, QLatin1Char('[') + child->title() + QStringLiteral("] ") + line);
    });
    m_jobs.push_back(std::move(job));
}

QList<CommandLine> ParallelGroupJob::commandLines() const
{
    QList<CommandLine> commands;
    for (const auto &job : m_jobs)
        commands << job->commandLines();
    return commands;
}

std::unique_ptr<Job> ParallelGroupJob::clone() const
{
    auto copy = std::make_unique<ParallelGroupJob>(title(), m_limit);
    for (const auto &job : m_jobs) {
        auto jobCopy = job->clone();
        if (!jobCopy)
            return nullptr;
        copy->addJob(std::move(jobCopy));
    }
    copy->setPolicy(m_policy);
    return copy;
}

void ParallelGroupJob::doStart()
{
    setProgress(0, jobCount());
    if (m_jobs.empty())
        return finishSucceeded();
    startMore();
}

void ParallelGroupJob::startMore()
{
    while (!m_stopping && m_active.size() < m_limit && m_next < m_jobs.size()) {
        Job *job = m_jobs.at(m_next++).get();
        m_active.insert(job);
        job->start();
    }
}

void ParallelGroupJob::doCancel()
{
    m_canceled = true;
    m_stopping = true;
    // Unstarted children finish Canceled at once; running ones once they have stopped.
    for (auto &job : m_jobs)
        if (!job->isFinished())
            job->cancel();
}

void ParallelGroupJob::handleChildFinished(Job *child)
{
    m_active.remove(child);
    ++m_finished;
    setProgress(m_finished, jobCount());
    if (child->state() == JobState::Failed && m_firstError == JobError::None) {
        m_firstError = child->error();
        m_firstErrorString = tr("“%1” failed: %2").arg(child->title(), child->errorString());
        if (m_policy == Policy::StopOnError && !m_stopping) {
            m_stopping = true;
            for (auto &job : m_jobs)
                if (!job->isFinished())
                    job->cancel();
        }
    }
    if (m_finished < jobCount()) {
        startMore();
        return;
    }
    if (m_firstError != JobError::None)
        return finishFailed(m_firstError, m_firstErrorString);
    if (m_canceled)
        return finishCanceled();
    finishSucceeded();
}

} // namespace chartroom::jobs
