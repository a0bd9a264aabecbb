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

namespace chartroom::ui {

RestoreRunPage::RestoreRunPage(RestoreSession &session, QWidget *parent)
    : PlanRunPage({tr("Restoring"), tr("The restore runs in the job queue; its full log stays in the Jobs panel."),
                   tr("&Cancel Restore"), QStringLiteral("cancelRestoreButton"), tr("Canceling… (the compensation runs next)")},
                  parent)
    , m_session(session)
{
}

RestoreRunPage::~RestoreRunPage() = default;

void RestoreRunPage::enqueue()
{
    const std::optional<backup::RestorePlan> plan = m_session.plan();
    std::unique_ptr<jobs::Job> job = plan ? plan->makeJob(m_session.runtime.clusterTools()) : nullptr;
    if (!job)
        return failToStart(plan && !plan->problem().isEmpty() ? plan->problem()
                                                              : tr("The restore cannot run without the repository's key."));
    jobs::JobOptions options;
    options.cluster = plan->targetContext();
    jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), options);
    m_session.job = queued;
    track(queued);
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
    finish();
}

void RestoreRunPage::failToStart(const QString &message)
{
    m_session.failure = message;
    fail(message);
}

} // namespace chartroom::ui
