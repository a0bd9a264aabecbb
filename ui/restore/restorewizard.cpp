#include "restorewizard.h"

#include "restoreconfirmpage.h"
#include "restorepointpage.h"
#include "restorepreviewpage.h"
#include "restorereleasepage.h"
#include "restoreresultpage.h"
#include "restorerunpage.h"
#include "restoretargetpage.h"

#include "runtime.h"

#include "jobs/job.h"

#include <QAbstractButton>

namespace chartroom::ui {

RestoreWizard::RestoreWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<RestoreSession>(runtime, runtime.secrets()))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore a Release"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session->selection = selection;
    m_session->location = runtime.backupRepositoryLocation();

    setPage(ReleasePage, new RestoreReleasePage(*m_session));
    setPage(PointPage, new RestorePointPage(*m_session));
    setPage(TargetPage, new RestoreTargetPage(*m_session));
    setPage(PreviewPage, new RestorePreviewPage(*m_session));
    setPage(ConfirmPage, new RestoreConfirmPage(*m_session));
    setPage(RunPage, new RestoreRunPage(*m_session));
    setPage(ResultPage, new RestoreResultPage(*m_session));
    setStartId(ReleasePage);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    resize(900, 620);
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::setSecretStore(secrets::SecretStore *store)
{
    m_session->secrets = store;
}

void RestoreWizard::reject()
{
    // Closing must not orphan a running restore: cancel it (its compensation runs) and let the
    // Run page show it ending.
    if (m_session->job && !m_session->job->isFinished()) {
        m_session->job->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace chartroom::ui
