#include "repositoryunlocker.h"

#include "secrets/secretstore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

using KeyMode = backup::RepositoryConfig::KeyMode;

RepositoryUnlocker::RepositoryUnlocker(QObject *parent)
    : QObject(parent)
{
}

RepositoryUnlocker::~RepositoryUnlocker() = default;

bool RepositoryUnlocker::asksForPassphrase() const
{
    return passphraseRepository() &&
           (m_state == State::NeedsPassphrase || m_state == State::Unavailable || m_state == State::Unlocking);
}

bool RepositoryUnlocker::passphraseRepository() const
{
    return m_repository && m_repository->config().keyMode == KeyMode::Passphrase;
}

void RepositoryUnlocker::reset()
{
    ++m_generation;
    m_repository.reset();
    m_key.reset();
    m_keychainProblem.clear();
    m_fromKeychain = false;
    m_keychainUnavailable = false;
    setState(State::None);
}

void RepositoryUnlocker::start(const backup::BackupRepository &repository)
{
    reset();
    m_repository = repository;
    if (!repository.encrypted())
        return setState(State::Unlocked);
    setState(State::Reading);
    const int generation = m_generation;
    QPointer<RepositoryUnlocker> self(this);
    m_secrets->read(repository.secretName(), [self, generation](Result<QByteArray> secret) {
        if (!self || generation != self->m_generation)
            return;
        if (secret) {
            self->unlockWith(secret.value(), true);
            secret.value().fill('\0');
            return;
        }
        self->m_keychainProblem = secret.error().message;
        self->m_keychainUnavailable = secret.error().code != QLatin1String("secrets.not-found");
        self->setState(self->m_keychainUnavailable ? State::Unavailable : State::NeedsPassphrase);
    });
}

void RepositoryUnlocker::unlockWithPassphrase(const QByteArray &passphrase)
{
    if (m_repository)
        unlockWith(passphrase, false);
}

void RepositoryUnlocker::unlockWith(const QByteArray &secret, bool fromKeychain)
{
    setState(State::Unlocking);
    const backup::BackupRepository repository = *m_repository;
    const int generation = m_generation;
    // scrypt takes about half a second: never on the UI thread.
    auto *watcher = new QFutureWatcher<Result<artifact::DataKey>>(this);
    connect(watcher, &QFutureWatcher<Result<artifact::DataKey>>::finished, this,
            [this, watcher, generation, fromKeychain] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                handleUnlocked(watcher->result(), fromKeychain);
            });
    watcher->setFuture(QtConcurrent::run([repository, secret] {
        QByteArray copy = secret;
        auto key = repository.unlock(copy);
        copy.fill('\0');
        return key;
    }));
}

void RepositoryUnlocker::handleUnlocked(const Result<artifact::DataKey> &key, bool fromKeychain)
{
    if (key) {
        m_key = key.value();
        m_fromKeychain = fromKeychain;
        return setState(State::Unlocked);
    }
    if (fromKeychain) {
        m_keychainProblem = tr("The keychain's entry does not unlock this repository: %1").arg(key.error().message);
        return setState(State::NeedsPassphrase);
    }
    // A mistyped passphrase: ask again, and keep saying why the keychain did not help.
    setState(m_keychainUnavailable ? State::Unavailable : State::NeedsPassphrase);
    Q_EMIT passphraseRejected(tr("This passphrase does not unlock the repository: %1").arg(key.error().message));
}

void RepositoryUnlocker::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

QString RepositoryUnlocker::statusText() const
{
    const bool passphrase = passphraseRepository();
    switch (m_state) {
    case State::None:
        return {};
    case State::Reading:
        return tr("Asking the OS keychain for the repository's secret…");
    case State::Unlocking:
        return tr("Unlocking the repository…");
    case State::Unlocked:
        if (!m_repository || !m_repository->encrypted())
            return tr("The repository is not encrypted.");
        return m_fromKeychain ? tr("Unlocked with the secret from the OS keychain.") : tr("Unlocked with your passphrase.");
    case State::NeedsPassphrase:
        if (!passphrase)
            return tr("The OS keychain does not have this repository's key, so it cannot be opened here.");
        return m_keychainProblem.isEmpty() ? tr("The passphrase is not in the OS keychain. Enter it:")
                                           : m_keychainProblem + u' ' + tr("Enter the passphrase:");
    case State::Unavailable:
        return passphrase ? tr("The OS keychain is unavailable: %1 Enter the passphrase; it is used this time only "
                               "and not stored.")
                                .arg(m_keychainProblem)
                          : tr("The OS keychain is unavailable (%1), and this repository's key is kept there.")
                                .arg(m_keychainProblem);
    }
    return {};
}

} // namespace chartroom::ui
