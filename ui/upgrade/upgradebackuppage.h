#pragma once

#include "backup/backuprepository.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chartroom::ui {

class PlanAccessNotice;
class RepositoryUnlocker;
struct UpgradeSession;

/// Sixth page: the backup gate. Shows the release's latest verified backup against the tier's
/// policy (its RPO, else a day); when it is too old a fresh backup becomes the plan's first step
/// (the repository is unlocked here, never on the UI thread). Going on without one needs the
/// release's name typed, and is recorded in the upgrade's checkpoint. Before the Review page, the
/// plan's steps are checked against the kubeconfig user's access: a denied step blocks Next.
class UpgradeBackupPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeBackupPage)

public:
    explicit UpgradeBackupPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeBackupPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showGate();
    void updateUnlock();

    UpgradeSession &m_session;
    QLabel *m_latest;
    QLabel *m_decision;
    QLabel *m_unlockStatus;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QCheckBox *m_skip;
    QLineEdit *m_skipConfirm;
    RepositoryUnlocker *m_unlocker;
    PlanAccessNotice *m_access;
    QFutureWatcher<std::optional<backup::BackupRepository>> m_opener;
};

} // namespace chartroom::ui
