#pragma once

#include "core/result.h"
#include "rbac/rbacobjects.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace chartroom::rbac {

/// Everything RBAC-related Chartroom knows about one context: Roles, ClusterRoles, bindings,
/// ServiceAccounts (with the workloads that run as them) and the releases, each object mapped to
/// the release that created it or to none.
///
/// Filled by the add*() parsers (kubectl/helm output, or a rendered manifest), then finish()
/// resolves ClusterRole aggregation and the ServiceAccount → release mapping. Parsers are
/// defensive: malformed input gives an Error naming what was being read and changes nothing;
/// unknown kinds are ignored. A plain value type, cheap to copy between threads.
struct RbacSnapshot
{
    QString context;
    QList<RbacRole> roles;
    QList<RbacBinding> bindings;
    QList<ServiceAccountInfo> serviceAccounts;
    QList<ReleaseRef> releases;
    QStringList warnings; ///< non-fatal collection problems (e.g. one list forbidden)

    /// `kubectl get roles,clusterroles,rolebindings,clusterrolebindings,serviceaccounts -o json`
    /// (a List, or a single object). Objects are attributed by helm's annotations / labels.
    Result<void> addObjectsJson(const QByteArray &json);
    /// A rendered manifest (`helm template`, `helm get manifest`): every object in it belongs to
    /// `release` (objects without a namespace that are namespaced get the release's namespace).
    Result<void> addManifestYaml(const QByteArray &yaml, const ReleaseRef &release);
    /// `kubectl get deployments,statefulsets,daemonsets,jobs,cronjobs,pods -o json`: which
    /// ServiceAccount each workload runs as (serviceAccountName, "default" when unset).
    Result<void> addWorkloadsJson(const QByteArray &json);
    /// `helm list -o json`: the releases and their chart fields.
    Result<void> addHelmList(const QByteArray &json);
    /// One object (already parsed); `release` forces the attribution when non-empty.
    void addObject(const QJsonObject &object, const ReleaseRef &release = {});

    /// Resolves aggregated ClusterRoles (aggregationRule.clusterRoleSelectors: the union of
    /// the rules of every matching ClusterRole, to a fixed point) and fills release charts and
    /// ServiceAccount users. Idempotent.
    void finish();

    [[nodiscard]] const RbacRole *findRole(const QString &kind, const QString &namespaceName, const QString &name) const;
    /// The role a binding refers to (a RoleBinding's Role lives in the binding's namespace), or nullptr.
    [[nodiscard]] const RbacRole *roleOf(const RbacBinding &binding) const;
    [[nodiscard]] const ServiceAccountInfo *findServiceAccount(const QString &namespaceName, const QString &name) const;
    /// The release that runs as (or created) the ServiceAccount, or none.
    [[nodiscard]] ReleaseRef releaseOfServiceAccount(const QString &namespaceName, const QString &name) const;
    [[nodiscard]] const ReleaseRef *findRelease(const QString &namespaceName, const QString &name) const;

private:
    Result<void> addListJson(const QByteArray &json, const QString &what);
    void addWorkload(const QJsonObject &object);
};

/// The release an object's metadata names: helm's `meta.helm.sh/release-name` /
/// `meta.helm.sh/release-namespace` annotations, else `app.kubernetes.io/managed-by: Helm` with
/// `app.kubernetes.io/instance` (namespace: the object's); the chart from `helm.sh/chart`.
[[nodiscard]] ReleaseRef releaseFromMetadata(const QJsonObject &metadata);

} // namespace chartroom::rbac
