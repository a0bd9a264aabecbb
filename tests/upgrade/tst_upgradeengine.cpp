// The upgrade engine end to end: real helm 3.17.3 and 4.1.4 and kubectl against the Kubernetes API
// test server, with the versioned test charts in tests/upgrade/charts (webapp 1.0.0 → 2.0.0).
#include "chartreposerver.h"
#include "kubesimprocess.h"
#include "testsupport.h"

#include "catalog/chartprofile.h"
#include "jobs/sequencejob.h"
#include "kube/parsers/helmhistory.h"
#include "upgrade/chartversionsjob.h"
#include "upgrade/rollbackplan.h"
#include "upgrade/upgradeplan.h"
#include "upgrade/upgradepreviewjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace chartroom;
using namespace chartroom::upgrade;

namespace {

const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/upgrade/charts/");

} // namespace

class tst_UpgradeEngine : public QObject
{
    Q_OBJECT

public:
    tst_UpgradeEngine() = default;

private:
    QString m_toolsDir = QStringLiteral(CHARTROOM_TOOLS_BIN);
    QTemporaryDir m_dir;
    test::KubeSimProcess m_server;
    QProcessEnvironment m_env;
    int m_counter = 0;

    backup::ClusterTools tools(const QString &helm) const
    {
        backup::ClusterTools t;
        const int major = helm.startsWith(QLatin1String("helm-3")) ? 3 : 4;
        t.commands = kube::ToolCommands(m_toolsDir + u'/' + helm, major, m_toolsDir + QStringLiteral("/kubectl"));
        t.helmVersion = helm.mid(5);
        t.environment = m_env;
        return t;
    }

    /// Runs a tool directly (test set-up and assertions may block).
    QByteArray run(const QString &program, const QStringList &args, bool *ok = nullptr, int timeoutMs = 120000) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        const bool finished = p.waitForFinished(timeoutMs);
        const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!good)
            qWarning().noquote() << program << args.join(u' ') << "failed:" << p.readAllStandardError();
        if (ok)
            *ok = good;
        return p.readAllStandardOutput();
    }

    QByteArray helm(const QString &helmName, const QStringList &args, bool *ok = nullptr) const
    {
        return run(m_toolsDir + u'/' + helmName, args + QStringList{QStringLiteral("--kube-context"), QStringLiteral("sim")}, ok);
    }

    QJsonObject kubectlJson(const QString &ns, const QStringList &args) const
    {
        bool ok = false;
        const QByteArray out = run(m_toolsDir + QStringLiteral("/kubectl"),
                                   QStringList{QStringLiteral("--context"), QStringLiteral("sim"), QStringLiteral("-n"), ns} + args
                                       + QStringList{QStringLiteral("-o"), QStringLiteral("json")},
                                   &ok);
        return ok ? QJsonDocument::fromJson(out).object() : QJsonObject();
    }

    QList<kube::HelmRevision> history(const QString &helmName, const QString &ns, const QString &release) const
    {
        const auto parsed = kube::parseHelmHistory(
            helm(helmName, {QStringLiteral("history"), release, QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")}));
        return parsed ? *parsed : QList<kube::HelmRevision>();
    }

    /// A fresh namespace with webapp 1.0.0 installed as `release`.
    QString install(const QString &helmName, const QString &release, const QStringList &extra = {})
    {
        const QString ns = QStringLiteral("up-%1").arg(++m_counter);
        bool ok = false;
        helm(helmName, QStringList{QStringLiteral("install"), release, kCharts + QStringLiteral("webapp-1.0.0"), QStringLiteral("-n"), ns,
                                   QStringLiteral("--create-namespace"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                                   QStringLiteral("60s")} + extra,
             &ok);
        return ok ? ns : QString();
    }

    UpgradeRequest request(const QString &ns, const QString &release, const QString &chart, Strategy strategy) const
    {
        UpgradeRequest q;
        q.release.context = QStringLiteral("sim");
        q.release.namespaceName = ns;
        q.release.name = release;
        q.source = *ChartSource::fromReference(kCharts + chart);
        q.strategy = strategy;
        q.valuesMode = ValuesMode::ResetThenReuseValues;
        q.timeoutSeconds = 60;
        return q;
    }

    static std::optional<UpgradePreview> preview(const backup::ClusterTools &t, const UpgradeRequest &q)
    {
        UpgradePreviewJob job(t, q);
        QSignalSpy done(&job, &jobs::Job::finished);
        job.start();
        if (!done.wait(180000))
            return std::nullopt;
        if (job.state() != jobs::JobState::Succeeded)
            qWarning().noquote() << "preview failed:" << job.errorString();
        return job.preview();
    }

    /// Completes a request from its preview the way the wizard and the CLI do.
    static UpgradeRequest completed(UpgradeRequest q, const UpgradePreview &p)
    {
        q.release.revision = p.currentRevision();
        q.release.status = p.currentStatus();
        q.release.chartName = QStringLiteral("webapp");
        q.release.chartVersion = p.history().last().chart.section(u'-', 1);
        q.services = p.instanceServices();
        q.workloads = p.workloads();
        q.blockingRisks = p.hasBlockingRisks();
        return q;
    }

    static BackupGate skippedGate()
    {
        BackupGate::Input in;
        in.skipConfirmed = true;
        return BackupGate(in, QDateTime::currentDateTimeUtc());
    }

    /// A values file for one test.
    QString writeValues(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    static bool runToEnd(jobs::Job &job, int timeoutMs = 300000)
    {
        QSignalSpy done(&job, &jobs::Job::finished);
        job.start();
        return done.wait(timeoutMs);
    }

    QString deploymentImage(const QString &ns, const QString &name) const
    {
        const QJsonObject d = kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("deployment"), name});
        return d[u"spec"][u"template"][u"spec"][u"containers"][0][u"image"].toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(m_toolsDir + QStringLiteral("/helm-3.17.3")) || !QFile::exists(m_toolsDir + QStringLiteral("/helm-4.1.4")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        const QString base = test::isolateEnvironment();
        QVERIFY2(m_server.start(m_dir.path(), QStringLiteral("sim")), qPrintable(m_server.errorString()));
        m_env = QProcessEnvironment::systemEnvironment();
        const QString home = base + QStringLiteral("/home");
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("KUBECONFIG"), m_server.kubeconfig());
        m_env.insert(QStringLiteral("HELM_CACHE_HOME"), home + QStringLiteral("/.cache/helm"));
        m_env.insert(QStringLiteral("HELM_CONFIG_HOME"), home + QStringLiteral("/.config/helm"));
        m_env.insert(QStringLiteral("HELM_DATA_HOME"), home + QStringLiteral("/.local/share/helm"));
    }

    void bothHelms_data()
    {
        QTest::addColumn<QString>("helm");
        QTest::newRow("helm 3.17.3") << QStringLiteral("helm-3.17.3");
        QTest::newRow("helm 4.1.4") << QStringLiteral("helm-4.1.4");
    }

    void rollingUpgradeThenRollback_data() { bothHelms_data(); }
    void rollingUpgradeThenRollback()
    {
        QFETCH(QString, helm);
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"), {QStringLiteral("--set"), QStringLiteral("message=custom")});
        QVERIFY(!ns.isEmpty());
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::Rolling);
        const auto p = preview(t, q);
        QVERIFY(p);
        QVERIFY(p->renderedByServer());
        QCOMPARE(p->currentRevision(), 1);
        QCOMPARE(p->instanceServices(), QStringList{QStringLiteral("web")});
        QCOMPARE(p->workloads(), QStringList{QStringLiteral("deployment/web")});
        QVERIFY(!p->hasBlockingRisks());
        QStringList risks;
        for (const RiskFlag &f : p->risks())
            risks << riskKindId(f.kind) + u' ' + f.resource;
        risks.sort();
        // The chart's objects name no namespace: they are keyed by kind and name.
        QCOMPARE(risks, (QStringList{QStringLiteral("image-major Deployment/web"), QStringLiteral("rbac Role/web-reader")}));
        // The new default (workers) applies under reset-then-reuse; the user's message stays.
        QVERIFY(std::any_of(p->changedDefaults().begin(), p->changedDefaults().end(),
                            [](const DefaultsChange &c) { return c.path == QLatin1String("workers") && c.newValue == QLatin1String("4"); }));
        QVERIFY(p->userValuesYaml().contains(QLatin1String("message: custom")));

        const UpgradePlan plan(completed(q, *p), std::nullopt, skippedGate());
        QCOMPARE(plan.problem(), QString());
        auto job = plan.makeJob(t);
        QVERIFY(job);
        QVERIFY(runToEnd(*job));
        QVERIFY2(job->state() == jobs::JobState::Succeeded, qPrintable(job->errorString()));
        const auto h = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().status, QStringLiteral("deployed"));
        QCOMPARE(h.last().chart, QStringLiteral("webapp-2.0.0"));
        QCOMPARE(deploymentImage(ns, QStringLiteral("web")), QStringLiteral("nginx:2.0.1"));
        const QJsonObject config = kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("web-config")});
        QCOMPARE(config[u"data"][u"message"].toString(), QStringLiteral("custom"));
        QCOMPARE(config[u"data"][u"workers"].toString(), QStringLiteral("4"));
        QVERIFY(!kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("role"), QStringLiteral("web-reader")}).isEmpty());

        // One-click rollback to the previous revision.
        const RollbackPlan rollback(completed(q, *p).release, h, 0, 60);
        QCOMPARE(rollback.targetRevision(), 1);
        auto back = rollback.makeJob(t);
        QVERIFY(back && runToEnd(*back));
        QVERIFY2(back->state() == jobs::JobState::Succeeded, qPrintable(back->errorString()));
        const auto after = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.last().chart, QStringLiteral("webapp-1.0.0"));
        QCOMPARE(after.last().status, QStringLiteral("deployed"));
        QCOMPARE(deploymentImage(ns, QStringLiteral("web")), QStringLiteral("nginx:1.25.3"));
        QVERIFY(kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("role"), QStringLiteral("web-reader")}).isEmpty());
    }

    void rolloutThatNeverBecomesReadyRollsBack_data() { bothHelms_data(); }
    void rolloutThatNeverBecomesReadyRollsBack()
    {
        QFETCH(QString, helm);
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"));
        QVERIFY(!ns.isEmpty());
        const QString values = writeValues(QStringLiteral("stuck-%1.yaml").arg(ns), "stuck: true\n");
        QVERIFY(!values.isEmpty());
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::Rolling);
        q.valuesMode = ValuesMode::ValuesFile;
        q.valuesFile = values;
        q.timeoutSeconds = 6;
        const auto p = preview(t, q);
        QVERIFY(p);
        const UpgradePlan plan(completed(q, *p), std::nullopt, skippedGate());
        auto job = plan.makeJob(t);
        QVERIFY(job && runToEnd(*job));
        QCOMPARE(job->state(), jobs::JobState::Failed);
        // helm rolled back itself: a new revision with the old chart, deployed; the stuck one failed.
        const auto h = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[1].status, QStringLiteral("failed"));
        QCOMPARE(h.last().status, QStringLiteral("deployed"));
        QCOMPARE(h.last().chart, QStringLiteral("webapp-1.0.0"));
        QCOMPARE(deploymentImage(ns, QStringLiteral("web")), QStringLiteral("nginx:1.25.3"));
    }

    void failingPostUpgradeCheckThenRollback()
    {
        // A profile whose post-upgrade check asks the pod over HTTP through the API server; nothing
        // answers on the port (the test server's pod proxy has no rule), so the check fails.
        catalog::ChartProfile profile;
        profile.id = QStringLiteral("webapp");
        profile.podSelector = QStringLiteral("app.kubernetes.io/instance={release}");
        profile.container = QStringLiteral("web");
        catalog::HealthCheck check;
        check.id = QStringLiteral("http");
        check.description = QStringLiteral("GET /healthz");
        check.httpPort = 8080;
        check.httpPath = QStringLiteral("/healthz");
        profile.postUpgradeChecks = {check};

        const QString helm = QStringLiteral("helm-3.17.3");
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"));
        QVERIFY(!ns.isEmpty());
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::Rolling);
        const auto p = preview(t, q);
        QVERIFY(p);
        const UpgradePlan plan(completed(q, *p), profile, skippedGate());
        QCOMPARE(plan.problem(), QString());
        auto job = plan.makeJob(t);
        auto *sequence = qobject_cast<jobs::SequenceJob *>(job.get());
        QVERIFY(sequence && runToEnd(*job));
        QCOMPARE(job->state(), jobs::JobState::Failed);
        QCOMPARE(sequence->stepCount(), 3); // upgrade, rollout, check
        QCOMPARE(sequence->step(0)->state(), jobs::JobState::Succeeded);
        QCOMPARE(sequence->step(1)->state(), jobs::JobState::Succeeded);
        QCOMPARE(sequence->step(2)->state(), jobs::JobState::Failed);
        QVERIFY2(job->errorString().contains(QLatin1String("Post-upgrade check http")), qPrintable(job->errorString()));
        // The upgrade itself went through (no automatic rollback for a failed check): revision 2.
        auto h = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().chart, QStringLiteral("webapp-2.0.0"));
        // The offered rollback works.
        const RollbackPlan rollback(completed(q, *p).release, h, 0, 60);
        QCOMPARE(rollback.targetRevision(), 1);
        auto back = rollback.makeJob(t);
        QVERIFY(back && runToEnd(*back));
        QVERIFY2(back->state() == jobs::JobState::Succeeded, qPrintable(back->errorString()));
        h = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(h.last().chart, QStringLiteral("webapp-1.0.0"));
        QCOMPARE(deploymentImage(ns, QStringLiteral("web")), QStringLiteral("nginx:1.25.3"));
    }

    void repositorySourceVersionsAndUpgrade()
    {
        // A Helm repository over HTTP: both chart versions packaged and indexed, served locally.
        const QString helm = QStringLiteral("helm-4.1.4");
        test::ChartRepoServer repo;
        QVERIFY2(repo.start(m_toolsDir + u'/' + helm, m_dir.filePath(QStringLiteral("repo")),
                            {kCharts + QStringLiteral("webapp-1.0.0"), kCharts + QStringLiteral("webapp-2.0.0")}, m_env),
                 qPrintable(repo.errorString()));
        const QString url = repo.url();

        ChartSource source = *ChartSource::fromReference(QStringLiteral("testrepo/webapp"));
        source.repositoryUrl = url;
        const backup::ClusterTools t = tools(helm);
        ChartVersionsJob versions(t, source);
        QVERIFY(runToEnd(versions));
        QVERIFY2(versions.state() == jobs::JobState::Succeeded, qPrintable(versions.errorString()));
        QStringList found;
        for (const ChartVersionEntry &e : versions.versions())
            found << e.name + u' ' + e.version;
        QCOMPARE(found, (QStringList{QStringLiteral("testrepo/webapp 2.0.0"), QStringLiteral("testrepo/webapp 1.0.0")}));
        QCOMPARE(versions.upgradeAvailable(QStringLiteral("1.0.0"))->version, QStringLiteral("2.0.0"));
        QVERIFY(!versions.upgradeAvailable(QStringLiteral("2.0.0")));

        // The upgrade from the repository, at the version found.
        const QString ns = install(helm, QStringLiteral("web"));
        QVERIFY(!ns.isEmpty());
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::Rolling);
        q.source = source;
        q.source.version = versions.upgradeAvailable(QStringLiteral("1.0.0"))->version;
        const auto p = preview(t, q);
        QVERIFY(p);
        const UpgradePlan plan(completed(q, *p), std::nullopt, skippedGate());
        QVERIFY(plan.describe(t).join(u'\n').contains(QLatin1String("upgrade web testrepo/webapp --version 2.0.0")));
        auto job = plan.makeJob(t);
        QVERIFY(job && runToEnd(*job));
        QVERIFY2(job->state() == jobs::JobState::Succeeded, qPrintable(job->errorString()));
        QCOMPARE(history(helm, ns, QStringLiteral("web")).last().chart, QStringLiteral("webapp-2.0.0"));
    }

    void immutableFieldChangeIsFlaggedAndStopsThePlan()
    {
        const QString helm = QStringLiteral("helm-3.17.3");
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"));
        QVERIFY(!ns.isEmpty());
        const QString values = writeValues(QStringLiteral("component.yaml"), "component: frontend\n");
        QVERIFY(!values.isEmpty());
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-1.0.0"), Strategy::InPlace);
        q.valuesMode = ValuesMode::ValuesFile;
        q.valuesFile = values;
        const auto p = preview(t, q);
        QVERIFY(p);
        QVERIFY(p->hasBlockingRisks());
        const auto flag = std::find_if(p->risks().begin(), p->risks().end(), [](const RiskFlag &f) { return f.blocking(); });
        QCOMPARE(flag->resource, QStringLiteral("Deployment/web"));
        QCOMPARE(flag->field, QStringLiteral("spec.selector"));
        UpgradePlan plan(completed(q, *p), std::nullopt, skippedGate());
        QVERIFY(plan.problem().contains(QLatin1String("immutable")));
        QVERIFY(!plan.makeJob(t));
        QCOMPARE(history(helm, ns, QStringLiteral("web")).size(), 1); // nothing ran
    }

    void inPlaceValuesOnly()
    {
        const QString helm = QStringLiteral("helm-4.1.4");
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"));
        QVERIFY(!ns.isEmpty());
        const QString values = writeValues(QStringLiteral("inplace.yaml"), "message: reconfigured\nreplicaCount: 2\n");
        QVERIFY(!values.isEmpty());
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-1.0.0"), Strategy::InPlace);
        q.valuesMode = ValuesMode::ValuesFile;
        q.valuesFile = values;
        const auto p = preview(t, q);
        QVERIFY(p);
        QVERIFY(p->risks().isEmpty());
        const UpgradePlan plan(completed(q, *p), std::nullopt, skippedGate());
        QCOMPARE(plan.problem(), QString());
        auto job = plan.makeJob(t);
        QVERIFY(job && runToEnd(*job));
        QVERIFY2(job->state() == jobs::JobState::Succeeded, qPrintable(job->errorString()));
        const auto h = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().chart, QStringLiteral("webapp-1.0.0"));
        QCOMPARE(kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("web-config")})[u"data"][u"message"].toString(),
                 QStringLiteral("reconfigured"));
        QCOMPARE(kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web")})[u"status"][u"readyReplicas"].toInt(), 2);
    }

    void stuckPendingUpgradeIsRecovered_data() { bothHelms_data(); }
    void stuckPendingUpgradeIsRecovered()
    {
        QFETCH(QString, helm);
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"));
        QVERIFY(!ns.isEmpty());
        // A helm killed while it waits for a rollout that never becomes ready leaves pending-upgrade.
        QProcess interrupted;
        interrupted.setProcessEnvironment(m_env);
        interrupted.start(m_toolsDir + u'/' + helm,
                          {QStringLiteral("upgrade"), QStringLiteral("web"), kCharts + QStringLiteral("webapp-2.0.0"), QStringLiteral("-n"), ns,
                           QStringLiteral("--kube-context"), QStringLiteral("sim"), QStringLiteral("--set"), QStringLiteral("stuck=true"),
                           QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("300s")});
        QVERIFY(interrupted.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!history(helm, ns, QStringLiteral("web")).isEmpty()
                                     && history(helm, ns, QStringLiteral("web")).last().status == QLatin1String("pending-upgrade"),
                                 60000);
        interrupted.kill();
        QVERIFY(interrupted.waitForFinished(10000));
        const auto stuck = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(stuck.last().status, QStringLiteral("pending-upgrade"));

        // The upgrade plan refuses; the recovery plan goes back to the last deployed revision.
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::Rolling);
        q.release.status = stuck.last().status;
        QVERIFY(UpgradePlan(q, std::nullopt, skippedGate()).problem().contains(QLatin1String("stuck")));
        const RollbackPlan recovery(q.release, stuck, 0, 60);
        QCOMPARE(recovery.mode(), RollbackPlan::Mode::RecoverStuck);
        QCOMPARE(recovery.targetRevision(), 1);
        auto job = recovery.makeJob(t);
        QVERIFY(job && runToEnd(*job));
        QVERIFY2(job->state() == jobs::JobState::Succeeded, qPrintable(job->errorString()));
        const auto h = history(helm, ns, QStringLiteral("web"));
        QCOMPARE(h.last().status, QStringLiteral("deployed"));
        QCOMPARE(h.last().chart, QStringLiteral("webapp-1.0.0"));
        QVERIFY(h.last().revision > stuck.last().revision);
    }

    void blueGreenSwitchAndSwitchBack()
    {
        const QString helm = QStringLiteral("helm-3.17.3");
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"));
        QVERIFY(!ns.isEmpty());
        const QJsonObject original = kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("web")})[u"spec"][u"selector"].toObject();
        QCOMPARE(original.value(u"app.kubernetes.io/instance").toString(), QStringLiteral("web"));
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::BlueGreen);
        const auto p = preview(t, q);
        QVERIFY(p);
        const UpgradePlan plan(completed(q, *p), std::nullopt, skippedGate());
        QCOMPARE(plan.problem(), QString());
        auto job = plan.makeJob(t);
        QVERIFY(job && runToEnd(*job));
        QVERIFY2(job->state() == jobs::JobState::Succeeded, qPrintable(job->errorString()));
        // Green runs beside blue, and the Service now selects green's pods.
        QCOMPARE(history(helm, ns, QStringLiteral("web-green")).last().chart, QStringLiteral("webapp-2.0.0"));
        QCOMPARE(history(helm, ns, QStringLiteral("web")).size(), 1);
        QCOMPARE(deploymentImage(ns, QStringLiteral("web-green")), QStringLiteral("nginx:2.0.1"));
        const QJsonObject switched = kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("web")})[u"spec"][u"selector"].toObject();
        QCOMPARE(switched.value(u"app.kubernetes.io/instance").toString(), QStringLiteral("web-green"));
        QCOMPARE(switched.value(u"app.kubernetes.io/name").toString(), QStringLiteral("webapp"));

        auto back = plan.makeSwitchBackJob(t);
        QVERIFY(back && runToEnd(*back));
        QVERIFY2(back->state() == jobs::JobState::Succeeded, qPrintable(back->errorString()));
        QCOMPARE(kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("web")})[u"spec"][u"selector"].toObject(), original);
        QVERIFY(history(helm, ns, QStringLiteral("web-green")).isEmpty());
        QCOMPARE(history(helm, ns, QStringLiteral("web")).last().status, QStringLiteral("deployed"));
    }

    void maintenanceWindowWaitsScalesAndRestores()
    {
        const QString helm = QStringLiteral("helm-4.1.4");
        const backup::ClusterTools t = tools(helm);
        const QString ns = install(helm, QStringLiteral("web"), {QStringLiteral("--set"), QStringLiteral("replicaCount=2")});
        QVERIFY(!ns.isEmpty());
        UpgradeRequest q = request(ns, QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::MaintenanceWindow);
        q.windowStart = QDateTime::currentDateTimeUtc().addSecs(2);
        const auto p = preview(t, q);
        QVERIFY(p);
        const UpgradePlan plan(completed(q, *p), std::nullopt, skippedGate());
        auto job = plan.makeJob(t);
        QVERIFY(job);
        auto *sequence = qobject_cast<jobs::SequenceJob *>(job.get());
        QVERIFY(runToEnd(*job));
        QVERIFY2(job->state() == jobs::JobState::Succeeded, qPrintable(job->errorString()));
        QVERIFY(sequence->step(0)->finishedAt() >= q.windowStart);
        QVERIFY(sequence->step(1)->startedAt() >= q.windowStart);
        QCOMPARE(history(helm, ns, QStringLiteral("web")).last().chart, QStringLiteral("webapp-2.0.0"));
        const QJsonObject d = kubectlJson(ns, {QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("web")});
        QCOMPARE(d[u"spec"][u"replicas"].toInt(), 2);
        QCOMPARE(d[u"status"][u"readyReplicas"].toInt(), 2);
    }

    void maintenanceWaitIsCancellable()
    {
        UpgradeRequest q = request(QStringLiteral("none"), QStringLiteral("web"), QStringLiteral("webapp-2.0.0"), Strategy::MaintenanceWindow);
        q.windowStart = QDateTime::currentDateTimeUtc().addSecs(3600);
        q.workloads = {QStringLiteral("deployment/web")};
        const UpgradePlan plan(q, std::nullopt, skippedGate());
        auto job = plan.makeJob(tools(QStringLiteral("helm-3.17.3")));
        auto *sequence = qobject_cast<jobs::SequenceJob *>(job.get());
        QSignalSpy done(job.get(), &jobs::Job::finished);
        job->start();
        QTRY_VERIFY(sequence->step(0)->state() == jobs::JobState::Running);
        QTRY_VERIFY(sequence->step(0)->totalAmount() > 3500);
        job->cancel();
        QVERIFY(done.wait(30000));
        QCOMPARE(job->state(), jobs::JobState::Canceled);
        QCOMPARE(sequence->step(1)->state(), jobs::JobState::Pending); // nothing after the wait ran
    }
};

QTEST_GUILESS_MAIN(tst_UpgradeEngine)
#include "tst_upgradeengine.moc"
