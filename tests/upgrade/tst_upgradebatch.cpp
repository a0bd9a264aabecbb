// chartroom-cli upgrade of several releases in DR tier order against the API test server with the
// real helm (3 and 4): the order the releases ran in (from their checkpoints and revisions), a
// batch that stops at its first failure and leaves the next release untouched, and --to-latest
// from the remembered sources (refused without one, nothing to do at the newest).
#include "upgradeclitesting.h"

#include "upgrade/upgradecheckpoint.h"

#include <QJsonObject>
#include <QtTest>

using namespace chartroom;

namespace {
const QString kTools = test::UpgradeCliHarness::toolsDir;
const QString kCharts = test::UpgradeCliHarness::chartsDir;
} // namespace

class tst_UpgradeBatch : public QObject
{
    Q_OBJECT

    test::UpgradeCliHarness m_h{QStringLiteral("upgradebatch")};
    int m_counter = 0;

    test::CommandResult cli(const QString &helm, const QStringList &args) { return m_h.cli(helm, args); }
    test::CommandResult runHelm(const QString &helm, const QStringList &args) { return m_h.helm(helm, args); }
    QJsonArray history(const QString &helm, const QString &ns, const QString &release) { return m_h.history(helm, ns, release); }

    /// webapp 1.0.0 as `release` in a new namespace, its Deployment annotated with `tier` (0: none).
    QString install(const QString &helm, const QString &release, int tier)
    {
        const QString ns = QStringLiteral("batch-%1").arg(++m_counter);
        auto installed = runHelm(helm, {"install", release, kCharts + "webapp-1.0.0", "-n", ns, "--create-namespace", "--wait"});
        if (!installed.ok()) {
            qWarning().noquote() << installed.describe();
            return {};
        }
        if (tier > 0) {
            auto annotated = test::runCommand({kTools + "/kubectl", "--context", "sim", "-n", ns, "annotate", "deployment", release,
                                               QStringLiteral("chartroom.io/tier=%1").arg(tier)},
                                              {}, 60000, m_h.environment());
            if (!annotated.ok()) {
                qWarning().noquote() << annotated.describe();
                return {};
            }
        }
        return ns;
    }

    QList<upgrade::UpgradeCheckpoint> checkpoints(const QString &key)
    {
        const auto list = upgrade::UpgradeCheckpointStore(m_h.path() + "/data/upgrade-checkpoints.json").list(key);
        return list ? *list : QList<upgrade::UpgradeCheckpoint>();
    }

    static QStringList skipBackupFor(const QStringList &names)
    {
        QStringList args{"--skip-backup"};
        for (const QString &name : names)
            args << "--confirm-skip-backup=" + name;
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kTools + "/helm-3.17.3"))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    }

    void bothHelms_data()
    {
        QTest::addColumn<QString>("helm");
        QTest::newRow("helm 3.17.3") << QStringLiteral("helm-3.17.3");
        QTest::newRow("helm 4.1.4") << QStringLiteral("helm-4.1.4");
    }

    void upgradesInTierOrder_data() { bothHelms_data(); }
    void upgradesInTierOrder()
    {
        QFETCH(QString, helm);
        // Given in the wrong order on purpose: untiered, tier 2, tier 1.
        const QString nsLoose = install(helm, "loose", 0);
        const QString nsCache = install(helm, "cache", 2);
        const QString nsCore = install(helm, "core", 1);
        QVERIFY(!nsLoose.isEmpty() && !nsCache.isEmpty() && !nsCore.isEmpty());
        const QString loose = "sim/" + nsLoose + "/loose", cache = "sim/" + nsCache + "/cache", core = "sim/" + nsCore + "/core";
        const QStringList upgrade = QStringList{"upgrade", "--release", loose, "--release", cache, "--release", core, "--chart",
                                                kCharts + "webapp-2.0.0", "--strategy", "rolling", "--timeout", "60", "--no-diff"}
            + skipBackupFor({"loose", "cache", "core"});

        // The preview prints every release's plan in tier order and changes nothing.
        auto plan = cli(helm, upgrade + QStringList{"--plan-only"});
        QVERIFY2(plan.ok(), qPrintable(plan.describe() + QString::fromUtf8(plan.out)));
        const QString planText = QString::fromUtf8(plan.out);
        const qsizetype first = planText.indexOf("1. " + core + " (tier 1)");
        const qsizetype second = planText.indexOf("2. " + cache + " (tier 2)");
        const qsizetype third = planText.indexOf("3. " + loose + " (untiered)");
        QVERIFY2(first >= 0 && second > first && third > second, qPrintable(planText));
        for (const QString &key : {core, cache, loose})
            QVERIFY2(planText.contains("Upgrade plan: " + key), qPrintable(key));
        QCOMPARE(history(helm, nsCore, "core").size(), 1);

        auto run = cli(helm, upgrade + QStringList{"--yes"});
        QVERIFY2(run.ok(), qPrintable(run.describe() + QString::fromUtf8(run.out)));
        QVERIFY(QString::fromUtf8(run.out).contains("All 3 release(s) upgraded."));
        QList<upgrade::UpgradeCheckpoint> ran;
        for (const QString &key : {core, cache, loose}) {
            const auto list = checkpoints(key);
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().outcome, QStringLiteral("succeeded"));
            QCOMPARE(list.first().fromRevision, 1);
            QCOMPARE(list.first().toRevision, 2);
            ran << list.first();
        }
        // Each started after the one before it had finished.
        for (int i = 1; i < ran.size(); ++i)
            QVERIFY2(ran[i].startedAt >= ran[i - 1].startedAt.addMSecs(ran[i - 1].durationMs),
                     qPrintable(ran[i].release + " started before " + ran[i - 1].release + " had finished"));
        QCOMPARE(history(helm, nsLoose, "loose").last()[u"chart"].toString(), QStringLiteral("webapp-2.0.0"));

        // The sources are remembered: --to-latest finds them at the newest version.
        auto latest = cli(helm, {"upgrade", "--release", core, "--release", cache, "--to-latest", "--strategy", "rolling", "--plan-only"});
        QVERIFY2(latest.ok(), qPrintable(latest.describe() + QString::fromUtf8(latest.out)));
        QVERIFY2(QString::fromUtf8(latest.out).contains(core + " is at 2.0.0, the newest version of"), qPrintable(QString::fromUtf8(latest.out)));
        QVERIFY(QString::fromUtf8(latest.out).contains("Nothing to upgrade."));
    }

    void stopsAtTheFirstFailure_data() { bothHelms_data(); }
    void stopsAtTheFirstFailure()
    {
        QFETCH(QString, helm);
        const QString nsSecond = install(helm, "second", 4);
        const QString nsFirst = install(helm, "first", 3);
        QVERIFY(!nsFirst.isEmpty() && !nsSecond.isEmpty());
        const QString first = "sim/" + nsFirst + "/first", second = "sim/" + nsSecond + "/second";

        // Neither has a remembered source: --to-latest refuses both, with the reason, and runs nothing.
        auto refused = cli(helm, {"upgrade", "--tier", "3", "--to-latest", "--strategy", "rolling", "--plan-only"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString::fromUtf8(refused.err).contains("refused: " + first + " has no remembered chart source"),
                 qPrintable(QString::fromUtf8(refused.err)));

        // A values file whose pods never become ready: the first release's upgrade fails (helm rolls
        // it back itself), the second one is never started.
        const QString stuck = m_h.filePath(QStringLiteral("stuck-%1.yaml").arg(m_counter));
        QFile file(stuck);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("stuck: true\n");
        file.close();
        auto run = cli(helm, QStringList{"upgrade", "--release", second, "--release", first, "--chart", kCharts + "webapp-2.0.0",
                                         "--values", stuck, "--strategy", "rolling", "--timeout", "6", "--no-diff", "--yes"}
                                 + skipBackupFor({"first", "second"}));
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains("== " + second + ": not started: stopped after " + first + " failed =="), qPrintable(out));
        QVERIFY(out.contains("The batch stopped"));

        const QJsonArray firstHistory = history(helm, nsFirst, "first");
        QCOMPARE(firstHistory.size(), 3); // 1 → 2 failed → 3 rolled back to 1.0.0
        QCOMPARE(firstHistory[1][u"status"].toString(), QStringLiteral("failed"));
        QCOMPARE(firstHistory.last()[u"chart"].toString(), QStringLiteral("webapp-1.0.0"));
        const QJsonArray secondHistory = history(helm, nsSecond, "second");
        QCOMPARE(secondHistory.size(), 1);
        QCOMPARE(secondHistory.last()[u"chart"].toString(), QStringLiteral("webapp-1.0.0"));
        QCOMPARE(checkpoints(first).size(), 1);
        QCOMPARE(checkpoints(first).first().outcome, QStringLiteral("failed"));
        QVERIFY(checkpoints(second).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_UpgradeBatch)
#include "tst_upgradebatch.moc"
