#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace chartroom::jobs {
class Job;
class SequenceJob;
}

namespace chartroom::ui {

struct RestoreSession;

/// Sixth page: runs the restore. Enqueues the plan's job in the application's job queue and
/// shows each step's state as it runs, the live log, and Cancel (which cancels the job; its
/// compensation then runs). Next leads to the result once the job has finished.
class RestoreRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreRunPage)

public:
    enum Column { StepColumn, StateColumn, TimeColumn };

    explicit RestoreRunPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestoreRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void enqueue();
    void showStep(int index);
    void handleFinished(jobs::Job *job);
    void fail(const QString &message);

    RestoreSession &m_session;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_log;
    jobs::SequenceJob *m_sequence = nullptr;
    bool m_done = false;
};

/// "succeeded", "failed", "not run"... for one step of a restore (Run and Result pages).
[[nodiscard]] QString restoreStepStateText(const jobs::Job *step);

} // namespace chartroom::ui
