#include "restorerunpage.h"

#include "restoresession.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"
#include "runtime.h"

#include "backup/releasebackupjob.h"
#include "jobs/jobqueue.h"
#include "jobs/sequencejob.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace chartroom::ui {

QString restoreStepStateText(const jobs::Job *step)
{
    switch (step->state()) {
    case jobs::JobState::Pending:
        return QCoreApplication::translate("chartroom::ui::RestoreRunPage", "not run");
    case jobs::JobState::Running:
        return QCoreApplication::translate("chartroom::ui::RestoreRunPage", "running");
    case jobs::JobState::Canceling:
        return QCoreApplication::translate("chartroom::ui::RestoreRunPage", "canceling");
    case jobs::JobState::Succeeded:
        return QCoreApplication::translate("chartroom::ui::RestoreRunPage", "succeeded");
    case jobs::JobState::Failed:
        return QCoreApplication::translate("chartroom::ui::RestoreRunPage", "failed");
    case jobs::JobState::Canceled:
        return QCoreApplication::translate("chartroom::ui::RestoreRunPage", "canceled");
    case jobs::JobState::Interrupted:
        return QCoreApplication::translate("chartroom::ui::RestoreRunPage", "interrupted");
    }
    return {};
}

RestoreRunPage::RestoreRunPage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Cancel Restore")))
    , m_steps(new QTreeWidget)
    , m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Restoring"));
    setSubTitle(tr("The restore runs in the job queue; its full log stays in the Jobs panel."));
    setButtonText(QWizard::NextButton, tr("&Result >"));
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
    m_steps->setObjectName(QStringLiteral("runStepsTree"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Time")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000); // the job's own log keeps everything
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(splitter, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
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
    m_log->clear();
    m_steps->clear();
    m_progress->setRange(0, 0);
    enqueue();
}

void RestoreRunPage::enqueue()
{
    const std::optional<backup::RestorePlan> plan = m_session.plan();
    std::unique_ptr<jobs::Job> job = plan ? plan->makeJob(m_session.runtime.clusterTools()) : nullptr;
    if (!job)
        return fail(plan && !plan->problem().isEmpty() ? plan->problem()
                                                       : tr("The restore cannot run without the repository's key."));
    m_sequence = qobject_cast<jobs::SequenceJob *>(job.get());
    jobs::JobOptions options;
    options.cluster = plan->targetContext();
    jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), options);
    m_session.job = queued;

    const int count = m_sequence ? m_sequence->stepCount() : 1;
    for (int i = 0; i < count; ++i) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, QStringLiteral("%1. %2").arg(i + 1).arg(m_sequence ? m_sequence->step(i)->title()
                                                                                       : queued->title()));
        item->setText(StateColumn, tr("waiting"));
    }
    m_progress->setRange(0, count);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m steps"));
    m_status->setText(tr("Restoring %1 into %2/%3…")
                          .arg(m_session.backup->id, plan->targetNamespace(), plan->targetRelease()));
    if (m_sequence) {
        connect(m_sequence, &jobs::SequenceJob::stepStarted, this, &RestoreRunPage::showStep);
        connect(m_sequence, &jobs::SequenceJob::stepFinished, this, [this](int index) {
            showStep(index);
            m_progress->setValue(m_progress->value() + 1);
        });
        if (auto *safety = qobject_cast<backup::ReleaseBackupJob *>(m_sequence->stepCount() > 1 ? m_sequence->step(1)
                                                                                                 : nullptr))
            connect(safety, &jobs::Job::finished, this, [this, safety] {
                if (safety->state() == jobs::JobState::Succeeded)
                    m_session.safetyBackupId = safety->backupId();
            });
    }
    connect(queued, &jobs::Job::outputReceived, this,
            [this](jobs::OutputChannel, const QString &line) { m_log->appendPlainText(line); });
    connect(queued, &jobs::Job::finished, this, &RestoreRunPage::handleFinished);
    m_cancel->setEnabled(true);
}

void RestoreRunPage::showStep(int index)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    const jobs::Job *step = m_sequence->step(index);
    item->setText(StateColumn, restoreStepStateText(step));
    if (step->isFinished())
        item->setText(TimeColumn, durationText(step->elapsedMs()));
    if (step->state() == jobs::JobState::Failed) {
        item->setForeground(StateColumn, backupErrorColor());
        item->setToolTip(StepColumn, step->errorString());
    }
    m_steps->scrollToItem(item);
}

void RestoreRunPage::handleFinished(jobs::Job *job)
{
    m_cancel->setEnabled(false);
    if (m_sequence) {
        for (int i = 0; i < m_sequence->stepCount(); ++i)
            m_steps->topLevelItem(i)->setText(StateColumn, restoreStepStateText(m_sequence->step(i)));
    }
    m_progress->setValue(m_progress->maximum());
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
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_done = true;
    Q_EMIT completeChanged();
}

bool RestoreRunPage::isComplete() const
{
    return m_done;
}

} // namespace chartroom::ui
