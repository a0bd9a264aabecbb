// The RBAC review wizard against the Kubernetes API test server holding the demo fleet (whose
// grafana ServiceAccount is bound to cluster-admin by a hand-made ClusterRoleBinding), with the
// pinned helm and kubectl: "Review RBAC…" in the toolbar, Release menu and context menu; the whole
// wizard walked by object names (the inventory's release preselected, the collection as a job in
// the queue, the risky finding with its rule, binding and path); accepting it with a note persists
// in the acceptance store and it no longer counts as open, also in a new review of the whole fleet;
// the export writes Markdown, HTML, CSV and JSON; for a read-only kubeconfig user the access
// probe after a scan disables Back Up… with the permission it lacks; and for an operator who may
// exec but not write Helm's record nor read ConfigMaps, Upgrade… is disabled with its reason and
// the backup wizard stops before its Review page, naming the step and the permission; and for an
// auditor who may not list ClusterRoles the review says on its pages and in its exports that it is
// incomplete.
#include "dbservers.h"
#include "guitesting.h"
#include "kubesimprocess.h"
#include "runtime.h"
#include "testsupport.h"

#include "fleet/fleettreeview.h"
#include "details/releasedetailspane.h"
#include "fleet/fleetworkspace.h"
#include "mainwindow/fleetpage.h"
#include "mainwindow/mainwindow.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "backup/backupwizard.h"
#include "rbac/rbaccollectpage.h"
#include "rbac/rbacfindingspage.h"
#include "rbac/rbacreportpage.h"
#include "rbac/rbacsession.h"
#include "rbac/rbacwizard.h"
#include "upgrade/upgradesession.h"
#include "upgrade/upgradestrategypage.h"

#include "jobs/jobqueue.h"
#include "rbac/acceptancestore.h"

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
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace chartroom;
using chartroom::test::child;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kContext = QStringLiteral("homelab");
const QString kGrafana = QStringLiteral("homelab/monitoring/grafana");
const QString kRiskyBinding = QStringLiteral("ClusterRoleBinding grafana-debug-cluster-admin");
const QString kRiskyRule = QStringLiteral("cluster-admin-binding");

} // namespace

class tst_RbacWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/rbacwizard-XXXXXX")};
    test::KubeSimProcess m_kube;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ui::MainWindow> m_window;

    QString path(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    void selectRelease(const QString &key)
    {
        ui::FleetWorkspace *workspace = m_window->fleetPage()->workspace();
        const QModelIndex index = workspace->proxy()->mapFromSource(workspace->model()->indexOfRelease(key));
        QVERIFY(index.isValid());
        workspace->tree()->setCurrentIndex(index);
    }

    /// Opens the wizard on the current selection and walks it to the Findings page.
    ui::RbacWizard *openAtFindings()
    {
        m_window->fleetPage()->rbacAction()->trigger();
        auto *wizard = m_window->findChild<ui::RbacWizard *>();
        if (!wizard || !wizard->isVisible())
            return nullptr;
        wizard->next(); // Scope → Collecting
        if (wizard->currentId() != ui::RbacWizard::CollectPage)
            return nullptr;
        QPushButton *next = child<QPushButton>(wizard, "wizardNextButton");
        if (!QTest::qWaitFor([next] { return next->isEnabled(); }, 120000))
            return nullptr;
        wizard->next();
        return wizard->currentId() == ui::RbacWizard::FindingsPage ? wizard : nullptr;
    }

    /// Adds the RBAC objects to the test server and makes the kubeconfig user `user`, checked by
    /// them (until cleanup() after the test function).
    bool actAs(const QByteArray &objects, const QString &user)
    {
        const QByteArray mode = QJsonDocument(QJsonObject{{QStringLiteral("mode"), QStringLiteral("rbac")},
                                                          {QStringLiteral("user"), user},
                                                          {QStringLiteral("groups"), QJsonArray{QStringLiteral("system:authenticated")}}})
                                    .toJson(QJsonDocument::Compact);
        return m_kube.admin("POST", QStringLiteral("/__test/objects"), objects) &&
               m_kube.admin("POST", QStringLiteral("/__test/rbac"), mode);
    }

    /// Scans again (then the access probe and the RBAC review run as jobs).
    bool rescan()
    {
        QSignalSpy scanned(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
        m_window->fleetPage()->workspace()->refreshAction()->trigger();
        return scanned.wait(120000);
    }

    /// The inventory's RBAC column of a release.
    QString rbacCell(const QString &key, int role) const
    {
        const models::FleetTreeModel *model = m_window->fleetPage()->workspace()->model();
        return model->data(model->indexOfRelease(key).siblingAtColumn(models::FleetTreeModel::RbacColumn), role).toString();
    }

    /// The details pane's Overview (of the selected release).
    QString overviewText() const
    {
        return child<QTextBrowser>(m_window->fleetPage()->workspace()->detailsPane(), "overviewBrowser")->toPlainText();
    }

    static QTreeWidgetItem *findingItem(QTreeWidget *tree, const QString &rule, const QString &target)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->childCount() == 0 && (*it)->text(ui::RbacFindingsPage::RuleColumn) == rule &&
                (*it)->text(ui::RbacFindingsPage::TargetColumn) == target)
                return *it;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kTools + QStringLiteral("/helm-3.17.3")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        Q_INIT_RESOURCE(resources);
        QVERIFY(m_dir.isValid());
        const QString base = test::isolateEnvironment();
        qputenv("HOME", (base + QStringLiteral("/home")).toLocal8Bit());
        qputenv("CHARTROOM_HELM", (kTools + QStringLiteral("/helm-3.17.3")).toLocal8Bit());
        qputenv("CHARTROOM_KUBECTL", (kTools + QStringLiteral("/kubectl-1.35.2")).toLocal8Bit());
        QVERIFY2(m_kube.start(m_dir.path(), kContext, QStringLiteral("demo-fleet.json")), qPrintable(m_kube.errorString()));
        qputenv("KUBECONFIG", m_kube.kubeconfig().toLocal8Bit());

        Runtime::Options options;
        options.settingsFile = path(QStringLiteral("chartroom.ini"));
        options.journalDir = path(QStringLiteral("journal"));
        options.fleetCacheFile = path(QStringLiteral("fleet-cache.json"));
        m_runtime = std::make_unique<Runtime>(options);
        m_runtime->settings().setAutoRefreshMinutes(0);
        m_runtime->setBackupRepositoryLocation(path(QStringLiteral("repo")));
        m_window = std::make_unique<ui::MainWindow>(*m_runtime);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy scanned(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
        m_window->checkTools();
        QVERIFY(scanned.wait(120000));
        QTRY_VERIFY(m_window->fleetPage()->workspace()->model()->indexOfRelease(kGrafana).isValid());
    }

    void actionIsOffered()
    {
        QAction *action = m_window->fleetPage()->rbacAction();
        QTRY_VERIFY2(action->isEnabled(), qPrintable(action->toolTip()));
        QVERIFY(child<QWidget>(m_window.get(), "mainToolBar")->actions().contains(action));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("releaseMenu"))->actions().contains(action));
        selectRelease(kGrafana);
        QVERIFY(test::contextMenuOffers(m_window->fleetPage()->workspace()->tree(), action));
    }

    void inventoryShowsWorstOpenFinding()
    {
        // The review after the scan fills the RBAC column: grafana's debug binding is critical;
        // postgresql's own chart-expected RBAC leaves it without an open finding above info.
        const models::FleetTreeModel *model = m_window->fleetPage()->workspace()->model();
        const auto cell = [model](const QString &key, int role) {
            return model->data(model->indexOfRelease(key).siblingAtColumn(models::FleetTreeModel::RbacColumn), role);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!cell(kGrafana, Qt::DisplayRole).toString().isEmpty(), 60000);
        QVERIFY2(cell(kGrafana, Qt::DisplayRole).toString().startsWith(QStringLiteral("Critical (")),
                 qPrintable(cell(kGrafana, Qt::DisplayRole).toString()));
        QVERIFY(cell(kGrafana, Qt::ToolTipRole).toString().contains(kRiskyBinding));
        QCOMPARE(cell(kGrafana, models::FleetTreeModel::SortRole).toInt(), int(rbac::Severity::Critical));
        QCOMPARE(model->headerData(models::FleetTreeModel::RbacColumn, Qt::Horizontal).toString(), QStringLiteral("RBAC"));
        // The release details' Overview has the same, in full.
        selectRelease(kGrafana);
        auto *overview = child<QTextBrowser>(m_window->fleetPage()->workspace()->detailsPane(), "overviewBrowser");
        QVERIFY(overview);
        QTRY_VERIFY2(overview->toPlainText().contains(kRiskyBinding), qPrintable(overview->toPlainText()));
        QVERIFY(overview->toPlainText().contains(QStringLiteral("RBAC")));
        const QString postgres = cell(QStringLiteral("homelab/db/postgresql"), Qt::DisplayRole).toString();
        QVERIFY2(!postgres.startsWith(QStringLiteral("Critical")) && !postgres.startsWith(QStringLiteral("High")),
                 qPrintable(postgres));
    }

    void walkTheWizard()
    {
        selectRelease(kGrafana);
        QTRY_VERIFY(rbacCell(kGrafana, Qt::DisplayRole).startsWith(QStringLiteral("Critical")));
        QVERIFY(rbacCell(kGrafana, Qt::ToolTipRole).contains(QStringLiteral("Critical: ")));
        QVERIFY2(overviewText().contains(QStringLiteral("Critical: ")), qPrintable(overviewText()));
        QSignalSpy added(&m_runtime->queue(), &jobs::JobQueue::jobAdded);
        QSignalSpy scanned(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
        m_window->fleetPage()->rbacAction()->trigger();
        auto *wizard = m_window->findChild<ui::RbacWizard *>();
        QVERIFY(wizard && wizard->isVisible());

        // 1. Scope: the inventory's release, preselected.
        QCOMPARE(wizard->currentId(), int(ui::RbacWizard::ScopePage));
        auto *scope = child<QTreeWidget>(wizard, "scopeTree");
        QVERIFY(scope->currentItem());
        QCOMPARE(scope->currentItem()->text(0), QStringLiteral("grafana"));
        QCOMPARE(scope->currentItem()->parent()->text(0), QStringLiteral("monitoring"));
        wizard->next();

        // 2. Collecting: one job per context, in the visible queue; the page never blocks.
        QCOMPARE(wizard->currentId(), int(ui::RbacWizard::CollectPage));
        QCOMPARE(added.size(), 1);
        const auto *job = added.first().first().value<jobs::Job *>();
        QCOMPARE(job->title(), QStringLiteral("Read RBAC of homelab"));
        auto *next = child<QPushButton>(wizard, "wizardNextButton");
        QVERIFY(!next->isEnabled()); // nothing read yet: the job starts from the event loop
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 120000);
        auto *contexts = child<QTreeWidget>(wizard, "collectTree");
        QCOMPARE(contexts->topLevelItemCount(), 1);
        QCOMPARE(contexts->topLevelItem(0)->text(ui::RbacCollectPage::StateColumn), QStringLiteral("read"));
        wizard->next();

        // 3. Findings: only grafana's, the risky binding first, with its rule, binding and path.
        QCOMPARE(wizard->currentId(), int(ui::RbacWizard::FindingsPage));
        const rbac::RbacReview &review = wizard->session().review;
        QVERIFY(!review.findings.isEmpty());
        for (const rbac::Finding &f : review.findings)
            QCOMPARE(f.release.key(), QStringLiteral("monitoring/grafana"));
        auto *tree = child<QTreeWidget>(wizard, "findingsTree");
        QTreeWidgetItem *risky = findingItem(tree, kRiskyRule, kRiskyBinding);
        QVERIFY(risky);
        QCOMPARE(risky->text(ui::RbacFindingsPage::StateColumn), QStringLiteral("open"));
        QVERIFY2(risky->parent()->parent()->text(0).startsWith(QStringLiteral("Critical")),
                 qPrintable(risky->parent()->parent()->text(0)));
        QCOMPARE(risky->parent()->text(0), QStringLiteral("homelab/monitoring/grafana"));
        QCOMPARE(tree->currentItem(), risky); // the most severe open finding is shown first
        const QString details = child<QTextBrowser>(wizard, "findingDetails")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("ServiceAccount monitoring/grafana → ClusterRoleBinding "
                                                 "grafana-debug-cluster-admin → ClusterRole cluster-admin")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("kubernetes.io"))); // the rule's reference
        QVERIFY(details.contains(QStringLiteral("apiGroups=[*] resources=[*] verbs=[*]")));
        QVERIFY(details.contains(QStringLiteral("not from a release"))); // the binding's origin
        const QString yaml = child<QPlainTextEdit>(wizard, "leastPrivilegeEdit")->toPlainText();
        QVERIFY2(yaml.contains(QStringLiteral("kind: Role")) && yaml.contains(QStringLiteral("kind: RoleBinding")),
                 qPrintable(yaml));
        QVERIFY(child<QPlainTextEdit>(wizard, "leastPrivilegeEdit")->isReadOnly());
        test::saveScreenshot(wizard, QStringLiteral("rbac-review"));

        // Accepting needs a note; then it is saved and no longer open.
        const int openCritical = review.openAtLeast(rbac::Severity::Critical);
        QVERIFY(openCritical >= 1);
        auto *accept = child<QPushButton>(wizard, "acceptFindingButton");
        QVERIFY(!accept->isEnabled());
        const QString note = QStringLiteral("debug binding, removed after the grafana upgrade");
        QTest::keyClicks(child<QLineEdit>(wizard, "acceptNoteEdit"), note);
        QVERIFY(accept->isEnabled());
        QSignalSpy saved(wizard->findingsPage(), &ui::RbacFindingsPage::acceptancesSaved);
        QTest::mouseClick(accept, Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toString(), QString());
        QCOMPARE(review.openAtLeast(rbac::Severity::Critical), openCritical - 1);
        risky = findingItem(tree, kRiskyRule, kRiskyBinding);
        QCOMPARE(risky->text(ui::RbacFindingsPage::StateColumn), QStringLiteral("accepted"));
        QVERIFY(child<QPushButton>(wizard, "reopenFindingButton")->isEnabled());
        rbac::AcceptanceStore stored;
        QVERIFY(stored.load().ok());
        QCOMPARE(stored.acceptances().size(), 1);
        QCOMPARE(stored.acceptances().first().note, note);
        QCOMPARE(stored.acceptances().first().release, QStringLiteral("monitoring/grafana"));
        QCOMPARE(stored.acceptances().first().target, kRiskyBinding);
        // The inventory's RBAC column and the details pane follow at once: the last collection is
        // evaluated again with the acceptance, without a rescan or a new collection.
        QTRY_VERIFY2(!rbacCell(kGrafana, Qt::DisplayRole).startsWith(QStringLiteral("Critical")),
                     qPrintable(rbacCell(kGrafana, Qt::DisplayRole)));
        QVERIFY(!rbacCell(kGrafana, Qt::DisplayRole).isEmpty());
        const QString criticalLine = QStringLiteral("Critical: ");
        QVERIFY2(!rbacCell(kGrafana, Qt::ToolTipRole).contains(criticalLine), qPrintable(rbacCell(kGrafana, Qt::ToolTipRole)));
        QTRY_VERIFY2(!overviewText().contains(criticalLine), qPrintable(overviewText()));
        QCOMPARE(added.size(), 1); // only the wizard's own collection
        QCOMPARE(scanned.size(), 0);
        wizard->next();

        // 4. Report: the export writes every format with the decision in it.
        QCOMPARE(wizard->currentId(), int(ui::RbacWizard::ReportPage));
        QVERIFY(child<QLabel>(wizard, "reportSummaryLabel")->text().contains(QStringLiteral("1 accepted")));
        const QString out = path(QStringLiteral("reports"));
        auto *folder = child<QLineEdit>(wizard, "exportFolderEdit");
        folder->setText(out);
        QSignalSpy exported(wizard->reportPage(), &ui::RbacReportPage::exported);
        QTest::mouseClick(child<QPushButton>(wizard, "exportButton"), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        const QStringList files = exported.first().first().toStringList();
        QCOMPARE(files.size(), 4);
        QStringList suffixes;
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray content = f.readAll();
            QVERIFY2(content.contains("grafana-debug-cluster-admin"), qPrintable(file));
            suffixes << QFileInfo(file).suffix();
            if (file.endsWith(QLatin1String(".json"))) {
                bool found = false;
                for (const QJsonValue &v : QJsonDocument::fromJson(content).object().value(QStringLiteral("findings")).toArray()) {
                    const QJsonObject o = v.toObject();
                    if (o.value(QStringLiteral("rule")).toString() == kRiskyRule) {
                        found = true;
                        QVERIFY(o.value(QStringLiteral("accepted")).toBool());
                    }
                }
                QVERIFY(found);
            }
            if (file.endsWith(QLatin1String(".md")))
                QVERIFY(content.startsWith("# RBAC review"));
        }
        QCOMPARE(suffixes, QStringList({QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("json")}));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 4);
        wizard->accept();
        QTRY_VERIFY(!m_window->findChild<ui::RbacWizard *>());
    }

    void acceptanceSurvivesANewReview()
    {
        // A review of the whole fleet starts from the stored decision.
        m_window->fleetPage()->workspace()->tree()->setCurrentIndex({});
        ui::RbacWizard *wizard = openAtFindings();
        QVERIFY(wizard);
        QCOMPARE(wizard->session().scope, ui::RbacSession::Scope::Fleet);
        const rbac::RbacReview &review = wizard->session().review;
        bool otherRelease = false;
        for (const rbac::Finding &f : review.findings)
            otherRelease = otherRelease || f.release.key() != QLatin1String("monitoring/grafana");
        QVERIFY(otherRelease);
        QTreeWidgetItem *risky = findingItem(child<QTreeWidget>(wizard, "findingsTree"), kRiskyRule, kRiskyBinding);
        QVERIFY(risky);
        QCOMPARE(risky->text(ui::RbacFindingsPage::StateColumn), QStringLiteral("accepted"));
        // Airflow's cluster-wide Secret reader is still open.
        QTreeWidgetItem *secrets = findingItem(child<QTreeWidget>(wizard, "findingsTree"), QStringLiteral("cluster-secrets-read"),
                                               QStringLiteral("ClusterRoleBinding airflow-secrets-reader"));
        QVERIFY(secrets);
        QCOMPARE(secrets->text(ui::RbacFindingsPage::StateColumn), QStringLiteral("open"));

        // Keeping it open again removes the acceptance.
        child<QTreeWidget>(wizard, "findingsTree")->setCurrentItem(risky);
        QSignalSpy saved(wizard->findingsPage(), &ui::RbacFindingsPage::acceptancesSaved);
        QTest::mouseClick(child<QPushButton>(wizard, "reopenFindingButton"), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(risky->text(ui::RbacFindingsPage::StateColumn), QStringLiteral("open"));
        rbac::AcceptanceStore stored;
        QVERIFY(stored.load().ok());
        QVERIFY(stored.acceptances().isEmpty());
        // The inventory shows it open again, also without a rescan.
        QTRY_VERIFY2(rbacCell(kGrafana, Qt::DisplayRole).startsWith(QStringLiteral("Critical")),
                     qPrintable(rbacCell(kGrafana, Qt::DisplayRole)));
        QVERIFY(rbacCell(kGrafana, Qt::ToolTipRole).contains(QStringLiteral("Critical: ")));
        wizard->reject();
    }

    void limitedUserSeesWhyBackUpIsDisabled()
    {
        // The kubeconfig user may do everything: after the scan's access probe, Back Up… is offered.
        const QString postgres = QStringLiteral("homelab/db/postgresql");
        QAction *backup = m_window->backupAction();
        selectRelease(postgres);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->fleetPage()->userAccess().hasRules(kContext, QStringLiteral("db")), 60000);
        QTRY_VERIFY2(backup->isEnabled(), qPrintable(backup->toolTip()));

        // A read-only user: the next scan's probe disables it with the missing permission.
        const QByteArray objects = R"({"objects": [
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "viewer"},
           "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["get", "list", "watch"]}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "viewer"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "viewer"},
           "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "limited"}]}
        ]})";
        QVERIFY(actAs(objects, QStringLiteral("limited")));
        QVERIFY(rescan());
        selectRelease(postgres);
        QTRY_VERIFY_WITH_TIMEOUT(!backup->isEnabled(), 60000);
        QCOMPARE(backup->toolTip(), QStringLiteral("your kubeconfig user cannot create pods/exec in namespace db (context homelab)"));
        // The RBAC review itself needs only reading, which this user may do.
        QVERIFY(m_window->fleetPage()->rbacAction()->isEnabled());
    }

    void limitedUserIsStoppedBeforeReview()
    {
        // An operator who may read workloads, pods and Secrets and exec into db's pods, but neither
        // write Helm's release record nor read ConfigMaps nor any RBAC object.
        const QByteArray objects = R"({"objects": [
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "operator-read"},
           "rules": [{"apiGroups": [""], "resources": ["pods", "secrets", "services", "namespaces", "persistentvolumeclaims",
                                                      "serviceaccounts", "events", "endpoints"], "verbs": ["get", "list", "watch"]},
                     {"apiGroups": ["apps", "batch", "policy", "networking.k8s.io", "autoscaling"], "resources": ["*"],
                      "verbs": ["get", "list", "watch"]}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "operator-read"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "operator-read"},
           "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "operator"}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "operator-exec", "namespace": "db"},
           "rules": [{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create"]}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "operator-exec", "namespace": "db"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "operator-exec"},
           "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "operator"}]}
        ]})";
        QVERIFY(actAs(objects, QStringLiteral("operator")));
        QVERIFY(rescan());
        const QString postgres = QStringLiteral("homelab/db/postgresql");
        QTRY_VERIFY(m_window->fleetPage()->workspace()->model()->indexOfRelease(postgres).isValid());
        selectRelease(postgres);

        // Upgrade… is disabled with what helm's release record needs; Back Up… stays offered.
        QAction *upgrade = m_window->fleetPage()->upgradeAction();
        QTRY_VERIFY_WITH_TIMEOUT(!upgrade->isEnabled(), 60000);
        QCOMPARE(upgrade->toolTip(), QStringLiteral("your kubeconfig user cannot create secrets in namespace db (context homelab)"));
        QAction *backup = m_window->backupAction();
        QTRY_VERIFY2(backup->isEnabled(), qPrintable(backup->toolTip()));

        // The backup wizard checks its plan's steps before the Review page: the config export
        // needs to read ConfigMaps, which this user may not.
        backup->trigger();
        auto *wizard = m_window->findChild<ui::BackupWizard *>();
        QVERIFY(wizard && wizard->isVisible());
        const auto closeWizard = qScopeGuard([wizard] { wizard->reject(); });
        wizard->next(); // Scope → Components
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::ComponentsPage));
        auto *components = child<QTreeWidget>(wizard, "componentsTree");
        QTRY_COMPARE_WITH_TIMEOUT(components->topLevelItemCount(), 1, 10000);
        wizard->next(); // Components → Destination
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPage));
        auto *path = child<QLineEdit>(wizard, "repositoryPathEdit");
        path->clear();
        QTest::keyClicks(path, this->path(QStringLiteral("operator-repo")));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "repositoryStatusLabel")->text().contains(QStringLiteral("no repository")),
                                 10000);
        child<QRadioButton>(wizard, "unencryptedRadio")->click();
        auto *next = child<QPushButton>(wizard, "wizardNextButton");
        QTRY_VERIFY(next->isEnabled());
        wizard->next(); // validates, builds the plan, checks it
        auto *notice = child<QLabel>(wizard, "planAccessNotice");
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        QCOMPARE(wizard->currentId(), int(ui::BackupWizard::DestinationPage));
        QVERIFY2(notice->text().contains(QStringLiteral("Back up homelab/db/postgresql: config: your kubeconfig user cannot get "
                                                        "configmaps in namespace db (context homelab)")),
                 qPrintable(notice->text()));
        QVERIFY(!next->isEnabled());
        QVERIFY(!QDir(this->path(QStringLiteral("operator-repo"))).exists()); // nothing was created
        test::saveScreenshot(wizard, QStringLiteral("rbac-backup-denied"));
    }

    void strategiesTheUserMayNotRunAreDisabled()
    {
        // A user who may upgrade airflow (Helm's record, patch its workloads) but neither scale
        // them nor create workloads: the maintenance window and blue-green are shown, not offered.
        const inventory::Release *airflow = nullptr;
        for (const inventory::Release &r : m_runtime->scanner().fleet().releases)
            if (r.key() == QStringLiteral("homelab/data/airflow"))
                airflow = &r;
        QVERIFY(airflow && !airflow->workloads.isEmpty());
        rbac::UserAccess &access = m_runtime->userAccess();
        const rbac::UserAccess saved = access;
        const auto restore = qScopeGuard([&access, saved] { access = saved; });
        rbac::PolicyRule secrets{{QString()}, {QStringLiteral("secrets")}, {QStringLiteral("*")}, {}, {}};
        rbac::PolicyRule workloads{{QStringLiteral("apps")}, {QStringLiteral("deployments"), QStringLiteral("statefulsets")},
                                   {QStringLiteral("get"), QStringLiteral("patch")}, {}, {}};
        access.setRules(kContext, QStringLiteral("data"), {secrets, workloads});

        ui::UpgradeSession session(*m_runtime, m_runtime->secrets());
        session.setRelease(*airflow);
        for (const inventory::Workload &w : airflow->workloads)
            session.request.workloads << w.kind.toLower() + QLatin1Char('/') + w.name;
        session.request.strategy = upgrade::Strategy::MaintenanceWindow; // asked for, but denied
        ui::UpgradeStrategyPage page(session);
        page.initializePage();
        auto *rolling = child<QRadioButton>(&page, "strategyRadio_rolling");
        auto *maintenance = child<QRadioButton>(&page, "strategyRadio_maintenance-window");
        auto *blueGreen = child<QRadioButton>(&page, "strategyRadio_blue-green");
        QVERIFY(rolling && maintenance && blueGreen);
        QVERIFY(rolling->isEnabled());
        QVERIFY(rolling->isChecked()); // the first strategy the user may run
        QVERIFY(page.isComplete());
        QVERIFY(!maintenance->isEnabled());
        QVERIFY2(maintenance->toolTip().contains(QStringLiteral("/scale in namespace data (context homelab)")),
                 qPrintable(maintenance->toolTip()));
        QVERIFY(child<QLabel>(&page, "strategyDenied_maintenance-window")->text().contains(QStringLiteral("Not available: ")));
        QVERIFY(!blueGreen->isEnabled());
        QVERIFY2(blueGreen->toolTip().startsWith(QStringLiteral("your kubeconfig user cannot create ")), qPrintable(blueGreen->toolTip()));

        // With every permission, every strategy is offered again.
        access.setRules(kContext, QStringLiteral("data"), {rbac::PolicyRule{{QStringLiteral("*")}, {QStringLiteral("*")},
                                                                             {QStringLiteral("*")}, {}, {}}});
        page.initializePage();
        for (const char *id : {"strategyRadio_rolling", "strategyRadio_maintenance-window", "strategyRadio_blue-green"})
            QVERIFY2(child<QRadioButton>(&page, id)->isEnabled(), id);
    }

    void partialCollectionIsSaidOnEveryPage()
    {
        // An auditor who may read bindings and Roles but not ClusterRoles: the review goes on with
        // what it could read and says, on its pages and in every export, that it is incomplete.
        const QByteArray objects = R"({"objects": [
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "auditor"},
           "rules": [{"apiGroups": [""], "resources": ["pods", "secrets", "services", "namespaces", "persistentvolumeclaims",
                                                      "serviceaccounts"], "verbs": ["get", "list", "watch"]},
                     {"apiGroups": ["apps", "batch"], "resources": ["*"], "verbs": ["get", "list", "watch"]},
                     {"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles", "rolebindings", "clusterrolebindings"],
                      "verbs": ["get", "list", "watch"]}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "auditor"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "auditor"},
           "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "auditor"}]}
        ]})";
        QVERIFY(actAs(objects, QStringLiteral("auditor")));
        m_window->fleetPage()->workspace()->tree()->setCurrentIndex({});
        ui::RbacWizard *wizard = openAtFindings();
        QVERIFY(wizard);
        const auto closeWizard = qScopeGuard([wizard] { wizard->reject(); });
        const QString expected = QStringLiteral("Review incomplete for context homelab: cannot list clusterroles");
        auto *contexts = child<QTreeWidget>(wizard, "collectTree");
        QCOMPARE(contexts->topLevelItem(0)->text(ui::RbacCollectPage::StateColumn), QStringLiteral("read, incomplete"));
        auto *findingsWarning = child<QLabel>(wizard, "findingsWarningsLabel");
        QVERIFY(findingsWarning->isVisible());
        QVERIFY2(findingsWarning->text().contains(expected), qPrintable(findingsWarning->text()));
        QVERIFY2(findingsWarning->text().contains(QStringLiteral("forbidden")), qPrintable(findingsWarning->text()));
        // What could be read is still reviewed: the bindings are there.
        QVERIFY(!wizard->session().review.findings.isEmpty());
        test::saveScreenshot(wizard, QStringLiteral("rbac-review-incomplete"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::RbacWizard::ReportPage));
        auto *reportWarning = child<QLabel>(wizard, "reportWarningsLabel");
        QVERIFY(reportWarning->isVisible());
        QVERIFY(reportWarning->text().contains(expected));
        QVERIFY(child<QTextBrowser>(wizard, "reportView")->toPlainText().contains(expected));
        child<QLineEdit>(wizard, "exportFolderEdit")->setText(path(QStringLiteral("incomplete-reports")));
        QSignalSpy exported(wizard->reportPage(), &ui::RbacReportPage::exported);
        QTest::mouseClick(child<QPushButton>(wizard, "exportButton"), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        const QStringList files = exported.first().first().toStringList();
        QCOMPARE(files.size(), 4);
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            QVERIFY2(QString::fromUtf8(f.readAll()).contains(expected), qPrintable(file));
        }
    }

    void cleanup()
    {
        // Each test starts as the all-powerful kubeconfig user.
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/rbac"), R"({"mode": "allow-all"})"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_runtime.reset();
    }
};

QTEST_MAIN(tst_RbacWizard)
#include "tst_rbacwizard.moc"
