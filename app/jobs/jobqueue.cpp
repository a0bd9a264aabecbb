#include "jobqueue.h"

#include "core/logging.h"

#include <QMetaObject>

#include <algorithm>

namespace chartroom::jobs {

JobQueue::JobQueue(QObject *parent)
    : QObject(parent)
{
}

JobQueue::~JobQueue()
{
    for (Entry &entry : m_entries)
        entry.job->disconnect(this);
}

void JobQueue::setMaxConcurrent(int limit)
{
    m_maxConcurrent = qMax(1, limit);
    scheduleSoon();
}

void JobQueue::setMaxPerCluster(int limit)
{
    m_maxPerCluster = qMax(1, limit);
    scheduleSoon();
}

void JobQueue::setHistoryLimit(int limit)
{
    m_historyLimit = qMax(0, limit);
    trimHistory();
}

Job *JobQueue::enqueue(std::unique_ptr<Job> job, JobOptions options)
{
    Job *raw = job.get();
    Q_ASSERT(raw->state() == JobState::Pending);
    connect(raw, &Job::finished, this, &JobQueue::handleFinished);
    connect(raw, &Job::started, this, &JobQueue::jobStarted);
    m_entries.push_back(Entry{std::move(job), std::move(options), ++m_sequence, false});
    qCDebug(lcJobs) << "enqueued" << raw->title();
    Q_EMIT jobAdded(raw);
    scheduleSoon();
    return raw;
}

void JobQueue::cancel(Job *job)
{
    if (job && !job->isFinished())
        job->cancel();
}

void JobQueue::cancelAll()
{
    // Copy first: canceling a pending job finishes it synchronously.
    const QList<Job *> all = jobs();
    for (Job *job : all)
        cancel(job);
}

Job *JobQueue::retry(Job *job)
{
    if (!job || !job->isFinished())
        return nullptr;
    std::unique_ptr<Job> copy = job->clone();
    if (!copy)
        return nullptr;
    copy->setProperty("chartroom.retryOf", job->id());
    return enqueue(std::move(copy), options(job));
}

void JobQueue::clearFinished()
{
    for (size_t i = m_entries.size(); i-- > 0;)
        if (m_entries[i].job->isFinished())
            removeAt(i);
}

QList<Job *> JobQueue::jobs() const
{
    QList<Job *> out;
    out.reserve(static_cast<qsizetype>(m_entries.size()));
    for (const Entry &entry : m_entries)
        out << entry.job.get();
    return out;
}

Job *JobQueue::jobById(const QString &id) const
{
    for (const Entry &entry : m_entries)
        if (entry.job->id() == id)
            return entry.job.get();
    return nullptr;
}

JobOptions JobQueue::options(const Job *job) const
{
    for (const Entry &entry : m_entries)
        if (entry.job.get() == job)
            return entry.options;
    return {};
}

int JobQueue::runningCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
        return e.launched && !e.job->isFinished();
    }));
}

int JobQueue::pendingCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
        return !e.launched && !e.job->isFinished();
    }));
}

int JobQueue::runningIn(const QString &cluster) const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), [&cluster](const Entry &e) {
        return e.launched && !e.job->isFinished() && e.options.cluster == cluster;
    }));
}

void JobQueue::scheduleSoon()
{
    if (m_scheduleQueued)
        return;
    m_scheduleQueued = true;
    QMetaObject::invokeMethod(this, &JobQueue::schedule, Qt::QueuedConnection);
}

void JobQueue::schedule()
{
    m_scheduleQueued = false;
    std::vector<Entry *> waiting;
    for (Entry &entry : m_entries)
        if (!entry.launched && !entry.job->isFinished())
            waiting.push_back(&entry);
    std::stable_sort(waiting.begin(), waiting.end(), [](const Entry *a, const Entry *b) {
        return a->options.priority != b->options.priority ? a->options.priority > b->options.priority
                                                          : a->sequence < b->sequence;
    });
    int running = runningCount();
    for (Entry *entry : waiting) {
        if (running >= m_maxConcurrent)
            break;
        if (!entry->options.cluster.isEmpty() && runningIn(entry->options.cluster) >= m_maxPerCluster)
            continue; // another cluster's job may still fit
        entry->launched = true;
        ++running;
        entry->job->start();
    }
}

void JobQueue::handleFinished(Job *job)
{
    Q_EMIT jobFinished(job);
    scheduleSoon();
    // Trimming deletes jobs: never inside the emission of a job's own signal.
    QMetaObject::invokeMethod(this, &JobQueue::trimHistory, Qt::QueuedConnection);
    if (runningCount() == 0 && pendingCount() == 0)
        Q_EMIT idle();
}

void JobQueue::trimHistory()
{
    qsizetype finished = std::count_if(m_entries.cbegin(), m_entries.cend(),
                                       [](const Entry &e) { return e.job->isFinished(); });
    for (size_t i = 0; i < m_entries.size() && finished > m_historyLimit;) {
        if (m_entries[i].job->isFinished()) {
            removeAt(i);
            --finished;
        } else {
            ++i;
        }
    }
}

void JobQueue::removeAt(size_t index)
{
    Job *job = m_entries[index].job.get();
    Q_EMIT jobAboutToBeRemoved(job);
    job->disconnect(this);
    m_entries[index].job.release()->deleteLater();
    m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(index));
}

} // namespace chartroom::jobs
