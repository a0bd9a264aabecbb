#include "job.h"

#include "core/logging.h"
#include "core/redactor.h"

#include <QMetaObject>
#include <QUuid>

namespace chartroom::jobs {

Job::Job(QString title, QObject *parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_title(std::move(title))
{
    static const bool registered = [] {
        qRegisterMetaType<JobState>();
        qRegisterMetaType<JobError>();
        qRegisterMetaType<OutputChannel>();
        return true;
    }();
    Q_UNUSED(registered)
}

Job::~Job() = default;

void Job::start()
{
    if (m_state != JobState::Pending || m_startRequested)
        return;
    m_startRequested = true;
    // Deferred so that callers connect to started()/finished() after start() returns.
    QMetaObject::invokeMethod(this, &Job::startNow, Qt::QueuedConnection);
}

void Job::startNow()
{
    if (m_state != JobState::Pending) // canceled before the event loop got here
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    setState(JobState::Running);
    Q_EMIT started(this);
    qCDebug(lcJobs) << "started" << m_title;
    doStart();
}

void Job::cancel()
{
    switch (m_state) {
    case JobState::Pending:
        finish(JobState::Canceled, JobError::Canceled, tr("Canceled before it started"));
        break;
    case JobState::Running:
        markCanceling();
        doCancel();
        break;
    default: // Canceling or final: cancel is idempotent
        break;
    }
}

qint64 Job::elapsedMs() const
{
    if (!m_startedAt.isValid())
        return 0;
    const QDateTime end = m_finishedAt.isValid() ? m_finishedAt : QDateTime::currentDateTimeUtc();
    return m_startedAt.msecsTo(end);
}

void Job::setProgress(qint64 processed, qint64 total)
{
    if (processed == m_processed && total == m_total)
        return;
    m_processed = processed;
    m_total = total;
    Q_EMIT progressChanged(processed, total);
}

void Job::emitOutput(OutputChannel channel, const QString &line)
{
    Q_EMIT outputReceived(channel, Redactor::shared().redactText(line));
}

void Job::forwardOutput(OutputChannel channel, const QString &line)
{
    Q_EMIT outputReceived(channel, line);
}

void Job::markCanceling()
{
    if (m_state == JobState::Running)
        setState(JobState::Canceling);
}

void Job::finishSucceeded()
{
    finish(JobState::Succeeded, JobError::None, {});
}

void Job::finishFailed(JobError error, const QString &message)
{
    finish(JobState::Failed, error, message);
}

void Job::finishCanceled(const QString &message)
{
    finish(JobState::Canceled, JobError::Canceled, message.isEmpty() ? tr("Canceled") : message);
}

void Job::finish(JobState state, JobError error, const QString &message)
{
    if (isFinalState(m_state))
        return; // finished() is emitted exactly once
    m_error = error;
    m_errorString = Redactor::shared().redactText(message);
    m_finishedAt = QDateTime::currentDateTimeUtc();
    setState(state);
    qCDebug(lcJobs) << "finished" << m_title << stateName(state) << m_errorString;
    Q_EMIT finished(this);
}

void Job::setState(JobState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace chartroom::jobs
