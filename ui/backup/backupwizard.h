#pragma once

#include "backupsession.h"

#include <QWizard>

#include <memory>

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

class BackupComponentsPage;
class BackupDestinationPage;
class BackupReviewPage;
class BackupRunPage;
class BackupScopePage;
class BackupSummaryPage;

/// Backs up releases: Scope → Components → Destination and encryption → Review → Run → Summary.
///
/// One BackupSession is shared by thin pages. Nothing is written and no job runs before the user
/// starts the backup on the Review page (a commit page): a new repository is created by the Run
/// page, which then enqueues the plan's job in the application's job queue, so it is visible
/// and journaled like every other job. Disk, keychain and scrypt work run off the UI thread.
class BackupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupWizard)

public:
    enum PageId { ScopePage, ComponentsPage, DestinationPage, ReviewPage, RunPage, SummaryPage };

    /// `selection` is what the inventory had selected (may be empty: then Scope offers the fleet).
    BackupWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent = nullptr);
    ~BackupWizard() override;

    /// The keychain to use instead of the runtime's (tests). Call before the wizard is shown.
    void setSecretStore(secrets::SecretStore *store);
    /// The scrypt cost of a new passphrase repository (tests use a cheap one).
    void setKdfParameters(const artifact::KdfParameters &kdf);
    [[nodiscard]] BackupSession &session() { return *m_session; }

    void reject() override;

private:
    std::unique_ptr<BackupSession> m_session;
};

} // namespace chartroom::ui
