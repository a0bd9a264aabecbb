// SecretStore against a real Secret Service: a fresh gnome-keyring in a private D-Bus session
// (tests/support/with-keyring.sh, registered with NEEDS_KEYRING).
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace chartroom;
using namespace chartroom::secrets;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("ChartroomTest");
const QString OtherService = QStringLiteral("ChartroomTestOther");

// Every message any logging category produced while the tests ran.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

/// How many probe entries were written so far (the debug log shows each).
qsizetype probeWrites()
{
    QMutexLocker locker(&logMutex);
    return capturedLog.filter(QStringLiteral("storing \"probe/")).size();
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The wrapper provides the session bus; without it this test measures nothing.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (ctest does)");
        QLoggingCategory::setFilterRules(QStringLiteral("chartroom.secrets.debug=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QMutexLocker locker(&logMutex);
        // Logging happened (keys are logged), so the absence of secrets below means something.
        QVERIFY(capturedLog.join(QLatin1Char('\n')).contains(QStringLiteral("chartroom.secrets storing")));
        for (const QString &line : std::as_const(capturedLog)) {
            for (const QByteArray &secret : std::as_const(m_secrets)) {
                QVERIFY2(!line.contains(QString::fromUtf8(secret)), qPrintable(line));
                QVERIFY2(!line.contains(QString::fromLatin1(secret.toBase64())), qPrintable(line));
                QVERIFY2(!line.contains(QString::fromLatin1(secret.toHex())), qPrintable(line));
            }
        }
    }

    void repositoryKeyName()
    {
        QCOMPARE(repositorySecretKey(QStringLiteral("3f2a")), QStringLiteral("repository/3f2a"));
        QCOMPARE(SecretStore().service(), QStringLiteral("Chartroom"));
    }

    void probeSucceeds()
    {
        SecretStore::clearProbeCache();
        SecretStore store(Service);
        const auto result = store.probeBlocking(20s);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        // Cached for the process (no new probe entry), still answered asynchronously.
        const auto writesBefore = probeWrites();
        QVERIFY(writesBefore > 0);
        int calls = 0;
        SecretStore another(Service);
        another.probe([&](Result<void> again) {
            QVERIFY(again);
            ++calls;
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(probeWrites(), writesBefore);
    }

    void probeLeavesNoEntry()
    {
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (secretTool.isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        const auto entries = [&] {
            // QtKeychain's libsecret schema: attributes user (the key), server (the service), type.
            QProcess search;
            search.start(secretTool,
                         {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), Service});
            search.waitForFinished(10000);
            return QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
        };
        SecretStore::clearProbeCache();
        SecretStore store(Service);
        // The search itself sees this service's entries...
        QVERIFY(store.writeBlocking(QStringLiteral("visible-entry"), remember("visible-Qw1")));
        QVERIFY2(entries().contains(QStringLiteral("visible-entry")), qPrintable(entries()));
        QVERIFY(store.removeBlocking(QStringLiteral("visible-entry")));
        // ...and none is left by a probe.
        QVERIFY(store.probeBlocking(20s));
        const QString after = entries();
        QVERIFY2(!after.contains(QStringLiteral("probe/")), qPrintable(after));
    }

    void writeReadOverwriteRemove()
    {
        SecretStore store(Service);
        const QString key = repositorySecretKey(QStringLiteral("r1"));
        const QByteArray first = remember("first-passphrase-Zq8");
        const QByteArray second = remember("second-passphrase-Wv3");

        QVERIFY(store.writeBlocking(key, first));
        auto read = store.readBlocking(key);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read.value(), first);

        QVERIFY(store.writeBlocking(key, second));
        read = store.readBlocking(key);
        QVERIFY(read);
        QCOMPARE(read.value(), second);

        QVERIFY(store.removeBlocking(key));
        read = store.readBlocking(key);
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("secrets.not-found"));
        QVERIFY(read.error().message.contains(key));

        // Removing what is not there is a success.
        QVERIFY(store.removeBlocking(key));
        QVERIFY(store.removeBlocking(QStringLiteral("never-written")));
    }

    void secrets_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("utf-8") << remember("Grüße, 秘密, ✓ — correct horse battery staple");
        QByteArray everyByte;
        for (int i = 0; i < 256; ++i)
            everyByte.append(char(i));
        QTest::newRow("every byte value, NUL included") << remember(everyByte + everyByte);
        QTest::newRow("random repository key") << remember(randomBytes(64));
        QTest::newRow("large") << remember(randomBytes(8192));
    }

    void secrets()
    {
        QFETCH(QByteArray, secret);
        SecretStore store(Service);
        const QString key = repositorySecretKey(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(store.writeBlocking(key, secret));
        const auto read = store.readBlocking(key);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read.value().size(), secret.size());
        QCOMPARE(read.value(), secret);
        QVERIFY(store.removeBlocking(key));
    }

    void asyncCallsAnswerLaterExactlyOnce()
    {
        SecretStore store(Service);
        const QByteArray secret = remember("async-secret-Kp2");
        int writes = 0, reads = 0, removes = 0;
        QByteArray got;
        store.write(QStringLiteral("async"), secret, [&](Result<void> r) {
            QVERIFY(r);
            ++writes;
        });
        // QtKeychain runs jobs one after the other, so the read sees the write.
        store.read(QStringLiteral("async"), [&](Result<QByteArray> r) {
            QVERIFY(r);
            got = r.value();
            ++reads;
        });
        store.remove(QStringLiteral("async"), [&](Result<void> r) {
            QVERIFY(r);
            ++removes;
        });
        QCOMPARE(writes + reads + removes, 0);
        QTRY_COMPARE_WITH_TIMEOUT(removes, 1, 20000);
        QCOMPARE(writes, 1);
        QCOMPARE(reads, 1);
        QCOMPARE(got, secret);
        QTest::qWait(100);
        QCOMPARE(writes + reads + removes, 3);
    }

    void noCallbackAfterTheStoreIsGone()
    {
        int calls = 0;
        {
            SecretStore store(Service);
            store.read(QStringLiteral("gone"), [&](Result<QByteArray>) { ++calls; });
        }
        QTest::qWait(500);
        QCOMPARE(calls, 0);
        // The keychain still works for the next store.
        SecretStore store(Service);
        const auto read = store.readBlocking(QStringLiteral("gone"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("secrets.not-found"));
    }

    void servicesAreSeparate()
    {
        SecretStore a(Service);
        SecretStore b(OtherService);
        const QString key = QStringLiteral("shared-name");
        const QByteArray secretA = remember("service-a-secret-1");
        const QByteArray secretB = remember("service-b-secret-2");

        QVERIFY(a.writeBlocking(key, secretA));
        auto fromB = b.readBlocking(key);
        QVERIFY(!fromB);
        QCOMPARE(fromB.error().code, QStringLiteral("secrets.not-found"));

        QVERIFY(b.writeBlocking(key, secretB));
        QCOMPARE(a.readBlocking(key).value(), secretA);
        QCOMPARE(b.readBlocking(key).value(), secretB);

        QVERIFY(b.removeBlocking(key));
        QCOMPARE(a.readBlocking(key).value(), secretA);
        QVERIFY(a.removeBlocking(key));
    }

    void nothingInPlainTextOnDisk()
    {
        SecretStore store(Service);
        const QByteArray secret = remember("on-disk-check-Yt5-passphrase");
        QVERIFY(store.writeBlocking(QStringLiteral("disk"), secret));
        // The wrapper's throw-away directory holds HOME and every XDG directory, keyrings included.
        QDir root(QDir::homePath());
        QVERIFY(root.cdUp());
        QVERIFY(root.exists(QStringLiteral("data")));
        QDirIterator files(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++checked;
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(secret), qPrintable(path));
            QVERIFY2(!content.contains(secret.toBase64()), qPrintable(path));
        }
        QVERIFY(checked > 0); // at least the keyring file
        QVERIFY(store.removeBlocking(QStringLiteral("disk")));
    }

    // Last: the login keyring stays locked for the rest of this process's session.
    void lockedKeyring()
    {
        const QString dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
        if (dbusSend.isEmpty())
            QSKIP("dbus-send is not installed");
        SecretStore store(Service);
        QVERIFY(store.writeBlocking(QStringLiteral("before-lock"), remember("before-lock-Hn4")));

        // Locking needs no prompt; unlocking would, and no prompt can be shown here.
        QProcess lock;
        lock.start(dbusSend,
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(10000));
        QCOMPARE(lock.exitCode(), 0);

        // A locked keyring hides its entries: "not found", and the message says it may be locked.
        const auto read = store.readBlocking(QStringLiteral("before-lock"));
        QVERIFY(!read);
        qInfo().noquote() << "locked read:" << read.error().code << read.error().message;
        QCOMPARE(read.error().code, QStringLiteral("secrets.not-found"));
        QVERIFY(read.error().message.contains(QStringLiteral("locked")));

        const auto written = store.writeBlocking(QStringLiteral("while-locked"), remember("while-locked-Jm6"));
        QVERIFY(!written);
        qInfo().noquote() << "locked write:" << written.error().code << written.error().message;
        QCOMPARE(written.error().code, QStringLiteral("secrets.denied"));
        QVERIFY(written.error().message.contains(QStringLiteral("locked")));

        SecretStore::clearProbeCache();
        const auto probed = store.probeBlocking();
        QVERIFY(!probed);
        QCOMPARE(probed.error().code, QStringLiteral("secrets.denied"));
        // Not cached: the next probe asks the keychain again (here: still locked).
        const auto writesBefore = probeWrites();
        int calls = 0;
        store.probe([&](Result<void> again) {
            QVERIFY(!again);
            ++calls;
        });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(probeWrites(), writesBefore + 1);
    }

private:
    QByteArray remember(const QByteArray &secret)
    {
        m_secrets.append(secret);
        return secret;
    }

    QList<QByteArray> m_secrets;
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
