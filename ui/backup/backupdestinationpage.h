#pragma once

#include "backupplanning.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace chartroom::ui {

class PlanAccessNotice;
class RepositoryUnlocker;
struct BackupSession;

/// Where the backups go and how they are protected.
///
/// An existing repository is opened off the UI thread; an encrypted one is unlocked with the
/// secret from the OS keychain (asynchronously, then scrypt on a worker thread), or, when the
/// keychain has no entry or does not work, with a passphrase the user types, which is never
/// stored in plain text. Where there is no repository yet, the page asks how to encrypt the new
/// one (a passphrase by default, a random key kept in the keychain, or nothing, with a warning
/// about what an unencrypted repository leaves out); it is created only when the backup starts.
/// Before the Review page the plan's steps are checked against the kubeconfig user's access
/// (PlanAccess): a denied step is named with what it needs and keeps Next disabled until an
/// answer changes; access not known yet is carried to the Review page as a warning.
class BackupDestinationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDestinationPage)

public:
    explicit BackupDestinationPage(BackupSession &session, QWidget *parent = nullptr);
    ~BackupDestinationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void locationEdited();
    void startProbe();
    void handleProbe();
    void handleUnlockChanged();
    void updateForm();
    void finishValidation();
    void buildPlanThenAdvance();
    void setBusy(const QString &message);
    void showError(const QString &message);

    BackupSession &m_session;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_status;
    QGroupBox *m_newGroup;
    QRadioButton *m_passphraseMode;
    QRadioButton *m_keychainMode;
    QRadioButton *m_unencryptedMode;
    QLineEdit *m_newPassphrase;
    QLineEdit *m_confirmPassphrase;
    QLabel *m_unencryptedWarning;
    QGroupBox *m_unlockGroup;
    QLabel *m_unlockStatus;
    QLineEdit *m_unlockPassphrase;
    QCheckBox *m_remember;
    QLabel *m_message;
    QTimer *m_probeTimer;
    RepositoryUnlocker *m_unlocker;
    PlanAccessNotice *m_access; ///< the plan's steps against the kubeconfig user's access

    QFutureWatcher<RepositoryProbe> m_probeWatcher;
    QFutureWatcher<PlanOutcome> m_planWatcher;
    std::optional<RepositoryProbe> m_probe;
    bool m_askPassphrase = false; ///< the unlock passphrase field is shown
    int m_generation = 0; ///< bumped on every location change: late answers are dropped
    bool m_validating = false;
    bool m_ready = false; ///< validation finished: the next validatePage() lets the wizard go on
};

} // namespace chartroom::ui
