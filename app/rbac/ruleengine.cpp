#include "ruleengine.h"

#include "catalog/profilecatalog.h"
#include "rbac/permissionindex.h"
#include "rbac/rulecatalog.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace chartroom::rbac {

namespace {

const QString Star = QStringLiteral("*");

/// "verb resource" for the first (verb, resource) of the lists the rule allows; empty if none.
/// Resources are "group|resource[/sub]".
QString firstAllowed(const PolicyRule &rule, const QStringList &verbs, const QStringList &resources)
{
    QStringList hits;
    for (const QString &res : resources) {
        const qsizetype bar = res.indexOf(QLatin1Char('|'));
        const QString group = res.left(bar);
        const QString resource = res.mid(bar + 1);
        for (const QString &verb : verbs) {
            AccessRequest request = AccessRequest::parse(verb, resource);
            request.apiGroup = group;
            if (rule.allows(request)) {
                hits << verb + QLatin1Char(' ') + request.resourceText();
                break;
            }
        }
    }
    return hits.join(QStringLiteral(", "));
}

/// The non-empty details, comma-separated.
QString joinHits(const QStringList &details)
{
    QStringList hits = details;
    hits.removeAll(QString());
    return hits.join(QStringLiteral(", "));
}

QString wildcardIn(const QStringList &list, const char *what)
{
    return list.contains(Star) ? QString::fromLatin1(what) + QStringLiteral("=[*]") : QString();
}

struct Check
{
    QString id;
    bool clusterOnly = false;      ///< only through ClusterRoleBindings (cluster-scoped resources)
    bool skipFullWildcard = false; ///< capability rule: a *,* rule is reported by the wildcard rules
    std::function<QString(const Grant &)> match; ///< detail text, empty: no match
};

QList<Check> checks()
{
    const QStringList workloads{QStringLiteral("|pods"), QStringLiteral("apps|deployments"), QStringLiteral("apps|statefulsets"),
                                QStringLiteral("apps|daemonsets"), QStringLiteral("apps|replicasets"), QStringLiteral("batch|jobs"),
                                QStringLiteral("batch|cronjobs"), QStringLiteral("|replicationcontrollers")};
    auto subjectIs = [](const Grant &g, const QString &kind, const QStringList &names) {
        return g.via.kind == kind && names.contains(g.via.name);
    };
    return {
        {QStringLiteral("wildcard-verbs"), false, false,
         [](const Grant &g) { return wildcardIn(g.rule.verbs, "verbs"); }},
        {QStringLiteral("wildcard-resources"), false, false,
         [](const Grant &g) {
             return g.rule.isNonResource() ? QString() : wildcardIn(g.rule.resources, "resources");
         }},
        {QStringLiteral("wildcard-apigroups"), false, false,
         [](const Grant &g) { return wildcardIn(g.rule.apiGroups, "apiGroups"); }},
        {QStringLiteral("cluster-admin-binding"), false, false,
         [](const Grant &g) {
             return g.binding.roleKind == QLatin1String("ClusterRole") && g.binding.roleName == QLatin1String("cluster-admin")
                        ? QStringLiteral("roleRef ClusterRole cluster-admin")
                        : QString();
         }},
        {QStringLiteral("admin-edit-binding"), false, false,
         [](const Grant &g) {
             const bool hit = g.binding.roleKind == QLatin1String("ClusterRole")
                              && (g.binding.roleName == QLatin1String("admin") || g.binding.roleName == QLatin1String("edit"));
             return hit ? QStringLiteral("roleRef ClusterRole ") + g.binding.roleName : QString();
         }},
        {QStringLiteral("cluster-secrets-read"), true, true,
         [](const Grant &g) {
             if (!g.rule.resourceNames.isEmpty())
                 return QString();
             return firstAllowed(g.rule, {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")},
                                 {QStringLiteral("|secrets")});
         }},
        {QStringLiteral("pod-exec"), false, true,
         [](const Grant &g) {
             return firstAllowed(g.rule, {QStringLiteral("create"), QStringLiteral("get")},
                                 {QStringLiteral("|pods/exec"), QStringLiteral("|pods/attach"), QStringLiteral("|pods/portforward")});
         }},
        {QStringLiteral("workload-create"), false, true,
         [workloads](const Grant &g) { return firstAllowed(g.rule, {QStringLiteral("create")}, workloads); }},
        {QStringLiteral("escalate-bind-impersonate"), false, true,
         [](const Grant &g) {
             const QString roles = firstAllowed(g.rule, {QStringLiteral("escalate"), QStringLiteral("bind")},
                                                {QStringLiteral("rbac.authorization.k8s.io|roles"),
                                                 QStringLiteral("rbac.authorization.k8s.io|clusterroles")});
             const QString imp = firstAllowed(g.rule, {QStringLiteral("impersonate")},
                                              {QStringLiteral("|users"), QStringLiteral("|groups"), QStringLiteral("|serviceaccounts"),
                                               QStringLiteral("authentication.k8s.io|userextras/scopes"),
                                               QStringLiteral("authentication.k8s.io|uids")});
             return joinHits({roles, imp});
         }},
        {QStringLiteral("nodes-proxy"), true, true,
         [](const Grant &g) {
             return firstAllowed(g.rule, {QStringLiteral("get"), QStringLiteral("create")}, {QStringLiteral("|nodes/proxy")});
         }},
        {QStringLiteral("serviceaccount-token"), false, true,
         [](const Grant &g) { return firstAllowed(g.rule, {QStringLiteral("create")}, {QStringLiteral("|serviceaccounts/token")}); }},
        {QStringLiteral("csr-approval"), true, true,
         [](const Grant &g) {
             const QString approval = firstAllowed(g.rule, {QStringLiteral("update"), QStringLiteral("patch")},
                                                   {QStringLiteral("certificates.k8s.io|certificatesigningrequests/approval")});
             const QString approve = firstAllowed(g.rule, {QStringLiteral("approve")}, {QStringLiteral("certificates.k8s.io|signers")});
             return joinHits({approval, approve});
         }},
        {QStringLiteral("admission-webhook-write"), true, true,
         [](const Grant &g) {
             return firstAllowed(g.rule, {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("patch"),
                                          QStringLiteral("delete")},
                                 {QStringLiteral("admissionregistration.k8s.io|mutatingwebhookconfigurations"),
                                  QStringLiteral("admissionregistration.k8s.io|validatingwebhookconfigurations")});
         }},
        {QStringLiteral("anonymous-binding"), false, false,
         [subjectIs](const Grant &g) {
             return subjectIs(g, QStringLiteral("User"), {QStringLiteral("system:anonymous")})
                            || subjectIs(g, QStringLiteral("Group"), {QStringLiteral("system:unauthenticated")})
                        ? g.via.toString()
                        : QString();
         }},
        {QStringLiteral("authenticated-binding"), false, false,
         [subjectIs](const Grant &g) {
             return subjectIs(g, QStringLiteral("Group"), {QStringLiteral("system:authenticated")}) ? g.via.toString() : QString();
         }},
        {QStringLiteral("default-serviceaccount-binding"), false, false,
         [](const Grant &g) {
             const bool defaultSa = g.via.isServiceAccount() && g.via.name == QLatin1String("default");
             const bool allSas = g.via.kind == QLatin1String("Group")
                                 && (g.via.name == QLatin1String("system:serviceaccounts")
                                     || g.via.name.startsWith(QLatin1String("system:serviceaccounts:")));
             return defaultSa || allSas ? g.via.toString() : QString();
         }},
    };
}

Severity lower(Severity s)
{
    return s == Severity::Info ? s : static_cast<Severity>(static_cast<int>(s) - 1);
}

void addUnique(QStringList &list, const QString &text)
{
    if (!text.isEmpty() && !list.contains(text))
        list << text;
}

/// A chart-drift finding with the rules, paths and detail of everything `expected` does not
/// cover (no rules: nothing beyond the profile). `clusterBinding`: nonResourceURLs take effect.
Finding driftOf(const QList<PolicyRule> &rules, bool clusterRole, bool clusterBinding, const catalog::ExpectedRbac &expected,
                const QString &pathPrefix)
{
    Finding f;
    f.ruleId = QStringLiteral("chart-drift");
    f.severity = findRule(f.ruleId)->severity;
    QStringList details;
    for (const PolicyRule &rule : rules) {
        if (rule.isNonResource() && !clusterBinding)
            continue;
        const QStringList extra = RuleEngine::uncovered(rule, clusterRole, expected);
        if (extra.isEmpty())
            continue;
        f.rules << rule;
        addUnique(f.paths, pathPrefix + QStringLiteral(" → ") + rule.toString());
        details << extra.join(QStringLiteral(", "));
    }
    f.detail = details.join(QStringLiteral("; "));
    return f;
}

} // namespace

RuleEngine::RuleEngine(const catalog::ProfileCatalog *profiles)
    : m_profiles(profiles)
{
}

QStringList RuleEngine::uncovered(const PolicyRule &rule, bool clusterRole, const catalog::ExpectedRbac &expected)
{
    QStringList out;
    auto has = [](const QStringList &list, const QString &value) { return list.contains(value) || list.contains(Star); };
    const QStringList groups = rule.isNonResource() ? QStringList{QString()} : rule.apiGroups;
    const QStringList resources = rule.isNonResource() ? rule.nonResourceURLs : rule.resources;
    for (const QString &verb : rule.verbs) {
        for (const QString &group : groups) {
            for (const QString &resource : resources) {
                const bool covered = std::any_of(expected.rules.cbegin(), expected.rules.cend(), [&](const catalog::RbacRule &e) {
                    if (e.clusterScope != clusterRole)
                        return false;
                    const bool groupOk = rule.isNonResource() ? e.apiGroups.isEmpty() : has(e.apiGroups, group);
                    return groupOk && has(e.resources, resource) && has(e.verbs, verb);
                });
                if (!covered)
                    out << verb + QLatin1Char(' ') + (group.isEmpty() ? resource : resource + QLatin1Char('.') + group);
            }
        }
    }
    return out;
}

bool RuleEngine::coveredBy(const PolicyRule &rule, bool clusterRole, const catalog::ExpectedRbac &expected)
{
    return uncovered(rule, clusterRole, expected).isEmpty();
}

QList<Finding> RuleEngine::evaluate(const RbacSnapshot &snapshot) const
{
    const PermissionIndex index(snapshot);
    auto profileOf = [this](const ReleaseRef &release) -> const catalog::ChartProfile * {
        if (!m_profiles || release.isEmpty() || release.chart.isEmpty())
            return nullptr;
        return m_profiles->match(release.chart);
    };
    auto affectedRelease = [&snapshot](const RbacBinding &binding, const ReleaseRef &roleRelease) {
        for (const Subject &s : binding.subjects) {
            if (!s.isServiceAccount())
                continue;
            const ReleaseRef r = snapshot.releaseOfServiceAccount(s.namespaceName, s.name);
            if (!r.isEmpty()) {
                const ReleaseRef *known = snapshot.findRelease(r.namespaceName, r.name);
                return known ? *known : r;
            }
        }
        return !binding.release.isEmpty() ? binding.release : roleRelease;
    };

    QHash<QString, Finding> byKey;
    QStringList order;
    QHash<QString, bool> allExpected;
    const QList<Check> all = checks();
    for (const Grant &g : index.allGrants()) {
        if (g.binding.platformDefault)
            continue;
        const bool fullWildcard = g.rule.verbs.contains(Star) && (g.rule.resources.contains(Star) || g.rule.nonResourceURLs.contains(Star));
        const bool clusterRole = g.binding.roleKind == QLatin1String("ClusterRole");
        const catalog::ChartProfile *profile = profileOf(g.binding.release);
        const bool expected = profile && !g.binding.release.isEmpty() && g.roleRelease == g.binding.release
                              && coveredBy(g.rule, clusterRole, profile->rbac);
        for (const Check &check : all) {
            if (check.clusterOnly && !g.isClusterWide())
                continue;
            if (check.skipFullWildcard && fullWildcard)
                continue;
            const QString detail = check.match(g);
            if (detail.isEmpty())
                continue;
            const QString key = check.id + QLatin1Char('|') + g.binding.toString();
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                const RuleDefinition *def = findRule(check.id);
                Finding f;
                f.ruleId = check.id;
                f.severity = def ? def->severity : Severity::Medium;
                if (check.id == QLatin1String("cluster-admin-binding") && !g.isClusterWide())
                    f.severity = lower(f.severity); // admin of one namespace, not of the cluster
                f.context = snapshot.context;
                f.release = affectedRelease(g.binding, g.roleRelease);
                f.bindingText = g.binding.toString();
                f.bindingRelease = g.binding.release;
                f.roleText = g.roleText;
                f.roleRelease = g.roleRelease;
                f.scopeNamespace = g.scopeNamespace;
                it = byKey.insert(key, f);
                order << key;
                allExpected.insert(key, true);
            }
            Finding &f = it.value();
            if (!f.subjects.contains(g.subject))
                f.subjects << g.subject;
            if (!f.rules.contains(g.rule))
                f.rules << g.rule;
            addUnique(f.paths, g.path());
            QStringList details = f.detail.isEmpty() ? QStringList() : f.detail.split(QStringLiteral("; "));
            addUnique(details, detail);
            f.detail = details.join(QStringLiteral("; "));
            if (!expected)
                allExpected[key] = false;
        }
    }

    QList<Finding> findings;
    for (const QString &key : std::as_const(order)) {
        Finding f = byKey.value(key);
        if (allExpected.value(key)) {
            f.expectedByChart = true;
            f.originalSeverity = f.severity;
            f.severity = Severity::Info;
        }
        findings << f;
    }

    // Drift: each release's roles and bindings (and bindings reaching its ServiceAccounts) against its profile.
    for (const ReleaseRef &release : snapshot.releases) {
        const catalog::ChartProfile *profile = profileOf(release);
        if (!profile)
            continue;
        const catalog::ExpectedRbac &expected = profile->rbac;
        for (const RbacRole &role : snapshot.roles) {
            if (!(role.release == release))
                continue;
            Finding f = driftOf(role.rules, role.isClusterRole(), true, expected, role.toString());
            if (f.rules.isEmpty())
                continue;
            f.context = snapshot.context;
            f.release = release;
            f.roleText = role.toString();
            f.roleRelease = role.release;
            f.scopeNamespace = role.namespaceName;
            findings << f;
        }
        for (const RbacBinding &binding : snapshot.bindings) {
            if (binding.platformDefault)
                continue;
            const RbacRole *role = snapshot.roleOf(binding);
            if (role && role->release == release && binding.release == release)
                continue; // the role itself was compared above
            const bool ownBinding = binding.release == release;
            bool reachesRelease = false;
            for (const Subject &s : binding.subjects)
                if (s.isServiceAccount() && snapshot.releaseOfServiceAccount(s.namespaceName, s.name) == release)
                    reachesRelease = true;
            if (!ownBinding && !reachesRelease)
                continue;
            const QString roleText = role ? role->toString() : QString(binding.roleKind + QLatin1Char(' ') + binding.roleName);
            Finding f = driftOf(role ? role->rules : QList<PolicyRule>(), binding.roleKind == QLatin1String("ClusterRole"),
                                binding.isClusterBinding(), expected, QString(binding.toString() + QStringLiteral(" → ") + roleText));
            if (f.rules.isEmpty())
                continue;
            f.context = snapshot.context;
            f.release = release;
            f.bindingText = binding.toString();
            f.bindingRelease = binding.release;
            f.roleText = roleText;
            f.roleRelease = role ? role->release : ReleaseRef();
            f.subjects = binding.subjects;
            f.scopeNamespace = binding.namespaceName;
            findings << f;
        }
    }
    sortFindings(findings);
    return findings;
}

void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        const auto ka = std::make_tuple(a.context, a.release.key(), a.ruleId, a.target());
        const auto kb = std::make_tuple(b.context, b.release.key(), b.ruleId, b.target());
        return ka < kb;
    });
}

} // namespace chartroom::rbac
