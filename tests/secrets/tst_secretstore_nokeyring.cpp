// SecretStore without any keychain: the session bus address points nowhere and there is no
// DISPLAY, as on a headless server. Everything must fail fast with a human reason, and nothing
// may end up on disk in plain text.
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace chartroom;
using namespace chartroom::secrets;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("ChartroomTestNoKeyring");
const QByteArray Secret = "nokeyring-Secret-\xE2\x9C\x93-4711";

/// A store whose keychain never answers, for the blocking variants' timeout.
class SilentStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, std::function<void(Result<QByteArray>)> done) override
    {
        m_pending.push_back(std::move(done));
    }
    std::vector<std::function<void(Result<QByteArray>)>> m_pending;
};

/// A store that answers inside the call, for the blocking variants' fast path.
class ImmediateStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, std::function<void(Result<QByteArray>)> done) override { done(QByteArray("now")); }
};

} // namespace

class tst_SecretStoreNoKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Whatever started the test, make it the situation under test.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = m_home.filePath(QString::fromLatin1(name).toLower());
            QVERIFY(QDir().mkpath(dir));
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv(name, QFile::encodeName(dir));
        }
    }

    void probeSaysUnavailableWithAReason()
    {
        SecretStore::clearProbeCache();
        SecretStore store(Service);
        QElapsedTimer clock;
        clock.start();
        const auto result = store.probeBlocking(15s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("secrets.unavailable"));
        QVERIFY2(result.error().message.startsWith(QStringLiteral("No OS keychain is available: ")),
                 qPrintable(result.error().message));
        // A reason, not just the prefix.
        QVERIFY2(result.error().message.size() > 40, qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("bus")), qPrintable(result.error().message));
        QVERIFY(clock.elapsed() < 15000);
        qInfo().noquote() << "probe:" << result.error().message << "|" << result.error().details;

        // Cached: a second probe answers the same without another round trip.
        const auto again = store.probeBlocking(1s);
        QVERIFY(!again);
        QCOMPARE(again.error(), result.error());
    }

    void readSaysUnavailable()
    {
        SecretStore store(Service);
        QElapsedTimer clock;
        clock.start();
        const auto result = store.readBlocking(repositorySecretKey(QStringLiteral("repo-1")), 15s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("secrets.unavailable"));
        QVERIFY2(result.error().message.startsWith(QStringLiteral("No OS keychain is available: ")),
                 qPrintable(result.error().message));
        QVERIFY(clock.elapsed() < 15000);
    }

    void asyncReadAnswersLaterExactlyOnce()
    {
        SecretStore store(Service);
        int calls = 0;
        QString code;
        store.read(QStringLiteral("k"), [&](Result<QByteArray> result) {
            ++calls;
            code = result ? QString() : result.error().code;
        });
        QCOMPARE(calls, 0); // never from inside read()
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 15000);
        QCOMPARE(code, QStringLiteral("secrets.unavailable"));
        QTest::qWait(100);
        QCOMPARE(calls, 1);
    }

    void writeLeavesNoPlainTextOnDisk()
    {
        SecretStore store(Service);
        const auto written = store.writeBlocking(QStringLiteral("disk-check"), Secret, 15s);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("secrets.unavailable"));
        QVERIFY(!written.error().message.contains(QString::fromUtf8(Secret)));
        QVERIFY(!written.error().details.contains(QString::fromUtf8(Secret)));

        // QtKeychain's insecure fallback would write $HOME/.config/<service>.conf.
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral(".config/%1.conf").arg(Service))));
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(Secret), qPrintable(path));
            QVERIFY2(!content.contains(Secret.toBase64()), qPrintable(path));
        }
    }

    void removeSaysUnavailable()
    {
        SecretStore store(Service);
        const auto removed = store.removeBlocking(QStringLiteral("k"), 15s);
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, QStringLiteral("secrets.unavailable"));
    }

    void blockingReadTimesOut()
    {
        SilentStore store(Service);
        QElapsedTimer clock;
        clock.start();
        const auto result = store.readBlocking(QStringLiteral("slow"), 200ms);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("secrets.timeout"));
        QVERIFY(result.error().message.contains(QStringLiteral("slow")));
        QVERIFY(clock.elapsed() >= 150);
        QVERIFY(clock.elapsed() < 5000);
        // A late answer after the timeout is harmless.
        QCOMPARE(store.m_pending.size(), std::size_t(1));
        store.m_pending.front()(QByteArray("late"));
    }

    void blockingReadTakesAnImmediateAnswer()
    {
        ImmediateStore store(Service);
        const auto result = store.readBlocking(QStringLiteral("now"), 1s);
        QVERIFY(result);
        QCOMPARE(result.value(), QByteArray("now"));
    }

    void noGlibDispatcherIsUnavailable()
    {
        qputenv("QT_NO_GLIB", "1");
        SecretStore store(Service);
        const auto result = store.readBlocking(QStringLiteral("k"), 2s);
        qunsetenv("QT_NO_GLIB");
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("secrets.unavailable"));
        QVERIFY(result.error().message.contains(QStringLiteral("QT_NO_GLIB")));
    }

    void noSessionBusAtAll()
    {
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SecretStore::clearProbeCache();
        SecretStore store(Service);
        QElapsedTimer clock;
        clock.start();
        const auto result = store.probeBlocking(15s);
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("secrets.unavailable"));
        QVERIFY2(result.error().message.contains(QStringLiteral("no D-Bus session bus")),
                 qPrintable(result.error().message));
        QVERIFY(clock.elapsed() < 15000);
        qInfo().noquote() << "no bus:" << result.error().message;
    }

    // Last: the keychain job that never finishes holds QtKeychain's job queue for the rest of
    // the process.
    void timeoutWhenTheBusNeverAnswers()
    {
        // A socket that accepts connections (the kernel's backlog does) and never says a word.
        const QString path = m_home.filePath(QStringLiteral("silent-bus"));
        const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 16), 0);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + encoded);

        SecretStore store(Service);
        store.setTimeout(300ms);
        int calls = 0;
        QString code;
        QElapsedTimer clock;
        clock.start();
        store.read(QStringLiteral("silent"), [&](Result<QByteArray> result) {
            ++calls;
            code = result ? QString() : result.error().code;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
        QCOMPARE(code, QStringLiteral("secrets.timeout"));
        QVERIFY(clock.elapsed() >= 250); // coarse timers may fire 5 % early

        store.setTimeout(0ms);
        clock.restart();
        const auto blocking = store.readBlocking(QStringLiteral("silent-too"), 300ms);
        QVERIFY(!blocking);
        QCOMPARE(blocking.error().code, QStringLiteral("secrets.timeout"));
        QVERIFY(blocking.error().message.contains(QStringLiteral("silent-too")));
        QVERIFY(clock.elapsed() >= 250 && clock.elapsed() < 5000);
        ::close(listener);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(tst_SecretStoreNoKeyring)
#include "tst_secretstore_nokeyring.moc"
