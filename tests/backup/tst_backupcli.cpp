// End to end: chartroom-cli backs up releases installed with the real helm into the Kubernetes API
// test server, whose host-backed pods run real PostgreSQL, MariaDB and Redis; the artifacts are
// read back with Chartroom's reader and restored into empty servers, and the content compared.
#include "artifact/artifactreader.h"
#include "backup/backuprepository.h"
#include "clitestenvironment.h"
#include "dbservers.h"
#include "kubesimprocess.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>
#include <sys/resource.h>

using namespace chartroom;
using chartroom::test::CommandResult;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/data/charts");
const QString kCli = QStringLiteral(CHARTROOM_CLI);
const QString kNs = QStringLiteral("data");
const QString kContext = QStringLiteral("homelab");
const QByteArray kPassphrase = "correct horse battery staple 7";

} // namespace

class tst_BackupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/backupcli-XXXXXX")};
    QTemporaryDir m_serverDir{test::serverTempBase() + QStringLiteral("/chartroom-backupcli-XXXXXX")};
    test::KubeSimProcess m_kube;
    QProcessEnvironment m_env;
    test::PostgresServer m_pg;
    test::MariaDbServer m_maria;
    test::RedisServer m_redis;
    QString m_pgPassword;
    QString m_mariaPassword;
    QString m_redisPassword;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    CommandResult kubectl(const QStringList &args, const QByteArray &input = {})
    {
        return test::runCommand(QStringList{kTools + QStringLiteral("/kubectl")} + args, input, 60000, m_env);
    }

    CommandResult helm(const QStringList &args)
    {
        return test::runCommand(QStringList{kTools + QStringLiteral("/helm")} + args, {}, 120000, m_env);
    }

    /// chartroom-cli with its own state dirs and the passphrase in a file (never in argv or env).
    CommandResult cli(const QStringList &args, const QByteArray &passphrase = kPassphrase)
    {
        QProcessEnvironment env = m_env;
        QFile file(path(QStringLiteral("passphrase")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the passphrase file");
        file.write(passphrase + '\n');
        file.close();
        env.insert(QStringLiteral("CHARTROOM_PASSPHRASE_FILE"), file.fileName());
        return test::runCommand(QStringList{kCli} + args, {}, 180000, env);
    }

    QString secretValue(const QString &name, const QString &key)
    {
        const CommandResult r = kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), kNs,
                                         QStringLiteral("-o"), QStringLiteral("jsonpath={.data.%1}").arg(key)});
        return r.ok() ? QString::fromUtf8(QByteArray::fromBase64(r.out.trimmed())) : QString();
    }

    bool hostBacked(const QString &pod, const QString &container, const QJsonObject &paths)
    {
        const QJsonObject body{{QStringLiteral("pod"), QString(kNs + QLatin1Char('/') + pod)},
                               {QStringLiteral("container"), container},
                               {QStringLiteral("paths"), paths}};
        return m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson());
    }

    bool registerPostgres()
    {
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        return hostBacked(QStringLiteral("main-db-postgresql-0"), QStringLiteral("postgresql"), paths);
    }

    QJsonArray backupsJson(const QString &repo, const QString &release = {})
    {
        QStringList args{QStringLiteral("backups"), QStringLiteral("--repo"), repo, QStringLiteral("--json")};
        if (!release.isEmpty())
            args << QStringLiteral("--release") << release;
        const CommandResult r = cli(args);
        if (!r.ok())
            qWarning("backups failed: %s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("backups")).toArray();
    }

    /// The plaintext of one artifact of a backup, through Chartroom's own reader.
    QByteArray readArtifact(const backup::BackupRecord &record, const QString &componentId,
                            const std::optional<artifact::DataKey> &key)
    {
        for (const backup::ComponentRecord &c : record.manifest->components) {
            if (c.id != componentId || c.artifact.isEmpty())
                continue;
            artifact::ReadOptions options;
            options.compression = *artifact::compressionFromName(c.compression);
            options.key = key;
            options.expected = artifact::ArtifactDigest{c.contentBytes, c.contentSha256, c.storedBytes, c.storedSha256};
            artifact::ArtifactReader reader(record.directory + QLatin1Char('/') + c.artifact, options);
            QByteArray content;
            char buffer[65536];
            for (;;) {
                const qint64 n = reader.read(buffer, sizeof buffer);
                if (n < 0) {
                    qWarning("artifact %s: %s", qPrintable(c.artifact), qPrintable(reader.errorString()));
                    return {};
                }
                if (n == 0)
                    break;
                content.append(buffer, n);
            }
            return content;
        }
        qWarning("no artifact for %s", qPrintable(componentId));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kTools + QStringLiteral("/helm")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        if (!test::PostgresServer::available() || !test::MariaDbServer::available() || !test::RedisServer::available())
            QSKIP("PostgreSQL 15, MariaDB and Redis servers are needed (packaging/dev/bootstrap.sh installs them)");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_serverDir.isValid());
        QFile::setPermissions(m_serverDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther);
        m_env = test::cliTestEnvironment(m_dir.path(), kTools);
        QVERIFY2(m_kube.start(m_dir.path(), kContext), qPrintable(m_kube.errorString()));
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), kNs}).ok());
        for (const auto &[name, chart] : QList<QPair<QString, QString>>{{QStringLiteral("main-db"), QStringLiteral("postgresql")},
                                                                        {QStringLiteral("shop"), QStringLiteral("mysql")},
                                                                        {QStringLiteral("cache"), QStringLiteral("redis")},
                                                                        {QStringLiteral("vault"), QStringLiteral("vaultwarden")}}) {
            const CommandResult r = helm({QStringLiteral("install"), name, kCharts + QLatin1Char('/') + chart + QStringLiteral("-0.4.0"),
                                          QStringLiteral("-n"), kNs});
            QVERIFY2(r.ok(), qPrintable(chart + QStringLiteral(": ") + r.describe()));
        }
        QVERIFY(m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=20")));

        m_pgPassword = secretValue(QStringLiteral("main-db-postgresql-secret"), QStringLiteral("postgres-password"));
        QVERIFY(!m_pgPassword.isEmpty());
        QVERIFY2(m_pg.start(path(QStringLiteral("pg")), m_pgPassword), qPrintable(m_pg.errorString()));
        CommandResult r = m_pg.psql(QStringLiteral("postgres"), QStringLiteral(
            "CREATE ROLE app_owner LOGIN PASSWORD 'app-owner-pw'; CREATE DATABASE app OWNER app_owner;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = m_pg.psql(QStringLiteral("app"), QStringLiteral(
            "CREATE TABLE items (id serial PRIMARY KEY, name text, payload bytea);"
            "INSERT INTO items (name, payload) SELECT 'item ' || g, decode(md5(g::text), 'hex') FROM generate_series(1, 5000) g;"
            "SELECT lo_from_bytea(0, decode(repeat('cafe', 2048), 'hex'));"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(registerPostgres());
    }

    void encryptedPostgresRoundTrip()
    {
        const QString repo = path(QStringLiteral("repo-encrypted"));
        CommandResult r = cli({QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--no-keychain")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QString release = kContext + QStringLiteral("/data/main-db");
        r = cli({QStringLiteral("backup"), QStringLiteral("--release"), release, QStringLiteral("--repo"), repo});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err.right(3000))));
        const QJsonArray listed = backupsJson(repo, release);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("verified"));

        // Read the dump back with the repository key and restore it into an empty server.
        auto repository = backup::BackupRepository::open(repo);
        QVERIFY(repository);
        auto key = repository->unlock(kPassphrase);
        QVERIFY(key);
        const auto record = repository->find(listed.first().toObject().value(QStringLiteral("id")).toString());
        QVERIFY(record && record->manifest);
        QVERIFY(record->manifest->encrypted());
        QCOMPARE(record->manifest->helmRevision, 1);
        const QByteArray dump = readArtifact(*record, QStringLiteral("pg-dumpall"), key.value());
        QVERIFY(dump.size() > 1000);
        test::PostgresServer target;
        QVERIFY2(target.start(path(QStringLiteral("pg-target")), m_pgPassword), qPrintable(target.errorString()));
        const CommandResult gunzip = test::runCommand({QStringLiteral("gunzip")}, dump);
        QVERIFY(gunzip.ok());
        // As the profile's restore does: psql over the whole dump (the --clean DROP of the
        // connected superuser fails harmlessly, so no ON_ERROR_STOP).
        r = target.client(QStringLiteral("psql"), {QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-q")},
                          gunzip.out);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QStringList before = m_pg.digest();
        const QStringList after = target.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));

        // The Helm side is there too: values, manifest and the release record with its chart.
        QVERIFY(readArtifact(*record, QStringLiteral("helm-release"), key.value()).contains("sh.helm.release.v1.main-db.v1"));
        QVERIFY(readArtifact(*record, QStringLiteral("helm-manifest"), key.value()).contains("kind: StatefulSet"));
        // The chart's Secret is exported (encrypted) with the config.
        QVERIFY(readArtifact(*record, QStringLiteral("config"), key.value()).contains("main-db-postgresql-secret"));

        // No secret in clear anywhere on disk: repository, journal, logs.
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        const QByteArray base64Password = m_pgPassword.toUtf8().toBase64();
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.contains(QLatin1String("/pg")) || file.endsWith(QLatin1String("/passphrase")))
                continue; // the servers' own files and the test's passphrase file
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(m_pgPassword.toUtf8()), qPrintable(QStringLiteral("password in ") + file));
            QVERIFY2(!content.contains(base64Password), qPrintable(QStringLiteral("base64 password in ") + file));
            QVERIFY2(!content.contains(kPassphrase), qPrintable(QStringLiteral("passphrase in ") + file));
        }

        // A flipped byte in the dump: verify fails and the backup is bad everywhere.
        QVERIFY(test::flipByteInComponent(*record, QStringLiteral("pg-dumpall")));
        r = cli({QStringLiteral("verify"), record->id, QStringLiteral("--repo"), repo});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(backupsJson(repo, release).first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("bad"));

        // A wrong passphrase unlocks nothing and says so.
        r = cli({QStringLiteral("verify"), record->id, QStringLiteral("--repo"), repo}, "not the passphrase");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("passphrase is wrong"), r.err.constData());
    }

    void noKeychainAndNoPassphraseSaysSo()
    {
        const QString repo = path(QStringLiteral("repo-encrypted"));
        QVERIFY(backup::BackupRepository::exists(repo));
        // No keychain (no session bus), no passphrase file, no terminal (a new session).
        QProcess process;
        QProcessEnvironment env = m_env;
        env.remove(QStringLiteral("CHARTROOM_PASSPHRASE_FILE"));
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(kCli, {QStringLiteral("verify"), QStringLiteral("--all"), QStringLiteral("--repo"), repo});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(err.contains("No OS keychain is available"), err.constData());
        QVERIFY2(err.contains("CHARTROOM_PASSPHRASE_FILE"), err.constData());
    }

    void unencryptedRepositoryStoresNoSecrets()
    {
        const QString repo = path(QStringLiteral("repo-plain"));
        CommandResult r = cli({QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--unencrypted")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QString release = kContext + QStringLiteral("/data/main-db");
        r = cli({QStringLiteral("backup"), QStringLiteral("--release"), release, QStringLiteral("--repo"), repo});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err.right(3000))));
        auto repository = backup::BackupRepository::open(repo);
        QVERIFY(repository);
        const QList<backup::BackupRecord> records = repository->list(release);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().state, backup::BackupState::Verified);
        bool releaseRecordSkipped = false;
        for (const backup::ComponentRecord &c : records.first().manifest->components)
            if (c.id == QLatin1String("helm-release"))
                releaseRecordSkipped = c.status == backup::ComponentRecord::Status::Skipped && c.artifact.isEmpty();
        QVERIFY(releaseRecordSkipped);
        const QByteArray config = readArtifact(records.first(), QStringLiteral("config"), std::nullopt);
        QVERIFY(!config.contains("kind: Secret"));
        const QByteArray manifest = readArtifact(records.first(), QStringLiteral("helm-manifest"), std::nullopt);
        QVERIFY(manifest.contains("kind: Secret"));
        QVERIFY(!manifest.contains(m_pgPassword.toUtf8().toBase64()));
        QVERIFY(!manifest.contains(m_pgPassword.toUtf8()));
    }

    void failuresAreNeverListedAsGood()
    {
        const QString repo = path(QStringLiteral("repo-faults"));
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--unencrypted")}).ok());
        const QString release = kContext + QStringLiteral("/data/main-db");

        // The exec connection drops after 64 KiB of the dump.
        const QJsonObject fault{{QStringLiteral("dropAfterBytes"),
                                 QJsonObject{{QStringLiteral("pod"), QString(kNs + QStringLiteral("/main-db-postgresql-0"))},
                                             {QStringLiteral("bytes"), 65536},
                                             {QStringLiteral("direction"), QStringLiteral("out")},
                                             {QStringLiteral("count"), 1}}}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/faults"), QJsonDocument(fault).toJson()));
        CommandResult r = cli({QStringLiteral("backup"), QStringLiteral("--release"), release, QStringLiteral("--repo"), repo});
        QCOMPARE(r.exitCode, 1);
        QJsonArray listed = backupsJson(repo, release);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/faults"), "{}"));

        // The database is down: pg_dumpall fails, the backup fails, nothing partial stays.
        m_pg.stop();
        r = cli({QStringLiteral("backup"), QStringLiteral("--release"), release, QStringLiteral("--repo"), repo});
        QCOMPARE(r.exitCode, 1);
        listed = backupsJson(repo, release);
        QCOMPARE(listed.size(), 2);
        for (const QJsonValue &v : std::as_const(listed))
            QVERIFY(v.toObject().value(QStringLiteral("state")).toString() != QLatin1String("verified"));
        QDirIterator partials(repo, {QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!partials.hasNext(), "a half-written artifact was left behind");

        // Failed backups older than a day are pruned; the plan is shown first and --dry-run keeps them.
        for (const QJsonValue &v : std::as_const(listed)) {
            const QString manifestPath = v.toObject().value(QStringLiteral("directory")).toString() + QStringLiteral("/manifest.json");
            QFile file(manifestPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            manifest.insert(QStringLiteral("startedAt"),
                            QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(manifest).toJson());
        }
        r = cli({QStringLiteral("prune"), QStringLiteral("--repo"), repo, QStringLiteral("--dry-run")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        for (const QJsonValue &v : std::as_const(listed))
            QVERIFY2(r.out.contains(v.toObject().value(QStringLiteral("id")).toString().toUtf8()), r.out.constData());
        QCOMPARE(backupsJson(repo, release).size(), 2);
        r = cli({QStringLiteral("prune"), QStringLiteral("--repo"), repo});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(backupsJson(repo, release).size(), 0);

        QVERIFY2(m_pg.start(path(QStringLiteral("pg-again")), m_pgPassword), qPrintable(m_pg.errorString()));
        QVERIFY(registerPostgres());
    }

    void killedMidBackupLeavesAnIncompleteBackup()
    {
        const QString repo = path(QStringLiteral("repo-killed"));
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--unencrypted")}).ok());
        // A dump that streams for a while: 400 MB from a scripted exec entry for this pod.
        const QString big = path(QStringLiteral("big.bin"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray chunk(1 << 20, 'x');
            for (int i = 0; i < 400; ++i)
                f.write(chunk);
        }
        const QJsonObject entry{{QStringLiteral("pod"), QString(kNs + QStringLiteral("/main-db-postgresql-0"))},
                                {QStringLiteral("commandPrefix"), QJsonArray{QStringLiteral("sh")}},
                                {QStringLiteral("stdoutFile"), big}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/table"),
                             QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry}}}).toJson()));

        QProcess process;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("CHARTROOM_PASSPHRASE_FILE"), QStringLiteral("/nonexistent"));
        process.setProcessEnvironment(env);
        process.start(kCli, {QStringLiteral("backup"), QStringLiteral("--release"), kContext + QStringLiteral("/data/main-db"),
                             QStringLiteral("--repo"), repo});
        QVERIFY(process.waitForStarted());
        // Kill it once the dump is streaming into its (temporary) artifact.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&repo] {
                QDirIterator it(repo, {QStringLiteral("*.partial")}, QDir::Files, QDirIterator::Subdirectories);
                return it.hasNext() && QFileInfo(it.next()).size() > (1 << 20);
            }(),
            60000);
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        // Back to the real server: the scripted entry goes, the host backend is registered again.
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/reset"), "{}"));
        QVERIFY(registerPostgres());

        const QJsonArray listed = backupsJson(repo);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("incomplete"));
        // The next backup works and is the only good one.
        const CommandResult r = cli({QStringLiteral("backup"), QStringLiteral("--release"), kContext + QStringLiteral("/data/main-db"),
                                     QStringLiteral("--repo"), repo});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err.right(2000))));
        QCOMPARE(backupsJson(repo).last().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    }

    void mariadbRedisAndFilesRoundTrip()
    {
        // MariaDB behind the mysql chart's pod.
        m_mariaPassword = secretValue(QStringLiteral("shop-mysql-secret"), QStringLiteral("mysql-root-password"));
        QVERIFY(!m_mariaPassword.isEmpty());
        QVERIFY2(m_maria.start(m_serverDir.filePath(QStringLiteral("maria")),
                               m_mariaPassword),
                 qPrintable(m_maria.errorString()));
        CommandResult r = m_maria.sql(QStringLiteral(
            "CREATE DATABASE shop; CREATE TABLE shop.orders (id INT PRIMARY KEY AUTO_INCREMENT, item VARCHAR(64), qty INT);"
            "INSERT INTO shop.orders (item, qty) VALUES ('item', 1);")
            + QStringLiteral("INSERT INTO shop.orders (item, qty) SELECT CONCAT(item, ' ', id), qty + id % 7 FROM shop.orders;").repeated(11)
            + QStringLiteral("CREATE DATABASE audit CHARACTER SET utf8mb4; CREATE TABLE audit.log (at DATETIME, line TEXT);"
            "INSERT INTO audit.log VALUES ('2026-01-01 00:00:00', 'first ✓'), ('2026-01-02 00:00:00', NULL);"));
        QVERIFY2(r.ok(), qPrintable(r.describe().replace(QLatin1Char('\n'), QLatin1Char(' '))));
        QJsonObject mysqlPaths;
        mysqlPaths.insert(QStringLiteral("/var/run/mysqld"), m_maria.socketDir());
        QVERIFY(hostBacked(QStringLiteral("shop-mysql-0"), QStringLiteral("mysql"), mysqlPaths));

        // Redis: the chart's redis-cli talks to 127.0.0.1:6379 (RESOURCE_LOCK keeps other tests off it).
        m_redisPassword = secretValue(QStringLiteral("cache-redis"), QStringLiteral("redis-password"));
        QVERIFY(!m_redisPassword.isEmpty());
        QVERIFY2(m_redis.start(path(QStringLiteral("redis")), m_redisPassword, 6379), qPrintable(m_redis.errorString()));
        r = m_redis.commands("SET greeting hello\nHSET user:1 name Ada lang C\nRPUSH queue a b c\nSADD tags x y\n"
                             "ZADD board 1 one 2 two\nSET temp gone EX 3600\n");
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QJsonObject redisPaths;
        redisPaths.insert(QStringLiteral("/data"), m_redis.dataDir());
        QVERIFY(hostBacked(QStringLiteral("cache-redis-0"), QStringLiteral("redis"), redisPaths));

        // Vaultwarden's /data: a sqlite database and files (the icon cache is left out by the recipe).
        const QString vaultData = path(QStringLiteral("vault-data"));
        QDir().mkpath(vaultData + QStringLiteral("/attachments/a b ✓"));
        QDir().mkpath(vaultData + QStringLiteral("/icon_cache"));
        r = test::runCommand({QStringLiteral("sqlite3"), vaultData + QStringLiteral("/db.sqlite3"),
                              QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); "
                                             "INSERT INTO users (email) VALUES ('ada@example.org'), ('bob@example.org');")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        for (const auto &[name, content] : QList<QPair<QString, QByteArray>>{
                 {QStringLiteral("rsa_key.pem"), QByteArray("-----BEGIN PRIVATE KEY-----\nnot a real key\n")},
                 {QStringLiteral("attachments/a b ✓/file.bin"), QByteArray(70000, '\x01')},
                 {QStringLiteral("icon_cache/x.png"), QByteArray("icon")}}) {
            QFile f(vaultData + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QFile::link(QStringLiteral("rsa_key.pem"), vaultData + QStringLiteral("/current.pem"));
        QJsonObject vaultPaths;
        vaultPaths.insert(QStringLiteral("/data"), vaultData);
        QVERIFY(hostBacked(QStringLiteral("vault-vaultwarden-0"), QStringLiteral("vaultwarden"), vaultPaths));

        // One command, three releases: tier 1 (mysql, redis) before tier 2 (vaultwarden).
        const QString repo = path(QStringLiteral("repo-three"));
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--no-keychain")}).ok());
        r = cli({QStringLiteral("backup"), QStringLiteral("--repo"), repo, QStringLiteral("--release"),
                 kContext + QStringLiteral("/data/vault"), QStringLiteral("--release"), kContext + QStringLiteral("/data/shop"),
                 QStringLiteral("--release"), kContext + QStringLiteral("/data/cache")});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err.right(3000))));
        QVERIFY2(r.err.indexOf("Tier 1") < r.err.indexOf("Tier 2"), r.err.left(2000).constData());
        auto repository = backup::BackupRepository::open(repo);
        QVERIFY(repository);
        const auto key = repository->unlock(kPassphrase);
        QVERIFY(key);
        auto latest = [&repository](const QString &release) {
            const QList<backup::BackupRecord> list = repository->list(kContext + QStringLiteral("/data/") + release);
            return list.isEmpty() ? backup::BackupRecord{} : list.last();
        };

        // MariaDB: the dump restores into an empty server with the same content.
        const backup::BackupRecord shop = latest(QStringLiteral("shop"));
        QCOMPARE(shop.state, backup::BackupState::Verified);
        const CommandResult dump = test::runCommand({QStringLiteral("gunzip")}, readArtifact(shop, QStringLiteral("mysqldump"), key.value()));
        QVERIFY(dump.ok() && dump.out.contains("INSERT INTO `orders`"));
        test::MariaDbServer mariaTarget;
        QVERIFY2(mariaTarget.start(m_serverDir.filePath(QStringLiteral("maria-target")),
                                   m_mariaPassword),
                 qPrintable(mariaTarget.errorString()));
        r = mariaTarget.sql(QString::fromUtf8(dump.out));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QStringList before = m_maria.digest();
        QStringList after = mariaTarget.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));

        // Redis: the RDB loads into a fresh server with every key, type and expiry.
        const backup::BackupRecord cache = latest(QStringLiteral("cache"));
        QCOMPARE(cache.state, backup::BackupState::Verified);
        const QByteArray rdb = readArtifact(cache, QStringLiteral("rdb"), key.value());
        QVERIFY(rdb.startsWith("REDIS"));
        before = m_redis.digest();
        m_redis.stop(); // frees 127.0.0.1:6379
        test::RedisServer redisTarget;
        const QString redisTargetBase = path(QStringLiteral("redis-target"));
        QDir().mkpath(redisTargetBase + QStringLiteral("/data"));
        QFile rdbFile(redisTargetBase + QStringLiteral("/data/dump.rdb"));
        QVERIFY(rdbFile.open(QIODevice::WriteOnly));
        rdbFile.write(rdb);
        rdbFile.close();
        QVERIFY2(redisTarget.start(redisTargetBase, m_redisPassword), qPrintable(redisTarget.errorString()));
        after = redisTarget.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));

        // Vaultwarden: the tar stream unpacks to the same tree, the sqlite database to the same rows.
        const backup::BackupRecord vault = latest(QStringLiteral("vault"));
        QCOMPARE(vault.state, backup::BackupState::Verified);
        const QString restored = path(QStringLiteral("vault-restored"));
        QDir().mkpath(restored);
        r = test::runCommand({QStringLiteral("tar"), QStringLiteral("xzf"), QStringLiteral("-"), QStringLiteral("-C"), restored},
                             readArtifact(vault, QStringLiteral("data"), key.value()));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QStringList exclude{QStringLiteral("icon_cache")};
        QCOMPARE(test::fileTreeDigest(restored, exclude), test::fileTreeDigest(vaultData, exclude));
        QVERIFY(!QFile::exists(restored + QStringLiteral("/icon_cache/x.png")));
        QCOMPARE(test::sqliteDumpDigest(restored + QStringLiteral("/db.sqlite3")),
                 test::sqliteDumpDigest(vaultData + QStringLiteral("/db.sqlite3")));
    }

    void fullDiskFailsTheBackup()
    {
        // A 1 MiB filesystem for the repository; an 8 MiB dump that does not compress.
        const QString mountPoint = path(QStringLiteral("small-disk"));
        QDir().mkpath(mountPoint);
        const CommandResult mounted = test::runCommand({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                        QStringLiteral("-o"), QStringLiteral("size=1m"), QStringLiteral("tmpfs"),
                                                        mountPoint});
        if (!mounted.ok())
            QSKIP("cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN)");
        auto unmount = qScopeGuard([&mountPoint] { test::runCommand({QStringLiteral("umount"), QStringLiteral("-l"), mountPoint}); });
        const QString repo = mountPoint + QStringLiteral("/repo");
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--repo"), repo, QStringLiteral("--unencrypted")}).ok());

        const QString noise = path(QStringLiteral("noise.bin"));
        {
            QFile f(noise);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int i = 0; i < 8; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
                f.write(block);
            }
        }
        const QJsonObject entry{{QStringLiteral("pod"), QString(kNs + QStringLiteral("/main-db-postgresql-0"))},
                                {QStringLiteral("commandPrefix"), QJsonArray{QStringLiteral("sh")}},
                                {QStringLiteral("stdoutFile"), noise}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/table"),
                             QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry}}}).toJson()));
        const CommandResult r = cli({QStringLiteral("backup"), QStringLiteral("--release"),
                                     kContext + QStringLiteral("/data/main-db"), QStringLiteral("--repo"), repo});
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/reset"), "{}"));
        QVERIFY(registerPostgres());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No space left on device"), r.err.right(2000).constData());
        const QJsonArray listed = backupsJson(repo);
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().toObject().value(QStringLiteral("state")).toString() != QLatin1String("verified"));
        QDirIterator partials(repo, {QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!partials.hasNext(), "a half-written artifact was left on the full disk");
    }

    void cleanupTestCase()
    {
        m_pg.stop();
        m_maria.stop();
        m_redis.stop();
        m_kube.stop();
    }
};

QTEST_GUILESS_MAIN(tst_BackupCli)
#include "tst_backupcli.moc"
