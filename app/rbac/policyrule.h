#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace chartroom::rbac {

/// One request the Kubernetes RBAC authorizer decides on: a verb on a resource (with optional
/// subresource and object name) in a namespace (empty: cluster scope), or a verb on a non-resource
/// URL such as "/metrics".
struct AccessRequest
{
    QString verb;
    QString apiGroup;      ///< "" is the core group
    QString resource;      ///< plural, e.g. "pods"
    QString subresource;   ///< e.g. "exec"; empty for the resource itself
    QString name;          ///< object name; empty for list/create/... on any object
    QString namespaceName; ///< empty: a cluster-scoped request (or "in every namespace")
    QString nonResourceUrl; ///< set for non-resource requests; then the resource fields are unused

    /// "pods/exec", "deployments.apps/scale", "ingresses.networking.k8s.io" → group, resource and
    /// subresource (the form kubectl prints and accepts).
    [[nodiscard]] static AccessRequest parse(const QString &verb, const QString &resource, const QString &namespaceName = {});
    /// "pods/exec", "deployments.apps/scale" (the group only when not the core group).
    [[nodiscard]] QString resourceText() const;
};

/// One PolicyRule of a Role or ClusterRole, exactly as the API stores it.
///
/// allows() implements the upstream authorizer's matching (k8s.io/kubernetes
/// plugin/pkg/auth/authorizer/rbac/rbac.go): "*" matches any verb, group or resource; "*/scale"
/// matches the scale subresource of any resource; a rule on "pods" does not grant "pods/exec";
/// resourceNames restrict to named objects (and never match requests without a name, such as
/// list or create); nonResourceURLs match exactly or by a trailing "*" prefix and never match
/// resource requests (and vice versa).
struct PolicyRule
{
    QStringList apiGroups;
    QStringList resources;
    QStringList verbs;
    QStringList resourceNames;
    QStringList nonResourceURLs;

    [[nodiscard]] bool isNonResource() const { return !nonResourceURLs.isEmpty(); }
    [[nodiscard]] bool allows(const AccessRequest &request) const;
    [[nodiscard]] bool hasVerb(const QString &verb) const;
    /// Matches group and resource ("pods/exec" form) as the authorizer would, ignoring verbs and names.
    [[nodiscard]] bool coversResource(const QString &group, const QString &resource) const;

    /// "apiGroups=[""] resources=[pods] verbs=[get list]" style, stable and compact.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static PolicyRule fromJson(const QJsonObject &json);
    bool operator==(const PolicyRule &other) const = default;
};

} // namespace chartroom::rbac
