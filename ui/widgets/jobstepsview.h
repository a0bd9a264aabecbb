#pragma once

#include <QPointer>
#include <QWidget>

class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace chartroom::jobs {
class Job;
class SequenceJob;
}

namespace chartroom::ui {

/// What a wizard's Run page shows of one queued plan job: a progress bar with a Cancel button,
/// each step of a SequenceJob (state and time, the error as tooltip) and the live log. Cancel only
/// asks (cancelRequested()): the page decides what to tell the user.
class JobStepsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStepsView)

public:
    enum Column { StepColumn, StateColumn, TimeColumn };

    /// `cancelObjectName` names the Cancel button (tests find it by name).
    JobStepsView(const QString &cancelText, const QString &cancelObjectName, QWidget *parent = nullptr);
    ~JobStepsView() override;

    /// Busy and empty, before a job is known.
    void reset();
    /// Lists `job`'s steps (or the job itself when it is not a sequence) and follows it.
    void track(jobs::Job *job);
    /// Nothing to follow (the plan could not start).
    void stop();
    [[nodiscard]] jobs::SequenceJob *sequence() const { return m_sequence; }

Q_SIGNALS:
    void cancelRequested();
    void stepFinished(int index);

private:
    void showStep(int index);
    void handleFinished();

    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_log;
    jobs::SequenceJob *m_sequence = nullptr;
    QPointer<jobs::Job> m_single; ///< the tracked job when it is not a sequence
};

/// "succeeded", "failed", "not run"... for one step of a plan (Run and Result pages).
[[nodiscard]] QString jobStepStateText(const jobs::Job *step);

} // namespace chartroom::ui
