#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace chartroom::secrets {

/// Key under which a backup repository's passphrase (or random repository key) is stored.
/// "repository/<id>".
QString repositorySecretKey(const QString &repositoryId);

/// Secrets (repository passphrases and keys) in the OS keychain, through QtKeychain.
///
/// Contract:
/// - Every entry lives under the store's service name ("Chartroom" in the product; tests use
///   their own, so stores with different services never see each other's entries).
/// - The asynchronous calls never block: they return at once and call `done` exactly once,
///   later, from the event loop of the thread the store lives in (the main thread: QtKeychain's
///   Secret Service backend runs on the GLib main context). `done` is never called after the
///   store is destroyed. If setTimeout() is set, `done` gets "secrets.timeout" when the keychain
///   has not answered in time (an unlock prompt on a desktop can take a while: none by default).
///   QtKeychain runs its jobs one at a time, in order: a keychain that never answers holds every
///   later call too; the timeout reports it but cannot cancel the job.
/// - Error codes: "secrets.not-found" (no such entry; a locked keyring reports the same, so the
///   message says so), "secrets.unavailable" (no keychain at all: the message names the human
///   reason — no session bus, no Secret Service, no libsecret...), "secrets.denied" (the user
///   or the system refused access, or the keyring is locked and could not be unlocked),
///   "secrets.timeout", "secrets.failed" (anything else).
///   On "secrets.unavailable" callers ask for the passphrase instead; nothing is ever stored in
///   plain text (QtKeychain's insecure fallback is never enabled).
/// - Secret values are never logged (only keys and service names), never put into an Error, and
///   the buffers this class owns are wiped before they are dropped.
/// - The blocking variants are for the command-line tool, which has a QCoreApplication but no
///   running event loop: they spin a local QEventLoop. Never call them from the GUI thread.
///
/// The asynchronous calls are virtual so tests of other modules can substitute an in-memory
/// fake; the blocking variants are built on them and work for fakes too.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    /// The product's service name: the entries' "service" attribute in the keychain.
    static inline const QString DefaultService = QStringLiteral("Chartroom");

    explicit SecretStore(QString service = DefaultService, QObject *parent = nullptr);
    ~SecretStore() override;

    [[nodiscard]] QString service() const { return m_service; }

    /// Upper bound for every asynchronous operation; 0 (the default) means none.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// The secret stored under `key`; "secrets.not-found" when there is none.
    virtual void read(const QString &key, std::function<void(Result<QByteArray>)> done);
    /// Stores `secret` under `key`, replacing any previous value.
    virtual void write(const QString &key, const QByteArray &secret, std::function<void(Result<void>)> done);
    /// Deletes the entry; removing a key that does not exist is a success.
    virtual void remove(const QString &key, std::function<void(Result<void>)> done);
    /// Whether the keychain works: writes, reads back and deletes a probe entry (QtKeychain
    /// 0.13.2 has no isAvailable()). Conclusive answers (works, unavailable) are cached for the
    /// process lifetime per service; denials, timeouts and other failures are retried next time.
    /// Concurrent probes share one round trip.
    virtual void probe(std::function<void(Result<void>)> done);

    Result<QByteArray> readBlocking(const QString &key, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    Result<void> writeBlocking(const QString &key, const QByteArray &secret,
                               std::chrono::milliseconds timeout = std::chrono::seconds(20));
    Result<void> removeBlocking(const QString &key, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    Result<void> probeBlocking(std::chrono::milliseconds timeout = std::chrono::seconds(20));

    /// Forgets the cached probe answers of every service (tests only).
    static void clearProbeCache();

private:
    void finishProbe(const Result<void> &result);
    /// Calls `fn` from the event loop (never from inside the caller's read()/write()...).
    void post(std::function<void()> fn);

    QString m_service;
    std::chrono::milliseconds m_timeout{0};
    std::vector<std::function<void(Result<void>)>> m_probeWaiters;
};

} // namespace chartroom::secrets
