#include "catalog/profilecatalog.h"
#include "inventory/backupindex.h"
#include "inventory/fleet.h"
#include "inventory/fleetassembler.h"
#include "inventory/fleetcache.h"
#include "kube/parsers/helmlist.h"
#include "kube/parsers/workloads.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;
using namespace chartroom::inventory;
using namespace std::chrono_literals;

namespace {


class FakeBackups final : public BackupIndex
{
public:
    QHash<QString, QDateTime> times;
    std::optional<QDateTime> lastVerifiedBackup(const QString &key) const override
    {
        const auto it = times.constFind(key);
        return it == times.cend() ? std::nullopt : std::optional<QDateTime>(*it);
    }
};

const Release *find(const QList<Release> &releases, const char *name)
{
    for (const Release &r : releases)
        if (r.name == QLatin1String(name))
            return &r;
    return nullptr;
}

} // namespace

class tst_Fleet : public QObject
{
    Q_OBJECT

    catalog::ProfileCatalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        m_catalog.load();
        QVERIFY(m_catalog.errors().isEmpty());
    }

    void rpoState_data()
    {
        QTest::addColumn<bool>("stateful");
        QTest::addColumn<int>("rpoMinutes"); // -1: no target
        QTest::addColumn<int>("ageMinutes"); // -1: never backed up
        QTest::addColumn<QString>("state");
        QTest::newRow("stateless") << false << 60 << 5 << "not-applicable";
        QTest::newRow("never") << true << 15 << -1 << "never";
        QTest::newRow("fresh") << true << 15 << 5 << "ok";
        QTest::newRow("at 80 %") << true << 15 << 12 << "ok";
        QTest::newRow("past 80 %") << true << 15 << 13 << "due-soon";
        QTest::newRow("at the RPO") << true << 15 << 15 << "due-soon";
        QTest::newRow("past the RPO") << true << 15 << 16 << "breached";
        QTest::newRow("a day") << true << 24 * 60 << 25 * 60 << "breached";
        QTest::newRow("no target, backed up") << true << -1 << 9999 << "ok";
        QTest::newRow("clock skew") << true << 15 << -5 << "ok";
    }

    void rpoState()
    {
        QFETCH(bool, stateful);
        QFETCH(int, rpoMinutes);
        QFETCH(int, ageMinutes);
        QFETCH(QString, state);
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC); // a fixed clock
        std::optional<std::chrono::seconds> rpo;
        if (rpoMinutes >= 0)
            rpo = std::chrono::minutes(rpoMinutes);
        std::optional<QDateTime> last;
        if (ageMinutes != -1)
            last = now.addSecs(-ageMinutes * 60LL);
        if (QTest::currentDataTag() == QByteArray("clock skew"))
            last = now.addSecs(300); // a backup "from the future"
        QCOMPARE(rpoStateName(computeRpoState(stateful, rpo, last, now)), state);
    }

    void assembleDemoFleet()
    {
        const auto summaries = kube::parseHelmList(test::readFixture(QStringLiteral("helm/list-demo-helm4.json")));
        const auto objects = kube::parseKubeObjectList(test::readFixture(QStringLiteral("kubectl/workloads-demo.json")));
        QVERIFY(summaries && objects);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        FakeBackups backups;
        backups.times.insert(QStringLiteral("homelab/db/postgresql"), now.addSecs(-13 * 60));
        backups.times.insert(QStringLiteral("homelab/db/mysql"), now.addSecs(-5 * 60));
        const FleetAssembler assembler(m_catalog, backups);
        const QList<Release> releases = assembler.assemble(QStringLiteral("homelab"), *summaries, *objects, now);
        QCOMPARE(releases.size(), 33);

        const Release *postgresql = find(releases, "postgresql");
        QVERIFY(postgresql);
        QCOMPARE(postgresql->key(), QStringLiteral("homelab/db/postgresql"));
        QCOMPARE(postgresql->profileId, QStringLiteral("postgresql"));
        QCOMPARE(postgresql->tier, std::optional<int>(1));
        QCOMPARE(postgresql->rpo, std::optional<std::chrono::seconds>(15min));
        QCOMPARE(postgresql->rto, std::optional<std::chrono::seconds>(1h));
        QVERIFY(postgresql->stateful);
        QCOMPARE(postgresql->rpoState, RpoState::DueSoon);
        QVERIFY(!postgresql->workloads.isEmpty());
        QVERIFY(!postgresql->pods.isEmpty());
        QVERIFY(!postgresql->volumes.isEmpty());
        QVERIFY(postgresql->isHealthy());

        QCOMPARE(find(releases, "mysql")->rpoState, RpoState::Ok);
        QCOMPARE(find(releases, "redis")->rpoState, RpoState::NeverBackedUp); // stateful, no backup
        QCOMPARE(find(releases, "memcached")->rpoState, RpoState::NotApplicable);
        QCOMPARE(find(releases, "memcached")->tier, std::optional<int>(4));

        const Release *rabbitmq = find(releases, "rabbitmq"); // its Deployment never becomes ready
        QVERIFY(rabbitmq->replicasReady < rabbitmq->replicasDesired);
        QVERIFY(!rabbitmq->isHealthy());
        QVERIFY(find(releases, "harbor")->isFailed());
        QVERIFY(find(releases, "nextcloud")->isPending());

        // Charts the sources leave untiered stay untiered, never guessed.
        const Release *pgadmin = find(releases, "pgadmin");
        QVERIFY(pgadmin);
        QVERIFY(!pgadmin->tier);
        QVERIFY(!pgadmin->rpo);
    }

    void jsonRoundTrip()
    {
        Fleet fleet;
        fleet.scannedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 30), Qt::UTC);
        ContextStatus context;
        context.name = QStringLiteral("homelab");
        context.reachability = ContextStatus::Reachability::Reachable;
        context.serverVersion = QStringLiteral("v1.33.0");
        context.forbiddenNamespaces = {QStringLiteral("kube-system")};
        fleet.contexts << context;
        ContextStatus dead;
        dead.name = QStringLiteral("offsite");
        dead.reachability = ContextStatus::Reachability::Unreachable;
        dead.error = QStringLiteral("connection refused");
        fleet.contexts << dead;
        Release release;
        release.context = QStringLiteral("homelab");
        release.namespaceName = QStringLiteral("db");
        release.name = QStringLiteral("postgresql-한글");
        release.tier = 1;
        release.rpo = 15min;
        release.stateful = true;
        release.lastVerifiedBackup = fleet.scannedAt.addSecs(-60);
        release.rpoState = RpoState::Ok;
        release.workloads << Workload{QStringLiteral("StatefulSet"), QStringLiteral("postgresql"), 1, 1};
        fleet.releases << release;

        const std::optional<Fleet> back = Fleet::fromJson(fleet.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), fleet.toJson());
        QCOMPARE(back->releases.first().name, QStringLiteral("postgresql-한글"));
        QCOMPARE(back->releases.first().tier, std::optional<int>(1));
        QVERIFY(!back->releases.first().rto);
        QCOMPARE(back->contexts.at(1).reachability, ContextStatus::Reachability::Unreachable);

        QJsonObject other = fleet.toJson();
        other.insert(QStringLiteral("version"), 99);
        QVERIFY(!Fleet::fromJson(other));
    }

    void cacheRoundTripAndDamage()
    {
        QTemporaryDir dir;
        FleetCache cache(dir.filePath(QStringLiteral("fleet.json")));
        QString error;
        QVERIFY(!cache.loadNow(&error));
        QVERIFY(error.isEmpty()); // no cache yet is not an error
        Fleet fleet;
        fleet.scannedAt = QDateTime::currentDateTimeUtc();
        Release r;
        r.name = QStringLiteral("x");
        fleet.releases << r;
        QVERIFY(cache.saveNow(fleet));
        std::optional<Fleet> loaded;
        bool called = false;
        cache.loadAsync(this, [&](std::optional<Fleet> f) { loaded = std::move(f); called = true; });
        QTRY_VERIFY(called);
        QVERIFY(loaded);
        QCOMPARE(loaded->releases.size(), 1);

        QFile file(cache.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"chartroom.fleet\", \"releases\": [");
        file.close();
        QVERIFY(!cache.loadNow(&error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Fleet)
#include "tst_fleet.moc"
