#pragma once

#include "rbac/finding.h"
#include "rbac/rbacsnapshot.h"

#include <QList>

namespace chartroom::catalog {
class ProfileCatalog;
struct ExpectedRbac;
}

namespace chartroom::rbac {

/// Evaluates the rules of the catalog (rulecatalog.h, RULES.md) on one context's snapshot.
///
/// Every binding that is not Kubernetes' own bootstrap policy is checked, with its role's rules
/// (aggregation resolved): one Finding per (rule, binding) listing the PolicyRules that trigger it
/// and the subject → binding → role → rule paths. Rules about cluster-scoped resources (nodes/proxy,
/// CSR approval, webhook configurations) and cluster-wide Secret reads only fire for
/// ClusterRoleBindings. Rules derived from a capability (exec, pod creation, ...) skip a rule that
/// is wildcard in both verbs and resources: the wildcard findings already name it.
///
/// With a profile catalog, permissions a release's own binding grants from its own role that the
/// chart profile expects (catalog::ExpectedRbac) are marked expectedByChart and lowered to Info,
/// and each release's roles and bindings are compared with the profile (rule "chart-drift").
/// Pure computation; deterministic order (by severity, then context, release, rule, target).
class RuleEngine final
{
public:
    explicit RuleEngine(const catalog::ProfileCatalog *profiles = nullptr);

    [[nodiscard]] QList<Finding> evaluate(const RbacSnapshot &snapshot) const;

    /// Is every permission of `rule` (from a Role, or a ClusterRole when `clusterRole`) within the
    /// expected RBAC? Wildcards are covered only by wildcards; resourceNames only narrow.
    [[nodiscard]] static bool coveredBy(const PolicyRule &rule, bool clusterRole, const catalog::ExpectedRbac &expected);
    /// The (verb group/resource) permissions of `rule` the expected RBAC does not cover, e.g. "create pods/exec".
    [[nodiscard]] static QStringList uncovered(const PolicyRule &rule, bool clusterRole, const catalog::ExpectedRbac &expected);

private:
    const catalog::ProfileCatalog *m_profiles;
};

/// Sorts findings: highest severity first, then context, release, rule and target.
void sortFindings(QList<Finding> &findings);

} // namespace chartroom::rbac
