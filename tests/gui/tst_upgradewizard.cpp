// The upgrade wizard against the Kubernetes API test server with the pinned helm 4 and kubectl and
// the versioned test chart (webapp 1.0.0 → 2.0.0, with a user profile that offers every strategy
// and a post-upgrade check): the Upgrade… action's reasons, then the whole wizard walked by object
// names: a values file that changes the Deployment's selector is flagged as an immutable field
// change and blocks Next until it is acknowledged; with the release's own values over the new
// defaults a rolling upgrade from the local chart runs through the job queue, leaves revision 2 on
// webapp 2.0.0 and records its checkpoint; the result's one-click rollback brings webapp 1.0.0
// back as revision 3; the History tab lists both. A blue-green upgrade switches the Service to
// web-green, the Result page counts the observation down, Retire needs the name typed, and Switch
// back restores the original selector. A release left in pending-upgrade is recovered from the
// wizard's Recover page; edited values reach helm on stdin (no file); a maintenance window counts
// down, changes nothing when canceled while waiting and runs once it opens; helm 3 runs --atomic;
// a Helm repository served over HTTP offers its versions and the newer one is installed from it;
// with a repository the backup gate takes a verified backup before the upgrade.
#include "dbservers.h"
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
#include "upgrade/upgradewizard.h"

#include "backup/backuprepository.h"
#include "jobs/jobqueue.h"
#include "kube/parsers/helmhistory.h"
#include "upgrade/releasesourcestore.h"
#include "upgrade/upgradecheckpoint.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace chartroom;
using chartroom::test::child;
using chartroom::test::CommandResult;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/upgrade/charts/");
const QString kHelm = kTools + QStringLiteral("/helm-4.1.4");
const QString kContext = QStringLiteral("sim");
const QString kNs = QStringLiteral("shop");
const QString kRelease = QStringLiteral("web");
const QString kKey = QStringLiteral("sim/shop/web");
const QString kBlueGreenNs = QStringLiteral("bluegreen");
const QString kStuckNs = QStringLiteral("stuck");
const QString kValuesNs = QStringLiteral("values");
const QString kWindowNs = QStringLiteral("window");
const QString kHelm3Ns = QStringLiteral("helm3");
const QString kGateNs = QStringLiteral("gate");
const QString kRepoNs = QStringLiteral("repo");

// The test chart's profile: every canonical strategy, a backup recipe that needs no exec and a
// post-upgrade check the test server's pods answer.
const char kWebappProfile[] = R"(id: webapp
displayName: Web app (test chart)
category: application
rpo: 1h
stateful: false
pods:
  selector: 'app.kubernetes.io/name=webapp,app.kubernetes.io/instance={release}'
  container: web
  workload: 'deployment/{release}'
backup:
  - id: helm-values
    kind: helm-values
    fileName: '{release}-values.yaml'
  - id: config
    kind: config-export
    fileName: '{release}-config.yaml'
    order: 1
    objects: ['configmap/{release}-config']
postUpgradeChecks:
  - id: answers
    description: The web container answers
    argv: [sh, '-c', 'echo ok']
upgradeStrategies:
  - {id: rolling, downtime: none, description: Rolling update}
  - {id: in-place, downtime: none, description: Values only}
  - {id: blue-green, downtime: none, description: Blue-green}
  - {id: maintenance-window, downtime: 1 minute, description: Maintenance window}
)";

} // namespace

class tst_UpgradeWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/upgradewizard-XXXXXX")};
    test::KubeSimProcess m_kube;
    QProcessEnvironment m_env;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_isolated; ///< the state, data and config folders' root

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    QList<kube::HelmRevision> history(const QString &ns = kNs, const QString &release = kRelease)
    {
        const CommandResult r = test::runCommand({kHelm, QStringLiteral("history"), release, QStringLiteral("-n"), ns,
                                                  QStringLiteral("--kube-context"), kContext, QStringLiteral("-o"), QStringLiteral("json")},
                                                 {}, 60000, m_env);
        const auto parsed = kube::parseHelmHistory(r.out);
        return parsed ? *parsed : QList<kube::HelmRevision>();
    }

    CommandResult helm(const QStringList &arguments)
    {
        return test::runCommand(QStringList{kHelm} + arguments + QStringList{QStringLiteral("--kube-context"), kContext}, {}, 120000, m_env);
    }

    bool installWeb(const QString &ns)
    {
        const CommandResult installed = helm({QStringLiteral("install"), kRelease, kCharts + QStringLiteral("webapp-1.0.0"), QStringLiteral("-n"), ns,
                                              QStringLiteral("--create-namespace"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                                              QStringLiteral("60s")});
        if (!installed.ok())
            qWarning("%s", qPrintable(installed.describe()));
        return installed.ok();
    }

    QJsonObject serviceSelector(const QString &ns)
    {
        const CommandResult out = test::runCommand({kTools + QStringLiteral("/kubectl-1.35.2"), QStringLiteral("--context"), kContext,
                                                    QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("service"), kRelease,
                                                    QStringLiteral("-o"), QStringLiteral("json")},
                                                   {}, 60000, m_env);
        return out.ok() ? QJsonDocument::fromJson(out.out).object()[u"spec"][u"selector"].toObject() : QJsonObject();
    }

    ui::UpgradeWizard *openWizard(const QString &key)
    {
        selectRow(key);
        QAction *action = m_window->fleetPage()->upgradeAction();
        if (!QTest::qWaitFor([action] { return action->isEnabled(); }, 10000))
            return nullptr;
        action->trigger();
        auto *wizard = m_window->findChild<ui::UpgradeWizard *>();
        if (wizard)
            wizard->resize(1100, 720);
        return wizard;
    }

    /// Release → Source (a local chart) → Values (the release's values over the new defaults, or
    /// `editedValues` as an edited values file) → Preview → Strategy (`strategy`, set up by
    /// `configure`): leaves the wizard on the Backup page.
    void walkToBackupPage(ui::UpgradeWizard *wizard, const QString &key, const QString &chart, const QString &strategy,
                          const std::function<void()> &configure = {}, const QString &editedValues = {})
    {
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ReleasePage));
        QCOMPARE(child<QTreeWidget>(wizard, "releaseTree")->currentItem()->text(0), key);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::SourcePage));
        child<QRadioButton>(wizard, "sourceLocalRadio")->click();
        child<QLineEdit>(wizard, "localChartEdit")->setText(kCharts + chart);
        QVERIFY(next->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ValuesPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        if (!editedValues.isEmpty()) {
            auto *mode = child<QComboBox>(wizard, "valuesModeCombo");
            mode->setCurrentIndex(mode->findData(int(upgrade::ValuesMode::ValuesFile)));
            child<QPlainTextEdit>(wizard, "valuesEditor")->setPlainText(editedValues);
            QVERIFY2(next->isEnabled(), qPrintable(child<QLabel>(wizard, "valuesValidationLabel")->text()));
        }
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::PreviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::StrategyPage));
        child<QRadioButton>(wizard, qPrintable(QStringLiteral("strategyRadio_") + strategy))->click();
        if (configure)
            configure();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::BackupPage));
    }

    /// On the Backup page: skip the gate with the release's name typed, then on to Review.
    void skipBackup(ui::UpgradeWizard *wizard)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(wizard, "latestBackupLabel")->text().startsWith(QStringLiteral("Reading")), 10000);
        child<QCheckBox>(wizard, "skipBackupCheck")->click();
        QTest::keyClicks(child<QLineEdit>(wizard, "skipBackupConfirmEdit"), kRelease);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ReviewPage));
    }

    /// walkToBackupPage(), then the gate skipped: the Review page's text.
    QString walkToReview(ui::UpgradeWizard *wizard, const QString &key, const QString &chart, const QString &strategy,
                         const std::function<void()> &configure = {}, const QString &editedValues = {})
    {
        walkToBackupPage(wizard, key, chart, strategy, configure, editedValues);
        if (!QTest::currentTestFailed())
            skipBackup(wizard);
        return QTest::currentTestFailed() ? QString() : child<QPlainTextEdit>(wizard, "reviewText")->toPlainText();
    }

    /// Review → Run (the upgrade through the job queue) until the Run page is complete.
    void runFromReview(ui::UpgradeWizard *wizard)
    {
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isEnabled());
        commit->click();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::RunPage));
        QVERIFY2(wizard->session().job, qPrintable(child<QLabel>(wizard, "runStatusLabel")->text()));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 300000);
    }

    void selectRow(const QString &key)
    {
        ui::FleetWorkspace *workspace = m_window->fleetPage()->workspace();
        const QModelIndex index = workspace->proxy()->mapFromSource(workspace->model()->indexOfRelease(key));
        QVERIFY(index.isValid());
        workspace->tree()->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kHelm))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        Q_INIT_RESOURCE(resources);
        QVERIFY(m_dir.isValid());
        const QString base = test::isolateEnvironment();
        m_isolated = base;
        QVERIFY(QDir().mkpath(base + QStringLiteral("/config/profiles")));
        QFile profile(base + QStringLiteral("/config/profiles/webapp.yaml"));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(kWebappProfile);
        profile.close();
        qputenv("HOME", (base + QStringLiteral("/home")).toLocal8Bit());
        qputenv("CHARTROOM_HELM", kHelm.toLocal8Bit());
        qputenv("CHARTROOM_KUBECTL", (kTools + QStringLiteral("/kubectl-1.35.2")).toLocal8Bit());
        QVERIFY2(m_kube.start(m_dir.path(), kContext), qPrintable(m_kube.errorString()));
        qputenv("KUBECONFIG", m_kube.kubeconfig().toLocal8Bit());
        m_env = QProcessEnvironment::systemEnvironment();

        for (const QString &ns : {kNs, kBlueGreenNs, kStuckNs, kValuesNs, kWindowNs, kHelm3Ns, kGateNs, kRepoNs})
            QVERIFY(installWeb(ns));
        // A helm killed while it waits for a rollout that never becomes ready leaves pending-upgrade.
        QProcess interrupted;
        interrupted.setProcessEnvironment(m_env);
        interrupted.start(kHelm, {QStringLiteral("upgrade"), kRelease, kCharts + QStringLiteral("webapp-2.0.0"), QStringLiteral("-n"), kStuckNs,
                                  QStringLiteral("--kube-context"), kContext, QStringLiteral("--set"), QStringLiteral("stuck=true"),
                                  QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("300s")});
        QVERIFY(interrupted.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(history(kStuckNs).size() == 2 && history(kStuckNs).last().status == QLatin1String("pending-upgrade"), 60000);
        interrupted.kill();
        QVERIFY(interrupted.waitForFinished(10000));

        Runtime::Options options;
        options.settingsFile = path(QStringLiteral("chartroom.ini"));
        options.journalDir = path(QStringLiteral("journal"));
        options.fleetCacheFile = path(QStringLiteral("fleet-cache.json"));
        m_runtime = std::make_unique<Runtime>(options);
        m_runtime->settings().setAutoRefreshMinutes(0);
        m_runtime->setBackupRepositoryLocation(path(QStringLiteral("repo"))); // none: the gate must be skipped
        m_window = std::make_unique<ui::MainWindow>(*m_runtime);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy scanned(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
        m_window->checkTools();
        QVERIFY(scanned.wait(120000));
    }

    void upgradeActionNeedsOneRelease()
    {
        QAction *action = m_window->fleetPage()->upgradeAction();
        QVERIFY(action);
        ui::FleetWorkspace *workspace = m_window->fleetPage()->workspace();
        workspace->tree()->setCurrentIndex({});
        QTRY_VERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(), QStringLiteral("Select a release to upgrade"));
        selectRow(kKey);
        QTRY_VERIFY(action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("Upgrade web")), qPrintable(action->toolTip()));
        QVERIFY(child<QWidget>(m_window.get(), "mainToolBar")->actions().contains(action));
    }

    void walkTheWizardThroughARollingUpgrade()
    {
        selectRow(kKey);
        m_window->fleetPage()->upgradeAction()->trigger();
        auto *wizard = m_window->findChild<ui::UpgradeWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        wizard->resize(1100, 720);
        QAbstractButton *next = wizard->button(QWizard::NextButton);

        // 1. Release: the inventory's selection.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ReleasePage));
        auto *releases = child<QTreeWidget>(wizard, "releaseTree");
        QVERIFY(releases->currentItem());
        QCOMPARE(releases->currentItem()->text(0), kKey);
        QCOMPARE(releases->currentItem()->text(1), QStringLiteral("webapp-1.0.0"));
        wizard->next();

        // 2. Source: nothing remembered yet; a local chart directory.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::SourcePage));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "sourceNoteLabel")->text().contains(QStringLiteral("does not know yet")), 10000);
        QVERIFY(!next->isEnabled());
        child<QRadioButton>(wizard, "sourceLocalRadio")->click();
        QVERIFY(!child<QComboBox>(wizard, "versionCombo")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(wizard, "localChartEdit"), kCharts + QStringLiteral("webapp-2.0.0"));
        QVERIFY(next->isEnabled());
        wizard->next();

        // 3. Values: gathered by a read-only job; an edited values file that adds to the selector.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ValuesPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        auto *defaults = child<QTreeWidget>(wizard, "changedDefaultsTree");
        QStringList changedPaths;
        for (int i = 0; i < defaults->topLevelItemCount(); ++i)
            changedPaths << defaults->topLevelItem(i)->text(0);
        QVERIFY2(changedPaths.contains(QStringLiteral("workers")), qPrintable(changedPaths.join(u',')));
        auto *mode = child<QComboBox>(wizard, "valuesModeCombo");
        mode->setCurrentIndex(mode->findData(int(upgrade::ValuesMode::ValuesFile)));
        auto *editor = child<QPlainTextEdit>(wizard, "valuesEditor");
        QVERIFY(!editor->isReadOnly());
        editor->setPlainText(QStringLiteral("component: [frontend"));
        QVERIFY2(child<QLabel>(wizard, "valuesValidationLabel")->text().startsWith(QStringLiteral("Not valid YAML")),
                 qPrintable(child<QLabel>(wizard, "valuesValidationLabel")->text()));
        QVERIFY(!next->isEnabled());
        editor->setPlainText(QStringLiteral("component: frontend\n"));
        QVERIFY(next->isEnabled());
        QVERIFY(child<QPlainTextEdit>(wizard, "proposedValuesText")->toPlainText().contains(QStringLiteral("component: frontend")));
        wizard->next();

        // 4. Preview: the selector change is flagged and blocks Next until acknowledged.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::PreviewPage));
        auto *risks = child<QTreeWidget>(wizard, "riskTree");
        auto *acknowledge = child<QCheckBox>(wizard, "acknowledgeRisksCheck");
        QTRY_VERIFY_WITH_TIMEOUT(acknowledge->isVisible(), 120000);
        QTreeWidgetItem *immutable = nullptr;
        for (int i = 0; i < risks->topLevelItemCount(); ++i)
            if (risks->topLevelItem(i)->data(0, Qt::UserRole).toString() == QStringLiteral("immutable-field"))
                immutable = risks->topLevelItem(i);
        QVERIFY(immutable);
        QCOMPARE(immutable->text(1), QStringLiteral("Deployment/web"));
        QCOMPARE(immutable->text(2), QStringLiteral("spec.selector"));
        QVERIFY(child<QLabel>(wizard, "blockingRiskLabel")->isVisible());
        QVERIFY(!next->isEnabled());
        acknowledge->click();
        QVERIFY(next->isEnabled());
        acknowledge->click();
        QVERIFY(!next->isEnabled());
        QCOMPARE(history().size(), 1); // nothing ran

        // Back to the values: the release's own values over the new defaults.
        wizard->back();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ValuesPage));
        mode->setCurrentIndex(mode->findData(int(upgrade::ValuesMode::ResetThenReuseValues)));
        QVERIFY(editor->isReadOnly());
        QVERIFY(next->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::PreviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        QVERIFY(!acknowledge->isVisible());
        QStringList kinds;
        for (int i = 0; i < risks->topLevelItemCount(); ++i)
            kinds << risks->topLevelItem(i)->data(0, Qt::UserRole).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("image-major"), QStringLiteral("rbac")}));
        QVERIFY(child<QLabel>(wizard, "previewStatusLabel")->text().contains(QStringLiteral("object(s) change")));
        QVERIFY(child<QPlainTextEdit>(wizard, "unifiedDiffText")->toPlainText().contains(QStringLiteral("+        image: nginx:2.0.1")) ||
                child<QPlainTextEdit>(wizard, "unifiedDiffText")->toPlainText().contains(QStringLiteral("nginx:2.0.1")));
        test::saveScreenshot(wizard, QStringLiteral("upgrade-preview"));
        wizard->next();

        // 5. Strategy: those the chart's profile documents, rolling first.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::StrategyPage));
        QVERIFY(child<QRadioButton>(wizard, "strategyRadio_rolling")->isChecked());
        QVERIFY(child<QRadioButton>(wizard, "strategyRadio_in-place"));
        QVERIFY(child<QRadioButton>(wizard, "strategyRadio_blue-green"));
        QVERIFY(child<QRadioButton>(wizard, "strategyRadio_maintenance-window"));
        QVERIFY(!child<QWidget>(wizard, "windowStartEdit")->isEnabled());
        wizard->next();

        // 6. Backup gate: no repository, so going on needs the release's name typed.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::BackupPage));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "latestBackupLabel")->text().contains(QStringLiteral("no verified backup")), 10000);
        QVERIFY(!next->isEnabled());
        child<QCheckBox>(wizard, "skipBackupCheck")->click();
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(child<QLineEdit>(wizard, "skipBackupConfirmEdit"), QStringLiteral("we"));
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(child<QLineEdit>(wizard, "skipBackupConfirmEdit"), QStringLiteral("b"));
        QVERIFY(next->isEnabled());
        wizard->next();

        // 7. Review: the exact commands; nothing has run.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ReviewPage));
        const QString review = child<QPlainTextEdit>(wizard, "reviewText")->toPlainText();
        QVERIFY2(review.contains(QStringLiteral("upgrade web ")) && review.contains(QStringLiteral("--rollback-on-failure")) &&
                     review.contains(QStringLiteral("--reset-then-reuse-values")) && review.contains(QStringLiteral("rollout status deployment/web")),
                 qPrintable(review));
        QVERIFY(!child<QLabel>(wizard, "reviewProblemLabel")->isVisible());
        QCOMPARE(history().size(), 1);
        test::saveScreenshot(wizard, QStringLiteral("upgrade-review"));

        // 8. Run: through the job queue.
        const qsizetype queued = m_runtime->queue().jobs().size();
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isEnabled());
        commit->click();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::RunPage));
        QVERIFY2(wizard->session().job, qPrintable(child<QLabel>(wizard, "runStatusLabel")->text()));
        QVERIFY(m_runtime->queue().jobs().size() > queued);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 300000);
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded, qPrintable(wizard->session().job->errorString()));
        auto *steps = child<QTreeWidget>(wizard, "runStepsTree");
        QVERIFY(steps->topLevelItemCount() >= 2);
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            QVERIFY2(steps->topLevelItem(i)->text(1) == QStringLiteral("succeeded"), qPrintable(steps->topLevelItem(i)->text(0)));

        // The cluster: revision 2 on the new chart.
        const QList<kube::HelmRevision> after = history();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.last().chart, QStringLiteral("webapp-2.0.0"));
        QCOMPARE(after.last().status, QStringLiteral("deployed"));

        // 9. Result: the new revision, the offered rollback; the checkpoint was recorded.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ResultPage));
        const QString summary = child<QLabel>(wizard, "resultSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("revision 1 → 2")), qPrintable(summary));
        QVERIFY(child<QPushButton>(wizard, "rollbackButton")->isVisible());
        QVERIFY(child<QPlainTextEdit>(wizard, "rollbackPreviewText")->toPlainText().contains(QStringLiteral("rollback web 1")));
        // The profile's post-upgrade check ran in the new pod and passed.
        auto *resultSteps = child<QTreeWidget>(wizard, "resultStepsTree");
        const QList<QTreeWidgetItem *> checks = resultSteps->findItems(QStringLiteral("Post-upgrade check answers"), Qt::MatchContains);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first()->text(1), QStringLiteral("succeeded"));
        const auto checkpoints = upgrade::UpgradeCheckpointStore(upgrade::UpgradeCheckpointStore::defaultPath()).list(kKey);
        QVERIFY(checkpoints);
        QCOMPARE(checkpoints->size(), 1);
        QCOMPARE(checkpoints->first().fromRevision, 1);
        QCOMPARE(checkpoints->first().toRevision, 2);
        QCOMPARE(checkpoints->first().outcome, QStringLiteral("succeeded"));
        QVERIFY(checkpoints->first().backupSkipped);
        // The source is remembered for the next upgrade.
        upgrade::ReleaseSourceStore sources(upgrade::ReleaseSourceStore::defaultPath());
        QVERIFY(sources.load());
        QVERIFY(sources.source(kKey));
        QCOMPARE(sources.source(kKey)->kind, upgrade::ChartSource::Kind::Local);
        test::saveScreenshot(wizard, QStringLiteral("upgrade-result"));

        // The one-click rollback: revision 3 on the old chart, recorded too.
        child<QPushButton>(wizard, "rollbackButton")->click();
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "rollbackStatusLabel")->text().startsWith(QStringLiteral("Rolled back")), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 10000);
        const QList<kube::HelmRevision> rolledBack = history();
        QCOMPARE(rolledBack.size(), 3);
        QCOMPARE(rolledBack.last().chart, QStringLiteral("webapp-1.0.0"));
        QCOMPARE(rolledBack.last().status, QStringLiteral("deployed"));
        const auto recorded = upgrade::UpgradeCheckpointStore(upgrade::UpgradeCheckpointStore::defaultPath()).list(kKey);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 2);
        QCOMPARE(recorded->last().operation, QStringLiteral("rollback"));
        QCOMPARE(recorded->last().toRevision, 3);
        QCOMPARE(recorded->last().outcome, QStringLiteral("succeeded"));
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
    }

    void historyListsTheCheckpoint()
    {
        // The release's History tab: helm's revisions, and Chartroom's record of the upgrade.
        selectRow(kKey);
        auto *tabs = child<QTabWidget>(m_window.get(), "detailTabs");
        tabs->setCurrentIndex(4); // History
        auto *revisions = child<QTreeWidget>(m_window.get(), "historyTable");
        QTRY_COMPARE_WITH_TIMEOUT(revisions->topLevelItemCount(), 3, 30000);
        auto *checkpoints = child<QTreeWidget>(m_window.get(), "upgradeCheckpointsTable");
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints->topLevelItemCount(), 2, 10000);
        QVERIFY(checkpoints->isVisible());
        // Newest first: the rollback, then the upgrade.
        QCOMPARE(checkpoints->topLevelItem(0)->text(1), QStringLiteral("rollback"));
        QCOMPARE(checkpoints->topLevelItem(0)->text(2), QStringLiteral("2 → 3"));
        QTreeWidgetItem *row = checkpoints->topLevelItem(1);
        QCOMPARE(row->text(1), QStringLiteral("upgrade (rolling)"));
        QCOMPARE(row->text(2), QStringLiteral("1 → 2"));
        QCOMPARE(row->text(4), QStringLiteral("skipped (confirmed)"));
        QCOMPARE(row->text(5), QStringLiteral("succeeded"));
    }

    void blueGreenSwitchBackAndRetireConfirmation()
    {
        const QString key = QStringLiteral("sim/%1/web").arg(kBlueGreenNs);
        const QJsonObject original = serviceSelector(kBlueGreenNs);
        QCOMPARE(original.value(u"app.kubernetes.io/instance").toString(), kRelease);
        ui::UpgradeWizard *wizard = openWizard(key);
        QVERIFY(wizard);
        const QString review = walkToReview(wizard, key, QStringLiteral("webapp-2.0.0"), QStringLiteral("blue-green"),
                         [wizard] { child<QSpinBox>(wizard, "observationSpin")->setValue(600); });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(review.contains(QStringLiteral("install web-green ")) && review.contains(QStringLiteral("patch service web ")) &&
                     review.contains(QStringLiteral("Observe for 600 s")),
                 qPrintable(review));
        runFromReview(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded, qPrintable(wizard->session().job->errorString()));

        // Green is installed beside blue and the Service selects it.
        const QList<kube::HelmRevision> green = history(kBlueGreenNs, QStringLiteral("web-green"));
        QCOMPARE(green.size(), 1);
        QCOMPARE(green.last().chart, QStringLiteral("webapp-2.0.0"));
        QCOMPARE(green.last().status, QStringLiteral("deployed"));
        QCOMPARE(history(kBlueGreenNs).size(), 1);
        QCOMPARE(serviceSelector(kBlueGreenNs).value(u"app.kubernetes.io/instance").toString(), QStringLiteral("web-green"));

        // Result: the observation counts down; both ways out are previewed.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ResultPage));
        QVERIFY(child<QWidget>(wizard, "blueGreenPanel")->isVisible());
        QVERIFY(!child<QPushButton>(wizard, "rollbackButton")->isVisible());
        auto *observation = child<QLabel>(wizard, "observationLabel");
        const QString first = observation->text();
        QVERIFY2(first.startsWith(QStringLiteral("Observation: ")) && first.contains(QStringLiteral(" left")), qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(observation->text() != first, 5000);
        QVERIFY2(observation->text().contains(QStringLiteral(" left")), qPrintable(observation->text()));
        const QString switchBack = child<QPlainTextEdit>(wizard, "switchBackPreviewText")->toPlainText();
        QVERIFY2(switchBack.contains(QStringLiteral("patch service web ")) &&
                     switchBack.contains(QStringLiteral(R"({"spec":{"selector":{"app.kubernetes.io/instance":"web"}}})")) &&
                     switchBack.contains(QStringLiteral("uninstall web-green ")),
                 qPrintable(switchBack));
        const QString retire = child<QPlainTextEdit>(wizard, "retireBluePreviewText")->toPlainText();
        QVERIFY2(retire.contains(QStringLiteral("get service web ")) && retire.contains(QStringLiteral("uninstall web ")) &&
                     retire.contains(QStringLiteral("create -f -")),
                 qPrintable(retire));
        test::saveScreenshot(wizard, QStringLiteral("upgrade-bluegreen-result"));

        // Retiring blue needs its name typed.
        auto *retireButton = child<QPushButton>(wizard, "retireBlueButton");
        auto *confirm = child<QLineEdit>(wizard, "retireConfirmEdit");
        QVERIFY(!retireButton->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("we"));
        QVERIFY(!retireButton->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("b"));
        QVERIFY(retireButton->isEnabled());
        confirm->clear();
        QVERIFY(!retireButton->isEnabled());

        // Switch back: the original selector, green gone, blue untouched.
        child<QPushButton>(wizard, "switchBackButton")->click();
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "blueGreenStatusLabel")->text().startsWith(QStringLiteral("Switched back")), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 10000);
        QCOMPARE(serviceSelector(kBlueGreenNs), original);
        QVERIFY(history(kBlueGreenNs, QStringLiteral("web-green")).isEmpty());
        QCOMPARE(history(kBlueGreenNs).last().status, QStringLiteral("deployed"));
        QCOMPARE(history(kBlueGreenNs).size(), 1);
        QVERIFY(!retireButton->isEnabled());
        QVERIFY(!child<QPushButton>(wizard, "switchBackButton")->isEnabled());
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
    }

    void stuckReleaseIsRecoveredInTheWizard()
    {
        const QString key = QStringLiteral("sim/%1/web").arg(kStuckNs);
        QCOMPARE(history(kStuckNs).last().status, QStringLiteral("pending-upgrade"));
        selectRow(key);
        QAction *action = m_window->fleetPage()->upgradeAction();
        QTRY_VERIFY(action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("stuck in pending-upgrade")), qPrintable(action->toolTip()));
        action->trigger();
        auto *wizard = m_window->findChild<ui::UpgradeWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        wizard->resize(1100, 720);

        // The wizard opens on the recovery: the plan first, nothing runs before the confirmation.
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::RecoverPage));
        auto *preview = child<QPlainTextEdit>(wizard, "recoverPreviewText");
        QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("rollback web 1 ")), 60000);
        QVERIFY2(preview->toPlainText().contains(QStringLiteral("stuck in pending-upgrade at revision 2")), qPrintable(preview->toPlainText()));
        QVERIFY(child<QLabel>(wizard, "recoverStatusLabel")->text().contains(QStringLiteral("back to revision 1")));
        auto *recover = child<QPushButton>(wizard, "recoverButton");
        QVERIFY(recover->isVisible());
        QVERIFY(!recover->isEnabled());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        test::saveScreenshot(wizard, QStringLiteral("upgrade-recover"));
        QCOMPARE(history(kStuckNs).size(), 2);

        child<QCheckBox>(wizard, "confirmRecoverCheck")->click();
        QVERIFY(recover->isEnabled());
        recover->click();
        auto *outcome = child<QLabel>(wizard, "recoverOutcomeLabel");
        QTRY_VERIFY_WITH_TIMEOUT(outcome->text().contains(QStringLiteral(" is at revision ")), 120000);
        QVERIFY2(outcome->text().startsWith(QStringLiteral("Recovered to revision 1")) &&
                     outcome->text().contains(QStringLiteral("is at revision 3 (webapp-1.0.0, deployed)")),
                 qPrintable(outcome->text()));
        const QList<kube::HelmRevision> after = history(kStuckNs);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.last().status, QStringLiteral("deployed"));
        QCOMPARE(after.last().chart, QStringLiteral("webapp-1.0.0"));

        // Deployed again: the upgrade goes on from here, and the inventory no longer shows it stuck.
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::SourcePage));
        QCOMPARE(wizard->session().request.release.status, QStringLiteral("deployed"));
        wizard->reject();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
        QTRY_VERIFY_WITH_TIMEOUT(action->toolTip().startsWith(QStringLiteral("Upgrade web")), 60000);
    }

    void editedValuesReachHelmOnStdin()
    {
        // Chartroom's own temporary files land in a folder of their own for this case.
        QTemporaryDir tmp(m_dir.path() + QStringLiteral("/tmpdir-XXXXXX"));
        QVERIFY(tmp.isValid());
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", tmp.path().toLocal8Bit());
        auto restoreTmp = qScopeGuard([oldTmp] { qputenv("TMPDIR", oldTmp); });
        QCOMPARE(QDir::tempPath(), tmp.path());

        const QString secret = QStringLiteral("s3cr3t-stdin-4711");
        const QString key = QStringLiteral("sim/%1/web").arg(kValuesNs);
        ui::UpgradeWizard *wizard = openWizard(key);
        QVERIFY(wizard);
        const QString review = walkToReview(wizard, key, QStringLiteral("webapp-2.0.0"), QStringLiteral("rolling"), {},
                         QStringLiteral("message: edited-through-stdin\npassword: %1\n").arg(secret));
        if (QTest::currentTestFailed())
            return;
        // The commands say -f -; the values are shown with the secret masked.
        QVERIFY2(review.contains(QStringLiteral("--reset-values -f - ")) && review.contains(QStringLiteral("message: edited-through-stdin")) &&
                     review.contains(QStringLiteral("password: ***")) && !review.contains(secret),
                 qPrintable(review));
        runFromReview(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded, qPrintable(wizard->session().job->errorString()));
        // No values file was written (checked while the wizard, which would own one, is still open).
        const QStringList leftovers = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
        wizard->next();
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());

        // helm got the edited values.
        const CommandResult values = helm({QStringLiteral("get"), QStringLiteral("values"), kRelease, QStringLiteral("-n"), kValuesNs,
                                           QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(values.ok(), qPrintable(values.describe()));
        const QJsonObject landed = QJsonDocument::fromJson(values.out).object();
        QCOMPARE(landed.value(u"message").toString(), QStringLiteral("edited-through-stdin"));
        QCOMPARE(landed.value(u"password").toString(), secret);
        QCOMPARE(history(kValuesNs).last().chart, QStringLiteral("webapp-2.0.0"));

        // The secret is in no file of the test's folders (settings, journal, logs, state).
        for (const QString &root : {m_dir.path(), m_isolated}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }

    void repositorySourceOffersItsVersions()
    {
        // A Helm repository over HTTP with both chart versions, known to the user's helm.
        const QString charts = path(QStringLiteral("chart-repo"));
        QVERIFY(QDir().mkpath(charts));
        for (const QString &chart : {QStringLiteral("webapp-1.0.0"), QStringLiteral("webapp-2.0.0")}) {
            const CommandResult packaged = test::runCommand({kHelm, QStringLiteral("package"), kCharts + chart, QStringLiteral("-d"), charts}, {}, 60000, m_env);
            QVERIFY2(packaged.ok(), qPrintable(packaged.describe()));
        }
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const CommandResult indexed = test::runCommand({kHelm, QStringLiteral("repo"), QStringLiteral("index"), charts, QStringLiteral("--url"), url}, {}, 60000, m_env);
        QVERIFY2(indexed.ok(), qPrintable(indexed.describe()));
        QProcess http;
        http.setProcessChannelMode(QProcess::MergedChannels);
        http.start(QStringLiteral(CHARTROOM_PYTHON), {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                                                      QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), charts});
        QVERIFY(http.waitForStarted());
        auto stopHttp = qScopeGuard([&http] {
            http.terminate();
            http.waitForFinished(5000);
        });
        const auto listening = [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening() || http.state() != QProcess::Running, 20000);
        QCOMPARE(http.state(), QProcess::Running);
        const CommandResult added = test::runCommand({kHelm, QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("testrepo"), url}, {}, 60000, m_env);
        QVERIFY2(added.ok(), qPrintable(added.describe()));

        const QString key = QStringLiteral("sim/%1/web").arg(kRepoNs);
        ui::UpgradeWizard *wizard = openWizard(key);
        QVERIFY(wizard);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::SourcePage));
        child<QRadioButton>(wizard, "sourceRepositoryRadio")->click();
        child<QLineEdit>(wizard, "repositoryChartEdit")->setText(QStringLiteral("testrepo/webapp"));
        child<QPushButton>(wizard, "findVersionsButton")->click();
        auto *versions = child<QComboBox>(wizard, "versionCombo");
        auto *note = child<QLabel>(wizard, "sourceNoteLabel");
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("is newer than the deployed")), 120000);
        QCOMPARE(versions->count(), 2);
        QCOMPARE(versions->itemData(0).toString(), QStringLiteral("2.0.0"));
        QCOMPARE(versions->itemData(1).toString(), QStringLiteral("1.0.0"));
        QVERIFY2(versions->itemText(1).contains(QStringLiteral("deployed")), qPrintable(versions->itemText(1)));
        QCOMPARE(versions->currentData().toString(), QStringLiteral("2.0.0"));
        QVERIFY2(note->text().startsWith(QStringLiteral("testrepo/webapp 2.0.0 is newer than the deployed 1.0.0")), qPrintable(note->text()));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::ValuesPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        QVERIFY(child<QPlainTextEdit>(wizard, "unifiedDiffText")->toPlainText().contains(QStringLiteral("nginx:2.0.1")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::StrategyPage));
        wizard->next();
        skipBackup(wizard);
        if (QTest::currentTestFailed())
            return;
        const QString review = child<QPlainTextEdit>(wizard, "reviewText")->toPlainText();
        QVERIFY2(review.contains(QStringLiteral("upgrade web testrepo/webapp --version 2.0.0 ")), qPrintable(review));
        runFromReview(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded, qPrintable(wizard->session().job->errorString()));
        QCOMPARE(history(kRepoNs).last().chart, QStringLiteral("webapp-2.0.0"));
        wizard->next();
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
        // Remembered for the next upgrade (and "upgrade available"): the repository and its URL.
        upgrade::ReleaseSourceStore sources(upgrade::ReleaseSourceStore::defaultPath());
        QVERIFY(sources.load());
        QVERIFY(sources.source(key));
        QCOMPARE(sources.source(key)->kind, upgrade::ChartSource::Kind::Repository);
        QCOMPARE(sources.source(key)->repository, QStringLiteral("testrepo"));
        QCOMPARE(sources.source(key)->chart, QStringLiteral("webapp"));
    }

    int replicas(const QString &ns)
    {
        const CommandResult out = test::runCommand({kTools + QStringLiteral("/kubectl-1.35.2"), QStringLiteral("--context"), kContext,
                                                    QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("deployment"), kRelease,
                                                    QStringLiteral("-o"), QStringLiteral("json")},
                                                   {}, 60000, m_env);
        return out.ok() ? QJsonDocument::fromJson(out.out).object()[u"spec"][u"replicas"].toInt(-1) : -1;
    }

    /// A maintenance-window upgrade whose window opens `seconds` from now, up to the Run page.
    ui::UpgradeWizard *startMaintenanceWindow(int seconds)
    {
        const QString key = QStringLiteral("sim/%1/web").arg(kWindowNs);
        ui::UpgradeWizard *wizard = openWizard(key);
        if (!wizard)
            return nullptr;
        const QDateTime opens = QDateTime::currentDateTime().addSecs(seconds);
        walkToBackupPage(wizard, key, QStringLiteral("webapp-2.0.0"), QStringLiteral("maintenance-window"),
                         [wizard, opens] { child<QDateTimeEdit>(wizard, "windowStartEdit")->setDateTime(opens); });
        if (QTest::currentTestFailed())
            return nullptr;
        [&] { QCOMPARE(wizard->session().request.windowStart, opens.toUTC()); }();
        skipBackup(wizard);
        if (QTest::currentTestFailed())
            return nullptr;
        const QString review = child<QPlainTextEdit>(wizard, "reviewText")->toPlainText();
        [&] { QVERIFY2(review.contains(QStringLiteral("Wait for the maintenance window")), qPrintable(review)); }();
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        commit->click();
        return QTest::currentTestFailed() ? nullptr : wizard;
    }

    void maintenanceWindowCanceledWhileWaitingChangesNothing()
    {
        ui::UpgradeWizard *wizard = startMaintenanceWindow(120);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::RunPage));
        auto *status = child<QLabel>(wizard, "runStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("The maintenance window opens in ")), 10000);
        const QString first = status->text();
        QTRY_VERIFY_WITH_TIMEOUT(status->text() != first, 5000); // counting down
        QVERIFY2(status->text().startsWith(QStringLiteral("The maintenance window opens in ")), qPrintable(status->text()));
        auto *steps = child<QTreeWidget>(wizard, "runStepsTree");
        QCOMPARE(steps->topLevelItem(0)->text(0), QStringLiteral("1. Wait for the maintenance window"));
        QTRY_COMPARE_WITH_TIMEOUT(steps->topLevelItem(0)->text(1), QStringLiteral("running"), 30000);

        child<QPushButton>(wizard, "cancelUpgradeButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 120000);
        QCOMPARE(wizard->session().job->state(), jobs::JobState::Canceled);
        QCOMPARE(history(kWindowNs).size(), 1);
        QCOMPARE(history(kWindowNs).last().chart, QStringLiteral("webapp-1.0.0"));
        QCOMPARE(replicas(kWindowNs), 1);
        wizard->next();
        QVERIFY2(child<QLabel>(wizard, "resultSummaryLabel")->text().contains(QStringLiteral("was canceled")),
                 qPrintable(child<QLabel>(wizard, "resultSummaryLabel")->text()));
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
    }

    void maintenanceWindowRunsWhenItOpens()
    {
        ui::UpgradeWizard *wizard = startMaintenanceWindow(8);
        QVERIFY(wizard);
        const QDateTime opens = wizard->session().request.windowStart;
        auto *status = child<QLabel>(wizard, "runStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("The maintenance window opens in ")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 300000);
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded, qPrintable(wizard->session().job->errorString()));
        const QList<kube::HelmRevision> after = history(kWindowNs);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.last().chart, QStringLiteral("webapp-2.0.0"));
        QVERIFY2(after.last().updated >= opens, qPrintable(after.last().updated.toString(Qt::ISODateWithMs)));
        QCOMPARE(replicas(kWindowNs), 1); // scaled to zero for the upgrade, then back
        wizard->next();
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
    }

    void backupGateTakesAVerifiedBackupFirst()
    {
        // From now on there is a repository, and this release has no backup in it: the gate takes one.
        backup::BackupRepository::InitOptions options;
        options.keyMode = backup::RepositoryConfig::KeyMode::None;
        const auto repository = backup::BackupRepository::init(path(QStringLiteral("repo")), options);
        QVERIFY2(repository, qPrintable(repository ? QString() : repository.error().message));
        const QString key = QStringLiteral("sim/%1/web").arg(kGateNs);
        QVERIFY(repository->list(key).isEmpty());
        ui::UpgradeWizard *wizard = openWizard(key);
        QVERIFY(wizard);
        walkToBackupPage(wizard, key, QStringLiteral("webapp-2.0.0"), QStringLiteral("rolling"));
        if (QTest::currentTestFailed())
            return;
        auto *decision = child<QLabel>(wizard, "backupDecisionLabel");
        QTRY_VERIFY_WITH_TIMEOUT(decision->text().startsWith(QStringLiteral("A fresh backup")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000); // nothing to unlock
        wizard->next();
        const QString review = child<QPlainTextEdit>(wizard, "reviewText")->toPlainText();
        QVERIFY2(review.contains(QStringLiteral("no verified backup: one is taken and verified first")), qPrintable(review));

        // The backup is the plan's first step, followed and cancellable on the Run page.
        wizard->button(QWizard::CommitButton)->click();
        QCOMPARE(wizard->currentId(), int(ui::UpgradeWizard::RunPage));
        auto *steps = child<QTreeWidget>(wizard, "runStepsTree");
        QVERIFY2(steps->topLevelItem(0)->text(0).startsWith(QStringLiteral("1. Back up gate/web")), qPrintable(steps->topLevelItem(0)->text(0)));
        QVERIFY(child<QPushButton>(wizard, "cancelUpgradeButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 300000);
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded, qPrintable(wizard->session().job->errorString()));
        QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("succeeded"));

        // A new verified backup of the release, and the upgrade after it.
        const QList<backup::BackupRecord> backups = repository->list(key);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().state, backup::BackupState::Verified);
        QCOMPARE(wizard->session().backupId, backups.first().id);
        QCOMPARE(history(kGateNs).last().chart, QStringLiteral("webapp-2.0.0"));
        QVERIFY(backups.first().time() <= history(kGateNs).last().updated);
        wizard->next();
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
        const auto checkpoints = upgrade::UpgradeCheckpointStore(upgrade::UpgradeCheckpointStore::defaultPath()).list(key);
        QVERIFY(checkpoints && checkpoints->size() == 1);
        QCOMPARE(checkpoints->first().backupId, backups.first().id);
        QVERIFY(!checkpoints->first().backupSkipped);
    }

    void helm3RollingUpgradeIsAtomic()
    {
        // The same wizard with helm 3: automatic rollback is --atomic there.
        qputenv("CHARTROOM_HELM", (kTools + QStringLiteral("/helm-3.17.3")).toLocal8Bit());
        QSignalSpy scanned(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
        m_window->checkTools();
        QVERIFY(scanned.wait(120000));
        QVERIFY2(m_runtime->clusterTools().helmVersion.contains(QStringLiteral("3.17.3")), qPrintable(m_runtime->clusterTools().helmVersion));
        const QString key = QStringLiteral("sim/%1/web").arg(kHelm3Ns);
        ui::UpgradeWizard *wizard = openWizard(key);
        QVERIFY(wizard);
        const QString review = walkToReview(wizard, key, QStringLiteral("webapp-2.0.0"), QStringLiteral("rolling"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(review.contains(QStringLiteral("helm-3.17.3 upgrade web ")) && review.contains(QStringLiteral("--atomic")) &&
                     !review.contains(QStringLiteral("--rollback-on-failure")),
                 qPrintable(review));
        runFromReview(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(wizard->session().job->state() == jobs::JobState::Succeeded, qPrintable(wizard->session().job->errorString()));
        const QList<kube::HelmRevision> after = history(kHelm3Ns);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.last().chart, QStringLiteral("webapp-2.0.0"));
        QCOMPARE(after.last().status, QStringLiteral("deployed"));
        wizard->next();
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::UpgradeWizard *>());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_runtime.reset();
    }
};

QTEST_MAIN(tst_UpgradeWizard)
#include "tst_upgradewizard.moc"
