#include "permissionindex.h"

namespace chartroom::rbac {

namespace {

const QString Authenticated = QStringLiteral("system:authenticated");

} // namespace

QString Grant::path() const
{
    QString text = subject.toString();
    if (!(via == subject))
        text += QStringLiteral(" (via ") + via.toString() + QLatin1Char(')');
    return text + QStringLiteral(" → ") + binding.toString() + QStringLiteral(" → ") + roleText + QStringLiteral(" → ")
           + rule.toString();
}

PermissionIndex::PermissionIndex(const RbacSnapshot &snapshot)
    : m_snapshot(snapshot)
{
}

QStringList PermissionIndex::groupsOf(const Subject &subject, const QStringList &extraGroups)
{
    QStringList groups = extraGroups;
    if (subject.isServiceAccount()) {
        groups << QStringLiteral("system:serviceaccounts")
               << QStringLiteral("system:serviceaccounts:") + subject.namespaceName << Authenticated;
    } else if (subject.kind == QLatin1String("User")) {
        groups << (subject.name == QLatin1String("system:anonymous") ? QStringLiteral("system:unauthenticated") : Authenticated);
    }
    groups.removeDuplicates();
    return groups;
}

bool PermissionIndex::reaches(const Subject &bound, const Subject &subject, const QStringList &groups)
{
    if (bound.kind == QLatin1String("Group")) {
        if (subject.kind == QLatin1String("Group") && bound.name == subject.name)
            return true;
        return groups.contains(bound.name);
    }
    // A ServiceAccount authenticates as the user "system:serviceaccount:<namespace>:<name>".
    if (subject.isServiceAccount() && bound.kind == QLatin1String("User"))
        return bound.name == QStringLiteral("system:serviceaccount:") + subject.namespaceName + QLatin1Char(':') + subject.name;
    if (bound.kind != subject.kind || bound.name != subject.name)
        return false;
    return !subject.isServiceAccount() || bound.namespaceName == subject.namespaceName;
}

QList<Grant> PermissionIndex::grantsOfBinding(const RbacBinding &binding, const Subject &subject, const Subject &via) const
{
    QList<Grant> out;
    const RbacRole *role = m_snapshot.roleOf(binding);
    // A RoleBinding may only refer to a Role of its own namespace or to a ClusterRole.
    Grant base;
    base.subject = subject;
    base.via = via;
    base.binding = binding;
    base.scopeNamespace = binding.isClusterBinding() ? QString() : binding.namespaceName;
    if (!role) {
        base.roleText = binding.roleKind + QLatin1Char(' ') + binding.roleName + QStringLiteral(" (missing)");
        return out;
    }
    base.roleText = role->toString();
    base.roleRelease = role->release;
    for (const PolicyRule &rule : role->rules) {
        // nonResourceURLs only take effect through ClusterRoleBindings.
        if (rule.isNonResource() && !binding.isClusterBinding())
            continue;
        Grant g = base;
        g.rule = rule;
        out << g;
    }
    return out;
}

QList<Grant> PermissionIndex::grantsFor(const Subject &subject, const QStringList &extraGroups) const
{
    const QStringList groups = groupsOf(subject, extraGroups);
    QList<Grant> out;
    for (const RbacBinding &binding : m_snapshot.bindings)
        for (const Subject &bound : binding.subjects)
            if (reaches(bound, subject, groups)) {
                out << grantsOfBinding(binding, subject, bound);
                break;
            }
    return out;
}

QList<Grant> PermissionIndex::effectiveIn(const Subject &subject, const QString &namespaceName,
                                          const QStringList &extraGroups) const
{
    QList<Grant> out;
    for (const Grant &g : grantsFor(subject, extraGroups))
        if (g.isClusterWide() || (!namespaceName.isEmpty() && g.scopeNamespace == namespaceName))
            out << g;
    return out;
}

QList<Grant> PermissionIndex::allowing(const Subject &subject, const AccessRequest &request,
                                       const QStringList &extraGroups) const
{
    QList<Grant> out;
    for (const Grant &g : effectiveIn(subject, request.namespaceName, extraGroups))
        if (g.rule.allows(request))
            out << g;
    return out;
}

QList<Grant> PermissionIndex::allGrants() const
{
    QList<Grant> out;
    for (const RbacBinding &binding : m_snapshot.bindings)
        for (const Subject &bound : binding.subjects)
            out << grantsOfBinding(binding, bound, bound);
    return out;
}

QList<Grant> PermissionIndex::whoCan(const AccessRequest &request) const
{
    QList<Grant> out;
    for (const Grant &g : allGrants()) {
        if (!g.isClusterWide() && g.scopeNamespace != request.namespaceName)
            continue;
        if (g.rule.allows(request))
            out << g;
    }
    return out;
}

} // namespace chartroom::rbac
