#pragma once

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;

namespace chartroom::ui {

class RepositoryUnlocker;
struct RestoreSession;

/// Fifth page (the commit page): what is about to happen in one paragraph, the typed release
/// name when the restore overwrites an installed release, and the repository's key (from the OS
/// keychain, else a typed passphrase) when the backup is encrypted. "Restore" stays disabled
/// until both are there.
class RestoreConfirmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreConfirmPage)

public:
    explicit RestoreConfirmPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestoreConfirmPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    [[nodiscard]] bool needsTypedName() const;
    [[nodiscard]] bool encrypted() const;
    void updateUnlock();

    RestoreSession &m_session;
    QLabel *m_summary;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QGroupBox *m_unlockGroup;
    QLabel *m_unlockStatus;
    QLineEdit *m_passphrase;
    QLabel *m_message;
    RepositoryUnlocker *m_unlocker;
    bool m_validating = false;
};

} // namespace chartroom::ui
