// The RBAC review against the real tools: the RBAC that the real helm renders from the test
// charts (everything chart-expected, nothing flagged above Info; a widened role is flagged), the
// Kubernetes API test server holding the demo fleet plus added risky bindings (the risky ones are
// found with their paths, the chart-expected ones are not flagged, aggregation is resolved), and
// `kubectl auth can-i --list` of a limited user parsed from the real kubectl output and checked
// against `kubectl auth can-i` itself.
#include "../backup/clitestenvironment.h"
#include "dbservers.h"
#include "kubesimprocess.h"
#include "testsupport.h"

#include "catalog/profilecatalog.h"
#include "jobs/processjob.h"
#include "rbac/accessprobejob.h"
#include "rbac/rbaccollectjob.h"
#include "rbac/ruleengine.h"
#include "rbac/useraccess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;
using namespace chartroom::rbac;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/data/charts");
const QString kContext = QStringLiteral("homelab");

QList<Finding> withRule(const QList<Finding> &all, const QString &ruleId, const QString &target = {})
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.ruleId == ruleId && (target.isEmpty() || f.target() == target))
            out << f;
    return out;
}

} // namespace

class tst_RbacCluster : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/rbaccluster-XXXXXX")};
    test::KubeSimProcess m_kube;
    QProcessEnvironment m_env;
    catalog::ProfileCatalog m_profiles;

    test::CommandResult run(const QString &tool, const QStringList &args)
    {
        return test::runCommand(QStringList{kTools + QLatin1Char('/') + tool} + args, {}, 120000, m_env);
    }

    /// Runs a job to its end (bounded) and returns whether it succeeded.
    bool runJob(jobs::Job &job)
    {
        QSignalSpy finished(&job, &jobs::Job::finished);
        job.start();
        if (!finished.wait(120000))
            return false;
        return job.state() == jobs::JobState::Succeeded;
    }

    RbacCommands commands() const
    {
        return RbacCommands(kTools + QStringLiteral("/kubectl"), kTools + QStringLiteral("/helm"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateEnvironment();
        m_profiles.load();
        QVERIFY2(m_kube.start(m_dir.path(), kContext, QStringLiteral("demo-fleet.json")), qPrintable(m_kube.errorString()));
        m_env = test::cliTestEnvironment(m_dir.path(), kTools);
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
    }

    void helmTemplateOfTestCharts_data()
    {
        QTest::addColumn<QString>("chart");
        for (const QString &chart : QDir(kCharts).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(chart)) << chart;
    }

    void helmTemplateOfTestCharts()
    {
        QFETCH(QString, chart);
        const test::CommandResult rendered = run(QStringLiteral("helm"),
                                                 {QStringLiteral("template"), QStringLiteral("rel"), kCharts + QLatin1Char('/') + chart,
                                                  QStringLiteral("--namespace"), QStringLiteral("apps")});
        QVERIFY2(rendered.ok(), qPrintable(rendered.describe()));
        RbacSnapshot snap;
        snap.context = QStringLiteral("template");
        const ReleaseRef release{QStringLiteral("apps"), QStringLiteral("rel"), chart};
        QVERIFY(snap.addManifestYaml(rendered.out, release).ok());
        snap.finish();
        QVERIFY2(!snap.roles.isEmpty(), "rbac.create defaults to true: the chart renders a role");
        QVERIFY(!snap.bindings.isEmpty());
        for (const RbacRole &role : snap.roles)
            QCOMPARE(role.release, release);
        QVERIFY(m_profiles.match(chart));

        const QList<Finding> findings = RuleEngine(&m_profiles).evaluate(snap);
        for (const Finding &f : findings) {
            QVERIFY2(f.severity == Severity::Info && f.expectedByChart, qPrintable(f.ruleId + QStringLiteral(": ") + f.detail));
            QCOMPARE(f.release.key(), QStringLiteral("apps/rel"));
        }
        // Without the profiles, the same RBAC reads as what it is (secrets, exec...): the chart
        // expectation is what keeps it quiet, not an empty review.
        if (chart.startsWith(QLatin1String("prometheus")))
            QVERIFY(!withRule(RuleEngine().evaluate(snap), QStringLiteral("nodes-proxy")).isEmpty());

        // The same release with a widened role: flagged as drift and as the capability it adds.
        RbacSnapshot widened = snap;
        PolicyRule exec;
        exec.apiGroups = {QString()};
        exec.resources = {QStringLiteral("pods/exec")};
        exec.verbs = {QStringLiteral("create")};
        widened.roles.first().rules << exec;
        const QList<Finding> risky = RuleEngine(&m_profiles).evaluate(widened);
        const QList<Finding> drift = withRule(risky, QStringLiteral("chart-drift"));
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().detail, QStringLiteral("create pods/exec"));
        const QList<Finding> execFindings = withRule(risky, QStringLiteral("pod-exec"));
        QCOMPARE(execFindings.size(), 1);
        QCOMPARE(execFindings.first().severity, Severity::High);

        // rbac.create=false: no roles, no findings.
        const test::CommandResult off = run(QStringLiteral("helm"),
                                            {QStringLiteral("template"), QStringLiteral("rel"), kCharts + QLatin1Char('/') + chart,
                                             QStringLiteral("--namespace"), QStringLiteral("apps"), QStringLiteral("--set"),
                                             QStringLiteral("rbac.create=false")});
        QVERIFY2(off.ok(), qPrintable(off.describe()));
        RbacSnapshot none;
        QVERIFY(none.addManifestYaml(off.out, release).ok());
        none.finish();
        QVERIFY(none.roles.isEmpty());
        QVERIFY(RuleEngine(&m_profiles).evaluate(none).isEmpty());
    }

    void demoFleetReview()
    {
        // Risky additions: the apps namespace's default ServiceAccount bound to edit, and an
        // aggregated ClusterRole whose Secret-reading part comes only from aggregation.
        const QByteArray objects = R"({"objects": [
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
           "metadata": {"name": "apps-default-edit", "namespace": "apps"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "edit"},
           "subjects": [{"kind": "ServiceAccount", "name": "default", "namespace": "apps"}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
           "metadata": {"name": "homelab-monitoring"},
           "aggregationRule": {"clusterRoleSelectors": [{"matchLabels": {"homelab.lan/aggregate-to-monitoring": "true"}}]},
           "rules": []},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
           "metadata": {"name": "homelab-monitoring-secrets", "labels": {"homelab.lan/aggregate-to-monitoring": "true"}},
           "rules": [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list"]}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
           "metadata": {"name": "uptime-kuma-monitoring"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "homelab-monitoring"},
           "subjects": [{"kind": "ServiceAccount", "name": "uptime-kuma", "namespace": "monitoring"}]}
        ]})";
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/objects"), objects));

        RbacCollectJob job(commands(), kContext);
        job.setBaseEnvironment(m_env);
        QVERIFY2(runJob(job), qPrintable(job.errorString()));
        const RbacSnapshot &snap = job.snapshot();
        QVERIFY2(snap.warnings.isEmpty(), qPrintable(snap.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(snap.context, kContext);

        // Mapping: release objects to their release, the rest to none.
        const RbacRole *postgres = snap.findRole(QStringLiteral("Role"), QStringLiteral("db"), QStringLiteral("postgresql"));
        QVERIFY(postgres);
        QCOMPARE(postgres->release.key(), QStringLiteral("db/postgresql"));
        QVERIFY(postgres->release.chart.startsWith(QLatin1String("postgresql-")));
        const RbacRole *orchestrator = snap.findRole(QStringLiteral("Role"), QStringLiteral("monitoring"),
                                                     QStringLiteral("backup-orchestrator"));
        QVERIFY(orchestrator);
        QVERIFY(orchestrator->release.isEmpty());
        QCOMPARE(snap.releaseOfServiceAccount(QStringLiteral("monitoring"), QStringLiteral("grafana")).key(),
                 QStringLiteral("monitoring/grafana"));
        const RbacRole *aggregated = snap.findRole(QStringLiteral("ClusterRole"), {}, QStringLiteral("homelab-monitoring"));
        QVERIFY(aggregated);
        QCOMPARE(aggregated->aggregatedFrom, QStringList{QStringLiteral("homelab-monitoring-secrets")});

        const QList<Finding> findings = RuleEngine(&m_profiles).evaluate(snap);

        // The demo's risky bindings.
        const QList<Finding> debug = withRule(findings, QStringLiteral("cluster-admin-binding"),
                                              QStringLiteral("ClusterRoleBinding grafana-debug-cluster-admin"));
        QCOMPARE(debug.size(), 1);
        QCOMPARE(debug.first().severity, Severity::Critical);
        QCOMPARE(debug.first().release.key(), QStringLiteral("monitoring/grafana"));
        QVERIFY(debug.first().bindingRelease.isEmpty());
        QCOMPARE(debug.first().paths.first(),
                 QStringLiteral("ServiceAccount monitoring/grafana → ClusterRoleBinding grafana-debug-cluster-admin → "
                                "ClusterRole cluster-admin → apiGroups=[*] resources=[*] verbs=[*]"));
        const QList<Finding> secrets = withRule(findings, QStringLiteral("cluster-secrets-read"),
                                                QStringLiteral("ClusterRoleBinding airflow-secrets-reader"));
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.first().severity, Severity::High);
        QCOMPARE(secrets.first().release.key(), QStringLiteral("data/airflow"));
        // The added ones.
        QCOMPARE(withRule(findings, QStringLiteral("admin-edit-binding"), QStringLiteral("RoleBinding apps/apps-default-edit")).size(), 1);
        QCOMPARE(withRule(findings, QStringLiteral("default-serviceaccount-binding"),
                          QStringLiteral("RoleBinding apps/apps-default-edit")).size(), 1);
        const QList<Finding> viaAggregation = withRule(findings, QStringLiteral("cluster-secrets-read"),
                                                       QStringLiteral("ClusterRoleBinding uptime-kuma-monitoring"));
        QCOMPARE(viaAggregation.size(), 1);
        QCOMPARE(viaAggregation.first().roleText, QStringLiteral("ClusterRole homelab-monitoring"));
        QCOMPARE(viaAggregation.first().release.key(), QStringLiteral("monitoring/uptime-kuma"));

        // Chart-expected RBAC is not flagged: every finding on a release's own binding of its own
        // role is Info, and drift is reported only where hand-made bindings reach a release.
        int expected = 0;
        QStringList driftReleases;
        for (const Finding &f : findings) {
            if (f.ruleId == QLatin1String("chart-drift")) {
                driftReleases << f.release.key();
                continue;
            }
            if (!f.bindingRelease.isEmpty() && f.bindingRelease == f.roleRelease) {
                QVERIFY2(f.severity == Severity::Info && f.expectedByChart,
                         qPrintable(f.ruleId + QStringLiteral(" ") + f.target() + QStringLiteral(": ") + f.detail));
                ++expected;
            }
        }
        QVERIFY(expected > 0);
        QVERIFY(!withRule(findings, QStringLiteral("nodes-proxy"), QStringLiteral("ClusterRoleBinding prometheus")).isEmpty());
        const QList<Finding> ksm = withRule(findings, QStringLiteral("cluster-secrets-read"),
                                            QStringLiteral("ClusterRoleBinding kube-state-metrics"));
        QCOMPARE(ksm.size(), 1);
        QVERIFY(ksm.first().expectedByChart);
        driftReleases.removeDuplicates();
        driftReleases.sort();
        QCOMPARE(driftReleases, QStringList({QStringLiteral("data/airflow"), QStringLiteral("monitoring/grafana"),
                                             QStringLiteral("monitoring/uptime-kuma")}));
    }

    void limitedUserAccess()
    {
        const QByteArray objects = R"({"objects": [
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "operator", "namespace": "db"},
           "rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "watch"]},
                     {"apiGroups": ["apps"], "resources": ["statefulsets/scale"], "verbs": ["get", "patch"]},
                     {"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["postgresql"], "verbs": ["get"]}]},
          {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "operator", "namespace": "db"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "operator"},
           "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "limited"}]}
        ]})";
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/objects"), objects));
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/rbac"),
                             R"({"mode": "rbac", "user": "limited", "groups": ["system:authenticated"]})"));

        AccessProbeJob probe(commands(), kContext, {QStringLiteral("db"), QString()});
        probe.setBaseEnvironment(m_env);
        QVERIFY2(runJob(probe), qPrintable(probe.errorString()));
        QVERIFY2(probe.errors().isEmpty(), qPrintable(probe.errors().values().join(QLatin1Char('\n'))));
        QCOMPARE(probe.rules().size(), 2);
        UserAccess access;
        probe.applyTo(access);
        QVERIFY(access.hasRules(kContext, QStringLiteral("db")));
        QVERIFY(access.hasRules(kContext, QString()));
        AccessProbeJob unknown(commands(), QStringLiteral("no-such-context"), {QStringLiteral("db")});
        unknown.setBaseEnvironment(m_env);
        QVERIFY(!runJob(unknown));
        QVERIFY2(unknown.errorString().contains(QLatin1String("no-such-context")), qPrintable(unknown.errorString()));
        QCOMPARE(unknown.errors().size(), 1);

        // The parsed answers agree with kubectl auth can-i asked one by one.
        const QList<QStringList> questions{
            {QStringLiteral("list"), QStringLiteral("pods"), QStringLiteral("db")},
            {QStringLiteral("get"), QStringLiteral("pods/log"), QStringLiteral("db")},
            {QStringLiteral("create"), QStringLiteral("pods/exec"), QStringLiteral("db")},
            {QStringLiteral("patch"), QStringLiteral("statefulsets.apps/scale"), QStringLiteral("db")},
            {QStringLiteral("patch"), QStringLiteral("deployments.apps/scale"), QStringLiteral("db")},
            {QStringLiteral("list"), QStringLiteral("secrets"), QStringLiteral("db")},
            {QStringLiteral("list"), QStringLiteral("pods"), QString()},
            {QStringLiteral("create"), QStringLiteral("selfsubjectaccessreviews.authorization.k8s.io"), QString()},
        };
        for (const QStringList &q : questions) {
            // kubectl auth can-i reads "a/b" as TYPE/NAME: subresources go to --subresource.
            const qsizetype slash = q.at(1).indexOf(QLatin1Char('/'));
            QStringList args{QStringLiteral("--context"), kContext, QStringLiteral("auth"), QStringLiteral("can-i"), q.at(0),
                             slash < 0 ? q.at(1) : q.at(1).left(slash)};
            if (slash >= 0)
                args << QStringLiteral("--subresource") << q.at(1).mid(slash + 1);
            if (!q.at(2).isEmpty())
                args << QStringLiteral("--namespace") << q.at(2);
            const test::CommandResult answer = run(QStringLiteral("kubectl"), args);
            QVERIFY2(answer.exitCode == 0 || answer.exitCode == 1, qPrintable(answer.describe()));
            const UserAccess::Decision d = access.can(kContext, q.at(0), q.at(1), q.at(2));
            QVERIFY2((d.answer == UserAccess::Answer::Allowed) == (answer.exitCode == 0), qPrintable(q.join(QLatin1Char(' '))));
        }
        const UserAccess::Decision exec = access.can(kContext, QStringLiteral("create"), QStringLiteral("pods/exec"),
                                                     QStringLiteral("db"));
        QCOMPARE(exec.reason, QStringLiteral("your kubeconfig user cannot create pods/exec in namespace db (context homelab)"));
        QCOMPARE(access.canPerform(kContext, UserAccess::Action::BackupExec, QStringLiteral("db")).answer, UserAccess::Answer::Denied);
        QCOMPARE(access.canPerform(kContext, UserAccess::Action::Scale, QStringLiteral("db")).answer, UserAccess::Answer::Denied);
        QCOMPARE(access.canPerform(kContext, UserAccess::Action::Scale, QStringLiteral("apps")).answer, UserAccess::Answer::Unknown);

        // This user may not read the cluster's RBAC: the collection fails with the server's reason.
        RbacCollectJob job(commands(), kContext);
        job.setBaseEnvironment(m_env);
        QVERIFY(!runJob(job));
        QVERIFY2(job.errorString().contains(QLatin1String("forbidden")), qPrintable(job.errorString()));
    }

    void cleanupTestCase()
    {
        m_kube.stop();
    }
};

QTEST_GUILESS_MAIN(tst_RbacCluster)
#include "tst_rbaccluster.moc"
