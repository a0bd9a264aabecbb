#include "upgraderunpage.h"

#include "upgradesession.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"
#include "runtime.h"
#include "widgets/jobstepsview.h"

#include "backup/releasebackupjob.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "jobs/sequencejob.h"
#include "upgrade/releasesourcestore.h"
#include "upgrade/scheduledupgradestore.h"
#include "upgrade/upgradepreviewjob.h"

#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

UpgradeRunPage::UpgradeRunPage(UpgradeSession &session, QWidget *parent)
    : PlanRunPage({tr("Upgrading"), tr("The upgrade runs in the job queue; its full log stays in the Jobs panel."),
                   tr("&Cancel Upgrade"), QStringLiteral("cancelUpgradeButton"), tr("Canceling…")},
                  parent)
    , m_session(session)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &UpgradeRunPage::showCountdown);
    connect(m_view, &JobStepsView::cancelRequested, &m_countdown, &QTimer::stop);
    connect(m_view, &JobStepsView::stepFinished, this, [this](int index) {
        if (const auto *backupJob = qobject_cast<const backup::ReleaseBackupJob *>(m_view->sequence()->step(index)))
            if (backupJob->state() == jobs::JobState::Succeeded)
                m_session.backupId = backupJob->backupId();
    });
    connect(&m_recorder, &QFutureWatcher<QString>::finished, this, [this] {
        if (const QString error = m_recorder.result(); !error.isEmpty())
            m_status->setText(m_status->text() + u' ' + tr("The upgrade's checkpoint could not be recorded: %1").arg(error));
        finish();
    });
}

UpgradeRunPage::~UpgradeRunPage() = default;

void UpgradeRunPage::enqueue()
{
    // Blue-green's observation window is not a step of the job: the Result page counts it down
    // with Switch back and Retire blue at hand.
    upgrade::UpgradeRequest answers = m_session.request;
    answers.observationSeconds = 0;
    m_session.observationEnds = {};
    const upgrade::UpgradePlan plan = m_session.plan(answers);
    std::unique_ptr<jobs::Job> job = plan.makeJob(m_session.runtime.clusterTools());
    if (!job)
        return failToStart(plan.problem().isEmpty() ? tr("The upgrade cannot run.") : plan.problem());
    if (plan.gate().decision() == upgrade::BackupGate::Decision::Fresh)
        m_session.backupId = plan.gate().input().lastVerifiedId;
    m_session.startedAt = QDateTime::currentDateTimeUtc();
    const upgrade::UpgradeRequest request = m_session.request;
    jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, request.release.context});
    m_session.job = queued;
    if (request.strategy == upgrade::Strategy::MaintenanceWindow && request.windowStart > m_session.startedAt) {
        // Kept on disk until it ran, so that closing Chartroom does not lose it.
        const QDateTime now = m_session.startedAt;
        auto stored = QtConcurrent::run([request, now] {
            const auto added = upgrade::ScheduledUpgradeStore(upgrade::ScheduledUpgradeStore::defaultPath()).add(request, now);
            return added ? added.value() : QString();
        });
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
            m_scheduledId = watcher->result();
            watcher->deleteLater();
        });
        watcher->setFuture(stored);
    }

    track(queued);
    m_runningText = tr("Upgrading %1 to %2 (%3)…").arg(request.release.key(), request.source.displayName(), upgrade::strategyName(request.strategy));
    m_status->setText(m_runningText);
    if (request.strategy == upgrade::Strategy::MaintenanceWindow && request.windowStart > m_session.startedAt) {
        showCountdown();
        m_countdown.start();
    }
    connect(queued, &jobs::Job::finished, this, &UpgradeRunPage::handleFinished);
}

void UpgradeRunPage::showCountdown()
{
    const QDateTime opens = m_session.request.windowStart;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(opens);
    if (left <= 0 || !m_session.job || m_session.job->isFinished()) {
        m_countdown.stop();
        if (m_session.job && !m_session.job->isFinished())
            m_status->setText(m_runningText);
        return;
    }
    m_status->setText(tr("The maintenance window opens in %1 (%2). Nothing has changed yet; Cancel Upgrade drops the plan.")
                          .arg(durationText(left), opens.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

void UpgradeRunPage::handleFinished(jobs::Job *job)
{
    m_countdown.stop();
    if (job->state() == jobs::JobState::Succeeded && m_session.request.strategy == upgrade::Strategy::BlueGreen)
        m_session.observationEnds = QDateTime::currentDateTimeUtc().addSecs(m_session.request.observationSeconds);
    if (job->state() == jobs::JobState::Succeeded)
        m_status->setText(tr("Done in %1. Reading the new revision…").arg(durationText(job->elapsedMs())));
    else if (job->state() == jobs::JobState::Canceled)
        m_status->setText(tr("Canceled after %1. Reading the release's state…").arg(durationText(job->elapsedMs())));
    else
        m_status->setText(tr("The upgrade failed: %1").arg(job->errorString()));
    m_session.runtime.refreshBackups();
    readHistory();
}

void UpgradeRunPage::readHistory()
{
    connect(m_session.enqueueHistoryRead(), &jobs::Job::finished, this, [this](jobs::Job *finished) {
        if (finished->state() == jobs::JobState::Succeeded)
            if (auto parsed = kube::parseHelmHistory(qobject_cast<jobs::ProcessJob *>(finished)->capturedStdout()))
                m_session.history = parsed.value();
        record();
    });
}

void UpgradeRunPage::record()
{
    const upgrade::UpgradeCheckpoint checkpoint = m_session.checkpoint();
    const bool succeeded = checkpoint.outcome == QLatin1String("succeeded");
    const upgrade::ChartSource source = m_session.request.source;
    const QString scheduledId = m_scheduledId;
    // Files: off the UI thread.
    m_recorder.setFuture(QtConcurrent::run([checkpoint, succeeded, source, scheduledId]() -> QString {
        if (!scheduledId.isEmpty())
            (void)upgrade::ScheduledUpgradeStore(upgrade::ScheduledUpgradeStore::defaultPath()).remove(scheduledId);
        if (succeeded) {
            upgrade::ReleaseSourceStore sources(upgrade::ReleaseSourceStore::defaultPath());
            if (sources.load()) {
                sources.setSource(checkpoint.release, source);
                (void)sources.save();
            }
        }
        const auto saved = upgrade::UpgradeCheckpointStore(upgrade::UpgradeCheckpointStore::defaultPath()).append(checkpoint);
        return saved ? QString() : saved.error().message;
    }));
}

void UpgradeRunPage::failToStart(const QString &message)
{
    m_session.failure = message;
    fail(message);
}

} // namespace chartroom::ui
