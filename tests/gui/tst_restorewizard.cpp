// The restore wizard against the Kubernetes API test server, whose host-backed pod runs a real
// PostgreSQL, with the pinned helm and kubectl: backups taken through the job queue into an
// encrypted repository, the data damaged, then the whole wizard walked by object names (a bad
// backup cannot be chosen, the safety backup needs the typed name to be skipped, nothing runs
// before the typed confirmation) and the content digest compared after the run; a restore that
// fails half way shows where it stopped and what its compensation did; and the "Restore…"
// action's reason when there is nothing to restore; and a restore drill started from the GUI
// (preview, keychain key, run, result against the RTO, recorded for the inventory).
#include "dbservers.h"
#include "fakesecretstore.h"
#include "guitesting.h"
#include "kubesimprocess.h"
#include "runtime.h"
#include "testsupport.h"

#include "fleet/fleettreeview.h"
#include "fleet/fleetworkspace.h"
#include "mainwindow/fleetpage.h"
#include "mainwindow/mainwindow.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "restore/drilldialog.h"
#include "restore/restorewizard.h"

#include "backup/backupplan.h"
#include "backup/drillrecord.h"
#include "backup/backuprepository.h"
#include "jobs/jobqueue.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace chartroom;
using chartroom::test::CommandResult;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/data/charts");
const QString kNs = QStringLiteral("data");
const QString kContext = QStringLiteral("homelab");
const QString kRelease = QStringLiteral("main-db");
const QString kKey = QStringLiteral("homelab/data/main-db");
const QString kPod = QStringLiteral("data/main-db-postgresql-0");
const QByteArray kPassphrase = "restore wizard passphrase";

} // namespace

class tst_RestoreWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/restorewizard-XXXXXX")};
    test::KubeSimProcess m_kube;
    test::PostgresServer m_pg;
    QProcessEnvironment m_env;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ui::MainWindow> m_window;
    test::FakeSecretStore m_secrets;
    QString m_repo;
    QStringList m_original;
    QString m_goodId;
    QString m_badId;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    static void screenshot(QWidget *widget, const QString &name)
    {
        test::saveScreenshot(widget, QStringLiteral("restore-") + name);
    }
    template<typename T> static T *child(QWidget *parent, const char *name) { return test::child<T>(parent, name); }

    CommandResult kubectl(const QStringList &args)
    {
        return test::runCommand(QStringList{kTools + QStringLiteral("/kubectl-1.35.2")} + args, {}, 60000, m_env);
    }

    int execCount()
    {
        return int(QJsonDocument::fromJson(test::kubesimAdminJson(m_kube.url(), "GET", QStringLiteral("/__test/exec/history")))
                       .object()
                       .value(QStringLiteral("items"))
                       .toArray()
                       .size());
    }

    void damage()
    {
        const CommandResult r = m_pg.psql(QStringLiteral("app"), QStringLiteral("DROP TABLE IF EXISTS items;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(m_pg.digest() != m_original);
    }

    const inventory::Release *scannedRelease() const
    {
        for (const inventory::Release &r : m_runtime->scanner().fleet().releases)
            if (r.key() == kKey)
                return &r;
        return nullptr;
    }

    QString backUp()
    {
        auto repository = backup::BackupRepository::open(m_repo);
        if (!repository)
            return {};
        auto key = repository->unlock(kPassphrase);
        if (!key)
            return {};
        backup::BackupPlan plan(*repository, m_runtime->catalog(), {*scannedRelease()});
        jobs::Job *job = m_runtime->queue().enqueue(plan.makeJob(m_runtime->clusterTools(), key.value(), 2),
                                                    jobs::JobOptions{0, kContext});
        QSignalSpy done(job, &jobs::Job::finished);
        if (!done.wait(180000) || job->state() != jobs::JobState::Succeeded) {
            qWarning() << "backup failed:" << job->errorString();
            return {};
        }
        return repository->list(kKey).last().id;
    }

    /// Selects the release in the inventory and waits until the Restore… action knows its backups.
    void selectRelease(const QString &key)
    {
        ui::FleetWorkspace *workspace = m_window->fleetPage()->workspace();
        const QModelIndex index = workspace->proxy()->mapFromSource(workspace->model()->indexOfRelease(key));
        QVERIFY(index.isValid());
        workspace->tree()->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kTools + QStringLiteral("/helm-3.17.3")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        if (!test::PostgresServer::available())
            QSKIP("PostgreSQL 15 is needed (packaging/dev/bootstrap.sh installs it)");
        Q_INIT_RESOURCE(resources);
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString base = test::isolateEnvironment();
        qputenv("HOME", (base + QStringLiteral("/home")).toLocal8Bit());
        qputenv("CHARTROOM_HELM", (kTools + QStringLiteral("/helm-3.17.3")).toLocal8Bit());
        qputenv("CHARTROOM_KUBECTL", (kTools + QStringLiteral("/kubectl-1.35.2")).toLocal8Bit());
        QVERIFY2(m_kube.start(m_dir.path(), kContext), qPrintable(m_kube.errorString()));
        qputenv("KUBECONFIG", m_kube.kubeconfig().toLocal8Bit());
        m_env = QProcessEnvironment::systemEnvironment();

        // A PostgreSQL release whose pod's database is a real server on this host.
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), kNs}).ok());
        const CommandResult installed = test::runCommand(
            {kTools + QStringLiteral("/helm-3.17.3"), QStringLiteral("install"), kRelease,
             kCharts + QStringLiteral("/postgresql-0.4.0"), QStringLiteral("-n"), kNs},
            {}, 120000, m_env);
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        QVERIFY(m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=20")));
        const CommandResult secret =
            kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("main-db-postgresql-secret"),
                     QStringLiteral("-n"), kNs, QStringLiteral("-o"), QStringLiteral("jsonpath={.data.postgres-password}")});
        const QString password = QString::fromUtf8(QByteArray::fromBase64(secret.out.trimmed()));
        QVERIFY(!password.isEmpty());
        QVERIFY2(m_pg.start(path(QStringLiteral("pg")), password), qPrintable(m_pg.errorString()));
        CommandResult r = m_pg.psql(QStringLiteral("postgres"),
                                    QStringLiteral("CREATE ROLE app_owner LOGIN PASSWORD 'app-owner-pw'; "
                                                   "CREATE DATABASE app OWNER app_owner;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = m_pg.psql(QStringLiteral("app"),
                      QStringLiteral("CREATE TABLE items (id serial PRIMARY KEY, name text, payload bytea);"
                                     "INSERT INTO items (name, payload) SELECT 'item ' || g, decode(md5(g::text), 'hex') "
                                     "FROM generate_series(1, 2000) g;"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), kPod},
                               {QStringLiteral("container"), QStringLiteral("postgresql")},
                               {QStringLiteral("paths"), paths}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson()));
        m_original = m_pg.digest();

        Runtime::Options options;
        options.settingsFile = path(QStringLiteral("chartroom.ini"));
        options.journalDir = path(QStringLiteral("journal"));
        options.fleetCacheFile = path(QStringLiteral("fleet-cache.json"));
        m_runtime = std::make_unique<Runtime>(options);
        m_runtime->settings().setAutoRefreshMinutes(0);
        m_repo = path(QStringLiteral("repo"));
        m_runtime->setBackupRepositoryLocation(m_repo); // not created yet
        m_window = std::make_unique<ui::MainWindow>(*m_runtime);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy scanned(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
        m_window->checkTools();
        QVERIFY(scanned.wait(120000));
        QVERIFY(scannedRelease());
        QVERIFY(!scannedRelease()->profileId.isEmpty());
    }

    void restoreActionNeedsBackups()
    {
        QAction *action = m_window->restoreAction();
        QVERIFY(action);
        selectRelease(kKey);
        // No repository yet.
        QTRY_VERIFY_WITH_TIMEOUT(m_runtime->backupsLoaded(), 10000);
        QTRY_VERIFY(action->toolTip().contains(QStringLiteral("no backups at")));
        QVERIFY(!action->isEnabled());

        // The repository, encrypted with a passphrase the keychain keeps; then two backups, the
        // newer of which fails its verification.
        backup::BackupRepository::InitOptions init;
        init.keyMode = backup::RepositoryConfig::KeyMode::Passphrase;
        init.passphrase = kPassphrase;
        init.kdf.n = 1 << 10; // the real cost is ~0.5 s per unlock; the format is the same
        auto repository = backup::BackupRepository::init(m_repo, init);
        QVERIFY(repository);
        m_secrets.entries.insert(repository->secretName(), kPassphrase);
        m_goodId = backUp();
        QVERIFY(!m_goodId.isEmpty());
        QTest::qWait(1100); // backup ids have a one-second resolution
        m_badId = backUp();
        QVERIFY(!m_badId.isEmpty() && m_badId != m_goodId);
        backup::VerificationRecord bad;
        bad.verifiedAt = QDateTime::currentDateTimeUtc();
        bad.ok = false;
        bad.error = QStringLiteral("checksum mismatch in pg-dumpall.sql.zst");
        QVERIFY(repository->writeVerification(*repository->find(m_badId), bad));
        QSignalSpy changed(m_runtime.get(), &Runtime::backupsChanged);
        m_runtime->refreshBackups();
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("Restore main-db")), qPrintable(action->toolTip()));

        // The same action in the toolbar, the Release menu and the inventory's context menu.
        QVERIFY(child<QWidget>(m_window.get(), "mainToolBar")->actions().contains(action));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("releaseMenu"))->actions().contains(action));
        ui::FleetWorkspace *workspace = m_window->fleetPage()->workspace();
        bool offered = false;
        QTimer::singleShot(0, this, [&offered, action] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            offered = menu && menu->actions().contains(action);
            if (menu)
                menu->close();
        });
        Q_EMIT workspace->tree()->customContextMenuRequested(
            workspace->tree()->visualRect(workspace->tree()->currentIndex()).center());
        QVERIFY(offered);
    }

    void walkTheWholeWizard()
    {
        QVERIFY(!m_goodId.isEmpty());
        damage();
        const QStringList damaged = m_pg.digest();
        auto repository = backup::BackupRepository::open(m_repo);
        const qsizetype backupsBefore = repository->list().size();

        selectRelease(kKey);
        m_window->restoreAction()->trigger();
        auto *wizard = m_window->findChild<ui::RestoreWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        wizard->setSecretStore(&m_secrets);
        wizard->resize(980, 660);

        // 1. Release: the inventory's selection, preselected.
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::ReleasePage));
        auto *releases = child<QTreeWidget>(wizard, "releaseTree");
        QTRY_VERIFY_WITH_TIMEOUT(releases->currentItem(), 10000);
        QCOMPARE(releases->currentItem()->text(0), kKey);
        QCOMPARE(releases->currentItem()->text(1), QStringLiteral("installed"));
        screenshot(wizard, QStringLiteral("release"));
        wizard->next();

        // 2. Restore point: the bad newest backup is greyed with its reason, the good one offered.
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::PointPage));
        auto *points = child<QTreeWidget>(wizard, "restorePointTree");
        QCOMPARE(points->topLevelItemCount(), 2);
        QTreeWidgetItem *badItem = points->topLevelItem(0);
        QCOMPARE(badItem->text(4), m_badId);
        QVERIFY(!(badItem->flags() & Qt::ItemIsEnabled));
        QVERIFY2(badItem->text(5).contains(QStringLiteral("checksum mismatch")), qPrintable(badItem->text(5)));
        QCOMPARE(points->currentItem()->text(4), m_goodId);
        QVERIFY(points->currentItem()->text(1).contains(QStringLiteral("within the RPO")));
        QVERIFY(child<QLabel>(wizard, "restorePointNoteLabel")->text().contains(QStringLiteral("previous good backup, ") + m_goodId));
        QVERIFY(child<QLabel>(wizard, "rpoLabel")->text().contains(QStringLiteral("RPO")));
        // A click on the bad one does not choose it.
        QTest::mouseClick(points->viewport(), Qt::LeftButton, {}, points->visualItemRect(badItem).center());
        QCOMPARE(points->currentItem()->text(4), m_goodId);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        screenshot(wizard, QStringLiteral("point"));
        wizard->next();

        // 3. Target: in place; skipping the safety backup needs the release's name typed.
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::TargetPage));
        QVERIFY(child<QRadioButton>(wizard, "targetInPlaceRadio")->isChecked());
        auto *safety = child<QCheckBox>(wizard, "safetyBackupCheck");
        QVERIFY(safety->isChecked());
        auto *safetyConfirm = child<QLineEdit>(wizard, "safetyConfirmEdit");
        QVERIFY(!safetyConfirm->isVisible());
        safety->click();
        QVERIFY(safetyConfirm->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(safetyConfirm, QStringLiteral("main-d"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(safetyConfirm, QStringLiteral("b"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        screenshot(wizard, QStringLiteral("target-no-safety-backup"));
        safety->click(); // keep the safety backup after all
        QVERIFY(!safetyConfirm->isVisible());
        // A clone needs a valid namespace other than the release's own.
        auto *ns = child<QLineEdit>(wizard, "targetNamespaceEdit");
        QTest::keyClicks(ns, QStringLiteral("Bad_Name"));
        QVERIFY(child<QRadioButton>(wizard, "targetCloneRadio")->isChecked());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        ns->clear();
        child<QRadioButton>(wizard, "targetInPlaceRadio")->click();
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();

        // 4. Preview: every step and its commands; nothing has run.
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::PreviewPage));
        auto *preview = child<QPlainTextEdit>(wizard, "previewText");
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), 30000);
        const QString text = preview->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Verify backup ") + m_goodId), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Safety backup of homelab/data/main-db")));
        QVERIFY(text.contains(QStringLiteral("exec --stdin POD --container postgresql -- sh -c")));
        QVERIFY(text.contains(QStringLiteral("rollout status statefulset/main-db-postgresql")));
        QVERIFY(!child<QLabel>(wizard, "previewProblemLabel")->isVisible());
        QVERIFY(child<QLabel>(wizard, "previewStatusLabel")->text().contains(QStringLiteral("is installed")));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        screenshot(wizard, QStringLiteral("preview"));
        const int execsBefore = execCount();
        wizard->next();

        // 5. Confirmation: Restore stays disabled until the release's name is typed.
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::ConfirmPage));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(wizard, "unlockStatusLabel")->text().contains(QStringLiteral("Unlocked")), 20000);
        QVERIFY(!child<QLineEdit>(wizard, "unlockPassphraseEdit")->isVisible());
        QVERIFY(child<QLabel>(wizard, "confirmSummaryLabel")->text().contains(QStringLiteral("overwritten")));
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QVERIFY(!commit->isEnabled());
        auto *confirm = child<QLineEdit>(wizard, "confirmReleaseEdit");
        QTest::keyClicks(confirm, QStringLiteral("main-DB"));
        QVERIFY(!commit->isEnabled());
        confirm->clear();
        QTest::keyClicks(confirm, kRelease);
        QVERIFY(commit->isEnabled());
        screenshot(wizard, QStringLiteral("confirm"));
        // Nothing touched the cluster or the repository so far.
        QCOMPARE(execCount(), execsBefore);
        QCOMPARE(m_pg.digest(), damaged);
        QCOMPARE(repository->list().size(), backupsBefore);

        // 6. Run: through the job queue, step by step.
        const qsizetype queued = m_runtime->queue().jobs().size();
        commit->click();
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->session().job, 10000);
        QCOMPARE(m_runtime->queue().jobs().size(), queued + 1);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 240000);
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded,
                 qPrintable(wizard->session().job->errorString()));
        auto *steps = child<QTreeWidget>(wizard, "runStepsTree");
        QVERIFY(steps->topLevelItemCount() >= 5);
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("succeeded"));
        QVERIFY(!child<QPlainTextEdit>(wizard, "runLog")->toPlainText().isEmpty());
        screenshot(wizard, QStringLiteral("run"));

        // The data is back, exactly.
        const QStringList after = m_pg.digest();
        QVERIFY2(after == m_original, qPrintable(test::digestDifference(m_original, after)));

        // 7. Result: the RTO comparison, the health checks, the safety backup.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::RestoreWizard::ResultPage));
        QVERIFY(child<QLabel>(wizard, "resultHeadlineLabel")->text().contains(QStringLiteral("was restored from backup ") + m_goodId));
        const QString rto = child<QLabel>(wizard, "rtoLabel")->text();
        QVERIFY2(rto.contains(QStringLiteral("Measured restore time")) && rto.contains(QStringLiteral("Within the RTO of")),
                 qPrintable(rto));
        const QString health = child<QLabel>(wizard, "healthLabel")->text();
        QVERIFY2(health.contains(QStringLiteral("passed")), qPrintable(health));
        const QList<backup::BackupRecord> records = repository->list(kKey);
        QCOMPARE(records.size(), backupsBefore + 1);
        QCOMPARE(wizard->session().safetyBackupId, records.last().id);
        QVERIFY(child<QLabel>(wizard, "resultAdviceLabel")->text().contains(records.last().id));
        screenshot(wizard, QStringLiteral("result"));
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::RestoreWizard *>()); // deleted on close
    }

    void failedRestoreShowsTheCompensation()
    {
        QVERIFY(!m_goodId.isEmpty());
        damage();
        // The restore's stream into the pod is cut after 16 KiB (no safety backup: it is the only exec with stdin).
        const QJsonObject fault{{QStringLiteral("dropAfterBytes"),
                                 QJsonObject{{QStringLiteral("pod"), kPod},
                                             {QStringLiteral("bytes"), 16384},
                                             {QStringLiteral("direction"), QStringLiteral("in")},
                                             {QStringLiteral("count"), 1}}}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/faults"), QJsonDocument(fault).toJson()));
        const auto clearFault = qScopeGuard([this] { m_kube.admin("POST", QStringLiteral("/__test/exec/faults"), "{}"); });

        m_secrets.available = false;
        const auto keychainBack = qScopeGuard([this] { m_secrets.available = true; });
        ui::RestoreWizard wizard(*m_runtime, {*scannedRelease()}, m_window.get());
        wizard.setSecretStore(&m_secrets);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(&wizard, "releaseTree")->currentItem(), 10000);
        wizard.next();
        // The safety backup of the last restore is the newest good one now; choose the original.
        auto *points = child<QTreeWidget>(&wizard, "restorePointTree");
        QCOMPARE(points->topLevelItemCount(), 3);
        const QList<QTreeWidgetItem *> good = points->findItems(m_goodId, Qt::MatchExactly, 4);
        QCOMPARE(good.size(), 1);
        QTest::mouseClick(points->viewport(), Qt::LeftButton, {}, points->visualItemRect(good.first()).center());
        QCOMPARE(points->currentItem(), good.first());
        wizard.next();
        child<QCheckBox>(&wizard, "safetyBackupCheck")->click();
        QTest::keyClicks(child<QLineEdit>(&wizard, "safetyConfirmEdit"), kRelease);
        wizard.next();
        auto *preview = child<QPlainTextEdit>(&wizard, "previewText");
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), 30000);
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("Safety backup")));
        wizard.next();
        QVERIFY(child<QLabel>(&wizard, "confirmSummaryLabel")->text().contains(QStringLiteral("No safety backup")));
        // Without a keychain the passphrase is asked for; a wrong one is refused and asked again.
        QTest::keyClicks(child<QLineEdit>(&wizard, "confirmReleaseEdit"), kRelease);
        auto *status = child<QLabel>(&wizard, "unlockStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("unavailable")), 20000);
        auto *passphrase = child<QLineEdit>(&wizard, "unlockPassphraseEdit");
        QVERIFY(passphrase->isVisible());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&wizard, "confirmMessageLabel")->text().contains(QStringLiteral("does not unlock")), 20000);
        QCOMPARE(wizard.currentId(), int(ui::RestoreWizard::ConfirmPage));
        QVERIFY(!wizard.session().job);
        passphrase->clear();
        QTest::keyClicks(passphrase, QString::fromUtf8(kPassphrase));
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::RestoreWizard::RunPage), 20000);
        QVERIFY(m_secrets.calls.filter(QStringLiteral("write")).isEmpty()); // the passphrase was not stored
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 240000);
        QCOMPARE(wizard.session().job->state(), jobs::JobState::Failed);
        wizard.next();
        QVERIFY(child<QLabel>(&wizard, "resultHeadlineLabel")->text().contains(QStringLiteral("failed")));
        const QString advice = child<QLabel>(&wizard, "resultAdviceLabel")->text();
        QVERIFY2(advice.contains(QStringLiteral("It stopped at step")) && advice.contains(QStringLiteral("Restore pg-dumpall")),
                 qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("The compensation succeeded")), qPrintable(advice));
        QVERIFY(advice.contains(QStringLiteral("No safety backup was taken")));
        auto *steps = child<QTreeWidget>(&wizard, "resultStepsTree");
        QVERIFY(steps->findItems(QStringLiteral("Compensation"), Qt::MatchStartsWith).size() == 1);
        QVERIFY(!steps->findItems(QStringLiteral("not run"), Qt::MatchExactly, 1).isEmpty());
        const QString rto = child<QLabel>(&wizard, "rtoLabel")->text();
        QVERIFY2(rto.contains(QStringLiteral("did not complete")) && !rto.contains(QStringLiteral("Within")), qPrintable(rto));
        screenshot(&wizard, QStringLiteral("result-failed"));
        wizard.accept();
    }

    void cloneUnderAnotherName()
    {
        QVERIFY(!m_goodId.isEmpty());
        // The clone's pod is backed by the same PostgreSQL once the chart is installed under the new name.
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), QStringLiteral("dr-test/copy-db-postgresql-0")},
                               {QStringLiteral("container"), QStringLiteral("postgresql")},
                               {QStringLiteral("paths"), paths}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson()));
        damage();

        ui::RestoreWizard wizard(*m_runtime, {*scannedRelease()}, m_window.get());
        wizard.setSecretStore(&m_secrets);
        wizard.resize(980, 660);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(&wizard, "releaseTree")->currentItem(), 10000);
        wizard.next();
        auto *points = child<QTreeWidget>(&wizard, "restorePointTree");
        const QList<QTreeWidgetItem *> good = points->findItems(m_goodId, Qt::MatchExactly, 4);
        QCOMPARE(good.size(), 1);
        points->setCurrentItem(good.first());
        wizard.next();
        // Another namespace and another release name; an invalid name is refused.
        auto *release = child<QLineEdit>(&wizard, "targetReleaseEdit");
        QTest::keyClicks(release, QStringLiteral("Copy_DB"));
        QVERIFY(child<QRadioButton>(&wizard, "targetCloneRadio")->isChecked());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(&wizard, "targetProblemLabel")->text().contains(QStringLiteral("release name")));
        release->clear();
        QTest::keyClicks(release, QStringLiteral("copy-db"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "targetNamespaceEdit"), QStringLiteral("dr-test"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("target-clone"));
        wizard.next();
        auto *preview = child<QPlainTextEdit>(&wizard, "previewText");
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), 30000);
        const QString text = preview->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("into homelab/dr-test/copy-db (clone)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Reinstall")));
        QVERIFY(child<QLabel>(&wizard, "previewStatusLabel")->text().contains(QStringLiteral("not installed")));
        wizard.next();
        // Nothing is overwritten: no name to type, only the key.
        QVERIFY(!child<QLineEdit>(&wizard, "confirmReleaseEdit")->isVisible());
        QVERIFY(child<QLabel>(&wizard, "confirmSummaryLabel")->text().contains(QStringLiteral("dr-test/copy-db")));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 20000);
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 240000);
        QVERIFY2(wizard.session().job->state() == jobs::JobState::Succeeded,
                 qPrintable(wizard.session().job->errorString()));
        const QStringList after = m_pg.digest();
        QVERIFY2(after == m_original, qPrintable(test::digestDifference(m_original, after)));
        wizard.next();
        QVERIFY(child<QLabel>(&wizard, "resultHeadlineLabel")->text().contains(QStringLiteral("dr-test/copy-db was restored")));
        QVERIFY(child<QLabel>(&wizard, "rtoLabel")->text().contains(QStringLiteral("RTO")));
        const CommandResult status = test::runCommand({kTools + QStringLiteral("/helm-3.17.3"), QStringLiteral("status"),
                                                       QStringLiteral("copy-db"), QStringLiteral("-n"), QStringLiteral("dr-test")},
                                                      {}, 60000, m_env);
        QVERIFY2(status.ok() && status.out.contains("STATUS: deployed"), qPrintable(status.describe()));
        wizard.accept();
    }

    void drillFromTheGui()
    {
        selectRelease(kKey);
        QAction *action = m_window->fleetPage()->drillAction();
        QTRY_VERIFY2(action->isEnabled(), qPrintable(action->toolTip()));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("releaseMenu"))->actions().contains(action));
        const qsizetype drillsBefore = backup::loadDrills(m_repo).size();
        const int execsBefore = execCount();

        action->trigger();
        auto *dialog = m_window->findChild<ui::DrillDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->setSecretStore(&m_secrets);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), 10000);
        const QString ns = dialog->plan()->scratchNamespace();
        QVERIFY2(ns.startsWith(QStringLiteral("chartroom-drill-main-db-")), qPrintable(ns));
        // The preview: the backup, the scratch namespace, every step down to the teardown.
        const QString preview = child<QPlainTextEdit>(dialog, "drillPreview")->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("Delete the scratch namespace ") + ns), qPrintable(preview));
        QVERIFY2(preview.contains(dialog->plan()->backup().id), qPrintable(preview));
        const QString summary = child<QLabel>(dialog, "drillSummaryLabel")->text();
        QVERIFY2(summary.contains(ns) && summary.contains(QStringLiteral("RTO of 1 h")), qPrintable(summary));
        // The key comes from the keychain; nothing has run yet.
        auto *start = child<QPushButton>(dialog, "startDrillButton");
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
        QCOMPARE(execCount(), execsBefore);
        QVERIFY(!kubectl({QStringLiteral("get"), QStringLiteral("namespace"), ns}).ok());
        screenshot(dialog, QStringLiteral("drill-preview"));

        // The scratch pod's database is the same real server.
        QJsonObject paths;
        paths.insert(QStringLiteral("/var/run/postgresql"), m_pg.socketDir());
        const QJsonObject body{{QStringLiteral("pod"), QString(ns + QStringLiteral("/main-db-postgresql-0"))},
                               {QStringLiteral("container"), QStringLiteral("postgresql")},
                               {QStringLiteral("paths"), paths}};
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson()));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog->job());
        QVERIFY(!start->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isFinished(), 300000);
        QVERIFY2(dialog->job()->state() == jobs::JobState::Succeeded, qPrintable(dialog->job()->errorString()));
        const QString result = child<QLabel>(dialog, "drillResultLabel")->text();
        QVERIFY2(result.contains(QStringLiteral("Within the RTO of 1 h")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("The namespace %1 is being deleted").arg(ns)), qPrintable(result));
        screenshot(dialog, QStringLiteral("drill-result"));

        // Recorded like a drill from chartroom-cli, and the inventory's drill columns follow.
        const QList<backup::DrillRecord> drills = backup::loadDrills(m_repo);
        QCOMPARE(drills.size(), drillsBefore + 1);
        QCOMPARE(drills.last().releaseKey, kKey);
        QCOMPARE(drills.last().backupId, dialog->plan()->backup().id);
        QVERIFY(drills.last().ok);
        QTRY_VERIFY_WITH_TIMEOUT(!m_runtime->backupIndex()->drills(kKey).isEmpty(), 10000);
        QVERIFY2(!kubectl({QStringLiteral("get"), QStringLiteral("namespace"), ns}).out.contains("Active"),
                 "the scratch namespace is deleted (or terminating)");
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<ui::DrillDialog *>());
    }

    void restoreActionDisabledWithoutBackups()
    {
        // A fleet whose only release was never backed up.
        ui::FleetWorkspace *workspace = m_window->fleetPage()->workspace();
        const inventory::Fleet fleet = test::homegrownFleet();
        const inventory::Release &homegrown = fleet.releases.first();
        workspace->model()->setFleet(fleet, true);
        selectRelease(homegrown.key());
        QAction *action = m_window->restoreAction();
        QTRY_VERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("There are no backups of homegrown in")),
                 qPrintable(action->toolTip()));
        m_window->showRestoreWizard(); // refused while disabled
        QVERIFY(!m_window->findChild<ui::RestoreWizard *>());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_runtime.reset();
        m_pg.stop();
        m_kube.stop();
    }
};

QTEST_MAIN(tst_RestoreWizard)
#include "tst_restorewizard.moc"
