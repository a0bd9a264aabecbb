#pragma once

#include "job.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace chartroom::jobs {

/// How a job is scheduled: higher priority first, FIFO within a priority; `cluster` (a
/// kubeconfig context) is what the per-cluster limit counts.
struct JobOptions
{
    int priority = 0;
    QString cluster;
};

/// The application's visible job queue: owns every job it is given, starts them within a
/// global and a per-cluster concurrency limit, and keeps finished jobs as history.
///
/// - enqueue() takes ownership and returns the job for connecting; it starts later, from the
///   event loop, once a slot is free.
/// - cancel()/cancelAll() never block. Pending jobs finish Canceled at once.
/// - retry() enqueues a fresh clone of a finished job with the same options.
/// - Finished jobs beyond the history limit are removed oldest first (jobAboutToBeRemoved, then
///   deleteLater), never while one of their own signals is being delivered.
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    explicit JobQueue(QObject *parent = nullptr);
    ~JobQueue() override;

    void setMaxConcurrent(int limit);
    void setMaxPerCluster(int limit);
    void setHistoryLimit(int limit);
    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent; }
    [[nodiscard]] int maxPerCluster() const { return m_maxPerCluster; }

    Job *enqueue(std::unique_ptr<Job> job, JobOptions options = {});
    void cancel(Job *job);
    void cancelAll();
    /// Enqueues a clone of `job`; nullptr if the job cannot be repeated.
    Job *retry(Job *job);
    /// Removes every finished job from the queue's history.
    void clearFinished();

    [[nodiscard]] QList<Job *> jobs() const;
    [[nodiscard]] Job *jobById(const QString &id) const;
    [[nodiscard]] JobOptions options(const Job *job) const;
    [[nodiscard]] int runningCount() const;
    [[nodiscard]] int pendingCount() const;

Q_SIGNALS:
    void jobAdded(chartroom::jobs::Job *job);
    void jobStarted(chartroom::jobs::Job *job);
    void jobFinished(chartroom::jobs::Job *job);
    void jobAboutToBeRemoved(chartroom::jobs::Job *job);
    void idle();

private:
    struct Entry
    {
        std::unique_ptr<Job> job;
        JobOptions options;
        quint64 sequence = 0;
        bool launched = false;
    };

    void scheduleSoon();
    void schedule();
    void handleFinished(Job *job);
    void trimHistory();
    void removeAt(size_t index);
    [[nodiscard]] int runningIn(const QString &cluster) const;

    std::vector<Entry> m_entries;
    int m_maxConcurrent = 4;
    int m_maxPerCluster = 2;
    int m_historyLimit = 200;
    quint64 m_sequence = 0;
    bool m_scheduleQueued = false;
};

} // namespace chartroom::jobs
