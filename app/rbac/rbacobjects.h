#pragma once

#include "rbac/policyrule.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace chartroom::rbac {

/// The Helm release an object belongs to. Empty name: "not from a release".
struct ReleaseRef
{
    QString namespaceName;
    QString name;
    QString chart; ///< helm's chart field ("postgresql-0.4.0") when known

    [[nodiscard]] bool isEmpty() const { return name.isEmpty(); }
    /// "namespace/name", or empty.
    [[nodiscard]] QString key() const { return isEmpty() ? QString() : namespaceName + QLatin1Char('/') + name; }
    bool operator==(const ReleaseRef &other) const { return namespaceName == other.namespaceName && name == other.name; }
};

/// A subject of a binding: kind "User", "Group" or "ServiceAccount" (namespace only for the last).
struct Subject
{
    QString kind;
    QString name;
    QString namespaceName;

    [[nodiscard]] static Subject serviceAccount(const QString &ns, const QString &name)
    {
        return {QStringLiteral("ServiceAccount"), name, ns};
    }
    [[nodiscard]] static Subject user(const QString &name) { return {QStringLiteral("User"), name, {}}; }
    [[nodiscard]] static Subject group(const QString &name) { return {QStringLiteral("Group"), name, {}}; }
    [[nodiscard]] bool isServiceAccount() const { return kind == QLatin1String("ServiceAccount"); }
    /// "ServiceAccount monitoring/grafana", "Group system:authenticated".
    [[nodiscard]] QString toString() const;
    bool operator==(const Subject &other) const = default;
};

/// A label selector (matchLabels + matchExpressions) as used by aggregationRule.
struct LabelSelector
{
    QMap<QString, QString> matchLabels;
    struct Expression
    {
        QString key;
        QString op; ///< In, NotIn, Exists, DoesNotExist
        QStringList values;
    };
    QList<Expression> expressions;

    [[nodiscard]] bool matches(const QMap<QString, QString> &labels) const;
};

/// A Role (namespace set) or ClusterRole.
struct RbacRole
{
    QString kind; ///< "Role" | "ClusterRole"
    QString namespaceName;
    QString name;
    QList<PolicyRule> rules;
    QMap<QString, QString> labels;
    QList<LabelSelector> aggregationSelectors; ///< non-empty: an aggregated ClusterRole
    QStringList aggregatedFrom;                ///< after resolution: the ClusterRoles whose rules were merged
    ReleaseRef release;

    [[nodiscard]] bool isClusterRole() const { return kind == QLatin1String("ClusterRole"); }
    /// "ClusterRole cluster-admin", "Role db/postgresql".
    [[nodiscard]] QString toString() const;
};

/// A RoleBinding (namespace set) or ClusterRoleBinding.
struct RbacBinding
{
    QString kind; ///< "RoleBinding" | "ClusterRoleBinding"
    QString namespaceName;
    QString name;
    QString roleKind; ///< roleRef.kind: "Role" | "ClusterRole"
    QString roleName;
    QList<Subject> subjects;
    QMap<QString, QString> annotations;
    ReleaseRef release;
    /// Kubernetes' own bootstrap policy (label kubernetes.io/bootstrapping=rbac-defaults, or a
    /// "system:" name): not reviewed.
    bool platformDefault = false;

    [[nodiscard]] bool isClusterBinding() const { return kind == QLatin1String("ClusterRoleBinding"); }
    [[nodiscard]] QString toString() const;
};

/// A ServiceAccount and the release workloads that run as it.
struct ServiceAccountInfo
{
    QString namespaceName;
    QString name;
    ReleaseRef release;     ///< the release that created it
    QStringList usedBy;     ///< "deployment/x", "statefulset/y" (namespace is the SA's)
    ReleaseRef usedByRelease; ///< the release whose workloads run as it (may differ from release)
};

} // namespace chartroom::rbac
