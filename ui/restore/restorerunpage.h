#pragma once

#include <QWizardPage>

class QLabel;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

class JobStepsView;
struct RestoreSession;

/// Sixth page: runs the restore. Enqueues the plan's job in the application's job queue and
/// shows each step's state as it runs, the live log, and Cancel (which cancels the job; its
/// compensation then runs). Next leads to the result once the job has finished.
class RestoreRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreRunPage)

public:
    explicit RestoreRunPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestoreRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void enqueue();
    void handleFinished(jobs::Job *job);
    void fail(const QString &message);

    RestoreSession &m_session;
    QLabel *m_status;
    JobStepsView *m_view;
    bool m_done = false;
};

} // namespace chartroom::ui
