#pragma once

#include "core/commandline.h"

#include <QString>

namespace chartroom::rbac {

/// The kubectl/helm command lines the RBAC review runs (program + arguments, never a shell);
/// every one names its context. Pure functions, tested against golden argument lists.
class RbacCommands final
{
public:
    RbacCommands(QString kubectl, QString helm);

    /// Roles, ClusterRoles, RoleBindings, ClusterRoleBindings and ServiceAccounts as one JSON List
    /// (all namespaces, or one; cluster-scoped kinds are listed either way). `kinds`: some of them
    /// only, comma-separated (RbacCollectJob asks for each kind alone, so one forbidden kind does
    /// not hide the others).
    [[nodiscard]] CommandLine getRbacObjects(const QString &context, const QString &namespaceName = {},
                                             const QString &kinds = {}) const;
    /// The kinds getRbacObjects() lists, in kubectl's plural form.
    [[nodiscard]] static QStringList rbacKinds();
    /// The workloads whose pod templates name the ServiceAccounts they run as.
    [[nodiscard]] CommandLine getWorkloads(const QString &context, const QString &namespaceName = {}) const;
    /// `helm list -o json` (all namespaces or one), for release → chart.
    [[nodiscard]] CommandLine listReleases(const QString &context, const QString &namespaceName = {}) const;
    /// `kubectl auth can-i --list`: what the kubeconfig user may do (in a namespace, or cluster-wide).
    [[nodiscard]] CommandLine canIList(const QString &context, const QString &namespaceName = {}) const;

private:
    QString m_kubectl;
    QString m_helm;
};

} // namespace chartroom::rbac
