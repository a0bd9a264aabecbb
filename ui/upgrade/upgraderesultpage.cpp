#include "upgraderesultpage.h"

#include "bluegreenpanel.h"
#include "upgradesession.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"
#include "runtime.h"
#include "widgets/jobstepsview.h"

#include "jobs/jobqueue.h"
#include "jobs/sequencejob.h"
#include "upgrade/rollbackplan.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

UpgradeResultPage::UpgradeResultPage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_steps(new QTreeWidget)
    , m_rollbackIntro(new QLabel)
    , m_rollbackPreview(new QPlainTextEdit)
    , m_rollback(new QPushButton(tr("&Roll Back")))
    , m_rollbackStatus(new QLabel)
    , m_blueGreen(new BlueGreenPanel(session))
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Result"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summary->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("resultStepsTree"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Time")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rollbackIntro->setObjectName(QStringLiteral("rollbackIntroLabel"));
    m_rollbackIntro->setWordWrap(true);
    m_rollbackPreview->setObjectName(QStringLiteral("rollbackPreviewText"));
    m_rollbackPreview->setReadOnly(true);
    m_rollbackPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rollbackPreview->setMaximumHeight(m_rollbackPreview->fontMetrics().lineSpacing() * 7);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rollbackStatus->setObjectName(QStringLiteral("rollbackStatusLabel"));
    m_rollbackStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_rollbackIntro);
    layout->addWidget(m_rollbackPreview);
    layout->addWidget(m_rollback, 0, Qt::AlignLeft);
    layout->addWidget(m_rollbackStatus);
    layout->addWidget(m_blueGreen);
    connect(m_blueGreen, &BlueGreenPanel::busyChanged, this, &UpgradeResultPage::completeChanged);
    connect(m_rollback, &QPushButton::clicked, this, &UpgradeResultPage::rollBack);
    connect(&m_recorder, &QFutureWatcher<void>::finished, this, &UpgradeResultPage::completeChanged);
}

UpgradeResultPage::~UpgradeResultPage() = default;

void UpgradeResultPage::initializePage()
{
    m_steps->clear();
    m_rollbackStatus->clear();
    const jobs::Job *job = m_session.job;
    const upgrade::UpgradeRequest &request = m_session.request;
    const int from = request.release.revision;
    const int to = m_session.newRevision();
    const QString now = m_session.history.isEmpty() ? QString()
                                                    : tr("%1 is at revision %2 (%3, %4).")
                                                          .arg(request.release.name)
                                                          .arg(to)
                                                          .arg(m_session.history.last().chart, m_session.history.last().status);
    const bool succeeded = job && job->state() == jobs::JobState::Succeeded;
    if (!job)
        m_summary->setText(tr("The upgrade did not start: %1").arg(m_session.failure));
    else if (succeeded && request.strategy == upgrade::Strategy::BlueGreen)
        m_summary->setText(tr("%1-green runs %2 beside %1 (still at revision %3) and the Services select it; done in %4.")
                               .arg(request.release.name, request.source.displayName())
                               .arg(from)
                               .arg(durationText(job->elapsedMs())));
    else if (succeeded)
        m_summary->setText(tr("Upgraded %1 to %2 in %3: revision %4 → %5.")
                               .arg(request.release.key(), request.source.displayName(), durationText(job->elapsedMs()))
                               .arg(from)
                               .arg(to));
    else
        m_summary->setText(tr("The upgrade %1 after %2: %3")
                               .arg(job->state() == jobs::JobState::Canceled ? tr("was canceled") : tr("failed"),
                                    durationText(job->elapsedMs()), job->errorString()) +
                           u' ' + now);
    m_summary->setStyleSheet(succeeded ? QString() : QStringLiteral("color: %1;").arg(backupErrorColor().name()));
    if (const auto *sequence = qobject_cast<const jobs::SequenceJob *>(job)) {
        for (int i = 0; i < sequence->stepCount(); ++i) {
            const jobs::Job *step = sequence->step(i);
            auto *item = new QTreeWidgetItem(m_steps, {QStringLiteral("%1. %2").arg(i + 1).arg(step->title()), jobStepStateText(step),
                                                       step->state() == jobs::JobState::Pending ? QString() : durationText(step->elapsedMs())});
            if (!step->errorString().isEmpty())
                item->setToolTip(0, step->errorString());
            if (step->state() == jobs::JobState::Failed)
                item->setForeground(1, backupErrorColor());
        }
    }

    // Rollback: offered whenever a newer revision than the one we started from is in place.
    const upgrade::RollbackPlan plan(request.release, m_session.history, from, request.timeoutSeconds);
    const bool offer = to > from && plan.problem().isEmpty();
    m_rollbackIntro->setVisible(offer);
    m_rollbackPreview->setVisible(offer);
    m_rollback->setVisible(offer);
    m_rollback->setEnabled(offer);
    if (offer) {
        m_rollbackIntro->setText(succeeded ? tr("If the new version misbehaves, roll back to revision %1:").arg(from)
                                           : tr("Revision %1 is in place although the upgrade failed. Roll back to revision %2:")
                                                 .arg(to)
                                                 .arg(from));
        m_rollbackPreview->setPlainText(plan.describe(m_session.runtime.clusterTools()).join(u'\n'));
    }
    m_blueGreen->showOutcome();
}

void UpgradeResultPage::rollBack()
{
    const upgrade::UpgradeRequest &request = m_session.request;
    const upgrade::RollbackPlan plan(request.release, m_session.history, request.release.revision, request.timeoutSeconds);
    std::unique_ptr<jobs::Job> job = plan.makeJob(m_session.runtime.clusterTools());
    if (!job) {
        m_rollbackStatus->setText(plan.problem());
        return;
    }
    m_rollback->setEnabled(false);
    m_rollbackStatus->setText(tr("Rolling back to revision %1…").arg(plan.targetRevision()));
    jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, request.release.context});
    m_rollbackJob = queued;
    const int target = plan.targetRevision();
    upgrade::UpgradeCheckpoint checkpoint;
    checkpoint.release = request.release.key();
    checkpoint.operation = QStringLiteral("rollback");
    checkpoint.fromRevision = m_session.newRevision();
    checkpoint.toRevision = m_session.newRevision() + 1; // helm records a rollback as a new revision
    checkpoint.fromChart = m_session.history.isEmpty() ? QString() : m_session.history.last().chart;
    checkpoint.startedAt = QDateTime::currentDateTimeUtc();
    connect(queued, &jobs::Job::finished, this, [this, target, checkpoint](jobs::Job *finished) mutable {
        checkpoint.outcome = finished->state() == jobs::JobState::Succeeded ? QStringLiteral("succeeded")
                             : finished->state() == jobs::JobState::Canceled ? QStringLiteral("canceled")
                                                                              : QStringLiteral("failed");
        checkpoint.error = finished->errorString();
        checkpoint.durationMs = finished->elapsedMs();
        if (finished->state() != jobs::JobState::Succeeded)
            checkpoint.toRevision = 0;
        // The record is a file: written off the UI thread.
        m_recorder.setFuture(QtConcurrent::run([checkpoint] {
            (void)upgrade::UpgradeCheckpointStore(upgrade::UpgradeCheckpointStore::defaultPath()).append(checkpoint);
        }));
        m_rollbackStatus->setText(finished->state() == jobs::JobState::Succeeded
                                      ? tr("Rolled back to revision %1 in %2.").arg(target).arg(durationText(finished->elapsedMs()))
                                      : tr("The rollback failed: %1").arg(finished->errorString()));
        m_rollbackStatus->setStyleSheet(finished->state() == jobs::JobState::Succeeded
                                            ? QString()
                                            : QStringLiteral("color: %1;").arg(backupErrorColor().name()));
        Q_EMIT completeChanged();
    });
    Q_EMIT completeChanged();
}

bool UpgradeResultPage::isComplete() const
{
    return (!m_rollbackJob || m_rollbackJob->isFinished()) && !m_recorder.isRunning() && !m_blueGreen->isBusy();
}

} // namespace chartroom::ui
