#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

class JobStepsView;

/// The Run page the plan wizards (restore, upgrade) share: a status line over a JobStepsView of
/// the queued plan job, whose Cancel asks that job to stop (its compensation then runs). A
/// subclass enqueues its plan in enqueue() (called from initializePage()), hands the queued job
/// to track(), and calls finish() once everything it does after the job ended is done — or
/// fail() when the plan could not even start. Next is enabled only after one of them.
class PlanRunPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanRunPage)

public:
    struct Texts
    {
        QString title;
        QString subTitle;
        QString cancelButton;     ///< "&Cancel Restore"
        QString cancelObjectName; ///< "cancelRestoreButton" (tests find it by name)
        QString canceling;        ///< the status line after Cancel
    };

    explicit PlanRunPage(const Texts &texts, QWidget *parent = nullptr);
    ~PlanRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

protected:
    virtual void enqueue() = 0;
    /// Follows `job` in the step view; Cancel cancels it.
    void track(jobs::Job *job);
    void finish();
    /// The message in the error colour, nothing to follow, Next enabled.
    void fail(const QString &message);

    QLabel *m_status;
    JobStepsView *m_view;

private:
    QString m_canceling;
    QPointer<jobs::Job> m_job;
    bool m_done = false;
};

} // namespace chartroom::ui
