#include "joboutputstore.h"

#include "jobs/job.h"
#include "jobs/jobqueue.h"

namespace chartroom::models {

JobOutputStore::JobOutputStore(jobs::JobQueue *queue, QObject *parent)
    : QObject(parent)
{
    for (jobs::Job *job : queue->jobs())
        watch(job);
    connect(queue, &jobs::JobQueue::jobAdded, this, &JobOutputStore::watch);
    connect(queue, &jobs::JobQueue::jobAboutToBeRemoved, this, [this](jobs::Job *job) {
        job->disconnect(this);
        m_buffers.remove(job);
    });
}

JobOutputStore::~JobOutputStore() = default;

QList<OutputLine> JobOutputStore::lines(const jobs::Job *job) const
{
    return m_buffers.value(job).lines;
}

qint64 JobOutputStore::droppedLines(const jobs::Job *job) const
{
    return m_buffers.value(job).dropped;
}

void JobOutputStore::watch(jobs::Job *job)
{
    m_buffers.insert(job, {});
    connect(job, &jobs::Job::outputReceived, this,
            [this, job](jobs::OutputChannel channel, const QString &text) { append(job, channel, text); });
    connect(job, &jobs::Job::finished, this, [this, job] { trim(job, m_maxFinishedLines); });
    connect(job, &QObject::destroyed, this, [this, job] { m_buffers.remove(job); });
}

void JobOutputStore::trim(const jobs::Job *job, int maxLines)
{
    auto it = m_buffers.find(job);
    if (it == m_buffers.end() || it->lines.size() <= maxLines)
        return;
    const qsizetype excess = it->lines.size() - maxLines;
    it->lines.remove(0, excess);
    it->dropped += excess;
}

void JobOutputStore::append(jobs::Job *job, jobs::OutputChannel channel, const QString &text)
{
    Buffer &buffer = m_buffers[job];
    buffer.lines.append(OutputLine{channel, text});
    // Drop in chunks so that a chatty job does not shift the list on every line.
    if (buffer.lines.size() > m_maxLines + m_maxLines / 10) {
        const qsizetype excess = buffer.lines.size() - m_maxLines;
        buffer.lines.remove(0, excess);
        buffer.dropped += excess;
    }
    Q_EMIT lineAppended(job, channel, text);
}

} // namespace chartroom::models
