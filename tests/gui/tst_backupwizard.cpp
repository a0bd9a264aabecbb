// The backup wizard against the Kubernetes API test server (the demo homelab) with the pinned
// helm and kubectl: releases whose profiles back up Helm values and config exports, into
// repositories the wizard creates (unencrypted, and encrypted with a passphrase), run through
// the job queue for real; the review before anything runs, the summary and report after, the
// RPO that follows, and the "Back up…" action's reason when nothing can be backed up.
#include "fakesecretstore.h"
#include "guitesting.h"
#include "kubesimprocess.h"
#include "runtime.h"
#include "testsupport.h"

#include "backup/backupcomponentspage.h"
#include "backup/backupsummarypage.h"
#include "backup/backupwizard.h"
#include "details/releasedetailspane.h"
#include "fleet/fleettreeview.h"
#include "fleet/fleetworkspace.h"
#include "mainwindow/fleetpage.h"
#include "mainwindow/mainwindow.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"

#include "backup/backuprepository.h"
#include "backup/releasebackupjob.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace chartroom;

namespace {

const inventory::Release *findRelease(const inventory::Fleet &fleet, const QString &name)
{
    for (const inventory::Release &r : fleet.releases)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace

class tst_BackupWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::KubeSimProcess m_homelab;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ui::MainWindow> m_window;
    test::FakeSecretStore m_secrets;

    static void screenshot(QWidget *widget, const QString &name)
    {
        test::saveScreenshot(widget, QStringLiteral("backup-") + name);
    }
    template<typename T> static T *child(QWidget *parent, const char *name) { return test::child<T>(parent, name); }

    /// The releases the wizard starts from: untiered first on purpose, and one nobody can back up.
    QList<inventory::Release> selection() const
    {
        const inventory::Fleet &fleet = m_runtime->scanner().fleet();
        QList<inventory::Release> releases;
        releases << *findRelease(fleet, QStringLiteral("node-exporter"))
                 << *findRelease(fleet, QStringLiteral("memcached"));
        inventory::Release homegrown = releases.last();
        homegrown.name = QStringLiteral("homegrown");
        homegrown.chart = QStringLiteral("homegrown-1.0.0");
        homegrown.chartName = QStringLiteral("homegrown");
        homegrown.profileId.clear();
        homegrown.tier.reset();
        releases << homegrown;
        return releases;
    }

    /// Scope → Components → Destination, with the repository path filled in.
    void walkToDestination(ui::BackupWizard &wizard, const QString &repository)
    {
        QCOMPARE(wizard.currentId(), int(ui::BackupWizard::ScopePage));
        auto *selectionRadio = child<QRadioButton>(&wizard, "scopeSelectionRadio");
        QVERIFY(selectionRadio && selectionRadio->isChecked());
        QVERIFY(child<QLabel>(&wizard, "scopeSummaryLabel")->text().contains(QStringLiteral("2 of 3")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::BackupWizard::ComponentsPage));
        auto *tree = child<QTreeWidget>(&wizard, "componentsTree");
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 3, 10000);
        // Tier order, the skipped release greyed with its reason.
        QVERIFY(tree->topLevelItem(0)->text(0).endsWith(QStringLiteral("/memcached")));
        QVERIFY(tree->topLevelItem(1)->text(0).endsWith(QStringLiteral("/node-exporter")));
        QTreeWidgetItem *skipped = tree->topLevelItem(2);
        QVERIFY(skipped->text(0).endsWith(QStringLiteral("/homegrown")));
        QVERIFY(!(skipped->flags() & Qt::ItemIsUserCheckable));
        QVERIFY2(skipped->text(ui::BackupComponentsPage::NoteColumn).contains(QStringLiteral("no chart profile")),
                 qPrintable(skipped->text(ui::BackupComponentsPage::NoteColumn)));
        QTreeWidgetItem *memcached = tree->topLevelItem(0);
        QCOMPARE(memcached->childCount(), 2);
        QCOMPARE(memcached->checkState(0), Qt::Checked);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::BackupWizard::DestinationPage));
        auto *path = child<QLineEdit>(&wizard, "repositoryPathEdit");
        path->clear();
        QTest::keyClicks(path, repository);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&wizard, "repositoryStatusLabel")->text().contains(QStringLiteral("no repository")), 10000);
        QVERIFY(child<QWidget>(&wizard, "newRepositoryGroup")->isVisible());
        QVERIFY(child<QRadioButton>(&wizard, "encryptPassphraseRadio")->isChecked()); // encryption on by default
    }

    /// Review → Run → Summary; `review` gets the review text.
    void reviewRunAndFinish(ui::BackupWizard &wizard, const QString &repository, QString *review)
    {
        const qsizetype before = m_runtime->queue().jobs().size();
        wizard.next(); // Destination validates asynchronously, then moves on by itself
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::BackupWizard::ReviewPage), 20000);
        *review = child<QPlainTextEdit>(&wizard, "reviewText")->toPlainText();
        screenshot(&wizard, QStringLiteral("review"));
        // Nothing has run, nothing was created.
        QCOMPARE(m_runtime->queue().jobs().size(), before);
        QVERIFY(!QDir(repository).exists());
        wizard.next(); // the commit button: start
        QCOMPARE(wizard.currentId(), int(ui::BackupWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session().job, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 120000);
        QVERIFY2(wizard.session().failure.isEmpty(), qPrintable(wizard.session().failure));
        QVERIFY(!child<QPlainTextEdit>(&wizard, "runLog")->toPlainText().isEmpty());
        screenshot(&wizard, QStringLiteral("run"));
        wizard.next();
        screenshot(&wizard, QStringLiteral("summary"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString tools = QStringLiteral(CHARTROOM_TOOLS_BIN);
        if (!QFile::exists(tools + QStringLiteral("/helm-3.17.3")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        Q_INIT_RESOURCE(resources);
        const QString base = test::isolateEnvironment();
        qputenv("HOME", (base + QStringLiteral("/home")).toLocal8Bit());
        qputenv("CHARTROOM_HELM", (tools + QStringLiteral("/helm-3.17.3")).toLocal8Bit());
        qputenv("CHARTROOM_KUBECTL", (tools + QStringLiteral("/kubectl-1.35.2")).toLocal8Bit());
        QVERIFY2(m_homelab.start(m_dir.path(), QStringLiteral("homelab"), QStringLiteral("demo-fleet.json")),
                 qPrintable(m_homelab.errorString()));
        qputenv("KUBECONFIG", m_homelab.kubeconfig().toLocal8Bit());

        Runtime::Options options;
        options.settingsFile = m_dir.filePath(QStringLiteral("chartroom.ini"));
        options.journalDir = m_dir.filePath(QStringLiteral("journal"));
        options.fleetCacheFile = m_dir.filePath(QStringLiteral("fleet-cache.json"));
        m_runtime = std::make_unique<Runtime>(options);
        m_runtime->settings().setAutoRefreshMinutes(0);
        m_window = std::make_unique<ui::MainWindow>(*m_runtime);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy scanned(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
        m_window->checkTools();
        QVERIFY(scanned.wait(120000));
        QVERIFY(findRelease(m_runtime->scanner().fleet(), QStringLiteral("memcached")));
        QVERIFY(findRelease(m_runtime->scanner().fleet(), QStringLiteral("node-exporter")));
    }

    void unencryptedRepository()
    {
        const QString repository = m_dir.filePath(QStringLiteral("plain-repo"));
        ui::BackupWizard wizard(*m_runtime, selection(), m_window.get());
        wizard.setSecretStore(&m_secrets);
        wizard.show();
        walkToDestination(wizard, repository);
        if (QTest::currentTestFailed())
            return;
        child<QRadioButton>(&wizard, "unencryptedRadio")->click();
        auto *warning = child<QLabel>(&wizard, "unencryptedWarningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("not stored")));
        QVERIFY(!child<QCheckBox>(&wizard, "rememberPassphraseCheck")->isVisible());
        screenshot(&wizard, QStringLiteral("destination-unencrypted"));

        QString review;
        reviewRunAndFinish(wizard, repository, &review);
        if (QTest::currentTestFailed())
            return;
        // Tier 4 before untiered, whatever the selection's order; the skipped one with its reason.
        const qsizetype memcached = review.indexOf(QStringLiteral("/memcached"));
        const qsizetype nodeExporter = review.indexOf(QStringLiteral("/node-exporter"));
        QVERIFY2(memcached > 0 && nodeExporter > memcached, qPrintable(review));
        QVERIFY(review.indexOf(QStringLiteral("Tier 4")) < memcached);
        QVERIFY(review.contains(QStringLiteral("homegrown: skipped")));
        QVERIFY(review.contains(QStringLiteral("Encryption: OFF")));
        QVERIFY(review.contains(QStringLiteral("a new repository")));
        QVERIFY(review.contains(QDir::toNativeSeparators(repository)));

        QCOMPARE(wizard.currentId(), int(ui::BackupWizard::SummaryPage));
        auto *summary = child<QTreeWidget>(&wizard, "summaryTree");
        QCOMPARE(summary->topLevelItemCount(), 3);
        QCOMPARE(summary->topLevelItem(0)->text(1), QStringLiteral("succeeded"));
        QCOMPARE(summary->topLevelItem(1)->text(1), QStringLiteral("succeeded"));
        QCOMPARE(summary->topLevelItem(2)->text(1), QStringLiteral("skipped"));
        QVERIFY(!summary->topLevelItem(0)->text(4).isEmpty()); // backup id

        // The report lies beside the backups and names every release.
        const QString report = wizard.session().reportPath;
        QVERIFY(report.startsWith(repository + QStringLiteral("/reports/")));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains(QStringLiteral("Encrypted: no")));
        QVERIFY(markdown.contains(QStringLiteral("homelab/db/memcached")));
        QVERIFY(markdown.contains(QStringLiteral("| skipped |")));

        // The repository holds verified backups, and the inventory's RPO now comes from them.
        auto opened = backup::BackupRepository::open(repository);
        QVERIFY(opened);
        QCOMPARE(opened->list().size(), 2);
        for (const backup::BackupRecord &record : opened->list())
            QCOMPARE(record.state, backup::BackupState::Verified);
        QCOMPARE(m_runtime->backupRepositoryLocation(), repository);
        QTRY_VERIFY_WITH_TIMEOUT(m_runtime->backupIndex()->backupCount() == 2, 10000);
        const inventory::Release *memcachedRelease =
            findRelease(m_runtime->scanner().fleet(), QStringLiteral("memcached"));
        QVERIFY(memcachedRelease->lastVerifiedBackup.has_value());
        const QModelIndex row = m_window->fleetPage()->workspace()->model()->indexOfRelease(memcachedRelease->key());
        QVERIFY(row.isValid());
        QVERIFY(row.siblingAtColumn(models::FleetTreeModel::LastBackupColumn).data().toString() != QStringLiteral("—"));
        wizard.accept();
    }

    void encryptedRepositoryWithPassphrase()
    {
        const QString repository = m_dir.filePath(QStringLiteral("sealed-repo"));
        artifact::KdfParameters cheap;
        cheap.n = 1 << 10; // the real cost is ~0.5 s per unlock; the format is the same
        {
            ui::BackupWizard wizard(*m_runtime, selection(), m_window.get());
            wizard.setSecretStore(&m_secrets);
            wizard.setKdfParameters(cheap);
            wizard.show();
            walkToDestination(wizard, repository);
            if (QTest::currentTestFailed())
                return;
            auto *passphrase = child<QLineEdit>(&wizard, "newPassphraseEdit");
            auto *confirm = child<QLineEdit>(&wizard, "confirmPassphraseEdit");
            QVERIFY(passphrase->echoMode() == QLineEdit::Password);
            QTest::keyClicks(passphrase, QStringLiteral("correct horse battery"));
            QTest::keyClicks(confirm, QStringLiteral("correct horse batter"));
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // they differ
            QTest::keyClicks(confirm, QStringLiteral("y"));
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            QVERIFY(child<QCheckBox>(&wizard, "rememberPassphraseCheck")->isChecked());
            screenshot(&wizard, QStringLiteral("destination-passphrase"));
            QString review;
            reviewRunAndFinish(wizard, repository, &review);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(review.contains(QStringLiteral("Encryption: on")), qPrintable(review));
            auto *summary = child<QTreeWidget>(&wizard, "summaryTree");
            QCOMPARE(summary->topLevelItem(0)->text(1), QStringLiteral("succeeded"));
            QCOMPARE(summary->topLevelItem(1)->text(1), QStringLiteral("succeeded"));
            wizard.accept();
        }
        auto opened = backup::BackupRepository::open(repository);
        QVERIFY(opened && opened->encrypted());
        // The passphrase went to the keychain, and only there.
        QCOMPARE(m_secrets.entries.value(opened->secretName()), QByteArray("correct horse battery"));
        QVERIFY(!QString::fromUtf8(QFile(m_dir.filePath(QStringLiteral("chartroom.ini"))).readAll())
                     .contains(QStringLiteral("horse")));
        for (const backup::BackupRecord &record : opened->list())
            QCOMPARE(record.state, backup::BackupState::Verified);

        // Again into the same repository: unlocked from the keychain without a question...
        {
            ui::BackupWizard wizard(*m_runtime, selection(), m_window.get());
            wizard.setSecretStore(&m_secrets);
            wizard.show();
            wizard.next();
            auto *tree = child<QTreeWidget>(&wizard, "componentsTree");
            QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 3, 10000);
            // ...with the last backup's size as the estimate.
            QVERIFY(!tree->topLevelItem(0)
                         ->text(ui::BackupComponentsPage::EstimateColumn)
                         .contains(QStringLiteral("no earlier")));
            screenshot(&wizard, QStringLiteral("components"));
            tree->topLevelItem(1)->setCheckState(0, Qt::Unchecked); // leave node-exporter out
            wizard.next();
            QTRY_VERIFY_WITH_TIMEOUT(
                child<QLabel>(&wizard, "unlockStatusLabel")->text().contains(QStringLiteral("Unlocked")), 20000);
            QVERIFY(!child<QLineEdit>(&wizard, "unlockPassphraseEdit")->isVisible());
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::BackupWizard::ReviewPage), 20000);
            QVERIFY(wizard.session().key.has_value());
            const QString review = child<QPlainTextEdit>(&wizard, "reviewText")->toPlainText();
            QVERIFY(review.contains(QStringLiteral("/memcached")));
            QVERIFY2(!review.contains(QStringLiteral("node-exporter")), qPrintable(review));
            // Back to the start and forward again: the choice is kept, the release still listed.
            wizard.back();
            wizard.back();
            wizard.back();
            QCOMPARE(wizard.currentId(), int(ui::BackupWizard::ScopePage));
            wizard.next();
            QCOMPARE(tree->topLevelItemCount(), 3);
            QCOMPARE(tree->topLevelItem(1)->checkState(0), Qt::Unchecked);
            QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
            wizard.reject(); // nothing runs
        }
        // ...and with no keychain at all, the passphrase is asked for and never stored.
        m_secrets.available = false;
        {
            ui::BackupWizard wizard(*m_runtime, selection(), m_window.get());
            wizard.setSecretStore(&m_secrets);
            wizard.show();
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(&wizard, "componentsTree")->topLevelItemCount(), 3, 10000);
            wizard.next();
            auto *status = child<QLabel>(&wizard, "unlockStatusLabel");
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("unavailable")), 10000);
            auto *passphrase = child<QLineEdit>(&wizard, "unlockPassphraseEdit");
            QVERIFY(passphrase->isVisible());
            QVERIFY(!child<QCheckBox>(&wizard, "rememberPassphraseCheck")->isEnabled());
            QTest::keyClicks(passphrase, QStringLiteral("wrong passphrase"));
            wizard.next();
            auto *message = child<QLabel>(&wizard, "destinationMessageLabel");
            QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("does not unlock")), 20000);
            QVERIFY(status->text().contains(QStringLiteral("unavailable"))); // still says why it asks
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());        // another try
            QVERIFY(!child<QCheckBox>(&wizard, "rememberPassphraseCheck")->isEnabled());
            screenshot(&wizard, QStringLiteral("destination-no-keychain"));
            QCOMPARE(wizard.currentId(), int(ui::BackupWizard::DestinationPage));
            passphrase->clear();
            QTest::keyClicks(passphrase, QStringLiteral("correct horse battery"));
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::BackupWizard::ReviewPage), 20000);
            wizard.reject();
        }
        m_secrets.available = true;
    }

    void keychainKeyAndCancelBeforeItRuns()
    {
        // Hold the cluster's only job slot, so the backup waits in the queue.
        m_runtime->queue().setMaxPerCluster(1);
        auto hold = std::make_unique<jobs::ProcessJob>(
            QStringLiteral("Hold the cluster"), CommandLine(QStringLiteral("/bin/sleep"), {QStringLiteral("60")}));
        QPointer<jobs::Job> holder = m_runtime->queue().enqueue(std::move(hold), {0, QStringLiteral("homelab")});
        QTRY_COMPARE_WITH_TIMEOUT(holder->state(), jobs::JobState::Running, 10000);
        const auto release = qScopeGuard([&] {
            if (holder)
                holder->cancel();
            m_runtime->applySettings();
        });

        const QString repository = m_dir.filePath(QStringLiteral("keyed-repo"));
        ui::BackupWizard wizard(*m_runtime, selection(), m_window.get());
        wizard.setSecretStore(&m_secrets);
        wizard.show();
        walkToDestination(wizard, repository);
        if (QTest::currentTestFailed())
            return;
        child<QRadioButton>(&wizard, "encryptKeychainRadio")->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::BackupWizard::ReviewPage), 20000);
        QVERIFY(child<QPlainTextEdit>(&wizard, "reviewText")
                    ->toPlainText()
                    .contains(QStringLiteral("kept in the OS keychain")));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.session().job, 20000);
        QPointer<jobs::Job> job = wizard.session().job;
        QCOMPARE(job->state(), jobs::JobState::Pending);

        // The new repository's random key went to the keychain, and it opens the repository.
        auto opened = backup::BackupRepository::open(repository);
        QVERIFY(opened && opened->encrypted());
        QVERIFY(m_secrets.entries.contains(opened->secretName()));
        QVERIFY(opened->unlock(m_secrets.entries.value(opened->secretName())));

        // Closing the wizard while the backup waits cancels it instead of abandoning it.
        wizard.reject();
        QVERIFY(wizard.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), jobs::JobState::Canceled, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        QVERIFY(child<QLabel>(&wizard, "runStatusLabel")->text().contains(QStringLiteral("Canceled")));
        wizard.next();
        auto *summary = child<QTreeWidget>(&wizard, "summaryTree");
        QCOMPARE(summary->topLevelItem(0)->text(ui::BackupSummaryPage::ResultColumn), QStringLiteral("not started"));
        QCOMPARE(summary->topLevelItem(1)->text(ui::BackupSummaryPage::ResultColumn), QStringLiteral("not started"));
        QVERIFY(opened->list().isEmpty());
        QVERIFY(holder && holder->state() == jobs::JobState::Running); // only the backup was canceled
    }

    void badLatestBackupShowsInTheDetailsPane()
    {
        // Corrupt the newest memcached backup in the plain repository and verify it again: Bad.
        const QString repository = m_dir.filePath(QStringLiteral("plain-repo"));
        QSignalSpy switched(m_runtime.get(), &Runtime::backupsChanged);
        m_runtime->setBackupRepositoryLocation(repository); // the encrypted test moved it
        QVERIFY(switched.wait(10000));
        auto opened = backup::BackupRepository::open(repository);
        QVERIFY(opened);
        const QList<backup::BackupRecord> records = opened->list(QStringLiteral("homelab/db/memcached"));
        QVERIFY(!records.isEmpty());
        const backup::BackupRecord latest = records.last();
        backup::VerificationRecord bad;
        bad.verifiedAt = QDateTime::currentDateTimeUtc();
        bad.ok = false;
        bad.error = QStringLiteral("checksum mismatch in memcached-config.yaml.zst");
        QVERIFY(opened->writeVerification(latest, bad));
        QSignalSpy changed(m_runtime.get(), &Runtime::backupsChanged);
        m_runtime->refreshBackups();
        QVERIFY(changed.wait(10000));

        ui::FleetWorkspace *workspace = m_window->fleetPage()->workspace();
        const QModelIndex index =
            workspace->proxy()->mapFromSource(workspace->model()->indexOfRelease(latest.releaseKey));
        QVERIFY(index.isValid());
        m_window->resize(1400, 900);
        workspace->tree()->setCurrentIndex(index);
        auto *overview = child<QTextBrowser>(workspace, "overviewBrowser");
        const QString html = overview->toHtml();
        QVERIFY2(overview->toPlainText().contains(QStringLiteral("Backups")), qPrintable(overview->toPlainText()));
        QVERIFY2(overview->toPlainText().contains(QStringLiteral("checksum mismatch")),
                 qPrintable(overview->toPlainText()));
        QVERIFY(overview->toPlainText().contains(QStringLiteral("latest backup failed its verification")));
        QVERIFY(html.contains(QStringLiteral("#da3633"), Qt::CaseInsensitive));
        QVERIFY(overview->toPlainText().contains(latest.id));
        QTest::qWait(50);
        overview->verticalScrollBar()->setValue(overview->verticalScrollBar()->maximum());
        screenshot(m_window.get(), QStringLiteral("details-bad-backup"));
    }

    void backupActionNeedsABackupableRelease()
    {
        ui::FleetPage *page = m_window->fleetPage();
        QAction *action = m_window->backupAction();
        ui::FleetWorkspace *workspace = page->workspace();
        workspace->tree()->setCurrentIndex({});
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(QStringLiteral("Select a release")));

        const QModelIndex memcached = workspace->proxy()->mapFromSource(
            workspace->model()->indexOfRelease(QStringLiteral("homelab/db/memcached")));
        workspace->tree()->setCurrentIndex(memcached);
        QVERIFY(action->isEnabled());
        // The inventory's context menu offers it on the row under the mouse.
        bool offered = false;
        QTimer::singleShot(0, this, [&offered, action] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            offered = menu && menu->objectName() == QStringLiteral("inventoryContextMenu") &&
                      menu->actions().contains(action);
            if (menu)
                menu->close();
        });
        Q_EMIT workspace->tree()->customContextMenuRequested(workspace->tree()->visualRect(memcached).center());
        QVERIFY(offered);
        // The action opens the wizard on the selection.
        action->trigger();
        auto *wizard = m_window->findChild<ui::BackupWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        QCOMPARE(wizard->session().selection.size(), 1);
        QCOMPARE(wizard->session().selection.first().name, QStringLiteral("memcached"));
        QVERIFY(child<QRadioButton>(wizard, "scopeSelectionRadio")->text().contains(QStringLiteral("memcached")));
        // A tier instead of the selection: the summary follows.
        child<QComboBox>(wizard, "scopeTierCombo")->setCurrentIndex(3);
        QVERIFY(child<QRadioButton>(wizard, "scopeTierRadio")->isChecked());
        QVERIFY(!child<QLabel>(wizard, "scopeSummaryLabel")->text().contains(QStringLiteral(" of 1 ")));
        wizard->reject();
        QTRY_VERIFY(!m_window->findChild<ui::BackupWizard *>()); // deleted on close

        // A fleet whose only release has no chart profile.
        const inventory::Fleet fleet = test::homegrownFleet();
        const inventory::Release &homegrown = fleet.releases.first();
        workspace->model()->setFleet(fleet, true);
        const QModelIndex row = workspace->proxy()->mapFromSource(workspace->model()->indexOfRelease(homegrown.key()));
        QVERIFY(row.isValid());
        workspace->tree()->setCurrentIndex(row);
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("no chart profile knows chart homegrown-1.0.0")),
                 qPrintable(action->toolTip()));
        // The same action sits in the toolbar and the Release menu.
        QVERIFY(child<QWidget>(m_window.get(), "mainToolBar")->actions().contains(action));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("releaseMenu"))->actions().contains(action));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_runtime.reset();
    }
};

QTEST_MAIN(tst_BackupWizard)
#include "tst_backupwizard.moc"
