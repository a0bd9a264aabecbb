// chartroom-cli upgrade and rollback against the API test server with the real helm (3 and 4):
// the preview and plan without --yes, a rolling upgrade with the backup gate skipped on
// confirmation, the checkpoint and chart source it records, and a rollback.
#include "upgradeclitesting.h"

#include "upgrade/releasesourcestore.h"
#include "upgrade/scheduledupgradestore.h"
#include "upgrade/upgradecheckpoint.h"

#include <QJsonObject>
#include <QtTest>

using namespace chartroom;

namespace {
const QString kTools = test::UpgradeCliHarness::toolsDir;
const QString kCharts = test::UpgradeCliHarness::chartsDir;
} // namespace

class tst_UpgradeCli : public QObject
{
    Q_OBJECT

    test::UpgradeCliHarness m_h{QStringLiteral("upgradecli")};
    int m_counter = 0;

    test::CommandResult cli(const QString &helm, const QStringList &args) { return m_h.cli(helm, args); }
    test::CommandResult runHelm(const QString &helm, const QStringList &args) { return m_h.helm(helm, args); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kTools + QStringLiteral("/helm-3.17.3")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    }

    void upgradeAndRollback_data()
    {
        QTest::addColumn<QString>("helm");
        QTest::newRow("helm 3.17.3") << QStringLiteral("helm-3.17.3");
        QTest::newRow("helm 4.1.4") << QStringLiteral("helm-4.1.4");
    }
    void upgradeAndRollback()
    {
        QFETCH(QString, helm);
        const QString ns = QStringLiteral("cli-%1").arg(++m_counter);
        const QString key = QStringLiteral("sim/%1/web").arg(ns);
        auto installed = runHelm(helm, {QStringLiteral("install"), QStringLiteral("web"), kCharts + QStringLiteral("webapp-1.0.0"),
                                           QStringLiteral("-n"), ns, QStringLiteral("--create-namespace"), QStringLiteral("--wait")});
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        const QStringList upgrade{QStringLiteral("upgrade"), QStringLiteral("--release"), key, QStringLiteral("--chart"),
                                  kCharts + QStringLiteral("webapp-2.0.0"), QStringLiteral("--strategy"), QStringLiteral("rolling"),
                                  QStringLiteral("--timeout"), QStringLiteral("60")};

        // Without --yes: the preview and the plan, nothing changes.
        auto plan = cli(helm, upgrade + QStringList{QStringLiteral("--plan-only")});
        QVERIFY2(plan.ok() || plan.exitCode == 1, qPrintable(plan.describe()));
        const QString planText = QString::fromUtf8(plan.out);
        QVERIFY2(planText.contains(QStringLiteral("[image-major] Deployment/web")), qPrintable(planText));
        QVERIFY(planText.contains(QStringLiteral("+          image: \"nginx:2.0.1\"")));
        QVERIFY(planText.contains(helm.startsWith(QLatin1String("helm-3")) ? QStringLiteral("--atomic") : QStringLiteral("--rollback-on-failure")));
        // No backup recipe for this chart: the gate blocks unless skipping is confirmed.
        QCOMPARE(plan.exitCode, 1);
        QVERIFY(QString::fromUtf8(plan.err).contains(QStringLiteral("explicit confirmation")));
        auto bad = cli(helm, upgrade + QStringList{QStringLiteral("--skip-backup"), QStringLiteral("--confirm-skip-backup=other"), QStringLiteral("--yes")});
        QCOMPARE(bad.exitCode, 2);
        auto history = runHelm(helm, {QStringLiteral("history"), QStringLiteral("web"), QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(history.out).array().size(), 1);

        auto run = cli(helm, upgrade + QStringList{QStringLiteral("--skip-backup"), QStringLiteral("--confirm-skip-backup=web"), QStringLiteral("--yes")});
        QVERIFY2(run.ok(), qPrintable(run.describe() + QString::fromUtf8(run.out)));
        QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("revision 1 → 2")));
        history = runHelm(helm, {QStringLiteral("history"), QStringLiteral("web"), QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(history.out).array().last()[u"chart"].toString(), QStringLiteral("webapp-2.0.0"));

        const QString data = m_h.path() + QStringLiteral("/data");
        const auto checkpoints = upgrade::UpgradeCheckpointStore(data + QStringLiteral("/upgrade-checkpoints.json")).list(key);
        QVERIFY(checkpoints && checkpoints->size() == 1);
        QCOMPARE(checkpoints->first().outcome, QStringLiteral("succeeded"));
        QCOMPARE(checkpoints->first().toRevision, 2);
        QVERIFY(checkpoints->first().backupSkipped);
        upgrade::ReleaseSourceStore sources(data + QStringLiteral("/release-sources.json"));
        QVERIFY(sources.load().ok());
        QCOMPARE(sources.source(key)->reference, kCharts + QStringLiteral("webapp-2.0.0"));

        // Rollback: the plan first, then with --yes.
        auto rollbackPlan = cli(helm, {QStringLiteral("rollback"), QStringLiteral("--release"), key});
        QVERIFY2(rollbackPlan.ok(), qPrintable(rollbackPlan.describe()));
        QVERIFY(QString::fromUtf8(rollbackPlan.out).contains(QStringLiteral("Roll back to revision 1")));
        auto rollback = cli(helm, {QStringLiteral("rollback"), QStringLiteral("--release"), key, QStringLiteral("--yes")});
        QVERIFY2(rollback.ok(), qPrintable(rollback.describe()));
        history = runHelm(helm, {QStringLiteral("history"), QStringLiteral("web"), QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")});
        const QJsonArray revisions = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.last()[u"chart"].toString(), QStringLiteral("webapp-1.0.0"));
        QCOMPARE(revisions.last()[u"status"].toString(), QStringLiteral("deployed"));
        QCOMPARE(upgrade::UpgradeCheckpointStore(data + QStringLiteral("/upgrade-checkpoints.json")).list(key)->last().operation,
                 QStringLiteral("rollback"));
    }

    void listScheduled()
    {
        const upgrade::ScheduledUpgradeStore store(m_h.path() + QStringLiteral("/state/scheduled-upgrades.json"));
        auto empty = cli(QStringLiteral("helm-4.1.4"), {QStringLiteral("upgrade"), QStringLiteral("--list-scheduled")});
        QVERIFY2(empty.ok(), qPrintable(empty.describe()));
        QVERIFY(QString::fromUtf8(empty.out).contains(QStringLiteral("No upgrade is waiting")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        upgrade::UpgradeRequest request;
        request.release = *upgrade::ReleaseTarget::fromKey(QStringLiteral("sim/cache/memcached"));
        request.source = *upgrade::ChartSource::fromReference(QStringLiteral("sb-charts/memcached"));
        request.strategy = upgrade::Strategy::MaintenanceWindow;
        request.windowStart = now.addSecs(-600);
        const auto missed = store.add(request, now.addDays(-1));
        request.release.name = QStringLiteral("later");
        request.windowStart = now.addDays(1);
        const auto pending = store.add(request, now);
        QVERIFY(missed && pending);

        auto listed = cli(QStringLiteral("helm-4.1.4"), {QStringLiteral("upgrade"), QStringLiteral("--list-scheduled")});
        QVERIFY2(listed.ok(), qPrintable(listed.describe()));
        QString out = QString::fromUtf8(listed.out);
        QVERIFY2(out.contains(*missed + QStringLiteral("  sim/cache/memcached  window ")) && out.contains(QStringLiteral("[missed (not told yet)]")),
                 qPrintable(out));
        QVERIFY(out.contains(*pending + QStringLiteral("  sim/cache/later  window ")) && out.contains(QStringLiteral("[pending]")));
        QVERIFY(store.markMissed({*missed}, now).ok());
        out = QString::fromUtf8(cli(QStringLiteral("helm-4.1.4"), {QStringLiteral("upgrade"), QStringLiteral("--list-scheduled")}).out);
        QVERIFY2(out.contains(QStringLiteral("[missed (told ")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("not told yet")));
    }

    QJsonObject serviceSelector(const QString &ns)
    {
        const auto out = test::runCommand({kTools + QStringLiteral("/kubectl"), QStringLiteral("--context"), QStringLiteral("sim"),
                                           QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("web"),
                                           QStringLiteral("-o"), QStringLiteral("json")},
                                          {}, 60000, m_h.environment());
        return out.ok() ? QJsonDocument::fromJson(out.out).object()[u"spec"][u"selector"].toObject() : QJsonObject();
    }

    void blueGreenSwitchBackAndRetire()
    {
        const QString helm = QStringLiteral("helm-4.1.4");
        const QString ns = QStringLiteral("cli-bg");
        const QString key = QStringLiteral("sim/%1/web").arg(ns);
        auto installed = runHelm(helm, {QStringLiteral("install"), QStringLiteral("web"), kCharts + QStringLiteral("webapp-1.0.0"),
                                        QStringLiteral("-n"), ns, QStringLiteral("--create-namespace"), QStringLiteral("--wait")});
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        const QJsonObject original = serviceSelector(ns);
        QCOMPARE(original.value(u"app.kubernetes.io/instance").toString(), QStringLiteral("web"));
        const QStringList upgrade{QStringLiteral("upgrade"), QStringLiteral("--release"), key, QStringLiteral("--chart"),
                                  kCharts + QStringLiteral("webapp-2.0.0"), QStringLiteral("--strategy"), QStringLiteral("blue-green"),
                                  QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--skip-backup"),
                                  QStringLiteral("--confirm-skip-backup=web"), QStringLiteral("--yes")};
        for (int round = 0; round < 2; ++round) {
            auto run = cli(helm, upgrade);
            QVERIFY2(run.ok(), qPrintable(run.describe() + QString::fromUtf8(run.out)));
            QCOMPARE(serviceSelector(ns).value(u"app.kubernetes.io/instance").toString(), QStringLiteral("web-green"));
            if (round == 0) {
                auto back = cli(helm, {QStringLiteral("upgrade"), QStringLiteral("--release"), key, QStringLiteral("--switch-back"), QStringLiteral("--yes")});
                QVERIFY2(back.ok(), qPrintable(back.describe() + QString::fromUtf8(back.out)));
                QCOMPARE(serviceSelector(ns), original);
                QVERIFY(!runHelm(helm, {QStringLiteral("status"), QStringLiteral("web-green"), QStringLiteral("-n"), ns}).ok());
            }
        }
        // Retiring blue needs its name typed again; then the Service stays (on green) and blue goes.
        QCOMPARE(cli(helm, {QStringLiteral("upgrade"), QStringLiteral("--release"), key, QStringLiteral("--retire-blue"), QStringLiteral("--yes")}).exitCode, 2);
        // Without --yes: the exact commands, nothing changed.
        auto preview = cli(helm, {QStringLiteral("upgrade"), QStringLiteral("--release"), key, QStringLiteral("--retire-blue"),
                                  QStringLiteral("--confirm-retire=web")});
        QVERIFY2(preview.ok(), qPrintable(preview.describe()));
        const QString shown = QString::fromUtf8(preview.out);
        QVERIFY2(shown.contains(QStringLiteral(" get service web ")) && shown.contains(QStringLiteral(" uninstall web ")) &&
                     shown.contains(QStringLiteral(" create -f - ")) && shown.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(shown));
        QVERIFY(runHelm(helm, {QStringLiteral("status"), QStringLiteral("web"), QStringLiteral("-n"), ns}).ok());
        auto retire = cli(helm, {QStringLiteral("upgrade"), QStringLiteral("--release"), key, QStringLiteral("--retire-blue"),
                                 QStringLiteral("--confirm-retire=web"), QStringLiteral("--yes")});
        QVERIFY2(retire.ok(), qPrintable(retire.describe() + QString::fromUtf8(retire.out)));
        QVERIFY(!runHelm(helm, {QStringLiteral("status"), QStringLiteral("web"), QStringLiteral("-n"), ns}).ok());
        QVERIFY(runHelm(helm, {QStringLiteral("status"), QStringLiteral("web-green"), QStringLiteral("-n"), ns}).ok());
        QCOMPARE(serviceSelector(ns).value(u"app.kubernetes.io/instance").toString(), QStringLiteral("web-green"));
    }
};

QTEST_GUILESS_MAIN(tst_UpgradeCli)
#include "tst_upgradecli.moc"
