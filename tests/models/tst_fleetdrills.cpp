// The inventory's drill columns: "Last drill" and "Measured RTO" beside the RTO target, a warning
// where the measured restore time exceeds the target or the last drill failed, ProblemRole and
// the "drill alerts only" filter.
#include "inventory/fleet.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace chartroom;
using namespace chartroom::inventory;
using namespace chartroom::models;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

DrillOutcome drill(int daysAgo, bool ok, qint64 ms, const QString &error = {})
{
    DrillOutcome d;
    d.finishedAt = kNow.addDays(-daysAgo);
    d.backupId = QStringLiteral("backup-%1").arg(daysAgo);
    d.ok = ok;
    d.durationMs = ms;
    d.error = error;
    d.rtoSeconds = 3600;
    return d;
}

Release release(const QString &name, std::chrono::seconds rto, const QList<DrillOutcome> &drills)
{
    Release r;
    r.context = QStringLiteral("homelab");
    r.namespaceName = QStringLiteral("data");
    r.name = name;
    r.status = QStringLiteral("deployed");
    r.tier = 1;
    r.rto = rto;
    r.rpo = std::chrono::seconds(3600);
    r.stateful = true;
    r.lastVerifiedBackup = kNow.addSecs(-600);
    r.rpoState = RpoState::Ok;
    applyDrills(r, drills);
    return r;
}

QModelIndex find(const QAbstractItemModel &model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex inner = find(model, name, index); inner.isValid())
            return inner;
    }
    return {};
}

QStringList visibleReleases(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(FleetTreeModel::NodeKindRole).toInt() == static_cast<int>(FleetTreeModel::NodeKind::Release))
            names << index.data().toString();
        names << visibleReleases(model, index);
    }
    names.sort();
    return names;
}

} // namespace

class tst_FleetDrills : public QObject
{
    Q_OBJECT

    Fleet m_fleet;

private Q_SLOTS:
    void initTestCase()
    {
        ContextStatus homelab;
        homelab.name = QStringLiteral("homelab");
        homelab.reachability = ContextStatus::Reachability::Reachable;
        m_fleet.contexts = {homelab};
        m_fleet.releases = {
            release(QStringLiteral("good-db"), std::chrono::hours(1), {drill(3, true, 40000)}),
            // RTO of 30 s; the last successful drill took 95 s.
            release(QStringLiteral("slow-db"), std::chrono::seconds(30), {drill(2, true, 95000)}),
            release(QStringLiteral("broken-db"), std::chrono::hours(1),
                    {drill(40, true, 20000), drill(1, false, 800, QStringLiteral("health check query failed"))}),
            release(QStringLiteral("new-db"), std::chrono::hours(1), {}),
        };
    }

    void columns()
    {
        FleetTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setFleet(m_fleet, false);
        QCOMPARE(FleetTreeModel::LastDrillColumn, FleetTreeModel::RtoTargetColumn + 1);
        QCOMPARE(FleetTreeModel::MeasuredRtoColumn, FleetTreeModel::RtoTargetColumn + 2);
        QCOMPARE(model.headerData(FleetTreeModel::LastDrillColumn, Qt::Horizontal).toString(), QStringLiteral("Last drill"));
        QCOMPARE(model.headerData(FleetTreeModel::MeasuredRtoColumn, Qt::Horizontal).toString(), QStringLiteral("Measured RTO"));

        const QModelIndex good = find(model, QStringLiteral("good-db"));
        const QModelIndex slow = find(model, QStringLiteral("slow-db"));
        const QModelIndex broken = find(model, QStringLiteral("broken-db"));
        const QModelIndex fresh = find(model, QStringLiteral("new-db"));
        QVERIFY(good.isValid() && slow.isValid() && broken.isValid() && fresh.isValid());
        auto cell = [](const QModelIndex &index, int column, int role = Qt::DisplayRole) {
            return index.siblingAtColumn(column).data(role);
        };

        QCOMPARE(cell(good, FleetTreeModel::LastDrillColumn).toString(), QStringLiteral("3 d ago"));
        QCOMPARE(cell(good, FleetTreeModel::MeasuredRtoColumn).toString(), QStringLiteral("40.0 s"));
        QCOMPARE(cell(good, FleetTreeModel::RtoTargetColumn).toString(), QStringLiteral("1 h"));
        QVERIFY(cell(good, FleetTreeModel::MeasuredRtoColumn, Qt::DecorationRole).isNull());
        QVERIFY(!cell(good, 0, FleetTreeModel::ProblemRole).toBool());
        QVERIFY(!cell(good, 0, FleetTreeModel::DrillAlertRole).toBool());

        QCOMPARE(cell(slow, FleetTreeModel::MeasuredRtoColumn).toString(), QStringLiteral("1 min 35 s"));
        QVERIFY(!cell(slow, FleetTreeModel::MeasuredRtoColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(cell(slow, FleetTreeModel::MeasuredRtoColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("RTO exceeded")),
                 qPrintable(cell(slow, FleetTreeModel::MeasuredRtoColumn, Qt::ToolTipRole).toString()));
        QVERIFY(cell(slow, 0, FleetTreeModel::ProblemRole).toBool());
        QVERIFY(cell(slow, 0, FleetTreeModel::DrillAlertRole).toBool());

        // The last drill failed: the last good one is still shown, with the failure flagged.
        QCOMPARE(cell(broken, FleetTreeModel::LastDrillColumn).toString(), QStringLiteral("40 d ago (last failed)"));
        QVERIFY(!cell(broken, FleetTreeModel::LastDrillColumn, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell(broken, FleetTreeModel::LastDrillColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("health check query failed")));
        QVERIFY(cell(broken, 0, FleetTreeModel::ProblemRole).toBool());

        QCOMPARE(cell(fresh, FleetTreeModel::LastDrillColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(fresh, FleetTreeModel::MeasuredRtoColumn).toString(), QStringLiteral("—"));
        QVERIFY(!cell(fresh, 0, FleetTreeModel::DrillAlertRole).toBool());

        // Sorting uses raw values: duration in ms, never-drilled below everything.
        QCOMPARE(cell(slow, FleetTreeModel::MeasuredRtoColumn, FleetTreeModel::SortRole).toLongLong(), 95000);
        QCOMPARE(cell(fresh, FleetTreeModel::MeasuredRtoColumn, FleetTreeModel::SortRole).toLongLong(), -1);
        QCOMPARE(cell(good, FleetTreeModel::LastDrillColumn, FleetTreeModel::SortRole).toDateTime(), kNow.addDays(-3));

        // The tier group counts the drill problems among its releases.
        const QModelIndex group = good.parent();
        QVERIFY(group.data(FleetTreeModel::ProblemRole).toBool());
        QVERIFY(group.siblingAtColumn(FleetTreeModel::StatusColumn).data().toString().contains(QStringLiteral("2 need attention")));
    }

    void updatesInPlace()
    {
        FleetTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setFleet(m_fleet, false);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A new, fast drill of the slow release clears its flag.
        model.updateReleases([](Release &r) {
            if (r.name != QLatin1String("slow-db"))
                return false;
            return applyDrills(r, {drill(2, true, 95000), drill(0, true, 12000)});
        });
        QVERIFY(!changed.isEmpty());
        const QModelIndex slow = find(model, QStringLiteral("slow-db"));
        QCOMPARE(slow.siblingAtColumn(FleetTreeModel::MeasuredRtoColumn).data().toString(), QStringLiteral("12.0 s"));
        QCOMPARE(slow.siblingAtColumn(FleetTreeModel::LastDrillColumn).data().toString(), QStringLiteral("just now"));
        QVERIFY(!slow.data(FleetTreeModel::DrillAlertRole).toBool());
    }

    void filterDrillAlerts()
    {
        FleetTreeModel model;
        model.setNow(kNow);
        model.setFleet(m_fleet, false);
        FleetFilterProxy proxy;
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&model);
        QCOMPARE(visibleReleases(proxy), (QStringList{QStringLiteral("broken-db"), QStringLiteral("good-db"),
                                                      QStringLiteral("new-db"), QStringLiteral("slow-db")}));
        QVERIFY(proxy.setDrillAlertsOnly(true));
        QVERIFY(!proxy.setDrillAlertsOnly(true));
        QVERIFY(proxy.hasFilters());
        QCOMPARE(visibleReleases(proxy), (QStringList{QStringLiteral("broken-db"), QStringLiteral("slow-db")}));
        QVERIFY(proxy.setProblemsOnly(true));
        QCOMPARE(visibleReleases(proxy), (QStringList{QStringLiteral("broken-db"), QStringLiteral("slow-db")}));
        proxy.clearFilters();
        QVERIFY(!proxy.hasFilters());
        QCOMPARE(visibleReleases(proxy).size(), 4);
    }
};

QTEST_MAIN(tst_FleetDrills)
#include "tst_fleetdrills.moc"
