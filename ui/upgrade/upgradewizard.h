#pragma once

#include "upgradesession.h"

#include <QWizard>

#include <memory>

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

/// Upgrades one release: Release → Source (Helm repository, OCI reference or local chart) →
/// Values → Preview (per-object diff with risk flags) → Strategy → Backup gate → Review → Run →
/// Result. A release stuck in a pending state is first recovered (Recover page: the previewed
/// rollback to its last deployed revision), then upgraded.
///
/// One UpgradeSession is shared by thin pages over the GUI-free upgrade engine (UpgradePreviewJob,
/// UpgradePlan, RollbackPlan). Apart from a recovery the user confirmed, nothing changes the
/// cluster before the Review page's commit: the
/// version search and the preview are read-only helm commands, run as jobs in the application's
/// queue like the upgrade itself, so the UI never waits on a tool.
class UpgradeWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeWizard)

public:
    enum PageId { ReleasePage, SourcePage, ValuesPage, PreviewPage, StrategyPage, BackupPage, ReviewPage, RunPage, ResultPage, RecoverPage };

    /// `selection` is what the inventory had selected: its one release is preselected.
    UpgradeWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent = nullptr);
    ~UpgradeWizard() override;

    /// The keychain to use instead of the runtime's (tests). Call before the wizard is shown.
    void setSecretStore(secrets::SecretStore *store);
    [[nodiscard]] UpgradeSession &session() { return *m_session; }

    void reject() override;

private:
    std::unique_ptr<UpgradeSession> m_session;
};

} // namespace chartroom::ui
