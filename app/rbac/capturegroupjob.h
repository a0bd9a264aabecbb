#pragma once

#include "jobs/job.h"

#include <QProcessEnvironment>

#include <chrono>
#include <memory>

namespace chartroom::jobs {
class ParallelGroupJob;
class ProcessJob;
}

namespace chartroom::rbac {

/// Base of the RBAC review's collecting jobs: a few tool runs side by side whose stdout is
/// captured (not shown) and parsed once all of them have ended.
///
/// Subclasses add their runs in prepare() (called from doStart()) and end the job in collect()
/// with exactly one finish call; collect() is not called when the job was canceled. A run that
/// fails does not stop the others (each subclass decides what a failure means). Follows the Job
/// contract (deferred start, finished() once, non-blocking cancel).
class CaptureGroupJob : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureGroupJob)

public:
    ~CaptureGroupJob() override;
    void setBaseEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

protected:
    CaptureGroupJob(QString title, int parallel, QObject *parent);

    virtual void prepare() = 0;
    virtual void collect() = 0;
    /// Adds one run (only from prepare()).
    void addRun(const QString &title, const CommandLine &command, std::chrono::milliseconds timeout);
    [[nodiscard]] int runCount() const;
    [[nodiscard]] const jobs::ProcessJob &run(int index) const;

    void doStart() override;
    void doCancel() override;

private:
    const int m_parallel;
    QProcessEnvironment m_environment;
    std::unique_ptr<jobs::ParallelGroupJob> m_group;
};

} // namespace chartroom::rbac
