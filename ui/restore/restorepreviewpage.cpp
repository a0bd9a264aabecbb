#include "restorepreviewpage.h"

#include "restoresession.h"

#include "backup/backupformatting.h"
#include "rbac/planaccessnotice.h"
#include "runtime.h"

#include "backup/backupaccess.h"

#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "kube/releaserevision.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace chartroom::ui {

RestorePreviewPage::RestorePreviewPage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_problem(new QLabel)
    , m_text(new QPlainTextEdit)
    , m_access(new PlanAccessNotice)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Every step of the restore and the exact commands it runs (secrets hidden). Nothing has run yet."));
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("previewProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(backupErrorColor().name()));
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addWidget(m_access);
    layout->addWidget(m_text, 1);
}

RestorePreviewPage::~RestorePreviewPage() = default;

void RestorePreviewPage::initializePage()
{
    m_text->clear();
    m_problem->clear();
    m_problem->setVisible(false);
    m_access->reset();
    if (m_session.currentRevision)
        return showPlan();
    lookUpTarget();
}

void RestorePreviewPage::cleanupPage()
{
    if (m_lookup && !m_lookup->isFinished())
        m_lookup->cancel();
}

void RestorePreviewPage::lookUpTarget()
{
    const backup::BackupManifest &manifest = *m_session.backup->manifest;
    const QString ns = m_session.targetNamespaceOrOwn();
    const QString release = m_session.targetReleaseName();
    m_status->setText(tr("Asking helm whether %1/%2 is installed…").arg(ns, release));
    m_lookupError.clear();
    jobs::Job *job = m_session.runtime.queue().enqueue(
        kube::makeReleaseRevisionLookup(m_session.runtime.clusterTools().commands, manifest.context, ns, release),
        jobs::JobOptions{0, manifest.context});
    m_lookup = job;
    connect(job, &jobs::Job::finished, this, [this](jobs::Job *finished) {
        if (finished != m_lookup)
            return;
        const Result<int> revision = kube::releaseRevisionFrom(*qobject_cast<jobs::ProcessJob *>(finished));
        if (revision)
            m_session.currentRevision = revision.value();
        else
            m_lookupError = revision.error().message;
        showPlan();
    });
    Q_EMIT completeChanged();
}

void RestorePreviewPage::showPlan()
{
    if (!m_lookupError.isEmpty()) {
        m_status->setText(tr("The preview needs to know the target's state."));
        m_problem->setText(m_lookupError);
        m_problem->setVisible(true);
        Q_EMIT completeChanged();
        return;
    }
    const std::optional<backup::RestorePlan> plan = m_session.plan();
    if (!plan) {
        m_problem->setText(tr("No chart profile “%1” to restore this backup with.")
                               .arg(m_session.backup->manifest ? m_session.backup->manifest->profileId : QString()));
        m_problem->setVisible(true);
        Q_EMIT completeChanged();
        return;
    }
    const int revision = m_session.currentRevision.value_or(0);
    m_status->setText(revision > 0 ? tr("%1/%2 is installed (revision %3).")
                                         .arg(plan->targetNamespace(), plan->targetRelease())
                                         .arg(revision)
                                   : tr("%1/%2 is not installed: it is reinstalled from the backup's Helm record first.")
                                         .arg(plan->targetNamespace(), plan->targetRelease()));
    m_text->setPlainText(plan->describe(m_session.runtime.clusterTools()).join(u'\n'));
    // The plan depends on the target's state (reinstall or not): its steps are checked here, where
    // it is first known, and a denied step keeps the Confirmation page out of reach.
    m_access->check(backup::requiredAccess(*plan), m_session.runtime.userAccess());
    const QString problem = plan->problem();
    m_problem->setText(problem.isEmpty() ? QString() : tr("This restore cannot run: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool RestorePreviewPage::isComplete() const
{
    if (!m_session.currentRevision || !m_lookupError.isEmpty())
        return false;
    const std::optional<backup::RestorePlan> plan = m_session.plan();
    return plan && plan->problem().isEmpty() && !m_access->blocks();
}

} // namespace chartroom::ui
