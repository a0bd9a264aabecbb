#pragma once

#include "rbac/policyrule.h"
#include "rbac/useraccess.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chartroom::rbac {

/// What one step of a plan asks of the API server, in one context.
struct StepAccess
{
    QString step;    ///< the step's title, as the plan's review shows it
    QString context;
    QList<AccessRequest> requests;
};

/// The permissions a plan (backup, restore, upgrade) needs, step by step, and the check of them
/// against the kubeconfig user's own access before the plan is shown for review.
///
/// The plan types fill it (backup::requiredAccess(), upgrade::requiredAccess()) with the building
/// blocks below, which say what each kind of command Chartroom runs needs:
///  - helmRead: `helm get`/`helm history` read the release record, a Secret `sh.helm.release.v1.*`
///    in the release's namespace: get and list secrets;
///  - helmWrite: `helm upgrade`/`install`/`rollback` also write it: get, list, create and update
///    secrets (the objects of the chart itself come on top, see objects());
///  - podExec: a command in a pod (dumps, restores, checks): list pods to choose one, create pods/exec;
///  - objects(verbs, kind): `kubectl get/apply/delete` or helm acting on objects of one kind;
///  - scale: `kubectl get` of the replicas, then `kubectl scale` (patch of the scale subresource);
///  - rollout: `kubectl rollout status` (get, then list and watch the workload).
///
/// Kinds Chartroom does not know the resource of (a custom resource) are not checked: the server
/// has the last word on them. Cluster-scoped kinds are asked at cluster scope (namespace "").
///
/// Contract: plain data; check() is pure. A request whose (context, namespace) the UserAccess
/// has not loaded is reported as Unknown, which callers show as a warning and do not block on.
class PlanAccess final
{
public:
    struct Problem
    {
        QString step;
        QString context;
        AccessRequest request;
        UserAccess::Answer answer = UserAccess::Answer::Unknown; ///< Denied or Unknown
        QString reason; ///< Denied: "your kubeconfig user cannot patch services in namespace web (context homelab)"
    };

    void add(const QString &context, const QString &step, const QList<AccessRequest> &requests);
    [[nodiscard]] const QList<StepAccess> &steps() const { return m_steps; }
    [[nodiscard]] bool isEmpty() const { return m_steps.isEmpty(); }

    /// Every request that is denied or not known, in step order, each (step, request) once.
    [[nodiscard]] QList<Problem> check(const UserAccess &access) const;
    /// One line per denied request: "Restore config db: your kubeconfig user cannot patch configmaps
    /// in namespace db (context homelab)"; then one line per namespace whose access is not known.
    [[nodiscard]] static QStringList describe(const QList<Problem> &problems);
    [[nodiscard]] static bool blocks(const QList<Problem> &problems);

    [[nodiscard]] static QList<AccessRequest> helmRead(const QString &namespaceName);
    [[nodiscard]] static QList<AccessRequest> helmWrite(const QString &namespaceName);
    [[nodiscard]] static QList<AccessRequest> podExec(const QString &namespaceName);
    /// `kind` as a manifest or kubectl names it: "Deployment", "deployment", "deployments", "cm",
    /// "configmap/NAME" (the name is dropped). Empty for a kind Chartroom does not know.
    [[nodiscard]] static QList<AccessRequest> objects(const QStringList &verbs, const QString &kind, const QString &namespaceName);
    /// `workload` as "deployment/NAME" or "statefulset/NAME".
    [[nodiscard]] static QList<AccessRequest> scale(const QString &workload, const QString &namespaceName);
    [[nodiscard]] static QList<AccessRequest> rollout(const QString &workload, const QString &namespaceName);

    struct KindResource
    {
        QString resource;  ///< kubectl's form: "deployments.apps", "configmaps"
        bool clusterScoped = false;
    };
    /// The resource of a kind (any of the forms objects() takes); nullopt when not known.
    [[nodiscard]] static std::optional<KindResource> resourceOfKind(const QString &kind);

private:
    QList<StepAccess> m_steps;
};

} // namespace chartroom::rbac
