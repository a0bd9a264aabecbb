#include "fakejob.h"

#include <QMetaObject>

namespace chartroom::test {

using jobs::JobError;
using jobs::JobState;

FakeJob::FakeJob(QString title, Outcome outcome, int ticks, QStringList *events, QObject *parent)
    : Job(std::move(title), parent)
    , m_outcome(outcome)
    , m_ticks(ticks)
    , m_events(events)
{
}

std::unique_ptr<jobs::Job> FakeJob::clone() const
{
    return std::make_unique<FakeJob>(title(), m_outcome, m_ticks, m_events);
}

void FakeJob::doStart()
{
    ++m_startCount;
    m_remaining = m_ticks;
    if (m_outcome == Outcome::Hang)
        return;
    QMetaObject::invokeMethod(this, &FakeJob::tick, Qt::QueuedConnection);
}

void FakeJob::tick()
{
    if (isFinished())
        return;
    if (m_remaining-- > 0) {
        setProgress(m_ticks - m_remaining, m_ticks);
        QMetaObject::invokeMethod(this, &FakeJob::tick, Qt::QueuedConnection);
        return;
    }
    switch (m_outcome) {
    case Outcome::Succeed: finishSucceeded(); break;
    case Outcome::Fail: finishFailed(JobError::ExitCode, QStringLiteral("%1 failed").arg(title())); break;
    case Outcome::TimeOutAfterTicks: finishFailed(JobError::TimedOut, QStringLiteral("%1 timed out").arg(title())); break;
    case Outcome::Hang: break;
    }
}

void FakeJob::doCancel()
{
    // Stopping takes one more turn of the event loop, like a real process.
    QMetaObject::invokeMethod(this, [this] { finishCanceled(); }, Qt::QueuedConnection);
}

void recordEvents(jobs::Job *job, QStringList *events)
{
    QObject::connect(job, &jobs::Job::started, job, [events, job] { *events << job->title() + QStringLiteral(":started"); });
    QObject::connect(job, &jobs::Job::stateChanged, job, [events, job](JobState state) {
        if (state == JobState::Canceling)
            *events << job->title() + QStringLiteral(":canceling");
    });
    QObject::connect(job, &jobs::Job::finished, job, [events, job] {
        *events << job->title() + QStringLiteral(":finished:") + jobs::stateName(job->state());
    });
}

} // namespace chartroom::test
