#include "planaccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace chartroom::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::rbac", text);
}

struct KindEntry
{
    const char *resource;
    bool clusterScoped;
    std::initializer_list<const char *> names; ///< lower-case kind, plural and kubectl short names
};

// The kinds Helm charts and Chartroom's commands touch. Custom resources are left to the server.
const KindEntry kKinds[] = {
    {"pods", false, {"pod", "po"}},
    {"services", false, {"service", "svc"}},
    {"configmaps", false, {"configmap", "cm"}},
    {"secrets", false, {"secret"}},
    {"serviceaccounts", false, {"serviceaccount", "sa"}},
    {"persistentvolumeclaims", false, {"persistentvolumeclaim", "pvc"}},
    {"endpoints", false, {"endpoint", "ep"}},
    {"deployments.apps", false, {"deployment", "deploy"}},
    {"statefulsets.apps", false, {"statefulset", "sts"}},
    {"daemonsets.apps", false, {"daemonset", "ds"}},
    {"replicasets.apps", false, {"replicaset", "rs"}},
    {"jobs.batch", false, {"job"}},
    {"cronjobs.batch", false, {"cronjob", "cj"}},
    {"ingresses.networking.k8s.io", false, {"ingress", "ing"}},
    {"networkpolicies.networking.k8s.io", false, {"networkpolicy", "netpol"}},
    {"poddisruptionbudgets.policy", false, {"poddisruptionbudget", "pdb"}},
    {"horizontalpodautoscalers.autoscaling", false, {"horizontalpodautoscaler", "hpa"}},
    {"roles.rbac.authorization.k8s.io", false, {"role"}},
    {"rolebindings.rbac.authorization.k8s.io", false, {"rolebinding"}},
    {"clusterroles.rbac.authorization.k8s.io", true, {"clusterrole"}},
    {"clusterrolebindings.rbac.authorization.k8s.io", true, {"clusterrolebinding"}},
    {"namespaces", true, {"namespace", "ns"}},
    {"persistentvolumes", true, {"persistentvolume", "pv"}},
    {"storageclasses.storage.k8s.io", true, {"storageclass", "sc"}},
    {"priorityclasses.scheduling.k8s.io", true, {"priorityclass", "pc"}},
    {"customresourcedefinitions.apiextensions.k8s.io", true, {"customresourcedefinition", "crd"}},
};

const QHash<QString, PlanAccess::KindResource> &kindTable()
{
    static const QHash<QString, PlanAccess::KindResource> table = [] {
        QHash<QString, PlanAccess::KindResource> t;
        for (const KindEntry &entry : kKinds) {
            const QString resource = QString::fromLatin1(entry.resource);
            const PlanAccess::KindResource value{resource, entry.clusterScoped};
            t.insert(resource, value);
            t.insert(resource.section(QLatin1Char('.'), 0, 0), value); // plural without group
            for (const char *name : entry.names)
                t.insert(QString::fromLatin1(name), value);
        }
        return t;
    }();
    return table;
}

QList<AccessRequest> requests(const QStringList &verbs, const QString &resource, const QString &ns)
{
    QList<AccessRequest> out;
    for (const QString &verb : verbs)
        out << AccessRequest::parse(verb, resource, ns);
    return out;
}

bool sameRequest(const AccessRequest &a, const AccessRequest &b)
{
    return a.verb == b.verb && a.apiGroup == b.apiGroup && a.resource == b.resource && a.subresource == b.subresource &&
           a.name == b.name && a.namespaceName == b.namespaceName && a.nonResourceUrl == b.nonResourceUrl;
}

} // namespace

void PlanAccess::add(const QString &context, const QString &step, const QList<AccessRequest> &requests)
{
    if (!requests.isEmpty())
        m_steps.append({step, context, requests});
}

QList<PlanAccess::Problem> PlanAccess::check(const UserAccess &access) const
{
    QList<Problem> problems;
    for (const StepAccess &step : m_steps) {
        QList<AccessRequest> seen;
        for (const AccessRequest &request : step.requests) {
            if (std::any_of(seen.cbegin(), seen.cend(), [&request](const AccessRequest &r) { return sameRequest(r, request); }))
                continue;
            seen << request;
            const UserAccess::Decision decision = access.can(step.context, request);
            if (decision.answer != UserAccess::Answer::Allowed)
                problems.append({step.step, step.context, request, decision.answer, decision.reason});
        }
    }
    return problems;
}

bool PlanAccess::blocks(const QList<Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.answer == UserAccess::Answer::Denied; });
}

QStringList PlanAccess::describe(const QList<Problem> &problems)
{
    QStringList lines;
    QStringList unknown; // "namespace db (context homelab)", once each
    for (const Problem &p : problems) {
        if (p.answer == UserAccess::Answer::Denied) {
            lines << tr("%1: %2").arg(p.step, p.reason);
            continue;
        }
        const QString where = p.request.namespaceName.isEmpty()
                                  ? tr("at cluster scope (context %1)").arg(p.context)
                                  : tr("in namespace %1 (context %2)").arg(p.request.namespaceName, p.context);
        if (!unknown.contains(where))
            unknown << where;
    }
    for (const QString &where : std::as_const(unknown))
        lines << tr("Your access %1 is not known yet (no answer from kubectl auth can-i): the steps there are not "
                    "checked, the server decides when they run").arg(where);
    return lines;
}

QList<AccessRequest> PlanAccess::helmRead(const QString &ns)
{
    return requests({QStringLiteral("get"), QStringLiteral("list")}, QStringLiteral("secrets"), ns);
}

QList<AccessRequest> PlanAccess::helmWrite(const QString &ns)
{
    return requests({QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("update")},
                    QStringLiteral("secrets"), ns);
}

QList<AccessRequest> PlanAccess::podExec(const QString &ns)
{
    return {AccessRequest::parse(QStringLiteral("list"), QStringLiteral("pods"), ns),
            AccessRequest::parse(QStringLiteral("create"), QStringLiteral("pods/exec"), ns)};
}

std::optional<PlanAccess::KindResource> PlanAccess::resourceOfKind(const QString &kind)
{
    const QString key = kind.section(QLatin1Char('/'), 0, 0).trimmed().toLower();
    const auto it = kindTable().constFind(key);
    if (it == kindTable().cend())
        return std::nullopt;
    return *it;
}

QList<AccessRequest> PlanAccess::objects(const QStringList &verbs, const QString &kind, const QString &ns)
{
    const std::optional<KindResource> resource = resourceOfKind(kind);
    if (!resource)
        return {};
    return requests(verbs, resource->resource, resource->clusterScoped ? QString() : ns);
}

QList<AccessRequest> PlanAccess::scale(const QString &workload, const QString &ns)
{
    const std::optional<KindResource> resource = resourceOfKind(workload);
    if (!resource)
        return {};
    return {AccessRequest::parse(QStringLiteral("get"), resource->resource, ns),
            AccessRequest::parse(QStringLiteral("patch"), resource->resource + QStringLiteral("/scale"), ns)};
}

QList<AccessRequest> PlanAccess::rollout(const QString &workload, const QString &ns)
{
    return objects({QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")}, workload, ns);
}

} // namespace chartroom::rbac
