// End to end: `chartroom-cli restore` of MariaDB (mysql chart), Redis and Vaultwarden (a tar of
// /data with a sqlite database) releases installed with the real helm (CHARTROOM_TEST_HELM picks
// helm 3.17.3 or 4.1.4; CMake registers the test once per version) into the Kubernetes API test
// server, whose host-backed pods run real servers. One backup of each release, then per release:
// damage and restore in place; restore into another namespace; uninstall the release and restore
// it (reinstalled from the backup's chart and values, then the data). Content is compared exactly.
#include "backup/backuprepository.h"
#include "clitestenvironment.h"
#include "dbservers.h"
#include "kubesimprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace chartroom;
using chartroom::test::CommandResult;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/data/charts");
const QString kCli = QStringLiteral(CHARTROOM_CLI);
const QString kNs = QStringLiteral("data");
const QString kCopyNs = QStringLiteral("copy");
const QString kContext = QStringLiteral("homelab");
const QByteArray kPassphrase = "restore data passphrase 5";

QString helmBinary()
{
    const QString name = qEnvironmentVariable("CHARTROOM_TEST_HELM", QStringLiteral("helm-4.1.4"));
    return kTools + QLatin1Char('/') + name;
}

} // namespace

class tst_RestoreData : public QObject
{
    Q_OBJECT

    /// One release under test: how to point its pod at a server, damage it and read its content.
    struct Kind
    {
        QString release;
        QString chart;
        QString pod;       ///< the StatefulSet's pod, without namespace
        QString container;
        std::function<QJsonObject()> paths;      ///< container path → host dir of the original
        std::function<bool()> damage;
        std::function<QStringList()> digest;     ///< of the original
        QStringList original;
        QString backupId;
    };

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/restoredata-XXXXXX")};
    QTemporaryDir m_serverDir{test::serverTempBase() + QStringLiteral("/chartroom-restoredata-XXXXXX")};
    test::KubeSimProcess m_kube;
    QProcessEnvironment m_env;
    test::MariaDbServer m_maria;
    test::RedisServer m_redis;
    QString m_vaultData;
    QString m_repo;
    QMap<QString, Kind> m_kinds;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    CommandResult kubectl(const QStringList &args)
    {
        return test::runCommand(QStringList{kTools + QStringLiteral("/kubectl")} + args, {}, 60000, m_env);
    }

    CommandResult helm(const QStringList &args)
    {
        return test::runCommand(QStringList{helmBinary()} + args, {}, 120000, m_env);
    }

    CommandResult cli(const QStringList &args)
    {
        return test::runCliWithPassphrase(kCli, args, m_env, path(QStringLiteral("passphrase")), kPassphrase);
    }

    CommandResult restore(const Kind &kind, const QStringList &extra)
    {
        return cli(QStringList{QStringLiteral("restore"), QStringLiteral("--backup"), kind.backupId, QStringLiteral("--repo"), m_repo,
                               QStringLiteral("--yes")}
                   + extra);
    }

    QString secretValue(const QString &name, const QString &key)
    {
        const CommandResult r = kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), kNs,
                                         QStringLiteral("-o"), QStringLiteral("jsonpath={.data.%1}").arg(key)});
        return r.ok() ? QString::fromUtf8(QByteArray::fromBase64(r.out.trimmed())) : QString();
    }

    bool hostBacked(const QString &ns, const Kind &kind, const QJsonObject &paths)
    {
        const QJsonObject body{{QStringLiteral("pod"), QString(ns + QLatin1Char('/') + kind.pod)},
                               {QStringLiteral("container"), kind.container},
                               {QStringLiteral("paths"), paths}};
        return m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson());
    }

    static QString describe(const CommandResult &r)
    {
        return r.describe() + QStringLiteral("\n--- out\n") + QString::fromUtf8(r.out.right(4000)) + QStringLiteral("\n--- err\n")
               + QString::fromUtf8(r.err.right(4000));
    }

    void addKindRows()
    {
        QTest::addColumn<QString>("release");
        for (const QString &release : m_kinds.keys())
            QTest::newRow(qPrintable(m_kinds.value(release).chart)) << release;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(helmBinary()) || !QFile::exists(kTools + QStringLiteral("/kubectl")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        if (!test::MariaDbServer::available() || !test::RedisServer::available())
            QSKIP("MariaDB and Redis servers are needed (packaging/dev/bootstrap.sh installs them)");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_serverDir.isValid());
        for (const QString &dir : {m_dir.path(), m_serverDir.path()})
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadOther | QFileDevice::ExeOther);
        m_env = test::cliTestEnvironment(m_dir.path(), kTools);
        m_env.insert(QStringLiteral("CHARTROOM_HELM"), helmBinary());
        QVERIFY2(m_kube.start(m_dir.path(), kContext), qPrintable(m_kube.errorString()));
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), kNs}).ok());
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), kCopyNs}).ok());
        // Vaultwarden's health check is an HTTP GET through the API server's pod proxy.
        const QJsonObject proxy{{QStringLiteral("podProxy"),
                                 QJsonArray{QJsonObject{{QStringLiteral("pod"), QStringLiteral("vault-vaultwarden-0")},
                                                        {QStringLiteral("port"), 80},
                                                        {QStringLiteral("path"), QStringLiteral("/alive")},
                                                        {QStringLiteral("body"), QStringLiteral("\"2026-11-26T10:00:00Z\"")}}}}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/faults"), QJsonDocument(proxy).toJson()));

        m_kinds.insert(QStringLiteral("shop"), Kind{QStringLiteral("shop"), QStringLiteral("mysql"), QStringLiteral("shop-mysql-0"),
                                                    QStringLiteral("mysql"), {}, {}, {}, {}, {}});
        m_kinds.insert(QStringLiteral("cache"), Kind{QStringLiteral("cache"), QStringLiteral("redis"), QStringLiteral("cache-redis-0"),
                                                     QStringLiteral("redis"), {}, {}, {}, {}, {}});
        m_kinds.insert(QStringLiteral("vault"), Kind{QStringLiteral("vault"), QStringLiteral("vaultwarden"),
                                                     QStringLiteral("vault-vaultwarden-0"), QStringLiteral("vaultwarden"), {}, {}, {}, {}, {}});
        for (const Kind &kind : std::as_const(m_kinds)) {
            // A user value, so that a reinstall can be seen to use the saved values.
            const CommandResult r = helm({QStringLiteral("install"), kind.release, kCharts + QLatin1Char('/') + kind.chart + QStringLiteral("-0.4.0"),
                                          QStringLiteral("-n"), kNs, QStringLiteral("--set"), QStringLiteral("chartroomTest=kept-%1").arg(kind.release)});
            QVERIFY2(r.ok(), qPrintable(kind.chart + QStringLiteral(": ") + r.describe()));
        }
        QVERIFY(m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=20")));

        // MariaDB behind the mysql chart's pod.
        const QString mariaPassword = secretValue(QStringLiteral("shop-mysql-secret"), QStringLiteral("mysql-root-password"));
        QVERIFY(!mariaPassword.isEmpty());
        QVERIFY2(m_maria.start(m_serverDir.filePath(QStringLiteral("maria")), mariaPassword), qPrintable(m_maria.errorString()));
        CommandResult r = m_maria.sql(QStringLiteral(
            "CREATE DATABASE shop; CREATE TABLE shop.orders (id INT PRIMARY KEY AUTO_INCREMENT, item VARCHAR(64), qty INT);"
            "INSERT INTO shop.orders (item, qty) VALUES ('item', 1);")
            + QStringLiteral("INSERT INTO shop.orders (item, qty) SELECT CONCAT(item, ' ', id), qty + id % 7 FROM shop.orders;").repeated(10)
            + QStringLiteral("CREATE TABLE shop.customers (id INT PRIMARY KEY, name TEXT) CHARACTER SET utf8mb4; INSERT INTO shop.customers VALUES (1, 'Ada ✓'), (2, NULL);"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        Kind &shop = m_kinds[QStringLiteral("shop")];
        shop.paths = [this] { QJsonObject p; p.insert(QStringLiteral("/var/run/mysqld"), m_maria.socketDir()); return p; };
        shop.damage = [this] { return m_maria.sql(QStringLiteral("DROP TABLE shop.orders;")).ok(); };
        shop.digest = [this] { return m_maria.digest(); };

        // Redis on 127.0.0.1:6379, where the chart's redis-cli looks (RESOURCE_LOCK redis-port-6379).
        const QString redisPassword = secretValue(QStringLiteral("cache-redis"), QStringLiteral("redis-password"));
        QVERIFY(!redisPassword.isEmpty());
        QVERIFY2(m_redis.start(path(QStringLiteral("redis")), redisPassword, 6379, {QStringLiteral("appendonly yes")}),
                 qPrintable(m_redis.errorString()));
        r = m_redis.commands("SET greeting hello\nHSET user:1 name Ada lang C\nRPUSH queue a b c\nSADD tags x y\n"
                             "ZADD board 1 one 2 two\nSET temp gone EX 3600\n");
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        Kind &cache = m_kinds[QStringLiteral("cache")];
        cache.paths = [this] { QJsonObject p; p.insert(QStringLiteral("/data"), m_redis.dataDir()); return p; };
        cache.damage = [this] { return m_redis.commands("FLUSHALL\nSET stale yes\n").ok(); };
        cache.digest = [this] { return m_redis.digest(); };

        // Vaultwarden's /data: a sqlite database and files.
        m_vaultData = path(QStringLiteral("vault-data"));
        QDir().mkpath(m_vaultData + QStringLiteral("/attachments/a b ✓"));
        r = test::runCommand({QStringLiteral("sqlite3"), m_vaultData + QStringLiteral("/db.sqlite3"),
                              QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); "
                                             "INSERT INTO users (email) VALUES ('ada@example.org'), ('bob@example.org');")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        for (const auto &[name, content] : QList<QPair<QString, QByteArray>>{
                 {QStringLiteral("rsa_key.pem"), QByteArray("-----BEGIN PRIVATE KEY-----\nnot a real key\n")},
                 {QStringLiteral("attachments/a b ✓/file.bin"), QByteArray(70000, '\x01')}}) {
            QFile f(m_vaultData + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        Kind &vault = m_kinds[QStringLiteral("vault")];
        vault.paths = [this] { QJsonObject p; p.insert(QStringLiteral("/data"), m_vaultData); return p; };
        vault.damage = [this] {
            const bool removed = QDir(m_vaultData + QStringLiteral("/attachments")).removeRecursively()
                                 && QFile::remove(m_vaultData + QStringLiteral("/rsa_key.pem"));
            return removed && test::runCommand({QStringLiteral("sqlite3"), m_vaultData + QStringLiteral("/db.sqlite3"),
                                                QStringLiteral("DELETE FROM users WHERE id = 1;")}).ok();
        };
        vault.digest = [this] {
            return test::fileTreeDigest(m_vaultData) << test::sqliteDumpDigest(m_vaultData + QStringLiteral("/db.sqlite3"));
        };

        m_repo = path(QStringLiteral("repo"));
        r = cli({QStringLiteral("init"), QStringLiteral("--repo"), m_repo, QStringLiteral("--no-keychain")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QStringList releases;
        for (Kind &kind : m_kinds) {
            QVERIFY(hostBacked(kNs, kind, kind.paths()));
            kind.original = kind.digest();
            releases << QStringLiteral("--release") << QString(kContext + QLatin1Char('/') + kNs + QLatin1Char('/') + kind.release);
        }
        r = cli(QStringList{QStringLiteral("backup"), QStringLiteral("--repo"), m_repo} + releases);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        auto repository = backup::BackupRepository::open(m_repo);
        QVERIFY(repository);
        for (Kind &kind : m_kinds) {
            const QList<backup::BackupRecord> list = repository->list(kContext + QLatin1Char('/') + kNs + QLatin1Char('/') + kind.release);
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().state, backup::BackupState::Verified);
            kind.backupId = list.first().id;
        }
    }

    void restoreInPlace_data() { addKindRows(); }
    void restoreInPlace()
    {
        QFETCH(QString, release);
        const Kind &kind = m_kinds.value(release);
        QVERIFY(kind.damage());
        QVERIFY(kind.digest() != kind.original);
        const CommandResult r = restore(kind, {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("Restored in"), r.out.constData());
        const QStringList after = kind.digest();
        QVERIFY2(after == kind.original, qPrintable(test::digestDifference(kind.original, after)));
        // The damaged state was kept first, as a verified safety backup.
        auto repository = backup::BackupRepository::open(m_repo);
        const QList<backup::BackupRecord> list = repository->list(kContext + QLatin1Char('/') + kNs + QLatin1Char('/') + release);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.last().state, backup::BackupState::Verified);
    }

    void restoreIntoAnotherNamespace_data() { addKindRows(); }
    void restoreIntoAnotherNamespace()
    {
        QFETCH(QString, release);
        const Kind &kind = m_kinds.value(release);
        // The copy's pod gets a server of its own, except Redis, whose recipe needs 127.0.0.1:6379:
        // there the one server is flushed and the copy's pod restores into it.
        test::MariaDbServer maria;
        const QString copyData = path(QStringLiteral("copy-") + release);
        std::function<QStringList()> copyDigest;
        QJsonObject paths;
        if (kind.chart == QLatin1String("mysql")) {
            QVERIFY2(maria.start(m_serverDir.filePath(QStringLiteral("maria-copy")),
                                 secretValue(QStringLiteral("shop-mysql-secret"), QStringLiteral("mysql-root-password"))),
                     qPrintable(maria.errorString()));
            paths.insert(QStringLiteral("/var/run/mysqld"), maria.socketDir());
            copyDigest = [&maria] { return maria.digest(); };
        } else if (kind.chart == QLatin1String("vaultwarden")) {
            QVERIFY(QDir().mkpath(copyData));
            paths.insert(QStringLiteral("/data"), copyData);
            copyDigest = [&copyData] {
                return test::fileTreeDigest(copyData) << test::sqliteDumpDigest(copyData + QStringLiteral("/db.sqlite3"));
            };
        } else {
            QVERIFY(kind.damage());
            paths = kind.paths();
            copyDigest = kind.digest;
        }
        if (kind.chart != QLatin1String("vaultwarden")) // (the digest of an empty dir would create db.sqlite3)
            QVERIFY(copyDigest() != kind.original);
        QVERIFY(hostBacked(kCopyNs, kind, paths));
        const CommandResult r = restore(kind, {QStringLiteral("--target-namespace"), kCopyNs});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QString(QStringLiteral("into homelab/copy/") + release + QStringLiteral(" (clone)")).toUtf8()),
                 r.out.constData());
        const QStringList after = copyDigest();
        QVERIFY2(after == kind.original, qPrintable(test::digestDifference(kind.original, after)));
        const CommandResult status = helm({QStringLiteral("status"), release, QStringLiteral("-n"), kCopyNs});
        QVERIFY2(status.ok() && status.out.contains("STATUS: deployed"), qPrintable(status.describe()));
    }

    void restoreUninstalledRelease_data() { addKindRows(); }
    void restoreUninstalledRelease()
    {
        QFETCH(QString, release);
        const Kind &kind = m_kinds.value(release);
        CommandResult r = helm({QStringLiteral("uninstall"), release, QStringLiteral("-n"), kNs, QStringLiteral("--wait")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(!helm({QStringLiteral("status"), release, QStringLiteral("-n"), kNs}).ok());
        QVERIFY(!kubectl({QStringLiteral("get"), QStringLiteral("pod"), kind.pod, QStringLiteral("-n"), kNs}).ok());
        QVERIFY(kind.damage());
        r = restore(kind, {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QByteArray("Reinstall " + release.toUtf8() + " from the backup's Helm record")), r.out.constData());
        const QStringList after = kind.digest();
        QVERIFY2(after == kind.original, qPrintable(test::digestDifference(kind.original, after)));
        // Back with the backed-up chart version and user values.
        r = helm({QStringLiteral("list"), QStringLiteral("-n"), kNs, QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QString chart;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QStringLiteral("name")).toString() == release)
                chart = v.toObject().value(QStringLiteral("chart")).toString();
        QCOMPARE(chart, QString(kind.chart + QStringLiteral("-0.4.0")));
        r = helm({QStringLiteral("get"), QStringLiteral("values"), release, QStringLiteral("-n"), kNs, QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("chartroomTest")).toString(),
                 QString(QStringLiteral("kept-") + release));
    }

    void cleanupTestCase()
    {
        m_maria.stop();
        m_redis.stop();
        m_kube.stop();
    }
};

QTEST_GUILESS_MAIN(tst_RestoreData)
#include "tst_restoredata.moc"
