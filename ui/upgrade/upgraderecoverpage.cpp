#include "upgraderecoverpage.h"

#include "upgradesession.h"
#include "upgradewizard.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"
#include "runtime.h"

#include "inventory/inventoryscanner.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "upgrade/rollbackplan.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chartroom::ui {

UpgradeRecoverPage::UpgradeRecoverPage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_preview(new QPlainTextEdit)
    , m_confirm(new QCheckBox)
    , m_recover(new QPushButton(tr("&Recover")))
    , m_outcome(new QLabel)
{
    setObjectName(QStringLiteral("recoverPage"));
    setTitle(tr("Recover a Stuck Release"));
    setSubTitle(tr("An interrupted helm left the release in a pending state: helm refuses to upgrade it until it is rolled "
                   "back to its last deployed revision."));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("recoverStatusLabel"));
    m_status->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("recoverPreviewText"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_confirm->setObjectName(QStringLiteral("confirmRecoverCheck"));
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_outcome->setObjectName(QStringLiteral("recoverOutcomeLabel"));
    m_outcome->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_recover, 0, Qt::AlignLeft);
    layout->addWidget(m_outcome);
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool on) { m_recover->setEnabled(on && !m_job); });
    connect(m_recover, &QPushButton::clicked, this, &UpgradeRecoverPage::recover);
}

UpgradeRecoverPage::~UpgradeRecoverPage() = default;

void UpgradeRecoverPage::initializePage()
{
    if (!m_session.release && m_session.selection.size() == 1)
        m_session.setRelease(m_session.selection.first());
    m_recovered = false;
    m_confirm->setChecked(false);
    m_confirm->setVisible(false);
    m_recover->setVisible(false);
    m_recover->setEnabled(false);
    m_outcome->clear();
    m_preview->clear();
    readHistory(false);
}

void UpgradeRecoverPage::readHistory(bool afterRecovery)
{
    if (!afterRecovery)
        m_status->setText(tr("Reading the history of %1…").arg(m_session.request.release.key()));
    connect(m_session.enqueueHistoryRead(), &jobs::Job::finished, this, [this, afterRecovery](jobs::Job *finished) {
        const auto parsed = kube::parseHelmHistory(qobject_cast<jobs::ProcessJob *>(finished)->capturedStdout());
        if (finished->state() != jobs::JobState::Succeeded || !parsed || parsed->isEmpty()) {
            const QString why = finished->state() != jobs::JobState::Succeeded ? finished->errorString()
                                : !parsed                                      ? parsed.error().message
                                                                               : tr("no revisions");
            m_status->setText(tr("The history of %1 cannot be read: %2").arg(m_session.request.release.key(), why));
            m_status->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
            return;
        }
        m_history = *parsed;
        const kube::HelmRevision &now = m_history.last();
        m_session.request.release.revision = now.revision;
        m_session.request.release.status = now.status;
        if (m_session.release) {
            m_session.release->revision = now.revision;
            m_session.release->status = now.status;
        }
        if (afterRecovery) {
            m_recovered = !now.status.startsWith(u"pending-");
            m_outcome->setText(m_outcome->text() + u' ' +
                               tr("%1 is at revision %2 (%3, %4).").arg(m_session.request.release.name).arg(now.revision).arg(now.chart, now.status));
            if (m_recovered && !m_session.runtime.scanner().isScanning())
                m_session.runtime.scanner().refresh(); // the inventory still shows it stuck
            Q_EMIT completeChanged();
            return;
        }
        showPlan();
    });
}

void UpgradeRecoverPage::showPlan()
{
    const upgrade::RollbackPlan plan(m_session.request.release, m_history, 0, m_session.request.timeoutSeconds);
    m_preview->setPlainText(plan.describe(m_session.runtime.clusterTools()).join(u'\n'));
    m_status->setStyleSheet(QString());
    if (!plan.isStuck()) {
        m_recovered = true;
        m_status->setText(tr("%1 is %2 at revision %3: nothing to recover.")
                              .arg(m_session.request.release.name, plan.currentStatus())
                              .arg(plan.currentRevision()));
        Q_EMIT completeChanged();
        return;
    }
    if (const QString problem = plan.problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
        return;
    }
    m_status->setText(tr("%1 is stuck in %2 at revision %3. Recovering rolls it back to revision %4, its last deployed one; "
                         "helm records that as a new revision. Nothing has run yet.")
                          .arg(m_session.request.release.name, plan.currentStatus())
                          .arg(plan.currentRevision())
                          .arg(plan.targetRevision()));
    m_confirm->setText(tr("Roll %1 back to revision %2").arg(m_session.request.release.name).arg(plan.targetRevision()));
    m_confirm->setVisible(true);
    m_recover->setVisible(true);
}

void UpgradeRecoverPage::recover()
{
    const upgrade::RollbackPlan plan(m_session.request.release, m_history, 0, m_session.request.timeoutSeconds);
    std::unique_ptr<jobs::Job> job = m_confirm->isChecked() ? plan.makeJob(m_session.runtime.clusterTools()) : nullptr;
    if (!job)
        return;
    m_recover->setEnabled(false);
    m_confirm->setEnabled(false);
    m_outcome->setStyleSheet(QString());
    m_outcome->setText(tr("Recovering %1 to revision %2…").arg(m_session.request.release.name).arg(plan.targetRevision()));
    jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, m_session.request.release.context});
    m_job = queued;
    const int target = plan.targetRevision();
    connect(queued, &jobs::Job::finished, this, [this, target](jobs::Job *finished) {
        const bool ok = finished->state() == jobs::JobState::Succeeded;
        m_outcome->setText(ok ? tr("Recovered to revision %1 in %2.").arg(target).arg(durationText(finished->elapsedMs()))
                              : tr("The recovery failed: %1").arg(finished->errorString()));
        m_outcome->setStyleSheet(ok ? QString() : QStringLiteral("color: %1;").arg(backupErrorColor().name()));
        m_confirm->setEnabled(true);
        readHistory(true);
    });
    Q_EMIT completeChanged();
}

bool UpgradeRecoverPage::isComplete() const
{
    return m_recovered && (!m_job || m_job->isFinished());
}

int UpgradeRecoverPage::nextId() const
{
    return UpgradeWizard::SourcePage;
}

} // namespace chartroom::ui
