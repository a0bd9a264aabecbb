// Plan construction per strategy and helm major version: golden argument lists, values modes,
// strategy offers from the profiles, problems that stop a plan, rollback and stuck recovery.
#include "catalog/profilecatalog.h"
#include "jobs/sequencejob.h"
#include "upgrade/batchupgradeplan.h"
#include "upgrade/retirebluejob.h"
#include "upgrade/rollbackplan.h"
#include "upgrade/upgradecommands.h"
#include "upgrade/upgradeplan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace chartroom;
using namespace chartroom::upgrade;

namespace {

backup::ClusterTools toolsFor(int major)
{
    backup::ClusterTools tools;
    tools.commands = kube::ToolCommands(QStringLiteral("/t/helm"), major, QStringLiteral("/t/kubectl"));
    tools.helmVersion = major == 3 ? QStringLiteral("v3.17.3") : QStringLiteral("v4.1.4");
    return tools;
}

ReleaseTarget cache()
{
    ReleaseTarget r;
    r.context = QStringLiteral("prod");
    r.namespaceName = QStringLiteral("apps");
    r.name = QStringLiteral("cache");
    r.chartName = QStringLiteral("memcached");
    r.chartVersion = QStringLiteral("0.3.3");
    r.revision = 4;
    r.status = QStringLiteral("deployed");
    return r;
}

UpgradeRequest request(Strategy strategy)
{
    UpgradeRequest q;
    q.release = cache();
    q.source = *ChartSource::fromReference(QStringLiteral("sb-charts/memcached"));
    q.source.version = QStringLiteral("0.4.0");
    q.strategy = strategy;
    q.timeoutSeconds = 300;
    q.workloads = {QStringLiteral("deployment/cache-memcached")};
    q.services = {QStringLiteral("cache-memcached")};
    return q;
}

BackupGate freshGate()
{
    BackupGate::Input in;
    in.lastVerified = QDateTime::currentDateTimeUtc().addSecs(-600);
    in.lastVerifiedId = QStringLiteral("20261126-100000-cache");
    return BackupGate(in, QDateTime::currentDateTimeUtc());
}

const catalog::ChartProfile *profile(const char *id)
{
    static const catalog::ProfileCatalog catalog = [] {
        catalog::ProfileCatalog c;
        c.load(QStringLiteral("/nonexistent"));
        return c;
    }();
    return catalog.profile(QString::fromLatin1(id));
}

QStringList argv(const CommandLine &c)
{
    return QStringList{c.program()} + c.arguments();
}

} // namespace

class tst_UpgradePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchRunsInTierOrder()
    {
        const auto item = [](const QString &ns, const QString &name, std::optional<int> tier) {
            UpgradeRequest q = request(Strategy::Rolling);
            q.release.namespaceName = ns;
            q.release.name = name;
            return BatchUpgradePlan::Item{UpgradePlan(q, std::nullopt, freshGate()), tier};
        };
        const BatchUpgradePlan batch({item(QStringLiteral("web"), QStringLiteral("front"), std::nullopt), item(QStringLiteral("apps"), QStringLiteral("cache"), 2),
                                      item(QStringLiteral("db"), QStringLiteral("main"), 1), item(QStringLiteral("apps"), QStringLiteral("queue"), 1)});
        QStringList order;
        for (const BatchUpgradePlan::Item &i : batch.items())
            order << i.plan.request().release.key();
        QCOMPARE(order, (QStringList{QStringLiteral("prod/apps/queue"), QStringLiteral("prod/db/main"), QStringLiteral("prod/apps/cache"),
                                     QStringLiteral("prod/web/front")}));
        QCOMPARE(batch.problem(), QString());
        const QStringList lines = batch.describe(toolsFor(4));
        QCOMPARE(lines.at(1), QStringLiteral("  1. prod/apps/queue (tier 1)"));
        QCOMPARE(lines.at(4), QStringLiteral("  4. prod/web/front (untiered)"));
        QCOMPARE(lines.filter(QStringLiteral("Upgrade plan: ")).size(), 4);

        auto job = batch.makeJob(toolsFor(4));
        auto *sequence = qobject_cast<jobs::SequenceJob *>(job.get());
        QVERIFY(sequence);
        QCOMPARE(sequence->stepCount(), 4);
        QVERIFY(sequence->step(0)->title().contains(QStringLiteral("prod/apps/queue")));
        QVERIFY(sequence->step(3)->title().contains(QStringLiteral("prod/web/front")));
        const auto outcomes = batch.outcomes(*job);
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(outcomes.first().state, jobs::JobState::Pending);
        QCOMPARE(outcomes.first().text, QStringLiteral("not started"));

        // One plan that cannot run stops the whole batch before anything runs.
        UpgradeRequest stuck = request(Strategy::Rolling);
        stuck.release.status = QStringLiteral("pending-upgrade");
        const BatchUpgradePlan blocked({item(QStringLiteral("apps"), QStringLiteral("queue"), 1), {UpgradePlan(stuck, std::nullopt, freshGate()), 3}});
        QVERIFY2(blocked.problem().startsWith(QStringLiteral("prod/apps/cache: ")), qPrintable(blocked.problem()));
        QVERIFY(!blocked.makeJob(toolsFor(4)));
        QVERIFY(!BatchUpgradePlan({}).problem().isEmpty());
    }

    void ociPlainHttpSource()
    {
        ChartSource oci = *ChartSource::fromReference(QStringLiteral("oci://127.0.0.1:5000/charts/webapp"));
        oci.version = QStringLiteral("2.0.0");
        QCOMPARE(oci.sourceArguments(), (QStringList{QStringLiteral("--version"), QStringLiteral("2.0.0")}));
        oci.plainHttp = true;
        QCOMPARE(oci.sourceArguments(), (QStringList{QStringLiteral("--version"), QStringLiteral("2.0.0"), QStringLiteral("--plain-http")}));
        QCOMPARE(ChartSource::fromJson(oci.toJson()), oci);
        UpgradeRequest q = request(Strategy::Rolling);
        q.source = oci;
        QVERIFY(UpgradePlan(q, std::nullopt, freshGate()).describe(toolsFor(3)).join(u'\n').contains(
            QStringLiteral("upgrade cache oci://127.0.0.1:5000/charts/webapp --version 2.0.0 --plain-http")));
        // Only an OCI source has the flag.
        ChartSource repo = *ChartSource::fromReference(QStringLiteral("sb-charts/memcached"));
        repo.plainHttp = true;
        QVERIFY(!repo.sourceArguments().contains(QStringLiteral("--plain-http")));
        QVERIFY(!ChartSource::fromJson(repo.toJson())->plainHttp);
    }

    void helmUpgradeArgv_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<QString>("flag");
        QTest::newRow("helm 3") << 3 << "--atomic";
        QTest::newRow("helm 4") << 4 << "--rollback-on-failure";
    }
    void helmUpgradeArgv()
    {
        QFETCH(int, major);
        QFETCH(QString, flag);
        const UpgradeCommands c = UpgradeCommands(toolsFor(major).commands, parseHelmVersion(toolsFor(major).helmVersion));
        UpgradeCommands::UpgradeFlags flags;
        flags.timeoutSeconds = 300;
        const UpgradeRequest q = request(Strategy::Rolling);
        QCOMPARE(argv(c.upgrade(q.release, q.source, ValuesMode::ResetThenReuseValues, {}, flags)),
                 (QStringList{"/t/helm", "upgrade", "cache", "sb-charts/memcached", "--version", "0.4.0", "--namespace", "apps",
                              "--kube-context", "prod", "--reset-then-reuse-values", "--wait", "--timeout=300s", flag}));
        flags.dryRunServer = true;
        QCOMPARE(argv(c.upgrade(q.release, q.source, ValuesMode::ReuseValues, {}, flags)),
                 (QStringList{"/t/helm", "upgrade", "cache", "sb-charts/memcached", "--version", "0.4.0", "--namespace", "apps",
                              "--kube-context", "prod", "--reuse-values", "--dry-run=server", "-o", "json"}));
        QCOMPARE(argv(c.upgrade(q.release, q.source, ValuesMode::ValuesFile, "/v.yaml", {})).mid(10, 3),
                 (QStringList{"--reset-values", "-f", "/v.yaml"}));
        QCOMPARE(argv(c.rollback("prod", "apps", "cache", 3, 300)),
                 (QStringList{"/t/helm", "rollback", "cache", "3", "--namespace", "apps", "--kube-context", "prod", "--wait",
                              "--timeout=300s"}));
        QCOMPARE(argv(c.switchServiceInstance("prod", "apps", "cache-memcached", "cache-green")),
                 (QStringList{"/t/kubectl", "--context", "prod", "--namespace", "apps", "patch", "service", "cache-memcached",
                              "--type", "merge", "-p", R"({"spec":{"selector":{"app.kubernetes.io/instance":"cache-green"}}})"}));
        QCOMPARE(argv(c.searchVersions("sb-charts/memcached")),
                 (QStringList{"/t/helm", "search", "repo", "sb-charts/memcached", "--versions", "-o", "json"}));
    }

    void valuesModesByHelmVersion()
    {
        QVERIFY(!valuesModeSupported(ValuesMode::ResetThenReuseValues, parseHelmVersion("v3.13.3")));
        QVERIFY(valuesModeSupported(ValuesMode::ResetThenReuseValues, parseHelmVersion("v3.14.0")));
        QVERIFY(valuesModeSupported(ValuesMode::ResetThenReuseValues, parseHelmVersion("v4.1.4+g1234")));
        QCOMPARE(defaultValuesMode(parseHelmVersion("v3.12.0")), ValuesMode::ReuseValues);
        QCOMPARE(defaultValuesMode(parseHelmVersion("v3.17.3")), ValuesMode::ResetThenReuseValues);
        QVERIFY(valuesModeExplanation(ValuesMode::ReuseValues).contains("NOT applied"));
    }

    void rollingPlanSteps_data() { helmUpgradeArgv_data(); }
    void rollingPlanSteps()
    {
        QFETCH(int, major);
        QFETCH(QString, flag);
        const UpgradePlan plan(request(Strategy::Rolling), *profile("memcached"), freshGate());
        QCOMPARE(plan.problem(), QString());
        const QList<UpgradePlan::Step> steps = plan.steps(toolsFor(major));
        QStringList kinds;
        for (const auto &s : steps)
            kinds << upgradeStepKindName(s.kind);
        // memcached: one pre-upgrade check (stats), two post-upgrade checks (version, set-get).
        QCOMPARE(kinds, (QStringList{"backup-gate", "check", "upgrade", "rollout", "check", "check"}));
        QCOMPARE(steps[2].commands, QStringList{"/t/helm upgrade cache sb-charts/memcached --version 0.4.0 --namespace apps "
                                                "--kube-context prod --reset-then-reuse-values --wait --timeout=300s " + flag});
        QCOMPARE(steps[3].commands,
                 QStringList{"/t/kubectl --context prod --namespace apps rollout status deployment/cache-memcached --timeout=300s"});
        QVERIFY(steps[1].commands.first().startsWith("/t/kubectl --context prod --namespace apps exec POD"));
        auto job = plan.makeJob(toolsFor(major));
        auto *sequence = qobject_cast<jobs::SequenceJob *>(job.get());
        QVERIFY(sequence);
        QCOMPARE(sequence->stepCount(), 5); // pre-check, upgrade, rollout, 2 post-checks (fresh backup: no backup step)
        QCOMPARE(sequence->step(1)->commandLines().first().arguments().last(), flag);
    }

    void inPlaceKeepsTheDeployedChartVersion()
    {
        UpgradeRequest q = request(Strategy::InPlace);
        q.source.version.clear();
        q.valuesMode = ValuesMode::ValuesFile;
        q.valuesFile = "/tmp/new-values.yaml";
        const catalog::ChartProfile *prometheus = profile("prometheus"); // documents in-place
        QVERIFY(prometheus);
        const UpgradePlan plan(q, *prometheus, freshGate());
        QCOMPARE(plan.problem(), QString());
        const auto steps = plan.steps(toolsFor(3));
        const auto upgrade = std::find_if(steps.begin(), steps.end(), [](const auto &s) { return s.kind == UpgradePlan::StepKind::Upgrade; });
        QVERIFY(upgrade != steps.end());
        QVERIFY2(upgrade->commands.first().contains("sb-charts/memcached --version 0.3.3"), qPrintable(upgrade->commands.first()));
        QVERIFY(upgrade->commands.first().contains("--reset-values -f /tmp/new-values.yaml"));
        // A version change is not in-place.
        q.source.version = "0.4.0";
        QVERIFY(UpgradePlan(q, *prometheus, freshGate()).problem().contains("values-only"));
    }

    void maintenanceWindowPlan()
    {
        UpgradeRequest q = request(Strategy::MaintenanceWindow);
        q.windowStart = QDateTime::currentDateTimeUtc().addSecs(3600);
        const UpgradePlan plan(q, *profile("memcached"), freshGate());
        QCOMPARE(plan.problem(), QString());
        QStringList kinds;
        for (const auto &s : plan.steps(toolsFor(4)))
            kinds << upgradeStepKindName(s.kind);
        QCOMPARE(kinds, (QStringList{"wait", "backup-gate", "check", "scale", "upgrade", "scale", "rollout", "check", "check", "note"}));
        auto job = plan.makeJob(toolsFor(4));
        auto *sequence = qobject_cast<jobs::SequenceJob *>(job.get());
        QVERIFY(sequence && sequence->compensation());
        QCOMPARE(sequence->step(0)->title(), QStringLiteral("Wait for the maintenance window"));
        QCOMPARE(sequence->step(2)->commandLines().size(), 0); // scale down reads replicas when it runs
    }

    void blueGreenPlan()
    {
        const UpgradePlan plan(request(Strategy::BlueGreen), *profile("memcached"), freshGate());
        QCOMPARE(plan.problem(), QString());
        const auto steps = plan.steps(toolsFor(3));
        const auto install = std::find_if(steps.begin(), steps.end(), [](const auto &s) { return s.kind == UpgradePlan::StepKind::Install; });
        QVERIFY(install != steps.end());
        QCOMPARE(install->commands.first(), QStringLiteral("/t/helm install cache-green sb-charts/memcached --version 0.4.0 --namespace apps "
                                                           "--kube-context prod -f - --wait --timeout=300s"));
        const auto sw = std::find_if(steps.begin(), steps.end(), [](const auto &s) { return s.kind == UpgradePlan::StepKind::Switch; });
        QVERIFY(sw != steps.end());
        QVERIFY(sw->commands.first().contains("patch service cache-memcached --type merge"));
        QVERIFY(!plan.makeRetireBlueJob(toolsFor(3), false));
        QVERIFY(qobject_cast<RetireBlueJob *>(plan.makeRetireBlueJob(toolsFor(3), true).get()));
        // The Service created again after blue's uninstall: no server-set fields, no Helm ownership.
        const QByteArray live = R"({"apiVersion":"v1","kind":"Service","metadata":{"name":"cache-memcached","namespace":"apps",
            "uid":"u-1","resourceVersion":"42","creationTimestamp":"2026-11-26T10:00:00Z",
            "labels":{"app.kubernetes.io/managed-by":"Helm","app.kubernetes.io/name":"memcached"},
            "annotations":{"meta.helm.sh/release-name":"cache","meta.helm.sh/release-namespace":"apps"}},
            "spec":{"clusterIP":"10.96.0.7","selector":{"app.kubernetes.io/instance":"cache-green"}},"status":{"loadBalancer":{}}})";
        const QJsonObject kept = QJsonDocument::fromJson(RetireBlueJob::keptServiceJson(live, "cache")).object();
        QCOMPARE(kept.value("metadata").toObject().keys(), (QStringList{"annotations", "labels", "name", "namespace"}));
        QCOMPARE(kept["metadata"]["annotations"].toObject(), (QJsonObject{{"chartroom.io/kept-from-release", "cache"}}));
        QCOMPARE(kept["metadata"]["labels"].toObject(), (QJsonObject{{"app.kubernetes.io/name", "memcached"}}));
        QCOMPARE(kept["spec"]["selector"]["app.kubernetes.io/instance"].toString(), QStringLiteral("cache-green"));
        QCOMPARE(kept["spec"]["clusterIP"].toString(), QStringLiteral("10.96.0.7"));
        QVERIFY(!kept.contains("status"));
        auto back = plan.makeSwitchBackJob(toolsFor(3));
        QCOMPARE(back->commandLines().first().arguments().last(), QStringLiteral(R"({"spec":{"selector":{"app.kubernetes.io/instance":"cache"}}})"));
    }

    void onlyStrategiesTheProfileSupports()
    {
        const catalog::ChartProfile *keycloak = profile("keycloak"); // rolling and blue-green only
        QVERIFY(keycloak);
        QList<Strategy> offered;
        for (const StrategyOffer &o : UpgradePlan::offeredStrategies(keycloak))
            offered << o.strategy;
        QCOMPARE(offered, (QList<Strategy>{Strategy::Rolling, Strategy::BlueGreen}));
        UpgradeRequest q = request(Strategy::MaintenanceWindow);
        QVERIFY(UpgradePlan(q, *keycloak, freshGate()).problem().contains("does not support"));
        QVERIFY(!UpgradePlan(q, *keycloak, freshGate()).makeJob(toolsFor(3)));
        QCOMPARE(UpgradePlan::offeredStrategies(nullptr).size(), 2);
    }

    void problemsStopThePlan()
    {
        UpgradeRequest q = request(Strategy::Rolling);
        q.blockingRisks = true;
        QVERIFY(UpgradePlan(q, *profile("memcached"), freshGate()).problem().contains("immutable"));
        q.risksConfirmed = true;
        QCOMPARE(UpgradePlan(q, *profile("memcached"), freshGate()).problem(), QString());
        q.release.status = "pending-upgrade";
        QVERIFY(UpgradePlan(q, *profile("memcached"), freshGate()).problem().contains("stuck"));
        // No fresh backup, none can be taken, no confirmation: blocked; confirmed: skipped and recorded.
        BackupGate::Input in;
        const BackupGate blocked(in, QDateTime::currentDateTimeUtc());
        QCOMPARE(blocked.decision(), BackupGate::Decision::Blocked);
        QVERIFY(!UpgradePlan(request(Strategy::Rolling), *profile("memcached"), blocked).problem().isEmpty());
        in.skipConfirmed = true;
        QCOMPARE(BackupGate(in, QDateTime::currentDateTimeUtc()).decision(), BackupGate::Decision::Skipped);
        in.skipConfirmed = false;
        in.canTakeBackup = true;
        in.lastVerified = QDateTime::currentDateTimeUtc().addDays(-3);
        const BackupGate stale(in, QDateTime::currentDateTimeUtc());
        QCOMPARE(stale.decision(), BackupGate::Decision::TakeBackup);
        UpgradePlan plan(request(Strategy::Rolling), *profile("memcached"), stale);
        QVERIFY(!plan.makeJob(toolsFor(3))); // needs the backup job
        plan.setBackupJobFactory([] { return std::make_unique<jobs::SequenceJob>(QStringLiteral("backup")); });
        auto job = plan.makeJob(toolsFor(3));
        QCOMPARE(qobject_cast<jobs::SequenceJob *>(job.get())->step(0)->title(), QStringLiteral("backup"));
    }

    void rollbackAndRecovery()
    {
        auto rev = [](int n, const char *status) {
            kube::HelmRevision r;
            r.revision = n;
            r.status = QString::fromLatin1(status);
            r.chart = "memcached-0.3.3";
            return r;
        };
        const RollbackPlan rollback(cache(), {rev(1, "superseded"), rev(2, "superseded"), rev(3, "deployed")}, 0);
        QCOMPARE(rollback.mode(), RollbackPlan::Mode::Rollback);
        QCOMPARE(rollback.targetRevision(), 2);
        QCOMPARE(rollback.problem(), QString());
        QCOMPARE(argv(rollback.command(toolsFor(4))),
                 (QStringList{"/t/helm", "rollback", "cache", "2", "--namespace", "apps", "--kube-context", "prod", "--wait", "--timeout=300s"}));
        const RollbackPlan stuck(cache(), {rev(1, "superseded"), rev(2, "deployed"), rev(3, "pending-upgrade")}, 0);
        QCOMPARE(stuck.mode(), RollbackPlan::Mode::RecoverStuck);
        QCOMPARE(stuck.targetRevision(), 2);
        QVERIFY(stuck.describe(toolsFor(3)).first().contains("stuck in pending-upgrade"));
        const RollbackPlan nothing(cache(), {rev(1, "pending-install")}, 0);
        QVERIFY(nothing.problem().contains("uninstall"));
        QVERIFY(!nothing.makeJob(toolsFor(3)));
        QVERIFY(RollbackPlan(cache(), {rev(1, "superseded"), rev(2, "deployed")}, 7).problem().contains("no revision 7"));
    }
};

QTEST_GUILESS_MAIN(tst_UpgradePlan)
#include "tst_upgradeplan.moc"
