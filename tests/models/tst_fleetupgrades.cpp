// The inventory's Upgrade column: "current → newer" for releases whose remembered source offers
// a newer chart version, the source in the tooltip, nothing at the newest version or without a
// remembered source, and a warning with the reason when the source could not be asked.
#include "inventory/fleet.h"
#include "models/fleettreemodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace chartroom;
using namespace chartroom::inventory;
using namespace chartroom::models;

namespace {

Release release(const QString &name, const QString &version)
{
    Release r;
    r.context = QStringLiteral("homelab");
    r.namespaceName = QStringLiteral("apps");
    r.name = name;
    r.status = QStringLiteral("deployed");
    r.chartName = QStringLiteral("memcached");
    r.chartVersion = version;
    return r;
}

} // namespace

class tst_FleetUpgrades : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradeColumn()
    {
        Fleet fleet;
        ContextStatus homelab;
        homelab.name = QStringLiteral("homelab");
        homelab.reachability = ContextStatus::Reachability::Reachable;
        fleet.contexts = {homelab};
        fleet.releases = {release(QStringLiteral("old"), QStringLiteral("0.4.0")), release(QStringLiteral("newest"), QStringLiteral("0.5.0")),
                          release(QStringLiteral("unknown"), QStringLiteral("0.4.0")), release(QStringLiteral("broken"), QStringLiteral("0.4.0"))};

        FleetTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(fleet, false);
        QCOMPARE(model.headerData(FleetTreeModel::UpgradeColumn, Qt::Horizontal).toString(), QStringLiteral("Upgrade"));
        auto cell = [&model](const QString &name, int role = Qt::DisplayRole) {
            return model.indexOfRelease(QStringLiteral("homelab/apps/") + name).siblingAtColumn(FleetTreeModel::UpgradeColumn).data(role);
        };
        // Before any check: nothing.
        QVERIFY(cell(QStringLiteral("old")).toString().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString repo = QStringLiteral("sb-charts/memcached");
        model.setUpgradeBadges({
            {QStringLiteral("homelab/apps/old"), {QStringLiteral("0.4.0"), QStringLiteral("0.5.0"), repo, {}}},
            {QStringLiteral("homelab/apps/newest"), {QStringLiteral("0.5.0"), {}, repo, {}}},
            {QStringLiteral("homelab/apps/broken"), {QStringLiteral("0.4.0"), {}, QStringLiteral("gone/memcached"),
                                                      QStringLiteral("looks like \"http://127.0.0.1:1\" is not a valid chart repository")}},
        });
        QVERIFY(!changed.isEmpty());
        const bool upgradeColumnChanged = std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            const auto from = args[0].value<QModelIndex>(), to = args[1].value<QModelIndex>();
            return from.column() <= FleetTreeModel::UpgradeColumn && to.column() >= FleetTreeModel::UpgradeColumn;
        });
        QVERIFY(upgradeColumnChanged);

        QCOMPARE(cell(QStringLiteral("old")).toString(), QStringLiteral("0.4.0 → 0.5.0"));
        QCOMPARE(cell(QStringLiteral("old"), Qt::ToolTipRole).toString(), QStringLiteral("Version 0.5.0 is available at sb-charts/memcached"));
        QVERIFY(cell(QStringLiteral("old"), Qt::DecorationRole).isNull());

        QVERIFY(cell(QStringLiteral("newest")).toString().isEmpty());
        QCOMPARE(cell(QStringLiteral("newest"), Qt::ToolTipRole).toString(),
                 QStringLiteral("0.5.0 is the newest version at sb-charts/memcached"));

        QVERIFY(cell(QStringLiteral("unknown")).toString().isEmpty());
        QVERIFY(cell(QStringLiteral("unknown"), Qt::ToolTipRole).isNull());

        QVERIFY(cell(QStringLiteral("broken")).toString().isEmpty());
        QVERIFY(!cell(QStringLiteral("broken"), Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell(QStringLiteral("broken"), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Cannot ask gone/memcached for newer versions: looks like")));

        // Sorting puts releases with an upgrade apart from those without.
        QVERIFY(cell(QStringLiteral("old"), FleetTreeModel::SortRole).toString() > cell(QStringLiteral("newest"), FleetTreeModel::SortRole).toString());

        // A later check replaces the badges.
        model.setUpgradeBadges({});
        QVERIFY(cell(QStringLiteral("old")).toString().isEmpty());
    }
};

QTEST_MAIN(tst_FleetUpgrades)
#include "tst_fleetupgrades.moc"
