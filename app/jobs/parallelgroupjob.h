#pragma once

#include "job.h"

#include <QSet>

#include <memory>
#include <vector>

namespace chartroom::jobs {

/// Runs child jobs side by side, at most `limit` at a time.
///
/// StopOnError (default) cancels the running children and drops the unstarted ones at the
/// first failure; ContinueOnError lets every child run. The group fails with the first child
/// error, is Canceled when canceled, and succeeds when every child succeeded. Progress is
/// children finished / children total; output lines are forwarded prefixed with the child title.
class ParallelGroupJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParallelGroupJob)

public:
    enum class Policy { StopOnError, ContinueOnError };

    ParallelGroupJob(QString title, int limit, QObject *parent = nullptr);
    ~ParallelGroupJob() override;

    void addJob(std::unique_ptr<Job> job);
    void setPolicy(Policy policy) { m_policy = policy; }

    [[nodiscard]] int jobCount() const { return static_cast<int>(m_jobs.size()); }
    [[nodiscard]] Job *job(int index) const { return m_jobs.at(static_cast<size_t>(index)).get(); }
    [[nodiscard]] int runningCount() const { return static_cast<int>(m_active.size()); }
    [[nodiscard]] int limit() const { return m_limit; }

    [[nodiscard]] QList<CommandLine> commandLines() const override;
    [[nodiscard]] std::unique_ptr<Job> clone() const override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void startMore();
    void handleChildFinished(Job *child);

    std::vector<std::unique_ptr<Job>> m_jobs;
    const int m_limit;
    Policy m_policy = Policy::StopOnError;
    size_t m_next = 0;
    QSet<Job *> m_active;
    int m_finished = 0;
    bool m_stopping = false;
    bool m_canceled = false;
    JobError m_firstError = JobError::None;
    QString m_firstErrorString;
};

} // namespace chartroom::jobs
