// End to end: `chartroom-cli restore` against the Kubernetes API test server, whose host-backed
// pod runs a real PostgreSQL. Back up, damage the data, restore, compare content digests; the
// preview changes nothing; a corrupt artifact is refused before the cluster is touched; a
// dropped exec stream fails the restore and runs the compensation; a wrong passphrase is exit 3;
// a workload that never becomes ready fails within the rollout timeout; a clone under another
// release name. CHARTROOM_TEST_HELM picks the pinned helm (CMake runs the test with both).
#include "backup/backuprepository.h"
#include "backup/restorecompensationjob.h"
#include "clitestenvironment.h"
#include "dbservers.h"
#include "kubesimprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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
const QString kPod = QStringLiteral("data/main-db-postgresql-0");
const QByteArray kPassphrase = "restore passphrase 11";

QString helmBinary()
{
    return kTools + QLatin1Char('/') + qEnvironmentVariable("CHARTROOM_TEST_HELM", QStringLiteral("helm-4.1.4"));
}

} // namespace

class tst_RestoreCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/restorecli-XXXXXX")};
    test::KubeSimProcess m_kube;
    QProcessEnvironment m_env;
    test::PostgresServer m_pg;
    QString m_repo;
    QString m_backupId;
    QStringList m_original;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    CommandResult kubectl(const QStringList &args)
    {
        return test::runCommand(QStringList{kTools + QStringLiteral("/kubectl")} + args, {}, 60000, m_env);
    }

    CommandResult cli(const QStringList &args, const QByteArray &passphrase = kPassphrase)
    {
        return test::runCliWithPassphrase(kCli, args, m_env, path(QStringLiteral("passphrase")), passphrase);
    }

    CommandResult restore(const QStringList &extra, const QByteArray &passphrase = kPassphrase)
    {
        return cli(QStringList{QStringLiteral("restore"), QStringLiteral("--backup"), m_backupId, QStringLiteral("--repo"), m_repo}
                       + extra,
                   passphrase);
    }

    bool registerPostgres()
    {
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), kPod}, {QStringLiteral("container"), QStringLiteral("postgresql")},
                               {QStringLiteral("paths"), paths}};
        return m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson());
    }

    QJsonArray execHistory()
    {
        return QJsonDocument::fromJson(test::kubesimAdminJson(m_kube.url(), "GET", QStringLiteral("/__test/exec/history")))
            .object()
            .value(QStringLiteral("items"))
            .toArray();
    }

    QString backupOnce()
    {
        const QString release = kContext + QStringLiteral("/data/main-db");
        const CommandResult r = cli({QStringLiteral("backup"), QStringLiteral("--release"), release, QStringLiteral("--repo"), m_repo});
        if (!r.ok()) {
            qWarning("backup failed: %s", qPrintable(r.describe() + QString::fromUtf8(r.err.right(3000))));
            return {};
        }
        auto repository = backup::BackupRepository::open(m_repo);
        return repository ? repository->list(release).last().id : QString();
    }

    void damage()
    {
        const CommandResult r = m_pg.psql(QStringLiteral("app"), QStringLiteral("DROP TABLE items;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(m_pg.digest() != m_original);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(helmBinary()))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        if (!test::PostgresServer::available())
            QSKIP("PostgreSQL 15 is needed (packaging/dev/bootstrap.sh installs it)");
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther);
        m_env = test::cliTestEnvironment(m_dir.path(), kTools);
        m_env.insert(QStringLiteral("CHARTROOM_HELM"), helmBinary());
        // Its own temporary folder, so the check for leftovers sees only this test's chartroom-cli
        // (the helm 3 and helm 4 variants run side by side).
        QVERIFY(QDir().mkpath(path(QStringLiteral("tmp"))));
        m_env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
        QVERIFY2(m_kube.start(m_dir.path(), kContext), qPrintable(m_kube.errorString()));
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), kNs}).ok());
        const CommandResult installed = test::runCommand(
            {helmBinary(), QStringLiteral("install"), QStringLiteral("main-db"),
             kCharts + QStringLiteral("/postgresql-0.4.0"), QStringLiteral("-n"), kNs},
            {}, 120000, m_env);
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        QVERIFY(m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=20")));

        const CommandResult secret = kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("main-db-postgresql-secret"),
                                              QStringLiteral("-n"), kNs, QStringLiteral("-o"),
                                              QStringLiteral("jsonpath={.data.postgres-password}")});
        const QString password = QString::fromUtf8(QByteArray::fromBase64(secret.out.trimmed()));
        QVERIFY(!password.isEmpty());
        QVERIFY2(m_pg.start(path(QStringLiteral("pg")), password), qPrintable(m_pg.errorString()));
        CommandResult r = m_pg.psql(QStringLiteral("postgres"), QStringLiteral(
            "CREATE ROLE app_owner LOGIN PASSWORD 'app-owner-pw'; CREATE DATABASE app OWNER app_owner;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = m_pg.psql(QStringLiteral("app"), QStringLiteral(
            "CREATE TABLE items (id serial PRIMARY KEY, name text, payload bytea);"
            "INSERT INTO items (name, payload) SELECT 'item ' || g, decode(md5(g::text), 'hex') FROM generate_series(1, 5000) g;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(registerPostgres());

        m_repo = path(QStringLiteral("repo"));
        r = cli({QStringLiteral("init"), QStringLiteral("--repo"), m_repo, QStringLiteral("--no-keychain")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        m_original = m_pg.digest();
        m_backupId = backupOnce();
        QVERIFY(!m_backupId.isEmpty());
    }

    void previewChangesNothing()
    {
        damage();
        const QStringList damaged = m_pg.digest();
        const qsizetype execsBefore = execHistory().size();
        const CommandResult r = restore({});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.err)));
        const QString preview = QString::fromUtf8(r.out);
        QVERIFY2(preview.contains(QStringLiteral("Verify backup ") + m_backupId), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("Safety backup of homelab/data/main-db")));
        QVERIFY(preview.contains(QStringLiteral("exec --stdin POD --container postgresql -- sh -c")));
        QVERIFY(preview.contains(QStringLiteral("rollout status statefulset/main-db-postgresql")));
        QVERIFY(preview.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(execHistory().size(), execsBefore);
        QCOMPARE(m_pg.digest(), damaged);
        auto repository = backup::BackupRepository::open(m_repo);
        QCOMPARE(repository->list().size(), 1); // no safety backup either
    }

    void restoreInPlace()
    {
        const CommandResult r = restore({QStringLiteral("--yes")});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.out) + QString::fromUtf8(r.err.right(4000))));
        const QStringList after = m_pg.digest();
        QVERIFY2(after == m_original, qPrintable(test::digestDifference(m_original, after)));
        QVERIFY2(r.out.contains("Restored in"), r.out.constData());
        QVERIFY(r.out.contains("RTO"));
        // The dump went in through exec's stdin, whole.
        bool streamed = false;
        for (const QJsonValue &v : execHistory())
            streamed = streamed || v.toObject().value(QStringLiteral("bytesIn")).toInteger() > 1000;
        QVERIFY(streamed);
        // The safety backup of the damaged state is there and verified.
        auto repository = backup::BackupRepository::open(m_repo);
        const QList<backup::BackupRecord> records = repository->list();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.last().state, backup::BackupState::Verified);
        bool releaseRecordKept = false;
        for (const backup::ComponentRecord &c : records.last().manifest->components)
            releaseRecordKept = releaseRecordKept || (c.id == QLatin1String("helm-release") && c.status == backup::ComponentRecord::Status::Ok);
        QVERIFY2(releaseRecordKept, "the safety backup lacks Helm's release record");
    }

    void cloneReinstallsFromTheHelmRecord()
    {
        // A DR drill: the release does not exist in dr-test. Its pod, once the chart is
        // reinstalled from the backup's Helm record, is backed by the same PostgreSQL.
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), QStringLiteral("dr-test/main-db-postgresql-0")},
                               {QStringLiteral("container"), QStringLiteral("postgresql")}, {QStringLiteral("paths"), paths}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson()));
        damage();
        const CommandResult r = restore({QStringLiteral("--target-namespace"), QStringLiteral("dr-test"), QStringLiteral("--yes")});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.out) + QString::fromUtf8(r.err.right(4000))));
        QVERIFY2(r.out.contains("into homelab/dr-test/main-db (clone)"), r.out.constData());
        QVERIFY(r.out.contains("Reinstall main-db from the backup's Helm record"));
        const QStringList after = m_pg.digest();
        QVERIFY2(after == m_original, qPrintable(test::digestDifference(m_original, after)));
        const CommandResult status = test::runCommand({helmBinary(), QStringLiteral("status"), QStringLiteral("main-db"),
                                                       QStringLiteral("-n"), QStringLiteral("dr-test")},
                                                      {}, 60000, m_env);
        QVERIFY2(status.ok() && status.out.contains("STATUS: deployed"), qPrintable(status.describe()));
        // The config went into dr-test, and its Secret is the backed-up one.
        const CommandResult secret = kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("main-db-postgresql-secret"),
                                              QStringLiteral("-n"), QStringLiteral("dr-test"), QStringLiteral("-o"),
                                              QStringLiteral("jsonpath={.data.postgres-password}")});
        const CommandResult original = kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("main-db-postgresql-secret"),
                                                QStringLiteral("-n"), kNs, QStringLiteral("-o"),
                                                QStringLiteral("jsonpath={.data.postgres-password}")});
        QVERIFY(secret.ok() && !secret.out.isEmpty());
        QCOMPARE(secret.out, original.out);
        // No chart or values file is left behind.
        QVERIFY(QDir(path(QStringLiteral("tmp"))).entryList({QStringLiteral("chartroom-restore-*")}, QDir::Dirs).isEmpty());
    }

    void execDropRunsTheCompensation()
    {
        damage();
        const QJsonObject fault{{QStringLiteral("dropAfterBytes"),
                                 QJsonObject{{QStringLiteral("pod"), kPod},
                                             {QStringLiteral("bytes"), 16384},
                                             {QStringLiteral("direction"), QStringLiteral("in")},
                                             {QStringLiteral("count"), 2}}}};
        // Every exec into the pod takes one count: the safety backup's dump (no stdin, so it
        // passes) takes the first, the restore's stream the second.
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/faults"), QJsonDocument(fault).toJson()));
        const CommandResult r = restore({QStringLiteral("--yes")});
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/faults"), "{}"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Compensating"), r.err.right(3000).constData());
        QVERIFY2(r.err.contains("restore the safety backup"), r.err.right(3000).constData());
        QVERIFY2(r.out.contains("Compensation: succeeded"), r.out.constData());
        QVERIFY2(r.out.contains("Restore failed"), r.out.constData());
        QVERIFY2(r.out.contains("failed     Restore pg-dumpall"), r.out.constData());
        QVERIFY2(r.out.contains("not run    Wait until"), r.out.constData());
        // The safety backup the compensation names is there, verified, and holds the damaged state.
        const qsizetype at = r.err.indexOf("restore the safety backup ");
        QVERIFY(at >= 0);
        const QString safetyId = QString::fromUtf8(r.err.mid(at + 26).split('.').first());
        auto repository = backup::BackupRepository::open(m_repo);
        const auto safety = repository->find(safetyId);
        QVERIFY2(safety && safety->state == backup::BackupState::Verified, qPrintable(safetyId));
        // Restoring again (the fault is gone) brings the data back.
        const CommandResult again = restore({QStringLiteral("--yes"), QStringLiteral("--no-safety-backup"),
                                             QStringLiteral("--confirm-no-safety-backup=main-db")});
        QVERIFY2(again.ok(), qPrintable(again.describe() + QString::fromUtf8(again.err.right(3000))));
        const QStringList after = m_pg.digest();
        QVERIFY2(after == m_original, qPrintable(test::digestDifference(m_original, after)));
    }

    void readinessNeverReachedFailsWithinTheTimeout()
    {
        // The release is gone from `stuck`: the restore reinstalls it, and its StatefulSet never
        // becomes ready. The wait fails after --rollout-timeout, not later, and nothing else runs.
        const QString ns = QStringLiteral("stuck");
        const QJsonObject fault{{QStringLiteral("stuck"), QJsonArray{QStringLiteral("stuck/main-db-postgresql")}}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/faults"), QJsonDocument(fault).toJson()));
        const qsizetype execsBefore = execHistory().size();
        QElapsedTimer timer;
        timer.start();
        const CommandResult r = restore({QStringLiteral("--target-namespace"), ns, QStringLiteral("--rollout-timeout"),
                                         QStringLiteral("5"), QStringLiteral("--yes")});
        const qint64 elapsed = timer.elapsed();
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/faults"), R"({"stuck": null})"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(elapsed < 60000, qPrintable(QString::number(elapsed)));
        QVERIFY2(r.out.contains("failed     Wait until statefulset/main-db-postgresql is ready"), r.out.constData());
        QVERIFY2(r.out.contains("timed out") || r.out.contains("exceeded"), r.out.constData());
        QVERIFY2(r.out.contains("not run    Restore pg-dumpall"), r.out.constData());
        QVERIFY2(r.out.contains("Compensation: succeeded"), r.out.constData());
        QVERIFY2(r.err.contains("helm uninstall main-db --namespace stuck"), r.err.right(3000).constData());
        QCOMPARE(execHistory().size(), execsBefore); // no data went anywhere
    }

    void cloneUnderAnotherReleaseName()
    {
        // main-db-copy in the same namespace: its own objects ({fullname} = main-db-copy-postgresql),
        // reinstalled from the backup's chart, its Secret renamed from the backup's, the data in.
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), QStringLiteral("data/main-db-copy-postgresql-0")},
                               {QStringLiteral("container"), QStringLiteral("postgresql")}, {QStringLiteral("paths"), paths}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson()));
        auto revision = [this](const QString &release) {
            const CommandResult r = test::runCommand({helmBinary(), QStringLiteral("list"), QStringLiteral("-n"), kNs,
                                                      QStringLiteral("-o"), QStringLiteral("json")}, {}, 60000, m_env);
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
                if (v.toObject().value(QStringLiteral("name")).toString() == release)
                    return v.toObject().value(QStringLiteral("revision")).toVariant().toString();
            return QString();
        };
        const QString originalRevision = revision(QStringLiteral("main-db"));
        damage();
        const CommandResult preview = restore({QStringLiteral("--target-release"), QStringLiteral("main-db-copy")});
        QVERIFY2(preview.ok(), qPrintable(preview.describe() + QString::fromUtf8(preview.err)));
        QVERIFY2(preview.out.contains("into homelab/data/main-db-copy (clone)"), preview.out.constData());
        QVERIFY2(preview.out.contains("rollout status statefulset/main-db-copy-postgresql"), preview.out.constData());
        QVERIFY2(preview.out.contains("names main-db-postgresql… become main-db-copy-postgresql…"), preview.out.constData());
        const CommandResult r = restore({QStringLiteral("--target-release"), QStringLiteral("main-db-copy"), QStringLiteral("--yes")});
        QVERIFY2(r.ok(), qPrintable(r.describe() + QString::fromUtf8(r.out) + QString::fromUtf8(r.err.right(4000))));
        const QStringList after = m_pg.digest();
        QVERIFY2(after == m_original, qPrintable(test::digestDifference(m_original, after)));
        QCOMPARE(revision(QStringLiteral("main-db-copy")), QStringLiteral("1"));
        QCOMPARE(revision(QStringLiteral("main-db")), originalRevision); // the original is untouched
        auto secretField = [this](const QString &name, const QString &jsonpath) {
            return kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), kNs, QStringLiteral("-o"),
                            QStringLiteral("jsonpath=") + jsonpath}).out;
        };
        const QByteArray copied = secretField(QStringLiteral("main-db-copy-postgresql-secret"), QStringLiteral("{.data.postgres-password}"));
        QVERIFY(!copied.isEmpty());
        QCOMPARE(copied, secretField(QStringLiteral("main-db-postgresql-secret"), QStringLiteral("{.data.postgres-password}")));
        QCOMPARE(secretField(QStringLiteral("main-db-copy-postgresql-secret"), QStringLiteral("{.metadata.labels.app\\.kubernetes\\.io/instance}")),
                 QByteArray("main-db-copy"));
        QCOMPARE(secretField(QStringLiteral("main-db-copy-postgresql-secret"), QStringLiteral("{.metadata.annotations.meta\\.helm\\.sh/release-name}")),
                 QByteArray("main-db-copy"));
        // Both at once: another namespace and another name, previewed.
        const CommandResult both = restore({QStringLiteral("--target-namespace"), QStringLiteral("elsewhere"),
                                            QStringLiteral("--target-release"), QStringLiteral("ledger")});
        QVERIFY2(both.ok(), qPrintable(both.describe() + QString::fromUtf8(both.err)));
        QVERIFY2(both.out.contains("into homelab/elsewhere/ledger (clone)"), both.out.constData());
        QVERIFY2(both.out.contains("Reinstall ledger from the backup's Helm record"), both.out.constData());
        QVERIFY2(both.out.contains("names main-db-postgresql… become ledger-postgresql…"), both.out.constData());
        QVERIFY2(both.out.contains("rollout status statefulset/ledger-postgresql"), both.out.constData());
        // --no-safety-backup is confirmed with the name of the release that is overwritten.
        QCOMPARE(restore({QStringLiteral("--target-release"), QStringLiteral("main-db-copy"), QStringLiteral("--no-safety-backup"),
                          QStringLiteral("--confirm-no-safety-backup=main-db")}).exitCode, 2);
    }

    void noSafetyBackupNeedsTheReleaseName()
    {
        const CommandResult r = restore({QStringLiteral("--no-safety-backup"), QStringLiteral("--confirm-no-safety-backup=other")});
        QCOMPARE(r.exitCode, 2);
    }

    void wrongPassphrase()
    {
        const CommandResult r = restore({QStringLiteral("--yes")}, "not the passphrase");
        QCOMPARE(r.exitCode, 3);
    }

    void corruptArtifactIsRefusedBeforeTheCluster()
    {
        auto repository = backup::BackupRepository::open(m_repo);
        const auto record = repository->find(m_backupId);
        QVERIFY(record && record->manifest);
        QVERIFY(test::flipByteInComponent(*record, QStringLiteral("pg-dumpall")));
        damage();
        const QStringList damaged = m_pg.digest();
        const qsizetype execsBefore = execHistory().size();
        const qsizetype backupsBefore = repository->list().size();
        const CommandResult r = restore({QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("not run"), r.out.constData());
        QCOMPARE(execHistory().size(), execsBefore); // no exec at all, so nothing streamed in
        QCOMPARE(repository->list().size(), backupsBefore); // not even the safety backup ran
        QCOMPARE(m_pg.digest(), damaged);
        QCOMPARE(repository->find(m_backupId)->state, backup::BackupState::Bad);
        // Now listed as bad, it is refused outright, preview included.
        QCOMPARE(restore({}).exitCode, 1);
    }

    void compensationScalesTheWorkloadBack()
    {
        backup::ClusterTools tools;
        tools.commands = kube::ToolCommands(kTools + QStringLiteral("/helm"), 3, kTools + QStringLiteral("/kubectl"));
        tools.environment = m_env;
        const QString workload = QStringLiteral("statefulset/main-db-postgresql");
        auto replicas = [this, &workload] {
            return kubectl({QStringLiteral("get"), workload, QStringLiteral("-n"), kNs, QStringLiteral("-o"),
                            QStringLiteral("jsonpath={.spec.replicas}")}).out.trimmed();
        };
        auto state = std::make_shared<backup::RestoreState>();
        backup::RestoreScaleJob down(QStringLiteral("Quiesce"), tools, kContext, kNs, workload,
                                     backup::RestoreScaleJob::Direction::Down, state);
        QSignalSpy downDone(&down, &jobs::Job::finished);
        down.start();
        QVERIFY(downDone.wait(60000));
        QVERIFY2(down.state() == jobs::JobState::Succeeded, qPrintable(down.errorString()));
        QCOMPARE(state->originalReplicas.value(workload), 1);
        QCOMPARE(replicas(), QByteArray("0"));

        // The restore failed after the quiesce: the compensation brings the replicas back.
        backup::RestoreCompensationJob compensation(tools, kContext, kNs, true, state);
        QStringList output;
        connect(&compensation, &jobs::Job::outputReceived, this,
                [&output](jobs::OutputChannel, const QString &line) { output.append(line); });
        QSignalSpy done(&compensation, &jobs::Job::finished);
        state->safetyBackupId = QStringLiteral("20261126T000000Z-abcdef");
        compensation.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(compensation.state() == jobs::JobState::Succeeded, qPrintable(compensation.errorString()));
        QCOMPARE(replicas(), QByteArray("1"));
        QVERIFY(state->resumed.contains(workload));
        QVERIFY2(output.join(u'\n').contains(QStringLiteral("restore the safety backup 20261126T000000Z-abcdef")),
                 qPrintable(output.join(u'\n')));
        QVERIFY(compensation.commandLines().size() == 1);
    }

    void cleanupTestCase()
    {
        m_pg.stop();
        m_kube.stop();
    }
};

QTEST_GUILESS_MAIN(tst_RestoreCli)
#include "tst_restorecli.moc"
