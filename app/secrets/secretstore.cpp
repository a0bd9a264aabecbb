#include "secretstore.h"

#include "secureerase.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QLibrary>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

static Q_LOGGING_CATEGORY(lcSecrets, "chartroom.secrets", QtInfoMsg);

namespace chartroom::secrets {

QString repositorySecretKey(const QString &repositoryId)
{
    return u"repository/"_s + repositoryId;
}

namespace {

enum class Operation { Read, Write, Remove, Probe };

QString seconds(std::chrono::milliseconds timeout)
{
    return QString::number(static_cast<double>(timeout.count()) / 1000.0, 'g', 3);
}

Error timeoutError(Operation op, const QString &key, std::chrono::milliseconds timeout)
{
    QString message;
    switch (op) {
    case Operation::Read:
        message =
            QCoreApplication::translate("SecretStore", "The OS keychain did not answer within %1 s when reading “%2”.");
        break;
    case Operation::Write:
        message =
            QCoreApplication::translate("SecretStore", "The OS keychain did not answer within %1 s when storing “%2”.");
        break;
    case Operation::Remove:
        message = QCoreApplication::translate("SecretStore",
                                              "The OS keychain did not answer within %1 s when deleting “%2”.");
        break;
    case Operation::Probe:
        return makeError(u"secrets.timeout"_s, QCoreApplication::translate(
                                                   "SecretStore", "The OS keychain did not answer a check within %1 s.")
                                                   .arg(seconds(timeout)));
    }
    return makeError(u"secrets.timeout"_s, message.arg(seconds(timeout), key));
}

Error unavailableError(const QString &reason, const QString &keychainText, const QString &details)
{
    const QString message =
        keychainText.isEmpty()
            ? QCoreApplication::translate("SecretStore", "No OS keychain is available: %1.").arg(reason)
            : QCoreApplication::translate("SecretStore", "No OS keychain is available: %1 (%2).")
                  .arg(reason, keychainText);
    return makeError(u"secrets.unavailable"_s, message, details);
}

bool containsAny(const QString &text, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// QtKeychain reports most "no keychain here" situations as OtherError with the text of the
// D-Bus or libsecret error (toolchain.md §6 lists the observed ones), so the text decides.
std::optional<QString> unavailableReason(QKeychain::Error code, const QString &text)
{
    if (code == QKeychain::NoBackendAvailable)
        return QCoreApplication::translate(
            "SecretStore", "QtKeychain found no keychain backend (neither the Secret Service nor KWallet)");
    if (code == QKeychain::NotImplemented)
        return QCoreApplication::translate("SecretStore", "QtKeychain has no keychain backend on this platform");
    if (containsAny(text, {u"autolaunch", u"DBus.Error.NoServer", u"D-Bus is not running", u"Could not connect",
                           u"Failed to connect to socket", u"DBUS_SESSION_BUS_ADDRESS", u"Connection refused"})) {
        const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        return address.isEmpty()
                   ? QCoreApplication::translate("SecretStore",
                                                 "there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
                   : QCoreApplication::translate("SecretStore", "the D-Bus session bus at %1 cannot be reached")
                         .arg(address);
    }
    if (containsAny(text, {u"org.freedesktop.secrets", u"ServiceUnknown", u"not provided by any .service"}))
        return QCoreApplication::translate("SecretStore", "the Secret Service is not running on the session bus");
    // gnome-keyring started by D-Bus activation, with no unlocked login keyring and no way to
    // show its prompt.
    if (containsAny(text, {u"Object does not exist at path", u"UnknownObject", u"No such interface"}))
        return QCoreApplication::translate(
            "SecretStore", "the Secret Service has no usable default keyring (none could be created or unlocked)");
    if (containsAny(text, {u"cannot open display", u"locked", u"prompt"}))
        return QCoreApplication::translate("SecretStore", "the keyring is locked and no unlock prompt could be shown");
    if (code == QKeychain::OtherError && containsAny(text, {u"Unknown error"})) {
        // What QtKeychain says when libsecret is missing and KWallet does not answer either.
        QLibrary libsecret(u"secret-1"_s, 0);
        if (!libsecret.load())
            return QCoreApplication::translate(
                "SecretStore", "libsecret (package libsecret-1-0) is not installed and KWallet does not answer");
    }
    return std::nullopt;
}

Error keychainError(Operation op, const QString &service, const QString &key, QKeychain::Error code,
                    const QString &text)
{
    const QString details =
        u"QtKeychain error %1: %2 (service “%3”, key “%4”)"_s.arg(int(code)).arg(text, service, key);
    switch (code) {
    case QKeychain::EntryNotFound:
        if (op == Operation::Read) {
            // A locked Secret Service collection answers "not found" as well (toolchain.md §6).
            return makeError(
                u"secrets.not-found"_s,
                QCoreApplication::translate(
                    "SecretStore", "Nothing is stored in the OS keychain under “%1”, or the keyring is locked.")
                    .arg(key),
                details);
        }
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // gnome-keyring with a locked login keyring and no way to show its unlock prompt:
        // "Cannot create an item in a locked collection".
        if (text.contains(u"locked", Qt::CaseInsensitive)) {
            return makeError(
                u"secrets.denied"_s,
                QCoreApplication::translate("SecretStore", "The OS keychain is locked and could not be unlocked (%1).")
                    .arg(text),
                details);
        }
        return makeError(
            u"secrets.denied"_s,
            QCoreApplication::translate("SecretStore", "Access to the OS keychain entry “%1” was denied (%2).")
                .arg(key, text),
            details);
    default:
        break;
    }
    if (text.contains(u"dismissed", Qt::CaseInsensitive)) // the user closed the unlock prompt
        return makeError(u"secrets.denied"_s,
                         QCoreApplication::translate(
                             "SecretStore", "The OS keychain was not unlocked, so “%1” could not be used (%2).")
                             .arg(key, text),
                         details);
    if (const auto reason = unavailableReason(code, text))
        return unavailableError(*reason, text, details);
    QString message;
    switch (op) {
    case Operation::Read:
        message = QCoreApplication::translate("SecretStore", "Could not read “%1” from the OS keychain: %2.");
        break;
    case Operation::Write:
    case Operation::Probe:
        message = QCoreApplication::translate("SecretStore", "Could not store “%1” in the OS keychain: %2.");
        break;
    case Operation::Remove:
        message = QCoreApplication::translate("SecretStore", "Could not delete “%1” from the OS keychain: %2.");
        break;
    }
    return makeError(u"secrets.failed"_s, message.arg(key, text), details);
}

/// Qt's GLib event dispatcher drives libsecret's asynchronous calls; without it the keychain
/// jobs never finish (toolchain.md §6), so say so at once instead of waiting for a timeout.
std::optional<Error> preflightError()
{
    if (!QCoreApplication::instance())
        return makeError(u"secrets.failed"_s,
                         QCoreApplication::translate("SecretStore", "The OS keychain needs a QCoreApplication."));
    if (qEnvironmentVariableIsSet("QT_NO_GLIB"))
        return unavailableError(
            QCoreApplication::translate("SecretStore",
                                        "QT_NO_GLIB is set, and the Secret Service backend needs Qt's GLib event loop"),
            {}, {});
    return std::nullopt;
}

/// A completion callback that runs at most once, whichever of the job or the timeout comes first.
template<typename R> class Once
{
public:
    explicit Once(std::function<void(R)> fn)
        : m_fn(std::make_shared<std::function<void(R)>>(std::move(fn)))
    {}

    void operator()(R result) const
    {
        if (!*m_fn)
            return;
        auto fn = std::move(*m_fn);
        *m_fn = nullptr;
        fn(std::move(result));
    }

private:
    std::shared_ptr<std::function<void(R)>> m_fn;
};

template<typename Job> Job *newJob(const QString &service, const QString &key)
{
    // Not parented to the store: QtKeychain's libsecret callbacks hold a pointer to the job, so
    // it must outlive its D-Bus call even when the store goes away. It deletes itself when done.
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(key);
    return job;
}

template<typename R>
R runBlocking(std::chrono::milliseconds timeout, Operation op, const QString &key,
              const std::function<void(std::function<void(R)>)> &start)
{
    if (!QCoreApplication::instance())
        return makeError(u"secrets.failed"_s,
                         QCoreApplication::translate("SecretStore", "The OS keychain needs a QCoreApplication."));

    struct State
    {
        std::optional<R> result;
        QEventLoop *loop = nullptr;
        ~State()
        {
            // A secret that arrived after the timeout is dropped here: wipe it.
            if constexpr (std::is_same_v<R, Result<QByteArray>>) {
                if (result && result->ok())
                    secureErase(result->value());
            }
        }
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](R result) {
        state->result.emplace(std::move(result));
        if (state->loop)
            state->loop->quit();
    });
    if (!state->result) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeout);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    state->loop = nullptr;
    if (!state->result)
        return timeoutError(op, key, timeout);
    R result = std::move(*state->result);
    state->result.reset();
    return result;
}

QMutex probeCacheMutex;
QHash<QString, Result<void>> probeCache; // service → conclusive probe answer

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

SecretStore::~SecretStore() = default;

void SecretStore::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void SecretStore::read(const QString &key, std::function<void(Result<QByteArray>)> done)
{
    const Once<Result<QByteArray>> once(std::move(done));
    if (auto error = preflightError()) {
        post([once, error = *error] { once(error); });
        return;
    }
    qCDebug(lcSecrets) << "reading" << key << "from service" << m_service;
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, key, once](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() == QKeychain::NoError) {
            qCDebug(lcSecrets) << "read" << key << "from service" << m_service;
            once(readJob->binaryData());
            return;
        }
        const Error error = keychainError(Operation::Read, m_service, key, readJob->error(), readJob->errorString());
        if (error.code == u"secrets.not-found"_s) // routine: nothing stored yet
            qCDebug(lcSecrets).noquote() << error.code << "reading" << key << "-" << error.details;
        else
            qCInfo(lcSecrets).noquote() << error.code << "reading" << key << "-" << error.details;
        once(error);
    });
    if (m_timeout.count() > 0) {
        QTimer::singleShot(m_timeout, this,
                           [once, key, timeout = m_timeout] { once(timeoutError(Operation::Read, key, timeout)); });
    }
    job->start();
}

void SecretStore::write(const QString &key, const QByteArray &secret, std::function<void(Result<void>)> done)
{
    const Once<Result<void>> once(std::move(done));
    if (auto error = preflightError()) {
        post([once, error = *error] { once(error); });
        return;
    }
    qCDebug(lcSecrets) << "storing" << key << "in service" << m_service;
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, once](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            qCDebug(lcSecrets) << "stored" << key << "in service" << m_service;
            once({});
            return;
        }
        const Error error = keychainError(Operation::Write, m_service, key, finished->error(), finished->errorString());
        qCInfo(lcSecrets).noquote() << error.code << "storing" << key << "-" << error.details;
        once(error);
    });
    if (m_timeout.count() > 0) {
        QTimer::singleShot(m_timeout, this,
                           [once, key, timeout = m_timeout] { once(timeoutError(Operation::Write, key, timeout)); });
    }
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
    const Once<Result<void>> once(std::move(done));
    if (auto error = preflightError()) {
        post([once, error = *error] { once(error); });
        return;
    }
    qCDebug(lcSecrets) << "deleting" << key << "from service" << m_service;
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, key, once](QKeychain::Job *finished) {
        // Deleting what is not there leaves the keychain as the caller wants it.
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            qCDebug(lcSecrets) << "deleted" << key << "from service" << m_service;
            once({});
            return;
        }
        const Error error =
            keychainError(Operation::Remove, m_service, key, finished->error(), finished->errorString());
        qCInfo(lcSecrets).noquote() << error.code << "deleting" << key << "-" << error.details;
        once(error);
    });
    if (m_timeout.count() > 0) {
        QTimer::singleShot(m_timeout, this,
                           [once, key, timeout = m_timeout] { once(timeoutError(Operation::Remove, key, timeout)); });
    }
    job->start();
}

void SecretStore::probe(std::function<void(Result<void>)> done)
{
    {
        QMutexLocker locker(&probeCacheMutex);
        const auto cached = probeCache.constFind(m_service);
        if (cached != probeCache.constEnd()) {
            post([done = std::move(done), result = *cached] { done(result); });
            return;
        }
    }
    m_probeWaiters.push_back(std::move(done));
    if (m_probeWaiters.size() > 1)
        return; // a probe is under way; it answers everybody

    // A key of its own per attempt, so concurrent probes of other processes do not interfere.
    const QString key =
        u"probe/%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate64(), 0, 16);
    auto value = std::make_shared<QByteArray>(32, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(value->data()), value->size() / 4);

    write(key, *value, [this, key, value](Result<void> written) {
        if (!written) {
            secureErase(*value);
            finishProbe(written);
            return;
        }
        read(key, [this, key, value](Result<QByteArray> readBack) {
            Result<void> verdict;
            if (!readBack) {
                verdict = readBack.error().code == u"secrets.not-found"_s
                              ? unavailableError(
                                    QCoreApplication::translate(
                                        "SecretStore",
                                        "the keyring accepts entries but does not return them (it may be locked)"),
                                    {}, readBack.error().details)
                              : readBack.error();
            } else if (readBack.value() != *value) {
                verdict = makeError(
                    u"secrets.failed"_s,
                    QCoreApplication::translate(
                        "SecretStore", "The OS keychain returned a different value than the one just stored."));
            }
            if (readBack)
                secureErase(readBack.value());
            secureErase(*value);
            remove(key, [this, key, verdict](Result<void> removed) {
                if (!removed)
                    qCWarning(lcSecrets).noquote()
                        << "could not delete the probe entry" << key << "-" << removed.error().toString();
                finishProbe(verdict);
            });
        });
    });
}

void SecretStore::finishProbe(const Result<void> &result)
{
    // A denial is not cached: the user may unlock the keyring, or accept the prompt, next time.
    const bool conclusive = result.ok() || result.error().code == u"secrets.unavailable"_s;
    if (conclusive) {
        QMutexLocker locker(&probeCacheMutex);
        probeCache.insert(m_service, result);
    }
    if (result)
        qCInfo(lcSecrets) << "the OS keychain works for service" << m_service;
    else
        qCInfo(lcSecrets).noquote() << "the OS keychain does not work for service" << m_service << "-"
                                    << result.error().toString();
    auto waiters = std::exchange(m_probeWaiters, {});
    for (auto &waiter : waiters)
        waiter(result);
}

void SecretStore::clearProbeCache()
{
    QMutexLocker locker(&probeCacheMutex);
    probeCache.clear();
}

Result<QByteArray> SecretStore::readBlocking(const QString &key, std::chrono::milliseconds timeout)
{
    return runBlocking<Result<QByteArray>>(timeout, Operation::Read, key,
                                           [&](auto done) { read(key, std::move(done)); });
}

Result<void> SecretStore::writeBlocking(const QString &key, const QByteArray &secret, std::chrono::milliseconds timeout)
{
    return runBlocking<Result<void>>(timeout, Operation::Write, key,
                                     [&](auto done) { write(key, secret, std::move(done)); });
}

Result<void> SecretStore::removeBlocking(const QString &key, std::chrono::milliseconds timeout)
{
    return runBlocking<Result<void>>(timeout, Operation::Remove, key, [&](auto done) { remove(key, std::move(done)); });
}

Result<void> SecretStore::probeBlocking(std::chrono::milliseconds timeout)
{
    return runBlocking<Result<void>>(timeout, Operation::Probe, u"probe"_s, [&](auto done) { probe(std::move(done)); });
}

} // namespace chartroom::secrets
