#pragma once

#include "rbac/rbacsnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom::rbac {

/// One PolicyRule reaching a subject: through which binding (and which of its subjects: the
/// subject itself or one of its groups), from which role, valid in which namespace.
struct Grant
{
    Subject subject;      ///< who receives it (the subject asked about, or the binding's subject for who-can)
    Subject via;          ///< the binding subject that matched (a group for group membership)
    RbacBinding binding;
    QString roleText;     ///< "ClusterRole cluster-admin" (or "ClusterRole x (missing)")
    ReleaseRef roleRelease;
    PolicyRule rule;
    QString scopeNamespace; ///< empty: every namespace and cluster-scoped resources (ClusterRoleBinding)

    [[nodiscard]] bool isClusterWide() const { return scopeNamespace.isEmpty(); }
    /// "ServiceAccount monitoring/grafana → ClusterRoleBinding grafana-debug → ClusterRole cluster-admin →
    /// apiGroups=[*] resources=[*] verbs=[*]" (with "(via Group g)" when reached through a group).
    [[nodiscard]] QString path() const;
};

/// Effective permissions and reverse lookups over one RbacSnapshot, the way the API server's RBAC
/// authorizer computes them: a ClusterRoleBinding grants its role's rules everywhere, a
/// RoleBinding only in its namespace (also when it refers to a ClusterRole); a subject is reached
/// directly (a ServiceAccount also as the User `system:serviceaccount:<namespace>:<name>`) or
/// through its groups: every ServiceAccount is in `system:serviceaccounts`,
/// `system:serviceaccounts:<namespace>` and `system:authenticated`; users are in the groups given
/// plus `system:authenticated` (`system:anonymous` is in `system:unauthenticated` instead).
/// Aggregated ClusterRoles must have been resolved (RbacSnapshot::finish()).
///
/// Holds a reference to the snapshot: it must outlive the index. Pure computation, no I/O.
class PermissionIndex final
{
public:
    explicit PermissionIndex(const RbacSnapshot &snapshot);

    /// The implicit groups of a subject plus `extraGroups` (for users and groups, whose membership
    /// the cluster does not store).
    [[nodiscard]] static QStringList groupsOf(const Subject &subject, const QStringList &extraGroups = {});
    /// Does the binding subject `bound` name `subject` (directly or through one of `groups`)?
    [[nodiscard]] static bool reaches(const Subject &bound, const Subject &subject, const QStringList &groups);

    /// Every rule reaching the subject, in every namespace (RoleBindings) and cluster-wide.
    [[nodiscard]] QList<Grant> grantsFor(const Subject &subject, const QStringList &extraGroups = {}) const;
    /// The rules in force for the subject in one namespace (ClusterRoleBindings + that namespace's
    /// RoleBindings); an empty namespace gives the cluster-wide ones only.
    [[nodiscard]] QList<Grant> effectiveIn(const Subject &subject, const QString &namespaceName,
                                           const QStringList &extraGroups = {}) const;
    /// The grants that allow the request for the subject (empty: denied).
    [[nodiscard]] QList<Grant> allowing(const Subject &subject, const AccessRequest &request,
                                        const QStringList &extraGroups = {}) const;
    /// Who can do it: one Grant per (binding subject, allowing rule), subject = the binding's subject.
    /// Requests with an empty namespace ask for cluster scope (ClusterRoleBindings only).
    [[nodiscard]] QList<Grant> whoCan(const AccessRequest &request) const;
    /// Every (binding subject, rule) pair of the snapshot, for the rule engine.
    [[nodiscard]] QList<Grant> allGrants() const;

private:
    QList<Grant> grantsOfBinding(const RbacBinding &binding, const Subject &subject, const Subject &via) const;

    const RbacSnapshot &m_snapshot;
};

} // namespace chartroom::rbac
