#include "upgradewizard.h"

#include "upgradebackuppage.h"
#include "upgradepreviewpage.h"
#include "upgraderecoverpage.h"
#include "upgradereleasepage.h"
#include "upgraderesultpage.h"
#include "upgradereviewpage.h"
#include "upgraderunpage.h"
#include "upgradesourcepage.h"
#include "upgradestrategypage.h"
#include "upgradevaluespage.h"

#include "runtime.h"

#include "jobs/job.h"

#include <QAbstractButton>

namespace chartroom::ui {

UpgradeWizard::UpgradeWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<UpgradeSession>(runtime, runtime.secrets()))
{
    setObjectName(QStringLiteral("upgradeWizard"));
    setWindowTitle(tr("Upgrade a Release"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session->selection = selection;

    setPage(ReleasePage, new UpgradeReleasePage(*m_session));
    setPage(SourcePage, new UpgradeSourcePage(*m_session));
    setPage(ValuesPage, new UpgradeValuesPage(*m_session));
    setPage(PreviewPage, new UpgradePreviewPage(*m_session));
    setPage(StrategyPage, new UpgradeStrategyPage(*m_session));
    setPage(BackupPage, new UpgradeBackupPage(*m_session));
    setPage(ReviewPage, new UpgradeReviewPage(*m_session));
    setPage(RunPage, new UpgradeRunPage(*m_session));
    setPage(ResultPage, new UpgradeResultPage(*m_session));
    setPage(RecoverPage, new UpgradeRecoverPage(*m_session));
    // A stuck release cannot be upgraded: the wizard opens on its recovery.
    setStartId(selection.size() == 1 && selection.first().isPending() ? RecoverPage : ReleasePage);
    setButtonText(QWizard::CommitButton, tr("&Upgrade"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    resize(1000, 680);
}

UpgradeWizard::~UpgradeWizard() = default;

void UpgradeWizard::setSecretStore(secrets::SecretStore *store)
{
    m_session->secrets = store;
}

void UpgradeWizard::reject()
{
    // Closing must not orphan a running upgrade: cancel it (helm's own rollback and the plan's
    // compensation run) and let the Run page show it ending.
    if (m_session->job && !m_session->job->isFinished()) {
        m_session->job->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace chartroom::ui
