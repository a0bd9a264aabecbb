#pragma once

#include <QList>
#include <QString>

namespace chartroom::upgrade {

/// One thing in a manifest change that an operator must look at before upgrading.
struct RiskFlag
{
    enum class Kind {
        ImmutableField,  ///< the API server rejects the change: the upgrade WILL fail (blocking)
        Rbac,            ///< a Role/ClusterRole/binding is added, changed or removed: review the permissions
        ImageMajorJump,  ///< a container image moves to another major version
        ResourceRemoved, ///< an object the release has now is deleted by the upgrade (data in a PVC goes with it)
    };
    Kind kind = Kind::ImmutableField;
    QString resource; ///< "Kind/namespace/name"
    QString field;    ///< e.g. "spec.selector", "containers[memcached].image"
    QString detail;   ///< human explanation, with old → new where it helps

    [[nodiscard]] bool blocking() const { return kind == Kind::ImmutableField; }
};

[[nodiscard]] QString riskKindId(RiskFlag::Kind kind);

/// Compares the deployed manifest with the new rendering, object by object (matched by kind,
/// namespace and name), and flags: immutable field changes (Deployment/StatefulSet/DaemonSet
/// spec.selector; StatefulSet volumeClaimTemplates, serviceName, podManagementPolicy; Service
/// clusterIP; Job selector and template; PVC storageClassName and accessModes), RBAC objects
/// added/changed/removed, image major-version jumps, and removed objects. Pure.
[[nodiscard]] QList<RiskFlag> assessManifestRisks(const QString &before, const QString &after);

} // namespace chartroom::upgrade
