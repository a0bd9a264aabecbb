#pragma once

#include "widgets/planrunpage.h"

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct RestoreSession;

/// Sixth page: runs the restore. Enqueues the plan's job in the application's job queue and
/// shows each step's state as it runs, the live log, and Cancel (which cancels the job; its
/// compensation then runs). Next leads to the result once the job has finished.
class RestoreRunPage final : public PlanRunPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreRunPage)

public:
    explicit RestoreRunPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestoreRunPage() override;

private:
    void enqueue() override;
    void handleFinished(jobs::Job *job);
    void failToStart(const QString &message);

    RestoreSession &m_session;
};

} // namespace chartroom::ui
