// End to end: `chartroom-cli drill` against the Kubernetes API test server, whose host-backed
// pods run a real PostgreSQL. Back up, drill: the latest verified backup is restored into a
// scratch namespace, checked and timed against the RTO, recorded in drills.json, and the
// scratch namespace is deleted. `drill --tier 1` drills every release of the tier, one of which
// fails its data restore: recorded as failed with its error, exit 1, the other still drilled and
// both scratch namespaces deleted. Plus the drill record's JSON round trip and trimming.
#include "backup/backuprepository.h"
#include "backup/drillrecord.h"
#include "clitestenvironment.h"
#include "dbservers.h"
#include "kubesimprocess.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;
using chartroom::test::CommandResult;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/data/charts");
const QString kCli = QStringLiteral(CHARTROOM_CLI);
const QString kNs = QStringLiteral("data");
const QString kContext = QStringLiteral("homelab");
const QString kRelease = QStringLiteral("homelab/data/main-db");
const QString kOtherRelease = QStringLiteral("homelab/apps/audit-db");
const QByteArray kPassphrase = "drill passphrase 7";

} // namespace

class tst_DrillCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/drillcli-XXXXXX")};
    test::KubeSimProcess m_kube;
    QProcessEnvironment m_env;
    test::PostgresServer m_pg;
    QString m_repo;
    QString m_backupId;
    QStringList m_original;
    QString m_password;
    bool m_clusterReady = false;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    CommandResult kubectl(const QStringList &args)
    {
        return test::runCommand(QStringList{kTools + QStringLiteral("/kubectl")} + args, {}, 60000, m_env);
    }

    CommandResult cli(const QStringList &args)
    {
        QProcessEnvironment env = m_env;
        QFile file(path(QStringLiteral("passphrase")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the passphrase file");
        file.write(kPassphrase + '\n');
        file.close();
        env.insert(QStringLiteral("CHARTROOM_PASSPHRASE_FILE"), file.fileName());
        return test::runCommand(QStringList{kCli} + args, {}, 300000, env);
    }

    /// The drill's scratch namespace is named after the second it starts: back every name the
    /// next few minutes could give with the same PostgreSQL.
    bool registerScratchBackends()
    {
        // Only main-db's scratch pods are backed by PostgreSQL: audit-db's restore finds no psql.
        QJsonArray backends;
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int s = -5; s <= 240; ++s) {
            const QString ns = QStringLiteral("chartroom-drill-main-db-") + now.addSecs(s).toString(QStringLiteral("yyyyMMddHHmmss"));
            QJsonObject backend;
            backend.insert(QStringLiteral("pod"), QString(ns + QStringLiteral("/main-db-postgresql-0")));
            backend.insert(QStringLiteral("container"), QStringLiteral("postgresql"));
            backend.insert(QStringLiteral("paths"), paths);
            backends.append(backend);
        }
        const QJsonObject body{{QStringLiteral("backends"), backends}};
        return m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson());
    }

private Q_SLOTS:
    void drillRecordRoundTrip()
    {
        backup::DrillRecord record;
        record.releaseKey = kRelease;
        record.backupId = QStringLiteral("20261126T091500Z-abcdef");
        record.startedAt = QDateTime(QDate(2026, 11, 26), QTime(9, 15, 0, 123), Qt::UTC);
        record.finishedAt = record.startedAt.addMSecs(4567);
        record.durationMs = 4567;
        record.ok = true;
        record.rtoSeconds = 900;
        QCOMPARE(backup::DrillRecord::fromJson(record.toJson()), record);
        backup::DrillRecord failed = record;
        failed.ok = false;
        failed.error = QStringLiteral("health check failed");
        failed.rtoSeconds.reset();
        QCOMPARE(backup::DrillRecord::fromJson(failed.toJson()), failed);

        // The file keeps the last 100 drills per release, and finds the newest good one.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!backup::lastSuccessfulDrill(dir.path(), kRelease));
        for (int i = 0; i < 105; ++i) {
            backup::DrillRecord drill = record;
            drill.durationMs = i;
            QVERIFY(backup::appendDrill(dir.path(), drill).ok());
        }
        QVERIFY(backup::appendDrill(dir.path(), failed).ok());
        backup::DrillRecord other = record;
        other.releaseKey = QStringLiteral("homelab/apps/wiki");
        QVERIFY(backup::appendDrill(dir.path(), other).ok());
        const QList<backup::DrillRecord> drills = backup::loadDrills(dir.path());
        QCOMPARE(drills.size(), 101);
        QCOMPARE(drills.first().durationMs, 6);
        QCOMPARE(drills.last(), other);
        const auto last = backup::lastSuccessfulDrill(dir.path(), kRelease);
        QVERIFY(last);
        QCOMPARE(last->durationMs, 104);
    }

    void initTestCase()
    {
        if (!QFile::exists(kTools + QStringLiteral("/helm")) || !test::PostgresServer::available())
            return; // the integration part skips itself; the unit part runs anyway
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther);
        m_env = test::cliTestEnvironment(m_dir.path(), kTools);
        QVERIFY2(m_kube.start(m_dir.path(), kContext), qPrintable(m_kube.errorString()));
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), kNs}).ok());
        const CommandResult installed = test::runCommand(
            {kTools + QStringLiteral("/helm"), QStringLiteral("install"), QStringLiteral("main-db"),
             kCharts + QStringLiteral("/postgresql-0.4.0"), QStringLiteral("-n"), kNs},
            {}, 120000, m_env);
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        QVERIFY(m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=20")));

        const CommandResult secret = kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("main-db-postgresql-secret"),
                                              QStringLiteral("-n"), kNs, QStringLiteral("-o"),
                                              QStringLiteral("jsonpath={.data.postgres-password}")});
        const QString password = QString::fromUtf8(QByteArray::fromBase64(secret.out.trimmed()));
        QVERIFY(!password.isEmpty());
        m_password = password;
        QVERIFY2(m_pg.start(path(QStringLiteral("pg")), password), qPrintable(m_pg.errorString()));
        CommandResult r = m_pg.psql(QStringLiteral("postgres"), QStringLiteral(
            "CREATE ROLE app_owner LOGIN PASSWORD 'app-owner-pw'; CREATE DATABASE app OWNER app_owner;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = m_pg.psql(QStringLiteral("app"), QStringLiteral(
            "CREATE TABLE items (id serial PRIMARY KEY, name text, payload bytea);"
            "INSERT INTO items (name, payload) SELECT 'item ' || g, decode(md5(g::text), 'hex') FROM generate_series(1, 2000) g;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), QStringLiteral("data/main-db-postgresql-0")},
                               {QStringLiteral("container"), QStringLiteral("postgresql")}, {QStringLiteral("paths"), paths}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson()));

        m_repo = path(QStringLiteral("repo"));
        r = cli({QStringLiteral("init"), QStringLiteral("--repo"), m_repo, QStringLiteral("--no-keychain")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = cli({QStringLiteral("backup"), QStringLiteral("--release"), kRelease, QStringLiteral("--repo"), m_repo});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err.right(3000))));
        auto repository = backup::BackupRepository::open(m_repo);
        QVERIFY(repository);
        QCOMPARE(repository->list(kRelease).size(), 1);
        QCOMPARE(repository->list(kRelease).last().state, backup::BackupState::Verified);
        m_backupId = repository->list(kRelease).last().id;
        m_original = m_pg.digest();
        m_clusterReady = true;
    }

    void drillRelease()
    {
        if (!m_clusterReady)
            QSKIP("pinned helm/kubectl or PostgreSQL 15 missing: run packaging/dev/bootstrap.sh");
        QVERIFY(registerScratchBackends());
        const CommandResult r = cli({QStringLiteral("drill"), QStringLiteral("--release"), kRelease, QStringLiteral("--repo"), m_repo});
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + out + QString::fromUtf8(r.err.right(4000))));
        QVERIFY2(out.contains(QStringLiteral("succeeded in ")), qPrintable(out));
        QVERIFY2(QRegularExpression(QStringLiteral("succeeded in \\d+\\.\\d s \\(RTO \\d+ s: (within|exceeded)\\)")).match(out).hasMatch(),
                 qPrintable(out));
        const QRegularExpressionMatch ns = QRegularExpression(QStringLiteral("into (chartroom-drill-main-db-\\d{14})")).match(out);
        QVERIFY2(ns.hasMatch(), qPrintable(out));
        const QString scratch = ns.captured(1);
        QVERIFY2(out.contains(QStringLiteral("deleting namespace ") + scratch), qPrintable(out));
        // The source data was not touched.
        QCOMPARE(m_pg.digest(), m_original);

        // One good drill of that backup, recorded in the repository.
        const QList<backup::DrillRecord> drills = backup::loadDrills(m_repo);
        QCOMPARE(drills.size(), 1);
        QCOMPARE(drills.first().releaseKey, kRelease);
        QCOMPARE(drills.first().backupId, m_backupId);
        QVERIFY(drills.first().ok);
        QVERIFY(drills.first().durationMs > 0);
        QVERIFY(drills.first().finishedAt >= drills.first().startedAt);
        const auto last = backup::lastSuccessfulDrill(m_repo, kRelease);
        QVERIFY(last);
        QCOMPARE(last->backupId, m_backupId);

        // The scratch namespace is going or gone.
        const CommandResult got = kubectl({QStringLiteral("get"), QStringLiteral("namespace"), scratch, QStringLiteral("-o"),
                                           QStringLiteral("jsonpath={.status.phase}")});
        QVERIFY2((got.ok() && got.out.trimmed() == "Terminating") || (!got.ok() && got.err.contains("NotFound")),
                 qPrintable(got.describe() + QString::fromUtf8(got.out + got.err)));
    }

    void drillTier()
    {
        if (!m_clusterReady)
            QSKIP("pinned helm/kubectl or PostgreSQL 15 missing");
        // A second tier-1 release (same chart, same server behind it) with its own verified backup.
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("apps")}).ok());
        const CommandResult installed = test::runCommand(
            {kTools + QStringLiteral("/helm"), QStringLiteral("install"), QStringLiteral("audit-db"),
             kCharts + QStringLiteral("/postgresql-0.4.0"), QStringLiteral("-n"), QStringLiteral("apps"),
             QStringLiteral("--set"), QStringLiteral("auth.postgres-password=") + m_password},
            {}, 120000, m_env);
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        QVERIFY(m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=20")));
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), QStringLiteral("apps/audit-db-postgresql-0")},
                               {QStringLiteral("container"), QStringLiteral("postgresql")}, {QStringLiteral("paths"), paths}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson()));
        CommandResult r = cli({QStringLiteral("backup"), QStringLiteral("--release"), kOtherRelease, QStringLiteral("--repo"), m_repo});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err.right(3000))));
        const qsizetype before = backup::loadDrills(m_repo).size();

        QVERIFY(registerScratchBackends());
        r = cli({QStringLiteral("drill"), QStringLiteral("--tier"), QStringLiteral("1"), QStringLiteral("--repo"), m_repo});
        const QString out = QString::fromUtf8(r.out);
        const QString diagnostics = r.describe() + out + QString::fromUtf8(r.err.right(4000));
        QVERIFY2(r.exitCode == 1, qPrintable(diagnostics));
        // Both releases of the tier, in key order: audit-db fails, main-db still runs and succeeds.
        const QRegularExpressionMatch failed = QRegularExpression(
            QStringLiteral("Drill homelab/apps/audit-db: backup \\S+ into (chartroom-drill-audit-db-\\d{14})\\n  failed after \\d+\\.\\d s: "))
                                                   .match(out);
        QVERIFY2(failed.hasMatch(), qPrintable(diagnostics));
        const QRegularExpressionMatch good = QRegularExpression(
            QStringLiteral("Drill homelab/data/main-db: backup \\S+ into (chartroom-drill-main-db-\\d{14})\\n  succeeded in \\d+\\.\\d s"))
                                                 .match(out);
        QVERIFY2(good.hasMatch(), qPrintable(diagnostics));
        QVERIFY(failed.capturedStart() < good.capturedStart());
        QCOMPARE(m_pg.digest(), m_original);

        // Both recorded: the failure with its error.
        const QList<backup::DrillRecord> drills = backup::loadDrills(m_repo);
        QCOMPARE(drills.size(), before + 2);
        const backup::DrillRecord &other = drills.at(before);
        const backup::DrillRecord &main = drills.at(before + 1);
        QCOMPARE(other.releaseKey, kOtherRelease);
        QVERIFY(!other.ok);
        QVERIFY2(!other.error.isEmpty(), qPrintable(diagnostics));
        QVERIFY2(out.contains(other.error.left(40)), qPrintable(diagnostics));
        QVERIFY2(other.error.contains(QStringLiteral("pg-dumpall")), qPrintable(other.error)); // the data step failed
        QCOMPARE(main.releaseKey, kRelease);
        QVERIFY(main.ok);
        QVERIFY(main.error.isEmpty());
        QCOMPARE(main.backupId, m_backupId);

        // Both scratch namespaces are going or gone, the failed drill's too.
        for (const QString &scratch : {failed.captured(1), good.captured(1)}) {
            QVERIFY2(out.contains(QStringLiteral("deleting namespace ") + scratch), qPrintable(diagnostics));
            const CommandResult got = kubectl({QStringLiteral("get"), QStringLiteral("namespace"), scratch, QStringLiteral("-o"),
                                               QStringLiteral("jsonpath={.status.phase}")});
            QVERIFY2((got.ok() && got.out.trimmed() == "Terminating") || (!got.ok() && got.err.contains("NotFound")),
                     qPrintable(scratch + QLatin1Char(' ') + got.describe() + QString::fromUtf8(got.out + got.err)));
        }

        // A tier without any verified backup is an error, not an empty success.
        QCOMPARE(cli({QStringLiteral("drill"), QStringLiteral("--tier"), QStringLiteral("4"), QStringLiteral("--repo"), m_repo}).exitCode, 1);
    }

    void dryRun()
    {
        if (!m_clusterReady)
            QSKIP("pinned helm/kubectl or PostgreSQL 15 missing");
        const qsizetype before = backup::loadDrills(m_repo).size();
        const CommandResult namespacesBefore = kubectl({QStringLiteral("get"), QStringLiteral("namespaces"), QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY(namespacesBefore.ok());
        const CommandResult r = cli({QStringLiteral("drill"), QStringLiteral("--tier"), QStringLiteral("1"), QStringLiteral("--dry-run"),
                                     QStringLiteral("--repo"), m_repo});
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + out));
        for (const QString &release : {QStringLiteral("audit-db"), QStringLiteral("main-db")}) {
            QVERIFY2(out.contains(QStringLiteral(" into the scratch namespace chartroom-drill-") + release), qPrintable(out));
            QVERIFY2(QRegularExpression(QStringLiteral("\\d+\\. Delete the scratch namespace chartroom-drill-%1-\\d{14}\\n"
                                                       "\\s+\\$ \\S*kubectl --context homelab delete namespace chartroom-drill-%1-\\d{14} "
                                                       "--wait=false --ignore-not-found").arg(release))
                         .match(out).hasMatch(),
                     qPrintable(out));
        }
        QVERIFY2(out.contains(QStringLiteral("Restore pg-dumpall")) || out.contains(QStringLiteral("pg-dumpall")), qPrintable(out));
        // Nothing ran: no drill recorded, no namespace made.
        QCOMPARE(backup::loadDrills(m_repo).size(), before);
        const CommandResult namespacesAfter = kubectl({QStringLiteral("get"), QStringLiteral("namespaces"), QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY(namespacesAfter.ok());
        for (const QByteArray &name : namespacesAfter.out.split('\n')) // earlier drills' may have gone meanwhile
            QVERIFY2(namespacesBefore.out.split('\n').contains(name), name.constData());
    }

    void inventoryShowsDrills()
    {
        if (!m_clusterReady)
            QSKIP("pinned helm/kubectl or PostgreSQL 15 missing");
        // chartroom-cli inventory reads the repository from the settings.
        QDir().mkpath(path(QStringLiteral("config")));
        QFile settings(path(QStringLiteral("config/chartroom.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write("[backup]\nrepository=" + m_repo.toUtf8() + "\n");
        settings.close();
        const CommandResult r = cli({QStringLiteral("inventory"), QStringLiteral("--json"), QStringLiteral("--context"), kContext});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err.right(2000))));
        QHash<QString, QJsonObject> releases;
        for (const QJsonValue &value : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("releases")).toArray()) {
            const QJsonObject release = value.toObject();
            releases.insert(release.value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
                                + release.value(QStringLiteral("name")).toString(),
                            release);
        }
        const QJsonObject main = releases.value(QStringLiteral("data/main-db"));
        QVERIFY2(!main.isEmpty(), r.out.left(2000).constData());
        QVERIFY(main.value(QStringLiteral("lastVerifiedBackup")).isString());
        QVERIFY(main.value(QStringLiteral("lastSuccessfulDrill")).isString());
        QVERIFY(main.value(QStringLiteral("measuredRtoMs")).toInteger() > 0);
        QCOMPARE(main.value(QStringLiteral("rtoExceeded")).toBool(), false); // seconds against an hour
        QCOMPARE(main.value(QStringLiteral("lastDrillFailed")).toBool(), false);
        QCOMPARE(main.value(QStringLiteral("recentDrills")).toArray().size(), 2); // --release, then --tier
        const QJsonObject audit = releases.value(QStringLiteral("apps/audit-db"));
        QVERIFY(!audit.isEmpty());
        QVERIFY(audit.value(QStringLiteral("lastSuccessfulDrill")).isNull());
        QVERIFY(audit.value(QStringLiteral("measuredRtoMs")).isNull());
        QCOMPARE(audit.value(QStringLiteral("lastDrillFailed")).toBool(), true);
        const QJsonArray auditDrills = audit.value(QStringLiteral("recentDrills")).toArray();
        QCOMPARE(auditDrills.size(), 1);
        QVERIFY(auditDrills.first().toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("pg-dumpall")));
    }

    void usageErrors()
    {
        if (!m_clusterReady)
            QSKIP("pinned helm/kubectl or PostgreSQL 15 missing");
        QCOMPARE(cli({QStringLiteral("drill")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("drill"), QStringLiteral("--release"), kRelease, QStringLiteral("--tier"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("drill"), QStringLiteral("--release"), QStringLiteral("homelab/data/nothing"), QStringLiteral("--repo"), m_repo}).exitCode, 1);
    }

    void cleanupTestCase()
    {
        m_pg.stop();
        m_kube.stop();
    }
};

QTEST_GUILESS_MAIN(tst_DrillCli)
#include "tst_drillcli.moc"
