#include "backupwizard.h"

#include "backupcomponentspage.h"
#include "backupdestinationpage.h"
#include "backupreviewpage.h"
#include "backuprunpage.h"
#include "backupscopepage.h"
#include "backupsummarypage.h"

#include "runtime.h"

#include "jobs/job.h"

#include <QAbstractButton>

namespace chartroom::ui {

BackupWizard::BackupWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<BackupSession>(runtime, runtime.secrets()))
{
    setObjectName(QStringLiteral("backupWizard"));
    setWindowTitle(tr("Back Up Releases"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session->selection = selection;
    m_session->location = runtime.backupRepositoryLocation();

    setPage(ScopePage, new BackupScopePage(*m_session));
    setPage(ComponentsPage, new BackupComponentsPage(*m_session));
    setPage(DestinationPage, new BackupDestinationPage(*m_session));
    setPage(ReviewPage, new BackupReviewPage(*m_session));
    setPage(RunPage, new BackupRunPage(*m_session));
    setPage(SummaryPage, new BackupSummaryPage(*m_session));
    setStartId(ScopePage);
    setButtonText(QWizard::CommitButton, tr("&Start Backup"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    resize(880, 600);
}

BackupWizard::~BackupWizard() = default;

void BackupWizard::setSecretStore(secrets::SecretStore *store)
{
    m_session->secrets = store;
}

void BackupWizard::setKdfParameters(const artifact::KdfParameters &kdf)
{
    m_session->kdf = kdf;
}

void BackupWizard::reject()
{
    // A new repository's key must reach the keychain before the wizard may go (under a second).
    if (m_session->preparing)
        return;
    // Closing must not orphan a running backup: cancel it and let the Run page show it ending.
    if (m_session->job && !m_session->job->isFinished()) {
        m_session->job->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace chartroom::ui
