#pragma once

#include "artifact/datakey.h"
#include "backup/backuprepository.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <optional>

namespace chartroom::secrets {
class SecretStore;
}

namespace chartroom::ui {

/// Unlocks an encrypted backup repository for a wizard without ever blocking the UI: first with
/// the secret the OS keychain keeps for it, else with a passphrase the user types. The keychain
/// answers asynchronously and scrypt (about half a second) runs on a worker thread.
///
/// changed() follows every state change; passphraseRejected() a typed passphrase that does not
/// unlock the repository (the state goes back to asking). start() again, or reset(), abandons
/// whatever is still running: its late answer is ignored.
class RepositoryUnlocker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepositoryUnlocker)

public:
    enum class State {
        None,            ///< nothing asked (or the repository is not encrypted)
        Reading,         ///< asking the keychain
        Unlocking,       ///< deriving the key
        Unlocked,        ///< key() is set
        NeedsPassphrase, ///< the keychain works but has no (working) entry
        Unavailable,     ///< the keychain itself does not work
    };

    explicit RepositoryUnlocker(QObject *parent = nullptr);
    ~RepositoryUnlocker() override;

    void setSecretStore(secrets::SecretStore *store) { m_secrets = store; }
    /// Asks the keychain for `repository`'s secret and unlocks with it; Unlocked at once when the
    /// repository is not encrypted.
    void start(const backup::BackupRepository &repository);
    /// Unlocks with a typed passphrase.
    void unlockWithPassphrase(const QByteArray &passphrase);
    void reset();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<artifact::DataKey> &key() const { return m_key; }
    [[nodiscard]] bool keychainWorks() const { return !m_keychainUnavailable; }
    [[nodiscard]] bool unlockedFromKeychain() const { return m_fromKeychain; }
    /// Why the keychain did not help (empty when it did or was not asked).
    [[nodiscard]] QString keychainProblem() const { return m_keychainProblem; }
    [[nodiscard]] bool passphraseRepository() const;
    /// Whether a wizard shows its passphrase field: a passphrase repository the keychain did not
    /// unlock (also while a typed passphrase is being checked).
    [[nodiscard]] bool asksForPassphrase() const;
    /// One sentence for the user about the state (the wizards' unlock status label).
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void changed();
    void passphraseRejected(const QString &message);

private:
    void unlockWith(const QByteArray &secret, bool fromKeychain);
    void handleUnlocked(const Result<artifact::DataKey> &key, bool fromKeychain);
    void setState(State state);

    secrets::SecretStore *m_secrets = nullptr;
    std::optional<backup::BackupRepository> m_repository;
    std::optional<artifact::DataKey> m_key;
    State m_state = State::None;
    QString m_keychainProblem;
    bool m_fromKeychain = false;
    bool m_keychainUnavailable = false;
    int m_generation = 0;
};

} // namespace chartroom::ui
