// The RBAC review's logic on hand-made objects: PolicyRule matching as the API server's
// authorizer does it, every rule of the catalog with a case that fires and one that must not,
// chart-profile expectations and drift, effective permissions and who-can with aggregation,
// defensive parsing, acceptances and the report formats.
#include "rbacfixtures.h"
#include "testsupport.h"

#include "catalog/profilecatalog.h"
#include "rbac/acceptancestore.h"
#include "rbac/leastprivilege.h"
#include "rbac/yamljson.h"
#include "rbac/permissionindex.h"
#include "rbac/rbaccollectjob.h"
#include "rbac/rbacreview.h"
#include "rbac/rulecatalog.h"
#include "rbac/ruleengine.h"
#include "rbac/useraccess.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;
using namespace chartroom::rbac;
using namespace chartroom::test::rbacfx;

namespace {

QList<Finding> findingsOf(const QList<Finding> &all, const QString &ruleId)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.ruleId == ruleId)
            out << f;
    return out;
}

QJsonObject clusterAdminRole()
{
    return role("ClusterRole", meta("cluster-admin", {}, QJsonObject{{"kubernetes.io/bootstrapping", "rbac-defaults"}}),
                QJsonArray{rule({"*"}, {"*"}, {"*"}), urlRule({"*"}, {"*"})});
}

} // namespace

class tst_RbacEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        m_profiles.load();
        QVERIFY(m_profiles.profile("prometheus"));
    }

    void policyRuleMatching_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("allowed");
        const QJsonObject pods = rule({""}, {"pods"}, {"get", "list"});
        QTest::newRow("exact") << pods << "get" << "pods" << "" << true;
        QTest::newRow("other verb") << pods << "delete" << "pods" << "" << false;
        QTest::newRow("subresource not implied") << pods << "get" << "pods/log" << "" << false;
        QTest::newRow("other group") << pods << "get" << "pods.metrics.k8s.io" << "" << false;
        QTest::newRow("wildcard verb") << rule({""}, {"pods"}, {"*"}) << "escalate" << "pods" << "" << true;
        QTest::newRow("wildcard resource covers subresource") << rule({""}, {"*"}, {"get"}) << "get" << "pods/exec" << "" << true;
        QTest::newRow("wildcard group") << rule({"*"}, {"deployments"}, {"get"}) << "get" << "deployments.apps" << "" << true;
        QTest::newRow("*/scale") << rule({"apps"}, {"*/scale"}, {"patch"}) << "patch" << "statefulsets.apps/scale" << "" << true;
        QTest::newRow("*/scale not the resource") << rule({"apps"}, {"*/scale"}, {"patch"}) << "patch" << "statefulsets.apps" << ""
                                                  << false;
        QTest::newRow("exec subresource") << rule({""}, {"pods/exec"}, {"create"}) << "create" << "pods/exec" << "" << true;
        QTest::newRow("exec is not pods") << rule({""}, {"pods/exec"}, {"create"}) << "create" << "pods" << "" << false;
        QTest::newRow("resourceNames match") << rule({""}, {"secrets"}, {"get"}, {"a"}) << "get" << "secrets" << "a" << true;
        QTest::newRow("resourceNames other") << rule({""}, {"secrets"}, {"get"}, {"a"}) << "get" << "secrets" << "b" << false;
        QTest::newRow("resourceNames no name (list)") << rule({""}, {"secrets"}, {"list"}, {"a"}) << "list" << "secrets" << ""
                                                      << false;
        QTest::newRow("url exact") << urlRule({"/metrics"}, {"get"}) << "get" << "/metrics" << "" << true;
        QTest::newRow("url prefix") << urlRule({"/healthz/*"}, {"get"}) << "get" << "/healthz/etcd" << "" << true;
        QTest::newRow("url other") << urlRule({"/metrics"}, {"get"}) << "get" << "/version" << "" << false;
        QTest::newRow("url rule never grants resources") << urlRule({"*"}, {"*"}) << "get" << "pods" << "" << false;
        QTest::newRow("resource rule never grants urls") << rule({"*"}, {"*"}, {"*"}) << "get" << "/metrics" << "" << false;
    }

    void policyRuleMatching()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QString, verb);
        QFETCH(QString, resource);
        QFETCH(QString, name);
        QFETCH(bool, allowed);
        AccessRequest request = AccessRequest::parse(verb, resource, "ns");
        request.name = name;
        QCOMPARE(PolicyRule::fromJson(rule).allows(request), allowed);
    }

    void everyRuleIsDocumented()
    {
        QFile file(QStringLiteral(CHARTROOM_SOURCE_DIR "/app/rbac/RULES.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(file.readAll());
        QCOMPARE(ruleCatalog().size(), 17);
        for (const RuleDefinition &rule : ruleCatalog()) {
            QVERIFY2(doc.contains("`" + rule.id + "`"), qPrintable(rule.id));
            QVERIFY(!rule.explanation.isEmpty());
            QVERIFY(!rule.reference.isEmpty());
        }
    }

    void ruleFires_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QJsonArray>("rules");
        QTest::addColumn<QString>("bindingKind");
        QTest::addColumn<QString>("roleRef"); ///< empty: the test's own role "r"
        QTest::addColumn<QJsonObject>("subject");
        QTest::addColumn<bool>("fires");
        const QJsonObject sa = subject("ServiceAccount", "app", "apps");
        const QString crb = "ClusterRoleBinding", rb = "RoleBinding";
        auto one = [](const QJsonObject &r) { return QJsonArray{r}; };

        QTest::newRow("wildcard-verbs +") << "wildcard-verbs" << one(rule({""}, {"pods"}, {"*"})) << rb << "" << sa << true;
        QTest::newRow("wildcard-verbs -") << "wildcard-verbs" << one(rule({""}, {"pods"}, {"get"})) << rb << "" << sa << false;
        QTest::newRow("wildcard-resources +") << "wildcard-resources" << one(rule({""}, {"*"}, {"get"})) << rb << "" << sa << true;
        QTest::newRow("wildcard-resources -") << "wildcard-resources" << one(rule({""}, {"pods"}, {"get"})) << rb << "" << sa
                                              << false;
        QTest::newRow("wildcard-resources - url") << "wildcard-resources" << one(urlRule({"*"}, {"get"})) << crb << "" << sa
                                                  << false;
        QTest::newRow("wildcard-apigroups +") << "wildcard-apigroups" << one(rule({"*"}, {"pods"}, {"get"})) << rb << "" << sa
                                              << true;
        QTest::newRow("wildcard-apigroups -") << "wildcard-apigroups" << one(rule({"apps"}, {"pods"}, {"get"})) << rb << "" << sa
                                              << false;
        QTest::newRow("cluster-admin-binding +") << "cluster-admin-binding" << QJsonArray() << crb << "cluster-admin" << sa << true;
        QTest::newRow("cluster-admin-binding + rb") << "cluster-admin-binding" << QJsonArray() << rb << "cluster-admin" << sa
                                                    << true;
        QTest::newRow("cluster-admin-binding -") << "cluster-admin-binding" << QJsonArray() << crb << "view" << sa << false;
        QTest::newRow("admin-edit-binding + edit") << "admin-edit-binding" << QJsonArray() << rb << "edit" << sa << true;
        QTest::newRow("admin-edit-binding + admin") << "admin-edit-binding" << QJsonArray() << crb << "admin" << sa << true;
        QTest::newRow("admin-edit-binding -") << "admin-edit-binding" << QJsonArray() << rb << "view" << sa << false;
        QTest::newRow("cluster-secrets-read +") << "cluster-secrets-read" << one(rule({""}, {"secrets"}, {"list"})) << crb << ""
                                                << sa << true;
        QTest::newRow("cluster-secrets-read - namespaced") << "cluster-secrets-read" << one(rule({""}, {"secrets"}, {"list"}))
                                                           << rb << "" << sa << false;
        QTest::newRow("cluster-secrets-read - named") << "cluster-secrets-read"
                                                      << one(rule({""}, {"secrets"}, {"get"}, {"one"})) << crb << "" << sa
                                                      << false;
        QTest::newRow("cluster-secrets-read - configmaps") << "cluster-secrets-read"
                                                           << one(rule({""}, {"configmaps"}, {"get", "list"})) << crb << ""
                                                           << sa << false;
        QTest::newRow("pod-exec + exec") << "pod-exec" << one(rule({""}, {"pods/exec"}, {"create"})) << rb << "" << sa << true;
        QTest::newRow("pod-exec + attach") << "pod-exec" << one(rule({""}, {"pods/attach"}, {"get"})) << rb << "" << sa << true;
        QTest::newRow("pod-exec + portforward") << "pod-exec" << one(rule({""}, {"pods/portforward"}, {"create"})) << rb << ""
                                                << sa << true;
        QTest::newRow("pod-exec - pods/log") << "pod-exec" << one(rule({""}, {"pods", "pods/log"}, {"get", "create"})) << rb
                                             << "" << sa << false;
        QTest::newRow("workload-create + pods") << "workload-create" << one(rule({""}, {"pods"}, {"create"})) << rb << "" << sa
                                                << true;
        QTest::newRow("workload-create + cronjobs") << "workload-create" << one(rule({"batch"}, {"cronjobs"}, {"create"})) << rb
                                                    << "" << sa << true;
        QTest::newRow("workload-create - patch") << "workload-create"
                                                 << one(rule({"apps"}, {"deployments"}, {"get", "list", "patch"})) << rb << ""
                                                 << sa << false;
        QTest::newRow("escalate-bind-impersonate + bind") << "escalate-bind-impersonate"
                                                          << one(rule({"rbac.authorization.k8s.io"}, {"clusterroles"}, {"bind"}))
                                                          << rb << "" << sa << true;
        QTest::newRow("escalate-bind-impersonate + escalate") << "escalate-bind-impersonate"
                                                              << one(rule({"rbac.authorization.k8s.io"}, {"roles"}, {"escalate"}))
                                                              << rb << "" << sa << true;
        QTest::newRow("escalate-bind-impersonate + impersonate") << "escalate-bind-impersonate"
                                                                 << one(rule({""}, {"serviceaccounts"}, {"impersonate"})) << crb
                                                                 << "" << sa << true;
        QTest::newRow("escalate-bind-impersonate -") << "escalate-bind-impersonate"
                                                     << one(rule({"rbac.authorization.k8s.io"}, {"roles"}, {"get", "list", "create"}))
                                                     << rb << "" << sa << false;
        QTest::newRow("nodes-proxy +") << "nodes-proxy" << one(rule({""}, {"nodes/proxy"}, {"get"})) << crb << "" << sa << true;
        QTest::newRow("nodes-proxy - nodes") << "nodes-proxy" << one(rule({""}, {"nodes"}, {"get"})) << crb << "" << sa << false;
        QTest::newRow("nodes-proxy - namespaced") << "nodes-proxy" << one(rule({""}, {"nodes/proxy"}, {"get"})) << rb << "" << sa
                                                  << false;
        QTest::newRow("serviceaccount-token +") << "serviceaccount-token"
                                                << one(rule({""}, {"serviceaccounts/token"}, {"create"})) << rb << "" << sa
                                                << true;
        QTest::newRow("serviceaccount-token -") << "serviceaccount-token"
                                                << one(rule({""}, {"serviceaccounts"}, {"create", "get"})) << rb << "" << sa
                                                << false;
        QTest::newRow("csr-approval + approval") << "csr-approval"
                                                 << one(rule({"certificates.k8s.io"}, {"certificatesigningrequests/approval"},
                                                             {"update"}))
                                                 << crb << "" << sa << true;
        QTest::newRow("csr-approval + signers") << "csr-approval" << one(rule({"certificates.k8s.io"}, {"signers"}, {"approve"}))
                                                << crb << "" << sa << true;
        QTest::newRow("csr-approval -") << "csr-approval"
                                        << one(rule({"certificates.k8s.io"}, {"certificatesigningrequests"}, {"create", "get"}))
                                        << crb << "" << sa << false;
        QTest::newRow("admission-webhook-write +") << "admission-webhook-write"
                                                   << one(rule({"admissionregistration.k8s.io"},
                                                               {"validatingwebhookconfigurations"}, {"patch"}))
                                                   << crb << "" << sa << true;
        QTest::newRow("admission-webhook-write -") << "admission-webhook-write"
                                                   << one(rule({"admissionregistration.k8s.io"},
                                                               {"mutatingwebhookconfigurations"}, {"get", "list"}))
                                                   << crb << "" << sa << false;
        const QJsonArray view = one(rule({""}, {"pods"}, {"get"}));
        QTest::newRow("anonymous-binding + user") << "anonymous-binding" << view << crb << ""
                                                  << subject("User", "system:anonymous") << true;
        QTest::newRow("anonymous-binding + group") << "anonymous-binding" << view << rb << ""
                                                   << subject("Group", "system:unauthenticated") << true;
        QTest::newRow("anonymous-binding -") << "anonymous-binding" << view << crb << "" << subject("User", "alice") << false;
        QTest::newRow("authenticated-binding +") << "authenticated-binding" << view << crb << ""
                                                 << subject("Group", "system:authenticated") << true;
        QTest::newRow("authenticated-binding -") << "authenticated-binding" << view << crb << "" << subject("Group", "devs")
                                                 << false;
        QTest::newRow("default-serviceaccount-binding + default") << "default-serviceaccount-binding" << view << rb << ""
                                                                  << subject("ServiceAccount", "default", "apps") << true;
        QTest::newRow("default-serviceaccount-binding + all in ns") << "default-serviceaccount-binding" << view << rb << ""
                                                                    << subject("Group", "system:serviceaccounts:apps") << true;
        QTest::newRow("default-serviceaccount-binding -") << "default-serviceaccount-binding" << view << rb << "" << sa << false;
    }

    void ruleFires()
    {
        QFETCH(QString, ruleId);
        QFETCH(QJsonArray, rules);
        QFETCH(QString, bindingKind);
        QFETCH(QString, roleRef);
        QFETCH(QJsonObject, subject);
        QFETCH(bool, fires);
        QVERIFY(findRule(ruleId));
        const bool cluster = bindingKind == "ClusterRoleBinding";
        QJsonArray items{clusterAdminRole(),
                         role("ClusterRole", meta("edit"), QJsonArray{rule({""}, {"pods"}, {"get"})}),
                         role("ClusterRole", meta("admin"), QJsonArray{rule({""}, {"pods"}, {"get"})}),
                         role("ClusterRole", meta("view"), QJsonArray{rule({""}, {"pods"}, {"get"})})};
        if (roleRef.isEmpty())
            items.append(role(cluster ? "ClusterRole" : "Role", meta("r", cluster ? QString() : "apps"), rules));
        items.append(binding(bindingKind, meta("b", cluster ? QString() : "apps"), roleRef.isEmpty() && !cluster ? "Role" : "ClusterRole",
                             roleRef.isEmpty() ? "r" : roleRef, QJsonArray{subject}));
        const RbacSnapshot snap = snapshot(items);
        const QList<Finding> findings = findingsOf(RuleEngine().evaluate(snap), ruleId);
        QCOMPARE(!findings.isEmpty(), fires);
        if (!fires)
            return;
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.bindingText, QString(bindingKind + (cluster ? " b" : " apps/b")));
        QCOMPARE(f.severity, ruleId == "cluster-admin-binding" && !cluster ? Severity::High : findRule(ruleId)->severity);
        QVERIFY(!f.rules.isEmpty());
        QVERIFY(!f.paths.isEmpty());
        QVERIFY2(f.paths.first().contains(" → " + f.bindingText + " → "), qPrintable(f.paths.first()));
        QVERIFY(!f.detail.isEmpty());
        QVERIFY(!f.expectedByChart);
    }

    void fullWildcardReportedOnceAsWildcard()
    {
        const RbacSnapshot snap = snapshot({clusterAdminRole(),
                                            binding("ClusterRoleBinding", meta("ops"), "ClusterRole", "cluster-admin",
                                                    {subject("User", "alice")}),
                                            binding("ClusterRoleBinding", meta("cluster-admin", {}, QJsonObject{{"kubernetes.io/bootstrapping", "rbac-defaults"}}),
                                                    "ClusterRole", "cluster-admin", {subject("Group", "system:masters")})});
        QStringList ids;
        for (const Finding &f : RuleEngine().evaluate(snap)) {
            QCOMPARE(f.bindingText, QString("ClusterRoleBinding ops")); // the bootstrap binding is not reviewed
            ids << f.ruleId;
        }
        ids.sort();
        QCOMPARE(ids, QStringList({"cluster-admin-binding", "wildcard-apigroups", "wildcard-resources", "wildcard-verbs"}));
    }

    void chartExpectationsAndDrift()
    {
        // prometheus' own ClusterRole as its profile describes it, bound to its own ServiceAccount.
        const QJsonObject m = helmMeta("prom", {}, "prom", "prometheus-0.4.0");
        QJsonObject roleMeta = m;
        roleMeta.remove("namespace");
        QJsonObject annotations{{"meta.helm.sh/release-name", "prom"}, {"meta.helm.sh/release-namespace", "monitoring"}};
        roleMeta.insert("annotations", annotations);
        QJsonObject saMeta = roleMeta;
        saMeta.insert("namespace", "monitoring");
        const QJsonArray expectedRules{rule({""}, {"nodes", "nodes/proxy", "services", "endpoints", "pods"}, {"get", "list", "watch"}),
                                       rule({""}, {"configmaps"}, {"get"}), urlRule({"/metrics"}, {"get"})};
        QJsonArray items{role("ClusterRole", roleMeta, expectedRules),
                         binding("ClusterRoleBinding", roleMeta, "ClusterRole", "prom",
                                 {subject("ServiceAccount", "prom", "monitoring")}),
                         deployment(saMeta, "prom")};
        QList<Finding> findings = RuleEngine(&m_profiles).evaluate(snapshot(items));
        QVERIFY(!findings.isEmpty());
        const QList<Finding> proxy = findingsOf(findings, "nodes-proxy");
        QCOMPARE(proxy.size(), 1);
        QVERIFY(proxy.first().expectedByChart);
        QCOMPARE(proxy.first().severity, Severity::Info);
        QCOMPARE(proxy.first().originalSeverity, Severity::High);
        QCOMPARE(proxy.first().release.key(), QString("monitoring/prom"));
        for (const Finding &f : findings)
            QVERIFY2(f.severity == Severity::Info, qPrintable(f.ruleId + ": " + f.detail));
        // Without a profile catalog nothing is "expected".
        QCOMPARE(findingsOf(RuleEngine().evaluate(snapshot(items)), "nodes-proxy").first().severity, Severity::High);

        // The same ClusterRole widened to read every Secret: drift, and the secrets finding is not expected.
        QJsonArray widened = expectedRules;
        widened.append(rule({""}, {"secrets"}, {"list"}));
        items[0] = role("ClusterRole", roleMeta, widened);
        // ...and a hand-made binding (not from the release) gives its ServiceAccount exec everywhere.
        items.append(role("ClusterRole", meta("debug-exec"), {rule({""}, {"pods/exec"}, {"create"})}));
        items.append(binding("ClusterRoleBinding", meta("prom-debug"), "ClusterRole", "debug-exec",
                             {subject("ServiceAccount", "prom", "monitoring")}));
        findings = RuleEngine(&m_profiles).evaluate(snapshot(items));
        const QList<Finding> secrets = findingsOf(findings, "cluster-secrets-read");
        QCOMPARE(secrets.size(), 1);
        QVERIFY(!secrets.first().expectedByChart);
        QCOMPARE(secrets.first().severity, Severity::High);
        const QList<Finding> drift = findingsOf(findings, "chart-drift");
        QCOMPARE(drift.size(), 2);
        QStringList targets{drift.at(0).target(), drift.at(1).target()};
        targets.sort();
        QCOMPARE(targets, QStringList({"ClusterRole prom", "ClusterRoleBinding prom-debug"}));
        for (const Finding &f : drift) {
            QCOMPARE(f.release.key(), QString("monitoring/prom"));
            QVERIFY2(f.detail == "list secrets" || f.detail == "create pods/exec", qPrintable(f.detail));
        }
        const QList<Finding> exec = findingsOf(findings, "pod-exec");
        QCOMPARE(exec.size(), 1);
        QCOMPARE(exec.first().release.key(), QString("monitoring/prom")); // runs as the release's ServiceAccount
        QVERIFY(exec.first().bindingRelease.isEmpty());                  // ...through a binding from no release
    }

    void effectivePermissionsAndWhoCanWithAggregation()
    {
        const QJsonObject aggLabel{{"rbac.example.com/aggregate-to-monitoring", "true"}};
        QJsonObject aggregated = role("ClusterRole", meta("monitoring"), QJsonArray());
        aggregated.insert("aggregationRule",
                          QJsonObject{{"clusterRoleSelectors", QJsonArray{QJsonObject{{"matchLabels", aggLabel}}}}});
        const RbacSnapshot snap = snapshot(
            {aggregated,
             role("ClusterRole", meta("monitoring-pods", {}, aggLabel), {rule({""}, {"pods", "pods/log"}, {"get", "list"})}),
             role("ClusterRole", meta("monitoring-metrics", {}, aggLabel), {urlRule({"/metrics"}, {"get"})}),
             role("ClusterRole", meta("unrelated"), {rule({""}, {"secrets"}, {"get"})}),
             role("Role", meta("cm", "apps"), {rule({""}, {"configmaps"}, {"get"}, {"settings"})}),
             binding("ClusterRoleBinding", meta("mon"), "ClusterRole", "monitoring", {subject("ServiceAccount", "agent", "monitoring")}),
             binding("RoleBinding", meta("cm", "apps"), "Role", "cm", {subject("Group", "system:serviceaccounts:apps")}),
             binding("RoleBinding", meta("secrets", "apps"), "ClusterRole", "unrelated", {subject("User", "bob")})});
        const RbacRole *agg = snap.findRole("ClusterRole", {}, "monitoring");
        QVERIFY(agg);
        QCOMPARE(agg->rules.size(), 2);
        QCOMPARE(agg->aggregatedFrom.size(), 2);

        const PermissionIndex index(snap);
        const Subject agent = Subject::serviceAccount("monitoring", "agent");
        QVERIFY(!index.allowing(agent, AccessRequest::parse("list", "pods", "db")).isEmpty()); // cluster-wide
        QVERIFY(index.allowing(agent, AccessRequest::parse("list", "pods/exec", "db")).isEmpty());
        QVERIFY(!index.allowing(agent, AccessRequest::parse("get", "/metrics")).isEmpty());
        QVERIFY(index.allowing(agent, AccessRequest::parse("get", "secrets", "db")).isEmpty());
        QCOMPARE(index.grantsFor(agent).size(), 2);

        // Group membership: every ServiceAccount of "apps", only the named ConfigMap, only in "apps".
        const Subject web = Subject::serviceAccount("apps", "web");
        AccessRequest settings = AccessRequest::parse("get", "configmaps", "apps");
        settings.name = "settings";
        const QList<Grant> viaGroup = index.allowing(web, settings);
        QCOMPARE(viaGroup.size(), 1);
        QCOMPARE(viaGroup.first().via.name, QString("system:serviceaccounts:apps"));
        QVERIFY(viaGroup.first().path().contains("(via Group system:serviceaccounts:apps)"));
        settings.name = "other";
        QVERIFY(index.allowing(web, settings).isEmpty());
        settings.name = "settings";
        settings.namespaceName = "db";
        QVERIFY(index.allowing(web, settings).isEmpty());
        QVERIFY(index.allowing(Subject::serviceAccount("db", "web"), AccessRequest::parse("get", "configmaps", "apps")).isEmpty());

        // A RoleBinding to a ClusterRole grants it in its namespace only.
        QVERIFY(!index.allowing(Subject::user("bob"), AccessRequest::parse("get", "secrets", "apps")).isEmpty());
        QVERIFY(index.allowing(Subject::user("bob"), AccessRequest::parse("get", "secrets", "db")).isEmpty());
        QVERIFY(index.allowing(Subject::user("bob"), AccessRequest::parse("get", "secrets")).isEmpty());
        QCOMPARE(index.effectiveIn(Subject::user("bob"), "apps").size(), 1);
        QCOMPARE(index.effectiveIn(Subject::user("bob"), "db").size(), 0);

        // Who can get pods/log in db: only the aggregated role's ServiceAccount.
        QList<Grant> who = index.whoCan(AccessRequest::parse("get", "pods/log", "db"));
        QCOMPARE(who.size(), 1);
        QCOMPARE(who.first().subject, agent);
        QCOMPARE(who.first().roleText, QString("ClusterRole monitoring"));
        who = index.whoCan(AccessRequest::parse("get", "secrets", "apps"));
        QCOMPARE(who.size(), 1);
        QCOMPARE(who.first().subject, Subject::user("bob"));
        QVERIFY(index.whoCan(AccessRequest::parse("delete", "pods", "db")).isEmpty());
        QCOMPARE(PermissionIndex::groupsOf(Subject::user("system:anonymous")), QStringList{"system:unauthenticated"});
        // A ServiceAccount is also reached by its user name.
        const QStringList groups = PermissionIndex::groupsOf(agent);
        QVERIFY(PermissionIndex::reaches(Subject::user("system:serviceaccount:monitoring:agent"), agent, groups));
        QVERIFY(!PermissionIndex::reaches(Subject::user("system:serviceaccount:apps:agent"), agent, groups));
        QVERIFY(!PermissionIndex::reaches(Subject::serviceAccount("apps", "agent"), agent, groups));
        QVERIFY(PermissionIndex::reaches(Subject::group("system:serviceaccounts:monitoring"), agent, groups));
    }

    void malformedInputIsAClearError()
    {
        RbacSnapshot s;
        Result<void> r = s.addObjectsJson("{\"kind\": \"List\", \"items\": [");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("RBAC object list"), qPrintable(r.error().message));
        r = s.addObjectsJson("[1, 2]");
        QVERIFY(!r.ok());
        r = s.addObjectsJson("{\"items\": []}");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("kind"));
        r = s.addManifestYaml("kind: Role\nmetadata: {name: [unclosed\n", {"ns", "x", {}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains("line"), qPrintable(r.error().message));
        QVERIFY(s.roles.isEmpty());
        // Odd shapes are tolerated: no rules, no subjects, unknown kinds, objects without names.
        r = s.addObjectsJson(list({QJsonObject{{"kind", "Role"}, {"metadata", meta("empty", "ns")}},
                                   QJsonObject{{"kind", "RoleBinding"}, {"metadata", meta("nobody", "ns")}},
                                   QJsonObject{{"kind", "Widget"}, {"metadata", meta("w")}},
                                   QJsonObject{{"kind", "Role"}}}));
        QVERIFY(r.ok());
        s.finish();
        QCOMPARE(s.roles.size(), 1);
        QCOMPARE(s.bindings.size(), 1);
        QVERIFY(RuleEngine().evaluate(s).isEmpty());
    }

    void acceptancesPersistAndConverge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/rbac-acceptances.json");
        const RbacSnapshot snap = snapshot({clusterAdminRole(),
                                            binding("ClusterRoleBinding", meta("ops"), "ClusterRole", "cluster-admin",
                                                    {subject("User", "alice")})});
        QList<Finding> findings = RuleEngine().evaluate(snap);
        QCOMPARE(findings.size(), 4);
        {
            AcceptanceStore store(path);
            QVERIFY(store.load().ok()); // missing file: empty
            store.accept({"test", "", "cluster-admin-binding", "ClusterRoleBinding ops", "alice is the admin", {}});
            store.accept({"test", "", "wildcard-verbs", {}, "part of cluster-admin", {}});
            store.accept({"other", "", "wildcard-resources", {}, "other context", {}});
            QVERIFY(store.save().ok());
        }
        AcceptanceStore reloaded(path);
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.acceptances().size(), 3);
        QCOMPARE(reloaded.apply(findings), 2);
        RbacReview review;
        review.findings = findings;
        QCOMPARE(review.openAtLeast(Severity::Critical), 0);
        QCOMPARE(review.openAtLeast(Severity::High), 1); // wildcard-resources is still open
        for (const Finding &f : findings)
            if (f.ruleId == "cluster-admin-binding")
                QCOMPARE(f.acceptNote, QString("alice is the admin"));
        QVERIFY(reloaded.reopen("test", "", "cluster-admin-binding", "ClusterRoleBinding ops"));
        QVERIFY(!reloaded.reopen("test", "", "cluster-admin-binding", "ClusterRoleBinding ops"));
        QVERIFY(reloaded.save().ok());
        AcceptanceStore again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.acceptances().size(), 2);

        QFile broken(dir.filePath("broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        AcceptanceStore bad(broken.fileName());
        const Result<void> r = bad.load();
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("not a valid acceptance file"));
    }

    void reportFormats()
    {
        const RbacSnapshot snap = snapshot({role("Role", meta("r", "apps"), {rule({""}, {"pods/exec"}, {"create"})}),
                                            binding("RoleBinding", meta("b", "apps"), "Role", "r",
                                                    {subject("ServiceAccount", "default", "apps")})});
        RbacReview review;
        review.contexts = {"test"};
        review.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        review.findings = RuleEngine().evaluate(snap);
        QCOMPARE(review.findings.size(), 2);
        review.findings[0].accepted = true;
        review.findings[0].acceptNote = "ok, \"debug\" <script>";

        const QString md = review.toMarkdown();
        QVERIFY(md.startsWith("# RBAC review"));
        QVERIFY(md.contains("## High (1)"));
        QVERIFY(md.contains("`pod-exec`"));
        QVERIFY(md.contains("ServiceAccount apps/default → RoleBinding apps/b → Role apps/r → apiGroups=[\"\"] resources=[pods/exec] verbs=[create]"));

        const QString html = review.toHtml();
        QVERIFY(html.contains("&lt;script&gt;"));
        QVERIFY(!html.contains("<script>"));

        const QStringList csv = review.toCsv().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 3);
        QVERIFY(csv.first().startsWith("severity,rule,context,release,binding"));
        QVERIFY2(csv.at(1).endsWith(",accepted,\"ok, \"\"debug\"\" <script>\""), qPrintable(csv.at(1)));

        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(review.toJson()).toJson()).object();
        QCOMPARE(json.value("findings").toArray().size(), 2);
        QCOMPARE(json.value("generatedAt").toString(), QString("2026-01-02T03:04:05Z"));
        const QJsonObject first = json.value("findings").toArray().first().toObject();
        QCOMPARE(first.value("rule").toString(), QString("pod-exec"));
        QCOMPARE(first.value("policyRules").toArray().first().toObject().value("resources").toArray().first().toString(),
                 QString("pods/exec"));
        QCOMPARE(json.value("openBySeverity").toObject().value("medium").toInt(), 1);

        review.namespaceName = "db";
        review.applyScope();
        QVERIFY(review.findings.isEmpty());
    }

    void canIListFromRealKubectl_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("kubectl 1.35") << "cani-list-limited-apps-kubectl-1.35.txt";
        QTest::newRow("kubectl 1.31") << "cani-list-limited-apps-kubectl-1.31.txt";
    }

    void canIListFromRealKubectl()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(CHARTROOM_TEST_DATA_DIR "/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto rules = parseCanIList(QString::fromUtf8(f.readAll()));
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error().message));
        QCOMPARE(rules->size(), 42);
        UserAccess access;
        access.setRules("sim", "apps", rules.value());
        using A = UserAccess::Answer;
        QCOMPARE(access.can("sim", "list", "pods", "apps").answer, A::Allowed);
        QCOMPARE(access.can("sim", "get", "pods/log", "apps").answer, A::Allowed);
        QCOMPARE(access.can("sim", "patch", "deployments.apps/scale", "apps").answer, A::Allowed);
        QCOMPARE(access.can("sim", "patch", "statefulsets.apps/scale", "apps").answer, A::Denied);
        QCOMPARE(access.can("sim", "get", "ingresses.networking.k8s.io", "apps").answer, A::Allowed);
        QCOMPARE(access.can("sim", "get", "configmaps", "apps", "cfg").answer, A::Allowed);
        QCOMPARE(access.can("sim", "update", "configmaps", "apps", "cfg").answer, A::Denied);
        QCOMPARE(access.can("sim", "get", "/healthz", "").answer, A::Unknown); // cluster scope not loaded
        QCOMPARE(access.can("sim", "get", "/healthz", "apps").answer, A::Allowed);
        QCOMPARE(access.can("other", "list", "pods", "apps").answer, A::Unknown);
        const UserAccess::Decision exec = access.can("sim", "create", "pods/exec", "apps");
        QCOMPARE(exec.answer, A::Denied);
        QVERIFY(!exec.allowed());
        QCOMPARE(exec.reason, QString("your kubeconfig user cannot create pods/exec in namespace apps (context sim)"));
        const UserAccess::Decision backup = access.canPerform("sim", UserAccess::Action::BackupExec, "apps");
        QCOMPARE(backup.answer, A::Denied);
        QVERIFY(backup.reason.contains("create pods/exec"));
        const UserAccess::Decision scale = access.canPerform("sim", UserAccess::Action::Scale, "apps");
        QCOMPARE(scale.answer, A::Denied);
        QVERIFY2(scale.reason.contains("statefulsets.apps/scale"), qPrintable(scale.reason));
    }

    void canIListRejectsOtherText()
    {
        QVERIFY(!parseCanIList("error: You must be logged in to the server (Unauthorized)\n").ok());
        QVERIFY(!parseCanIList("Resources   Non-Resource URLs   Resource Names   Verbs\npods   []   []   \n").ok());
        const auto star = parseCanIList("Resources   Non-Resource URLs   Resource Names   Verbs\n"
                                        "*.*         []                  []               [*]\n"
                                        "            [*]                 []               [*]\n");
        QVERIFY(star.ok());
        QCOMPARE(star->size(), 2);
        QVERIFY(star->first().allows(AccessRequest::parse("create", "pods/exec", "x")));
        QVERIFY(star->last().allows(AccessRequest::parse("get", "/metrics")));
    }

    void leastPrivilegeSuggestion()
    {
        const RbacSnapshot snap = snapshot({clusterAdminRole(),
                                            binding("ClusterRoleBinding", meta("grafana-debug"), "ClusterRole", "cluster-admin",
                                                    {subject("ServiceAccount", "grafana", "monitoring")}),
                                            role("ClusterRole", meta("wide"), {rule({""}, {"pods", "pods/exec"}, {"*"}),
                                                                               urlRule({"/metrics"}, {"get"})}),
                                            binding("RoleBinding", meta("wide", "apps"), "ClusterRole", "wide",
                                                    {subject("User", "carol")})});
        const QList<Finding> findings = RuleEngine().evaluate(snap);
        const Finding admin = findingsOf(findings, "cluster-admin-binding").first();

        // With the chart profile: exactly its namespaced rules, for the ServiceAccount, in its namespace.
        const QString yaml = leastPrivilegeYaml(admin, &m_profiles.profile("grafana")->rbac);
        const auto docs = yamlDocumentsToJson(yaml.toUtf8());
        QVERIFY2(docs.ok(), qPrintable(yaml));
        QCOMPARE(docs->size(), 2);
        const QJsonObject roleDoc = docs->at(0);
        QCOMPARE(roleDoc.value("kind").toString(), QString("Role"));
        QCOMPARE(roleDoc.value("metadata").toObject().value("namespace").toString(), QString("monitoring"));
        const QJsonArray rules = roleDoc.value("rules").toArray();
        QCOMPARE(rules.size(), m_profiles.profile("grafana")->rbac.rules.size());
        for (const QJsonValue &r : rules) {
            QVERIFY(!r.toObject().value("verbs").toArray().contains(QJsonValue("*")));
            QCOMPARE(r.toObject().value("apiGroups").toArray().first().toString(), QString());
        }
        const QJsonObject bindingDoc = docs->at(1);
        QCOMPARE(bindingDoc.value("kind").toString(), QString("RoleBinding"));
        QCOMPARE(bindingDoc.value("roleRef").toObject().value("name").toString(), QString("grafana-least-privilege"));
        QCOMPARE(bindingDoc.value("subjects").toArray().first().toObject().value("namespace").toString(), QString("monitoring"));
        QVERIFY(yaml.contains("then remove ClusterRoleBinding grafana-debug"));

        // Without a profile: the finding's rules narrowed (read-only, no exec, no URLs).
        Finding wide;
        for (const Finding &f : findingsOf(findings, "wildcard-verbs"))
            if (f.bindingText == "RoleBinding apps/wide")
                wide = f;
        QCOMPARE(wide.subjects.size(), 1);
        const auto narrowed = yamlDocumentsToJson(leastPrivilegeYaml(wide).toUtf8());
        QVERIFY(narrowed.ok());
        const QJsonArray narrowedRules = narrowed->first().value("rules").toArray();
        QCOMPARE(narrowedRules.size(), 1);
        QCOMPARE(narrowedRules.first().toObject().value("resources").toArray(), QJsonArray{"pods"});
        QCOMPARE(narrowedRules.first().toObject().value("verbs").toArray(), QJsonArray({"get", "list", "watch"}));
        QCOMPARE(narrowed->first().value("metadata").toObject().value("namespace").toString(), QString("apps"));
        QCOMPARE(narrowed->at(1).value("subjects").toArray().first().toObject().value("kind").toString(), QString("User"));
    }

    void collectJobReportsMalformedOutput()
    {
        // /bin/echo stands in for kubectl and helm: it prints its arguments, which are not JSON.
        RbacCollectJob job(RbacCommands("/bin/echo", "/bin/echo"), "ctx");
        QSignalSpy finished(&job, &jobs::Job::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.state(), jobs::JobState::Failed);
        QCOMPARE(job.error(), jobs::JobError::ParseFailed);
        QVERIFY2(job.errorString().contains("RBAC object list"), qPrintable(job.errorString()));

        // Canceled before it started: finished once, Canceled, nothing run.
        RbacCollectJob canceled(RbacCommands("/bin/echo", "/bin/echo"), "ctx");
        QSignalSpy canceledSpy(&canceled, &jobs::Job::finished);
        canceled.start();
        canceled.cancel();
        QTRY_COMPARE(canceledSpy.size(), 1);
        QCOMPARE(canceled.state(), jobs::JobState::Canceled);
        // Each RBAC kind is listed alone (one forbidden kind does not hide the others), then the
        // workloads and the releases.
        const QList<CommandLine> commands = canceled.commandLines();
        QCOMPARE(commands.size(), 7);
        QCOMPARE(commands.first().arguments().mid(0, 4), QStringList({"--context", "ctx", "get", "clusterroles"}));
        QCOMPARE(commands.at(4).arguments().at(3), QString("serviceaccounts"));
    }

private:
    catalog::ProfileCatalog m_profiles;
};

QTEST_GUILESS_MAIN(tst_RbacEngine)
#include "tst_rbacengine.moc"
