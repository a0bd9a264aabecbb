#include "restoreresultpage.h"

#include "restorerunpage.h"
#include "restoresession.h"
#include "widgets/jobstepsview.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"

#include "inventory/formatting.h"
#include "jobs/sequencejob.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

QString colored(const QString &text, bool good)
{
    return QStringLiteral("<span style=\"color: %1;\">%2</span>")
        .arg(good ? QStringLiteral("#2da44e") : backupErrorColor().name(), text.toHtmlEscaped());
}

} // namespace

RestoreResultPage::RestoreResultPage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_headline(new QLabel)
    , m_rto(new QLabel)
    , m_health(new QLabel)
    , m_steps(new QTreeWidget)
    , m_advice(new QLabel)
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Result"));
    m_headline->setObjectName(QStringLiteral("resultHeadlineLabel"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_rto->setObjectName(QStringLiteral("rtoLabel"));
    m_rto->setWordWrap(true);
    m_rto->setTextFormat(Qt::RichText);
    m_health->setObjectName(QStringLiteral("healthLabel"));
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::RichText);
    m_steps->setObjectName(QStringLiteral("resultStepsTree"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({tr("Step"), tr("Outcome"), tr("Time"), tr("Detail")});
    m_steps->header()->setStretchLastSection(true);
    m_advice->setObjectName(QStringLiteral("resultAdviceLabel"));
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_rto);
    layout->addWidget(m_health);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_advice);
}

RestoreResultPage::~RestoreResultPage() = default;

void RestoreResultPage::initializePage()
{
    m_steps->clear();
    m_advice->clear();
    m_health->clear();
    m_rto->clear();
    const jobs::Job *job = m_session.job;
    if (!job) {
        m_headline->setText(tr("The restore did not start: %1").arg(m_session.failure));
        return;
    }
    const bool ok = job->state() == jobs::JobState::Succeeded;
    const auto *sequence = qobject_cast<const jobs::SequenceJob *>(job);
    const catalog::ChartProfile *profile = m_session.profile();
    const QString target = m_session.targetNamespaceOrOwn() + u'/' + m_session.targetReleaseName();

    // Steps; the profile's health checks are the plan's last steps.
    const int count = sequence ? sequence->stepCount() : 0;
    const int checks = profile ? static_cast<int>(profile->healthChecks.size()) : 0;
    int stoppedAt = -1;
    int passed = 0;
    QStringList healthLines;
    for (int i = 0; i < count; ++i) {
        const jobs::Job *step = sequence->step(i);
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, QStringLiteral("%1. %2").arg(i + 1).arg(step->title()));
        item->setText(OutcomeColumn, jobStepStateText(step));
        if (step->isFinished() && step->startedAt().isValid())
            item->setText(TimeColumn, durationText(step->elapsedMs()));
        item->setText(DetailColumn, step->errorString());
        item->setToolTip(DetailColumn, step->errorString());
        const bool stepOk = step->state() == jobs::JobState::Succeeded;
        if (step->isFinished() && !stepOk) {
            item->setForeground(OutcomeColumn, backupErrorColor());
            if (stoppedAt < 0)
                stoppedAt = i;
        }
        if (i >= count - checks) {
            passed += stepOk ? 1 : 0;
            healthLines << colored(QStringLiteral("%1: %2").arg(step->title(), jobStepStateText(step)), stepOk);
        }
    }
    if (sequence && sequence->compensation() && sequence->compensationRan()) {
        const jobs::Job *compensation = sequence->compensation();
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, tr("Compensation: %1").arg(compensation->title()));
        item->setText(OutcomeColumn, jobStepStateText(compensation));
        if (compensation->startedAt().isValid())
            item->setText(TimeColumn, durationText(compensation->elapsedMs()));
        item->setText(DetailColumn, compensation->errorString());
    }
    m_steps->resizeColumnToContents(StepColumn);
    m_steps->resizeColumnToContents(OutcomeColumn);
    m_steps->resizeColumnToContents(TimeColumn);

    if (ok)
        m_headline->setText(tr("%1 was restored from backup %2.").arg(target, m_session.backup->id));
    else if (job->state() == jobs::JobState::Canceled)
        m_headline->setText(tr("The restore of %1 was canceled.").arg(target));
    else
        m_headline->setText(tr("The restore of %1 failed.").arg(target));
    m_headline->setStyleSheet(ok ? QString() : QStringLiteral("color: %1;").arg(backupErrorColor().name()));

    // The measured time against the target (only a restore that completed is compared).
    const qint64 elapsed = job->elapsedMs();
    QString rto;
    if (!ok) {
        rto = tr("It ran for <b>%1</b> and did not complete, so there is no restore time to compare with the RTO.")
                  .arg(durationText(elapsed));
    } else if (profile && profile->rto) {
        const bool within = elapsed <= profile->rto->count() * 1000;
        const QString target = inventory::formatTarget(profile->rto->count());
        rto = tr("Measured restore time: <b>%1</b>.").arg(durationText(elapsed)) + u' ' +
              (within ? colored(tr("Within the RTO of %1.").arg(target), true)
                      : colored(tr("The RTO of %1 was exceeded.").arg(target), false));
    } else {
        rto = tr("Measured restore time: <b>%1</b>.").arg(durationText(elapsed)) + u' ' +
              tr("The chart profile sets no RTO.");
    }
    m_rto->setText(rto);
    m_health->setText(checks == 0 ? tr("The chart profile defines no health checks.")
                                  : tr("Health checks: %1 of %2 passed.").arg(passed).arg(checks) + QStringLiteral("<br>") +
                                        healthLines.join(QStringLiteral("<br>")));

    if (ok) {
        m_advice->setText(m_session.safetyBackupId.isEmpty()
                              ? QString()
                              : tr("The state before the restore is kept in the safety backup %1.")
                                    .arg(m_session.safetyBackupId));
        return;
    }
    QStringList advice;
    if (stoppedAt >= 0)
        advice << tr("It stopped at step %1 of %2, “%3”: %4")
                      .arg(stoppedAt + 1)
                      .arg(count)
                      .arg(sequence->step(stoppedAt)->title(), sequence->step(stoppedAt)->errorString());
    if (sequence && sequence->compensationRan() && sequence->compensation()) {
        const jobs::Job *compensation = sequence->compensation();
        advice << (compensation->state() == jobs::JobState::Succeeded
                       ? tr("The compensation succeeded: no workload is left scaled down.")
                       : tr("The compensation failed: %1. Check the workload's replicas by hand.")
                             .arg(compensation->errorString()));
    }
    if (stoppedAt == 0)
        advice << tr("Nothing in the cluster was changed: the backup was refused before the first change.");
    else if (!m_session.safetyBackupId.isEmpty())
        advice << tr("The data may be half restored. To return to the state before this restore, restore the safety "
                     "backup %1.")
                      .arg(m_session.safetyBackupId);
    else if (stoppedAt > 0)
        advice << tr("No safety backup was taken: the data may be half restored. Restore a good backup again.");
    m_advice->setText(advice.join(u'\n'));
}

} // namespace chartroom::ui
