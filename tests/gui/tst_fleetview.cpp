// The fleet UI against a real Kubernetes API test server (the demo homelab) with the pinned
// helm and kubectl: the cached fleet first (stale), then the scan; filters, grouping, the
// release detail pane with a revision diff, and a dashboard bar click that filters the inventory.
#include "kubesimprocess.h"
#include "runtime.h"
#include "testsupport.h"

#include "dashboard/dashboardview.h"
#include "details/diffview.h"
#include "details/releasedetailspane.h"
#include "fleet/fleettreeview.h"
#include "fleet/fleetworkspace.h"
#include "mainwindow/fleetpage.h"
#include "mainwindow/mainwindow.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace chartroom;
using chartroom::models::FleetTreeModel;

namespace {

/// Release rows under `parent` in `model`, recursively.
QModelIndexList releaseRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (static_cast<FleetTreeModel::NodeKind>(index.data(FleetTreeModel::NodeKindRole).toInt())
            == FleetTreeModel::NodeKind::Release)
            rows << index;
        else
            rows << releaseRows(model, index);
    }
    return rows;
}

QStringList releaseNames(const QAbstractItemModel *model)
{
    QStringList names;
    for (const QModelIndex &index : releaseRows(model))
        names << index.data().toString();
    return names;
}

} // namespace

class tst_FleetView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::KubeSimProcess m_homelab;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::FleetWorkspace *m_workspace = nullptr;

    template<typename T>
    T *child(const char *name) const
    {
        auto *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning() << "no widget named" << name;
        return found;
    }

private Q_SLOTS:
    void initTestCase();
    void cachedFleetShownStaleThenReplacedByTheScan();
    void textFilterAndProblemsOnly();
    void groupingSwitch();
    void detailPaneLoadsValuesManifestHistoryAndDiff();
    void dashboardBarClickFiltersTheInventory();
    void contextsDialogExcludesNamespaces();
    void cleanupTestCase();
};

void tst_FleetView::initTestCase()
{
    const QString tools = QStringLiteral(CHARTROOM_TOOLS_BIN);
    if (!QFile::exists(tools + QStringLiteral("/helm-3.17.3")))
        QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
    Q_INIT_RESOURCE(resources);
    const QString base = test::isolateEnvironment();
    qputenv("HOME", (base + QStringLiteral("/home")).toLocal8Bit()); // kubectl's discovery cache
    qputenv("CHARTROOM_HELM", (tools + QStringLiteral("/helm-3.17.3")).toLocal8Bit());
    qputenv("CHARTROOM_KUBECTL", (tools + QStringLiteral("/kubectl-1.35.2")).toLocal8Bit());
    QVERIFY2(m_homelab.start(m_dir.path(), QStringLiteral("homelab"), QStringLiteral("demo-fleet.json")),
             qPrintable(m_homelab.errorString()));
    qputenv("KUBECONFIG", m_homelab.kubeconfig().toLocal8Bit());

    // Yesterday's fleet on disk: one release that no longer exists.
    inventory::Fleet cached;
    cached.scannedAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    inventory::ContextStatus context;
    context.name = QStringLiteral("homelab");
    context.reachability = inventory::ContextStatus::Reachability::Reachable;
    context.scannedAt = cached.scannedAt;
    context.releaseCount = 1;
    cached.contexts << context;
    inventory::Release gone;
    gone.context = QStringLiteral("homelab");
    gone.namespaceName = QStringLiteral("old");
    gone.name = QStringLiteral("retired-wiki");
    gone.status = QStringLiteral("deployed");
    gone.revision = 3;
    cached.releases << gone;
    // A context that has since left the kubeconfig.
    inventory::ContextStatus retired = context;
    retired.name = QStringLiteral("retired-cluster");
    cached.contexts << retired;

    Runtime::Options options;
    options.settingsFile = m_dir.filePath(QStringLiteral("chartroom.ini"));
    options.journalDir = m_dir.filePath(QStringLiteral("journal"));
    options.fleetCacheFile = m_dir.filePath(QStringLiteral("fleet-cache.json"));
    QVERIFY(inventory::FleetCache(options.fleetCacheFile).saveNow(cached));
    m_runtime = std::make_unique<Runtime>(options);
    m_window = std::make_unique<ui::MainWindow>(*m_runtime);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_workspace = m_window->fleetPage()->workspace();
    QVERIFY(m_workspace);
    // The fleet must not stop the window from being made small.
    QVERIFY2(m_workspace->minimumSizeHint().width() <= 800, qPrintable(QString::number(m_workspace->minimumSizeHint().width())));
}

void tst_FleetView::cachedFleetShownStaleThenReplacedByTheScan()
{
    // Before any tool ran: the cache, marked stale with its age.
    auto *banner = child<QLabel>("staleBannerLabel");
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(QStringLiteral("2 h ago")), qPrintable(banner->text()));
    QCOMPARE(releaseNames(m_workspace->proxy()), QStringList{QStringLiteral("retired-wiki")});
    QCOMPARE(m_workspace->proxy()->rowCount(), 2);
    QVERIFY(m_workspace->isVisibleTo(m_window.get()));

    // Tools found → scan → the live fleet replaces the cache, which is saved.
    QSignalSpy finished(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
    m_window->checkTools();
    QVERIFY(finished.wait(120000));
    const QStringList names = releaseNames(m_workspace->proxy());
    QVERIFY(names.contains(QStringLiteral("postgresql")));
    QVERIFY(!names.contains(QStringLiteral("retired-wiki")));
    QCOMPARE(names.size(), 33);
    QCOMPARE(m_workspace->proxy()->rowCount(), 1); // the retired context is gone
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(inventory::FleetCache(m_runtime->fleetCache().path()).loadNow().value_or(inventory::Fleet{}).releases.size() == 33,
                             10000);
    // Contexts and tiers are expanded.
    const QModelIndex context = m_workspace->proxy()->index(0, 0);
    QVERIFY(m_workspace->tree()->isExpanded(context));
    QVERIFY(m_workspace->tree()->isExpanded(m_workspace->proxy()->index(0, 0, context)));
}

void tst_FleetView::textFilterAndProblemsOnly()
{
    auto *search = child<QLineEdit>("fleetSearchEdit");
    auto *problems = child<QCheckBox>("problemsOnlyCheck");
    auto *clear = child<QToolButton>("clearFiltersButton");
    QVERIFY(search && problems && clear);
    QVERIFY(!clear->isEnabled());

    m_workspace->findAction()->trigger();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("postgres"));
    QCOMPARE(releaseNames(m_workspace->proxy()), QStringList{QStringLiteral("postgresql")});
    QVERIFY(clear->isEnabled());
    search->clear();
    QCOMPARE(releaseRows(m_workspace->proxy()).size(), 33);

    QTest::mouseClick(problems, Qt::LeftButton, {}, QPoint(4, problems->height() / 2));
    QVERIFY(problems->isChecked());
    const QModelIndexList shown = releaseRows(m_workspace->proxy());
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown.size() < 33);
    for (const QModelIndex &index : shown)
        QVERIFY2(index.data(FleetTreeModel::ProblemRole).toBool(), qPrintable(index.data().toString()));
    const QStringList names = releaseNames(m_workspace->proxy());
    for (const char *expected : {"harbor", "nextcloud", "rabbitmq"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!problems->isChecked());
    QCOMPARE(releaseRows(m_workspace->proxy()).size(), 33);
}

void tst_FleetView::groupingSwitch()
{
    auto *grouping = child<QComboBox>("groupingCombo");
    QVERIFY(grouping);
    const QModelIndex context = m_workspace->proxy()->index(0, 0);
    QVERIFY(m_workspace->proxy()->index(0, 0, context).data().toString().startsWith(QStringLiteral("Tier 1")));

    grouping->setCurrentIndex(grouping->findData(static_cast<int>(FleetTreeModel::Grouping::ByNamespace)));
    QCOMPARE(m_workspace->model()->grouping(), FleetTreeModel::Grouping::ByNamespace);
    QStringList groups;
    const QModelIndex namespaceContext = m_workspace->proxy()->index(0, 0);
    for (int row = 0; row < m_workspace->proxy()->rowCount(namespaceContext); ++row)
        groups << m_workspace->proxy()->index(row, 0, namespaceContext).data().toString();
    QVERIFY2(groups.contains(QStringLiteral("db")) && groups.contains(QStringLiteral("monitoring")), qPrintable(groups.join(u',')));
    QVERIFY(m_workspace->tree()->isExpanded(m_workspace->proxy()->index(0, 0, namespaceContext)));
    QCOMPARE(releaseRows(m_workspace->proxy()).size(), 33);

    grouping->setCurrentIndex(grouping->findData(static_cast<int>(FleetTreeModel::Grouping::ByTier)));
    QVERIFY(m_workspace->proxy()->index(0, 0, m_workspace->proxy()->index(0, 0)).data().toString().startsWith(QStringLiteral("Tier 1")));
}

void tst_FleetView::detailPaneLoadsValuesManifestHistoryAndDiff()
{
    const QModelIndex source = m_workspace->model()->indexOfRelease(QStringLiteral("homelab/db/postgresql"));
    QVERIFY(source.isValid());
    m_workspace->tree()->setCurrentIndex(m_workspace->proxy()->mapFromSource(source));
    auto *title = child<QLabel>("detailsTitle");
    auto *tabs = child<QTabWidget>("detailTabs");
    QVERIFY(title && tabs);
    QCOMPARE(title->text(), QStringLiteral("postgresql"));
    // Regrouping keeps the selection; a filter that hides the release empties the pane.
    auto *grouping = child<QComboBox>("groupingCombo");
    grouping->setCurrentIndex(1);
    QCOMPARE(m_workspace->detailsPane()->release().value_or(inventory::Release{}).name, QStringLiteral("postgresql"));
    grouping->setCurrentIndex(0);
    QCOMPARE(m_workspace->tree()->currentIndex().data(FleetTreeModel::ReleaseKeyRole).toString(), QStringLiteral("homelab/db/postgresql"));
    child<QLineEdit>("fleetSearchEdit")->setText(QStringLiteral("grafana"));
    QVERIFY(m_workspace->detailsPane()->release().value_or(inventory::Release{}).name != QStringLiteral("postgresql"));
    child<QLineEdit>("fleetSearchEdit")->clear();
    m_workspace->tree()->setCurrentIndex(m_workspace->proxy()->mapFromSource(m_workspace->model()->indexOfRelease(QStringLiteral("homelab/db/postgresql"))));
    QCOMPARE(title->text(), QStringLiteral("postgresql"));
    QVERIFY(child<QWidget>("overviewBrowser")->isVisible());

    tabs->setCurrentIndex(1); // Values
    auto *values = child<QPlainTextEdit>("valuesText");
    QTRY_VERIFY_WITH_TIMEOUT(values->toPlainText().contains(QStringLiteral("50Gi")), 30000);
    tabs->setCurrentIndex(2); // Manifest
    auto *manifest = child<QPlainTextEdit>("manifestText");
    QTRY_VERIFY_WITH_TIMEOUT(manifest->toPlainText().contains(QStringLiteral("kind: StatefulSet")), 30000);
    QVERIFY(manifest->toPlainText().contains(QStringLiteral("postgres-password: ***")));

    tabs->setCurrentIndex(4); // History
    auto *history = child<QTreeWidget>("historyTable");
    const inventory::Release *release = m_workspace->model()->release(source);
    QVERIFY(release && release->revision >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(history->topLevelItemCount(), release->revision, 30000);
    // The previous revision against the current one, values and manifest.
    auto *valuesDiff = child<ui::DiffView>("valuesDiff");
    auto *manifestDiff = child<ui::DiffView>("manifestDiff");
    QTRY_VERIFY_WITH_TIMEOUT(!manifestDiff->rightText().isEmpty() && !valuesDiff->rightText().isEmpty(), 30000);
    QVERIFY2(manifestDiff->summary().contains(QStringLiteral("changed")), qPrintable(manifestDiff->summary()));
    QVERIFY(manifestDiff->leftText() != manifestDiff->rightText());

    // Any two revisions: the first against the current one.
    auto *from = child<QComboBox>("fromRevisionCombo");
    from->setCurrentIndex(from->findData(1));
    Q_EMIT from->activated(from->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(manifestDiff->leftText().contains(QStringLiteral("20Gi")), 30000);
    QVERIFY(manifestDiff->rightText().contains(QStringLiteral("50Gi")));
    if (const QString dir = qEnvironmentVariable("CHARTROOM_TEST_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/fleet-details.png"));
}

void tst_FleetView::dashboardBarClickFiltersTheInventory()
{
    auto *tabs = child<QTabWidget>("fleetTabs");
    tabs->setCurrentWidget(m_workspace->dashboard());
    QChartView *view = m_workspace->dashboard()->complianceChart();
    QTRY_VERIFY(view->isVisible());
    auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    // "Never backed up" on Tier 1: every stateful release of the demo fleet is there.
    QBarSet *never = series->barSets().value(3);
    QVERIFY(never && never->at(0) > 0);
    QTest::qWait(0); // let the view lay the chart out
    const QPointF value(0, never->at(0) - 0.5);
    const QPoint position = view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(value, series)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, position);

    QTRY_COMPARE(tabs->currentIndex(), 0);
    auto *label = child<QLabel>("activeFilterLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Tier 1")), qPrintable(label->text()));
    const QModelIndexList shown = releaseRows(m_workspace->proxy());
    QCOMPARE(shown.size(), qRound(never->at(0)));
    for (const QModelIndex &index : shown) {
        QCOMPARE(index.data(FleetTreeModel::TierRole).toInt(), 1);
        QCOMPARE(index.data(FleetTreeModel::RpoStateRole).toInt(), static_cast<int>(inventory::RpoState::NeverBackedUp));
    }

    // One click clears it.
    QTest::mouseClick(child<QToolButton>("clearActiveFilterButton"), Qt::LeftButton);
    QVERIFY(!m_workspace->proxy()->hasFilters());
    QVERIFY(!label->isVisible());
    QCOMPARE(releaseRows(m_workspace->proxy()).size(), 33);

    if (const QString dir = qEnvironmentVariable("CHARTROOM_TEST_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->grab().save(dir + QStringLiteral("/fleet-inventory.png"));
        tabs->setCurrentWidget(m_workspace->dashboard());
        m_window->grab().save(dir + QStringLiteral("/fleet-dashboard.png"));
        // The charts and the diff colours in a dark palette.
        const QPalette original = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/fleet-dashboard-dark.png"));
        QApplication::setPalette(original);
        tabs->setCurrentIndex(0);
    }
}

void tst_FleetView::contextsDialogExcludesNamespaces()
{
    // Answers the modal dialog from inside its event loop: exclude `excluded`, save.
    const auto answer = [this](const QString &excluded) {
        QTimer::singleShot(0, this, [excluded] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check below must not leave the dialog (and the test) waiting.
            const auto closeDialog = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *contexts = dialog->findChild<QTreeWidget *>(QStringLiteral("contextsList"));
            QCOMPARE(contexts->topLevelItemCount(), 1);
            QCOMPARE(contexts->topLevelItem(0)->text(0), QStringLiteral("homelab"));
            QCOMPARE(contexts->topLevelItem(0)->checkState(0), Qt::Checked);
            QVERIFY2(contexts->topLevelItem(0)->text(2).startsWith(QStringLiteral("Reachable")), qPrintable(contexts->topLevelItem(0)->text(2)));
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("excludedNamespacesEdit"));
            edit->setText(excluded);
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("contextsButtons"))->button(QDialogButtonBox::Ok)->click();
        });
    };
    QSignalSpy finished(&m_runtime->scanner(), &inventory::InventoryScanner::scanFinished);
    answer(QStringLiteral("db, scratch"));
    m_workspace->contextsAction()->trigger();
    QCOMPARE(m_runtime->settings().excludedNamespaces(), (QStringList{QStringLiteral("db"), QStringLiteral("scratch")}));
    QVERIFY(m_runtime->settings().fleetContexts().isEmpty()); // all = every context, also future ones
    QVERIFY(finished.wait(120000));
    QStringList names = releaseNames(m_workspace->proxy());
    QVERIFY(!names.contains(QStringLiteral("postgresql")));
    QVERIFY(names.contains(QStringLiteral("grafana")));

    answer(QString());
    m_workspace->contextsAction()->trigger();
    QVERIFY(m_runtime->settings().excludedNamespaces().isEmpty());
    QVERIFY(finished.wait(120000));
    QCOMPARE(releaseRows(m_workspace->proxy()).size(), 33);
}

void tst_FleetView::cleanupTestCase()
{
    m_window.reset();
    m_runtime.reset();
}

QTEST_MAIN(tst_FleetView)
#include "tst_fleetview.moc"
