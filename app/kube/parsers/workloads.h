#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace chartroom::kube {

struct OwnerRef
{
    QString kind;
    QString name;
    QString uid;
};

/// The facts Chartroom needs about one workload, pod or PVC from `kubectl get ... -o json`.
struct KubeObject
{
    QString kind;           ///< Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod, PersistentVolumeClaim
    QString name;
    QString namespaceName;
    QString uid;
    QHash<QString, QString> labels;
    QHash<QString, QString> annotations;
    QList<OwnerRef> owners;
    // Workloads
    int desired = 0;        ///< spec.replicas (DaemonSet: desiredNumberScheduled)
    int ready = 0;          ///< status.readyReplicas (DaemonSet: numberReady)
    // Pods
    QString phase;          ///< Pod and PVC phase
    bool podReady = false;  ///< the Ready condition
    int restarts = 0;
    // PVCs
    QString capacity;       ///< status.capacity.storage, e.g. "8Gi"

    /// The release that owns the object per helm's ownership annotations, else the
    /// app.kubernetes.io/instance label; empty if neither is set.
    [[nodiscard]] QString helmReleaseName() const;
    [[nodiscard]] QString helmReleaseNamespace() const;
};

/// Parses the List that `kubectl get deploy,sts,ds,pods,pvc -A -o json` prints (or a single
/// kind's list). Items of other kinds are kept with only their metadata.
[[nodiscard]] Result<QList<KubeObject>> parseKubeObjectList(const QByteArray &json);

} // namespace chartroom::kube
