#include "restorerunpage.h"

#include "restoresession.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"
#include "runtime.h"
#include "widgets/jobstepsview.h"

#include "backup/releasebackupjob.h"
#include "jobs/jobqueue.h"
#include "jobs/sequencejob.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace chartroom::ui {

RestoreRunPage::RestoreRunPage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_view(new JobStepsView(tr("&Cancel Restore"), QStringLiteral("cancelRestoreButton")))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Restoring"));
    setSubTitle(tr("The restore runs in the job queue; its full log stays in the Jobs panel."));
    setButtonText(QWizard::NextButton, tr("&Result >"));
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_view, &JobStepsView::cancelRequested, this, [this] {
        if (m_session.job && !m_session.job->isFinished()) {
            m_status->setText(tr("Canceling… (the compensation runs next)"));
            m_session.job->cancel();
        }
    });
}

RestoreRunPage::~RestoreRunPage() = default;

void RestoreRunPage::initializePage()
{
    m_done = false;
    m_view->reset();
    enqueue();
}

void RestoreRunPage::enqueue()
{
    const std::optional<backup::RestorePlan> plan = m_session.plan();
    std::unique_ptr<jobs::Job> job = plan ? plan->makeJob(m_session.runtime.clusterTools()) : nullptr;
    if (!job)
        return fail(plan && !plan->problem().isEmpty() ? plan->problem()
                                                       : tr("The restore cannot run without the repository's key."));
    jobs::JobOptions options;
    options.cluster = plan->targetContext();
    jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), options);
    m_session.job = queued;
    m_view->track(queued);
    m_status->setText(tr("Restoring %1 into %2/%3…")
                          .arg(m_session.backup->id, plan->targetNamespace(), plan->targetRelease()));
    jobs::SequenceJob *sequence = m_view->sequence();
    if (auto *safety = qobject_cast<backup::ReleaseBackupJob *>(sequence && sequence->stepCount() > 1 ? sequence->step(1) : nullptr))
        connect(safety, &jobs::Job::finished, this, [this, safety] {
            if (safety->state() == jobs::JobState::Succeeded)
                m_session.safetyBackupId = safety->backupId();
        });
    connect(queued, &jobs::Job::finished, this, &RestoreRunPage::handleFinished);
}

void RestoreRunPage::handleFinished(jobs::Job *job)
{
    if (job->state() == jobs::JobState::Succeeded)
        m_status->setText(tr("Done: restored in %1.").arg(durationText(job->elapsedMs())));
    else if (job->state() == jobs::JobState::Canceled)
        m_status->setText(tr("Canceled after %1.").arg(durationText(job->elapsedMs())));
    else
        m_status->setText(tr("The restore failed: %1").arg(job->errorString()));
    // The safety backup (and the state of the restored release) changed the repository and the cluster.
    m_session.runtime.refreshBackups();
    m_done = true;
    Q_EMIT completeChanged();
}

void RestoreRunPage::fail(const QString &message)
{
    m_session.failure = message;
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
    m_view->stop();
    m_done = true;
    Q_EMIT completeChanged();
}

bool RestoreRunPage::isComplete() const
{
    return m_done;
}

} // namespace chartroom::ui
