#include "catalog/profilecatalog.h"
#include "inventory/backupindex.h"
#include "inventory/fleetassembler.h"
#include "kube/parsers/helmlist.h"
#include "kube/parsers/workloads.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace chartroom;
using namespace chartroom::inventory;
using namespace chartroom::models;

namespace {


QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

} // namespace

class tst_FleetTreeModel : public QObject
{
    Q_OBJECT

    catalog::ProfileCatalog m_catalog;
    Fleet m_fleet;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

    static QModelIndex contextIndex(const QAbstractItemModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data().toString() == name)
                return model.index(row, 0);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        m_catalog.load();
        NoBackups backups;
        const FleetAssembler assembler(m_catalog, backups);
        const auto summaries = kube::parseHelmList(test::readFixture(QStringLiteral("helm/list-demo-helm4.json")));
        const auto objects = kube::parseKubeObjectList(test::readFixture(QStringLiteral("kubectl/workloads-demo.json")));
        QVERIFY(summaries && objects);
        ContextStatus homelab;
        homelab.name = QStringLiteral("homelab");
        homelab.reachability = ContextStatus::Reachability::Reachable;
        homelab.scannedAt = m_now.addSecs(-600);
        homelab.releaseCount = 33;
        ContextStatus offsite;
        offsite.name = QStringLiteral("offsite");
        offsite.reachability = ContextStatus::Reachability::Unreachable;
        offsite.error = QStringLiteral("connection refused");
        m_fleet.contexts = {homelab, offsite};
        m_fleet.releases = assembler.assemble(QStringLiteral("homelab"), *summaries, *objects, m_now);
    }

    void structureByTier()
    {
        FleetTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        model.setFleet(m_fleet, true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.releaseCount(), 33);
        const QModelIndex homelab = contextIndex(model, QStringLiteral("homelab"));
        const QStringList groups = childNames(model, homelab);
        QCOMPARE(groups.size(), 5);
        QVERIFY(groups.at(0).startsWith(QLatin1String("Tier 1")));
        QVERIFY(groups.at(3).startsWith(QLatin1String("Tier 4")));
        QCOMPARE(groups.at(4), QStringLiteral("Untiered — No DR tier in the chart's profile"));
        const QStringList tier1 = childNames(model, model.index(0, 0, homelab));
        QCOMPARE(tier1, (QStringList{"loki", "mysql", "postgresql", "prometheus", "redis", "tempo"}));

        // The cached fleet is marked stale with its age.
        QCOMPARE(model.index(homelab.row(), FleetTreeModel::UpdatedColumn).data().toString(), QStringLiteral("10 min ago (cached)"));
        const QModelIndex offsite = contextIndex(model, QStringLiteral("offsite"));
        QCOMPARE(model.rowCount(offsite), 0);
        QCOMPARE(model.index(offsite.row(), FleetTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("Unreachable: connection refused"));
        QVERIFY(offsite.data(FleetTreeModel::ProblemRole).toBool());

        // Tier rows summarise their releases.
        const QModelIndex tier1Row = model.index(0, FleetTreeModel::StatusColumn, homelab);
        QCOMPARE(tier1Row.data().toString(), QStringLiteral("6 releases, 6 need attention"));
        QCOMPARE(model.index(0, FleetTreeModel::RpoStateColumn, homelab).data().toString(),
                 QStringLiteral("6 Never backed up"));

        // nextcloud has been pending-upgrade for days: flagged stuck, with the way out.
        const QModelIndex nextcloud = model.indexOfRelease(QStringLiteral("homelab/apps/nextcloud"));
        QCOMPARE(nextcloud.siblingAtColumn(FleetTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("pending-upgrade (stuck)"));
        QVERIFY(nextcloud.siblingAtColumn(FleetTreeModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("rolled back")));
        QVERIFY(nextcloud.data(FleetTreeModel::ProblemRole).toBool());

        const QModelIndex postgres = model.indexOfRelease(QStringLiteral("homelab/db/postgresql"));
        QVERIFY(postgres.isValid());
        QCOMPARE(model.release(postgres)->name, QStringLiteral("postgresql"));
        QCOMPARE(postgres.siblingAtColumn(FleetTreeModel::RpoTargetColumn).data().toString(), QStringLiteral("15 min"));
        QCOMPARE(postgres.siblingAtColumn(FleetTreeModel::RtoTargetColumn).data().toString(), QStringLiteral("1 h"));
        QCOMPARE(postgres.siblingAtColumn(FleetTreeModel::RpoStateColumn).data().toString(), QStringLiteral("Never backed up"));
        QCOMPARE(postgres.siblingAtColumn(FleetTreeModel::LastBackupColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(postgres.siblingAtColumn(FleetTreeModel::ReadyColumn).data().toString(), QStringLiteral("1/1"));
        QCOMPARE(postgres.siblingAtColumn(FleetTreeModel::RevisionColumn).data(FleetTreeModel::SortRole).toInt(), 2);
        QCOMPARE(model.parent(postgres).data(FleetTreeModel::TierRole).toInt(), 1);
    }

    void incrementalContextUpdate()
    {
        FleetTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(m_fleet, true);
        const QModelIndex homelab = contextIndex(model, QStringLiteral("homelab"));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        ContextStatus status = m_fleet.contexts.first();
        QList<Release> fewer;
        for (const Release &r : m_fleet.releases)
            if (r.tier == 1)
                fewer << r;
        model.setContext(status, fewer);
        QCOMPARE(reset.count(), 0); // other contexts keep their expansion and selection
        QCOMPARE(test::rowSpyToText(removed), QStringLiteral("0,4"));
        QCOMPARE(test::rowSpyToText(inserted), QStringLiteral("0,0"));
        QCOMPARE(model.rowCount(homelab), 1);
        QCOMPARE(model.releaseCount(), 6);
        QVERIFY(!model.index(homelab.row(), FleetTreeModel::UpdatedColumn).data().toString().contains(QLatin1String("cached")));

        // A context that was not known yet is appended.
        ContextStatus fresh;
        fresh.name = QStringLiteral("lab2");
        fresh.reachability = ContextStatus::Reachability::Reachable;
        model.setContext(fresh, {});
        QCOMPARE(model.rowCount(), 3);
    }

    void groupingByNamespace()
    {
        FleetTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(m_fleet, false);
        model.setGrouping(FleetTreeModel::Grouping::ByNamespace);
        const QModelIndex homelab = contextIndex(model, QStringLiteral("homelab"));
        const QStringList namespaces = childNames(model, homelab);
        QVERIFY(namespaces.contains(QStringLiteral("db")));
        QVERIFY(namespaces.contains(QStringLiteral("monitoring")));
        QCOMPARE(model.releaseCount(), 33);
        const int db = static_cast<int>(namespaces.indexOf(QStringLiteral("db")));
        QVERIFY(childNames(model, model.index(db, 0, homelab)).contains(QStringLiteral("postgresql")));
    }

    void filtersAndSorting()
    {
        FleetTreeModel model;
        model.setFleet(m_fleet, false);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto visibleReleases = [&proxy] {
            QStringList names;
            for (int c = 0; c < proxy.rowCount(); ++c) {
                const QModelIndex context = proxy.index(c, 0);
                for (int g = 0; g < proxy.rowCount(context); ++g) {
                    const QModelIndex group = proxy.index(g, 0, context);
                    for (int r = 0; r < proxy.rowCount(group); ++r)
                        names << proxy.index(r, 0, group).data().toString();
                }
            }
            names.sort();
            return names;
        };
        QCOMPARE(visibleReleases().size(), 33);

        QVERIFY(proxy.setText(QStringLiteral("POSTGRES")));
        QCOMPARE(visibleReleases(), QStringList{QStringLiteral("postgresql")});
        QCOMPARE(proxy.rowCount(), 2); // the unreachable context stays visible
        QVERIFY(!proxy.setText(QStringLiteral("POSTGRES"))); // unchanged

        proxy.clearFilters();
        QVERIFY(proxy.setStatusClasses({FleetFilterProxy::StatusClass::Failed, FleetFilterProxy::StatusClass::Pending}));
        QCOMPARE(visibleReleases(), (QStringList{"harbor", "nextcloud"}));

        proxy.clearFilters();
        proxy.setTiers({4});
        QCOMPARE(visibleReleases(), (QStringList{"alertmanager", "jellyfin", "memcached", "otel-collector", "promtail", "uptime-kuma"}));

        proxy.clearFilters();
        proxy.setTiers({0});
        QVERIFY(visibleReleases().contains(QStringLiteral("pgadmin")));
        QVERIFY(!visibleReleases().contains(QStringLiteral("postgresql")));

        proxy.clearFilters();
        proxy.setRpoStates({static_cast<int>(RpoState::NotApplicable)});
        QVERIFY(visibleReleases().contains(QStringLiteral("memcached")));
        QVERIFY(!visibleReleases().contains(QStringLiteral("redis")));

        proxy.clearFilters();
        proxy.setProblemsOnly(true);
        const QStringList problems = visibleReleases();
        QVERIFY(problems.contains(QStringLiteral("rabbitmq"))); // not ready
        QVERIFY(problems.contains(QStringLiteral("harbor")));   // failed
        QVERIFY(problems.contains(QStringLiteral("redis")));    // never backed up
        QVERIFY(!problems.contains(QStringLiteral("memcached"))); // stateless and healthy

        // Sorting uses raw values: revision 6 sorts after revision 5 within a group.
        proxy.clearFilters();
        proxy.sort(FleetTreeModel::RevisionColumn, Qt::DescendingOrder);
        const QModelIndex homelab = proxy.index(0, 0);
        const QModelIndex tier4 = proxy.index(3, 0, homelab);
        QCOMPARE(proxy.index(0, 0, tier4).data().toString(), QStringLiteral("jellyfin")); // revision 6
    }
};

QTEST_MAIN(tst_FleetTreeModel)
#include "tst_fleettreemodel.moc"
