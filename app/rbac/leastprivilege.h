#pragma once

#include "rbac/finding.h"

#include <QString>

namespace chartroom::catalog {
struct ExpectedRbac;
}

namespace chartroom::rbac {

/// A least-privilege replacement for a finding: a namespaced Role and a RoleBinding for the
/// finding's first ServiceAccount subject (or, without one, its first subject in the finding's
/// namespace), as YAML text for review and copy. Chartroom never applies it: the caller shows it,
/// and any change to the cluster goes through a preview and an explicit confirmation.
///
/// With the chart profile's expected RBAC the Role holds exactly the profile's rules (namespace
/// scope; conditional ones are marked with a comment). Without it, the finding's rules are
/// narrowed: nonResourceURLs and cluster-only resources are dropped, "*" verbs become read-only
/// (get, list, watch), escalate/bind/impersonate/approve and the exec, attach, port-forward,
/// node-proxy and token subresources are removed, and "*" resources or groups are left out with a
/// comment asking to name the resources needed. Empty when no namespace can be determined.
[[nodiscard]] QString leastPrivilegeYaml(const Finding &finding, const catalog::ExpectedRbac *expected = nullptr);

} // namespace chartroom::rbac
