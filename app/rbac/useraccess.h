#pragma once

#include "core/result.h"
#include "rbac/policyrule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom::rbac {

/// Parses the table `kubectl auth can-i --list [-n NS]` prints (kubectl 1.31 and 1.35: columns
/// Resources, Non-Resource URLs, Resource Names, Verbs; resources as "resource.group/subresource",
/// "*.*" for everything). Anything else (no header) is an Error.
[[nodiscard]] Result<QList<PolicyRule>> parseCanIList(const QString &text);

/// What the kubeconfig user may do, per context and namespace, from `kubectl auth can-i --list`,
/// and the answer other parts of the app ask before offering an action: "can the user do X in
/// namespace N, and if not, why" (the text shown on a disabled button, or by a wizard before its
/// review page).
///
/// Answers are only as fresh as the last setRules() for that (context, namespace); for a pair
/// never loaded the decision is Unknown (callers then let the action run and fail with the
/// server's message). Rules listed for a namespace include the cluster-wide ones (kubectl merges
/// them); an empty namespace stands for the cluster-scoped list.
class UserAccess final
{
public:
    enum class Answer { Allowed, Denied, Unknown };
    struct Decision
    {
        Answer answer = Answer::Unknown;
        QString reason; ///< for Denied: "your kubeconfig user cannot create pods/exec in namespace db"
        [[nodiscard]] bool allowed() const { return answer != Answer::Denied; }
    };

    /// What Chartroom's actions need in one namespace (for the checks below), before a plan is
    /// known (a wizard then checks its plan step by step: PlanAccess):
    ///  - BackupExec: list pods, create pods/exec, get and list secrets (helm get of the release);
    ///  - Scale: get and patch the scale subresource of the release's workloads;
    ///  - Upgrade: get, list, create and update secrets (helm's release record), get and patch the
    ///    release's workloads (the chart's other kinds are known from the upgrade's preview only);
    ///  - Restore: exec as for a backup, create configmaps and secrets, scale the workloads;
    ///  - Install (a second release beside the first: blue-green): helm's record, create the workloads;
    ///  - SwitchServices (blue-green's switch): get and patch services.
    /// `workloadKinds` are the release's workload kinds ("Deployment", "StatefulSet"); empty: both.
    enum class Action { BackupExec, Scale, Upgrade, Restore, Install, SwitchServices };
    [[nodiscard]] static QList<AccessRequest> requiredFor(Action action, const QString &namespaceName,
                                                          const QStringList &workloadKinds = {});

    void setRules(const QString &context, const QString &namespaceName, const QList<PolicyRule> &rules);
    [[nodiscard]] bool hasRules(const QString &context, const QString &namespaceName) const;
    void clear() { m_rules.clear(); }

    /// `resource` in kubectl's form: "pods/exec", "deployments.apps/scale", "/metrics".
    [[nodiscard]] Decision can(const QString &context, const QString &verb, const QString &resource,
                               const QString &namespaceName, const QString &name = {}) const;
    [[nodiscard]] Decision can(const QString &context, const AccessRequest &request) const;
    /// The first denied requirement of the action (Allowed when all pass, Unknown when not loaded).
    [[nodiscard]] Decision canPerform(const QString &context, Action action, const QString &namespaceName,
                                      const QStringList &workloadKinds = {}) const;

private:
    QHash<QString, QList<PolicyRule>> m_rules; ///< key: context + '\n' + namespace
};

} // namespace chartroom::rbac
