#include "jobstepsview.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"

#include "jobs/job.h"
#include "jobs/sequencejob.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chartroom::ui {

QString jobStepStateText(const jobs::Job *step)
{
    switch (step->state()) {
    case jobs::JobState::Pending: return JobStepsView::tr("not run");
    case jobs::JobState::Running: return JobStepsView::tr("running");
    case jobs::JobState::Canceling: return JobStepsView::tr("canceling");
    case jobs::JobState::Succeeded: return JobStepsView::tr("succeeded");
    case jobs::JobState::Failed: return JobStepsView::tr("failed");
    case jobs::JobState::Canceled: return JobStepsView::tr("canceled");
    case jobs::JobState::Interrupted: return JobStepsView::tr("interrupted");
    }
    return {};
}

JobStepsView::JobStepsView(const QString &cancelText, const QString &cancelObjectName, QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(cancelText))
    , m_steps(new QTreeWidget)
    , m_log(new QPlainTextEdit)
{
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_cancel->setObjectName(cancelObjectName);
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(splitter, 1);
    connect(m_cancel, &QPushButton::clicked, this, &JobStepsView::cancelRequested);
}

JobStepsView::~JobStepsView() = default;

void JobStepsView::reset()
{
    m_sequence = nullptr;
    m_single = nullptr;
    m_log->clear();
    m_steps->clear();
    m_progress->setRange(0, 0);
}

void JobStepsView::track(jobs::Job *job)
{
    m_sequence = qobject_cast<jobs::SequenceJob *>(job);
    const int count = m_sequence ? m_sequence->stepCount() : 1;
    for (int i = 0; i < count; ++i) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, QStringLiteral("%1. %2").arg(i + 1).arg(m_sequence ? m_sequence->step(i)->title() : job->title()));
        item->setText(StateColumn, tr("waiting"));
    }
    m_progress->setRange(0, count);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m steps"));
    if (!m_sequence) {
        m_single = job;
        connect(job, &jobs::Job::started, this, [this] { showStep(0); });
    } else {
        connect(m_sequence, &jobs::SequenceJob::stepStarted, this, [this](int index) {
            showStep(index);
            // A step starts from the event loop after stepStarted(): show it running once it does.
            if (const jobs::Job *step = m_sequence->step(index))
                connect(step, &jobs::Job::started, this, [this, index] { showStep(index); });
        });
        connect(m_sequence, &jobs::SequenceJob::stepFinished, this, [this](int index) {
            showStep(index);
            m_progress->setValue(m_progress->value() + 1);
            Q_EMIT stepFinished(index);
        });
    }
    connect(job, &jobs::Job::outputReceived, this, [this](jobs::OutputChannel, const QString &line) { m_log->appendPlainText(line); });
    connect(job, &jobs::Job::finished, this, &JobStepsView::handleFinished);
    m_cancel->setEnabled(true);
}

void JobStepsView::stop()
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
}

void JobStepsView::showStep(int index)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    const jobs::Job *step = m_sequence ? m_sequence->step(index) : m_single.data();
    if (!item || !step)
        return;
    item->setText(StateColumn, jobStepStateText(step));
    if (step->isFinished())
        item->setText(TimeColumn, durationText(step->elapsedMs()));
    if (step->state() == jobs::JobState::Failed) {
        item->setForeground(StateColumn, backupErrorColor());
        item->setToolTip(StepColumn, step->errorString());
    }
    m_steps->scrollToItem(item);
}

void JobStepsView::handleFinished()
{
    m_cancel->setEnabled(false);
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        showStep(i);
    m_progress->setValue(m_progress->maximum());
}

} // namespace chartroom::ui
