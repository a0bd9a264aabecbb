// chartroom-cli and the OS keychain (a private Secret Service from with-keyring.sh): a repository's
// passphrase or key is remembered there and found again, with no passphrase file and no terminal.
#include "backup/backuprepository.h"
#include "secrets/secretstore.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace chartroom;

class tst_BackupKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// chartroom-cli in a new session (no terminal); with `passphrase`, through a file.
    Run cli(const QStringList &args, const QByteArray &passphrase = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHARTROOM_STATE_DIR"), m_dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("CHARTROOM_CONFIG_DIR"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("CHARTROOM_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("CHARTROOM_PASSPHRASE_FILE"));
        if (!passphrase.isEmpty()) {
            QFile file(m_dir.filePath(QStringLiteral("passphrase")));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write the passphrase file");
            file.write(passphrase + '\n');
            env.insert(QStringLiteral("CHARTROOM_PASSPHRASE_FILE"), file.fileName());
        }
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(QStringLiteral(CHARTROOM_CLI), args);
        if (!process.waitForFinished(60000))
            qFatal("chartroom-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        secrets::SecretStore store;
        const auto probe = store.probeBlocking();
        QVERIFY2(probe, qPrintable(probe ? QString() : probe.error().message));
    }

    void passphraseRememberedInTheKeychain()
    {
        const QString repo = m_dir.filePath(QStringLiteral("repo-passphrase"));
        const QByteArray passphrase = "keychain test passphrase 42";
        Run r = cli({QStringLiteral("init"), QStringLiteral("--repo"), repo}, passphrase);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // No passphrase file, no terminal: the keychain provides it.
        r = cli({QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--repo"), repo});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto repository = backup::BackupRepository::open(repo);
        QVERIFY(repository);
        secrets::SecretStore store;
        const auto stored = store.readBlocking(repository->secretName());
        QVERIFY(stored);
        QCOMPARE(stored.value(), passphrase);
        // It is nowhere on disk.
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.endsWith(QLatin1String("/passphrase")))
                continue;
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(passphrase), qPrintable(file));
        }
        // Forgotten by the keychain: asked for, and without a way to ask, a clear error.
        QVERIFY(store.removeBlocking(repository->secretName()));
        r = cli({QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--repo"), repo});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("CHARTROOM_PASSPHRASE_FILE"), r.err.constData());
    }

    void randomKeyOnlyInTheKeychain()
    {
        const QString repo = m_dir.filePath(QStringLiteral("repo-key"));
        Run r = cli({QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--key-in-keychain")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--repo"), repo});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto repository = backup::BackupRepository::open(repo);
        QVERIFY(repository);
        secrets::SecretStore store;
        const auto key = store.readBlocking(repository->secretName());
        QVERIFY(key);
        QVERIFY(repository->unlock(key.value()));
        QFile config(repo + QStringLiteral("/repository.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains(key.value()));
        QVERIFY(store.removeBlocking(repository->secretName()));
        r = cli({QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--repo"), repo});
        QCOMPARE(r.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(tst_BackupKeychain)
#include "tst_backupkeychain.moc"
