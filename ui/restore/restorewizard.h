#pragma once

#include "restoresession.h"

#include <QWizard>

#include <memory>

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

/// Restores one release from a backup: Release → Restore point → Target → Preview →
/// Confirmation → Run → Result.
///
/// One RestoreSession is shared by thin pages over the GUI-free RestorePlan. Nothing touches the
/// cluster before the user confirms on the Confirmation page (a commit page) except the
/// read-only `helm history` of the Preview page; the restore then runs as one job in the
/// application's job queue, so it is visible and journaled like every other job. Disk, keychain
/// and scrypt work run off the UI thread.
class RestoreWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreWizard)

public:
    enum PageId { ReleasePage, PointPage, TargetPage, PreviewPage, ConfirmPage, RunPage, ResultPage };

    /// `selection` is what the inventory had selected: its one release is preselected.
    RestoreWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    /// The keychain to use instead of the runtime's (tests). Call before the wizard is shown.
    void setSecretStore(secrets::SecretStore *store);
    [[nodiscard]] RestoreSession &session() { return *m_session; }

    void reject() override;

private:
    std::unique_ptr<RestoreSession> m_session;
};

} // namespace chartroom::ui
