#include "leastprivilege.h"

#include "catalog/chartprofile.h"

#include <QSet>

namespace chartroom::rbac {

namespace {

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << (item.isEmpty() || item == QLatin1String("*") ? QString(QLatin1Char('"') + item + QLatin1Char('"')) : item);
    return QString(QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']'));
}

struct SuggestedRule
{
    QStringList apiGroups;
    QStringList resources;
    QStringList verbs;
    QStringList resourceNames;
    QString comment;
};

QList<SuggestedRule> narrowed(const QList<PolicyRule> &rules, QStringList &notes)
{
    static const QSet<QString> dropVerbs{QStringLiteral("escalate"), QStringLiteral("bind"), QStringLiteral("impersonate"),
                                         QStringLiteral("approve")};
    static const QSet<QString> dropResources{
        QStringLiteral("pods/exec"), QStringLiteral("pods/attach"), QStringLiteral("pods/portforward"), QStringLiteral("nodes/proxy"),
        QStringLiteral("serviceaccounts/token"), QStringLiteral("nodes"), QStringLiteral("certificatesigningrequests/approval"),
        QStringLiteral("mutatingwebhookconfigurations"), QStringLiteral("validatingwebhookconfigurations"),
        QStringLiteral("clusterroles"), QStringLiteral("clusterrolebindings"), QStringLiteral("namespaces")};
    QList<SuggestedRule> out;
    for (const PolicyRule &rule : rules) {
        if (rule.isNonResource()) {
            notes << QStringLiteral("dropped nonResourceURLs %1 (cluster scope only)").arg(yamlList(rule.nonResourceURLs));
            continue;
        }
        if (rule.apiGroups.contains(QStringLiteral("*")) || rule.resources.contains(QStringLiteral("*"))) {
            notes << QStringLiteral("dropped %1: name the API groups and resources the workload needs").arg(rule.toString());
            continue;
        }
        SuggestedRule s;
        s.apiGroups = rule.apiGroups;
        s.resourceNames = rule.resourceNames;
        for (const QString &r : rule.resources) {
            if (dropResources.contains(r))
                notes << QStringLiteral("dropped %1").arg(r);
            else
                s.resources << r;
        }
        for (const QString &v : rule.verbs) {
            if (v == QLatin1String("*"))
                s.verbs << QStringLiteral("get") << QStringLiteral("list") << QStringLiteral("watch");
            else if (dropVerbs.contains(v))
                notes << QStringLiteral("dropped verb %1").arg(v);
            else
                s.verbs << v;
        }
        s.verbs.removeDuplicates();
        if (!s.resources.isEmpty() && !s.verbs.isEmpty())
            out << s;
    }
    return out;
}

} // namespace

QString leastPrivilegeYaml(const Finding &finding, const catalog::ExpectedRbac *expected)
{
    Subject subject;
    for (const Subject &s : finding.subjects) {
        if (s.isServiceAccount()) {
            subject = s;
            break;
        }
    }
    if (subject.kind.isEmpty() && !finding.subjects.isEmpty())
        subject = finding.subjects.first();
    QString ns = subject.isServiceAccount() ? subject.namespaceName : finding.scopeNamespace;
    if (ns.isEmpty())
        ns = finding.release.namespaceName;
    if (subject.kind.isEmpty() || ns.isEmpty())
        return {};

    QStringList notes;
    QList<SuggestedRule> rules;
    if (expected) {
        for (const catalog::RbacRule &r : expected->rules) {
            if (r.clusterScope)
                continue;
            rules << SuggestedRule{r.apiGroups, r.resources, r.verbs, {},
                                   r.when.isEmpty() ? QString() : QString(QStringLiteral("only when the chart renders it: ") + r.when)};
        }
        notes << QStringLiteral("the rules the chart profile expects");
    } else {
        rules = narrowed(finding.rules, notes);
    }

    const QString name = subject.name + QStringLiteral("-least-privilege");
    QString yaml = QStringLiteral("# Least-privilege suggestion for %1 (%2). Review before applying;\n"
                                  "# then remove %3.\n")
                       .arg(finding.ruleId, subject.toString(), finding.target());
    for (const QString &note : std::as_const(notes))
        yaml += QStringLiteral("# - ") + note + QLatin1Char('\n');
    yaml += QStringLiteral("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ") + name
            + QStringLiteral("\n  namespace: ") + ns + QStringLiteral("\nrules:");
    if (rules.isEmpty())
        yaml += QStringLiteral(" []");
    yaml += QLatin1Char('\n');
    for (const SuggestedRule &r : std::as_const(rules)) {
        if (!r.comment.isEmpty())
            yaml += QStringLiteral("  # ") + r.comment + QLatin1Char('\n');
        yaml += QStringLiteral("  - apiGroups: ") + yamlList(r.apiGroups) + QLatin1Char('\n');
        yaml += QStringLiteral("    resources: ") + yamlList(r.resources) + QLatin1Char('\n');
        if (!r.resourceNames.isEmpty())
            yaml += QStringLiteral("    resourceNames: ") + yamlList(r.resourceNames) + QLatin1Char('\n');
        yaml += QStringLiteral("    verbs: ") + yamlList(r.verbs) + QLatin1Char('\n');
    }
    yaml += QStringLiteral("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: ") + name
            + QStringLiteral("\n  namespace: ") + ns
            + QStringLiteral("\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: ") + name
            + QStringLiteral("\nsubjects:\n  - kind: ") + subject.kind + QStringLiteral("\n    name: ") + subject.name
            + QLatin1Char('\n');
    if (subject.isServiceAccount())
        yaml += QStringLiteral("    namespace: ") + subject.namespaceName + QLatin1Char('\n');
    else
        yaml += QStringLiteral("    apiGroup: rbac.authorization.k8s.io\n");
    return yaml;
}

} // namespace chartroom::rbac
