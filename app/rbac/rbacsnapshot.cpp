#include "rbacsnapshot.h"

#include "kube/parsers/helmlist.h"
#include "kube/parsers/jsonsupport.h"
#include "rbac/yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace chartroom::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::rbac", text);
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

LabelSelector selectorFromJson(const QJsonObject &json)
{
    LabelSelector s;
    s.matchLabels = stringMap(json.value(QLatin1String("matchLabels")));
    for (const QJsonValue &e : json.value(QLatin1String("matchExpressions")).toArray()) {
        const QJsonObject o = e.toObject();
        LabelSelector::Expression x;
        x.key = str(o, "key");
        x.op = str(o, "operator");
        for (const QJsonValue &v : o.value(QLatin1String("values")).toArray())
            x.values << v.toString();
        s.expressions << x;
    }
    return s;
}

const QSet<QString> &namespacedKinds()
{
    static const QSet<QString> kinds{QStringLiteral("Role"), QStringLiteral("RoleBinding"), QStringLiteral("ServiceAccount"),
                                     QStringLiteral("Deployment"), QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
                                     QStringLiteral("Job"), QStringLiteral("CronJob"), QStringLiteral("Pod")};
    return kinds;
}

} // namespace

ReleaseRef releaseFromMetadata(const QJsonObject &metadata)
{
    const QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    ReleaseRef r;
    r.name = str(annotations, "meta.helm.sh/release-name");
    r.namespaceName = str(annotations, "meta.helm.sh/release-namespace");
    if (r.name.isEmpty() && str(labels, "app.kubernetes.io/managed-by") == QLatin1String("Helm")) {
        r.name = str(labels, "app.kubernetes.io/instance");
        r.namespaceName = str(metadata, "namespace");
    }
    if (!r.name.isEmpty())
        r.chart = str(labels, "helm.sh/chart");
    return r;
}

void RbacSnapshot::addObject(const QJsonObject &object, const ReleaseRef &forced)
{
    const QString kind = str(object, "kind");
    if (kind == QLatin1String("List")) {
        for (const QJsonValue &item : object.value(QLatin1String("items")).toArray())
            addObject(item.toObject(), forced);
        return;
    }
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString name = str(metadata, "name");
    if (name.isEmpty())
        return;
    QString ns = str(metadata, "namespace");
    if (ns.isEmpty() && !forced.isEmpty() && namespacedKinds().contains(kind))
        ns = forced.namespaceName;
    ReleaseRef release = forced.isEmpty() ? releaseFromMetadata(metadata) : forced;
    if (release.chart.isEmpty() && !release.isEmpty())
        release.chart = str(metadata.value(QLatin1String("labels")).toObject(), "helm.sh/chart");

    if (kind == QLatin1String("Role") || kind == QLatin1String("ClusterRole")) {
        RbacRole role;
        role.kind = kind;
        role.namespaceName = kind == QLatin1String("Role") ? ns : QString();
        role.name = name;
        role.labels = stringMap(metadata.value(QLatin1String("labels")));
        for (const QJsonValue &r : object.value(QLatin1String("rules")).toArray())
            role.rules << PolicyRule::fromJson(r.toObject());
        const QJsonObject aggregation = object.value(QLatin1String("aggregationRule")).toObject();
        for (const QJsonValue &s : aggregation.value(QLatin1String("clusterRoleSelectors")).toArray())
            role.aggregationSelectors << selectorFromJson(s.toObject());
        role.release = release;
        roles << role;
    } else if (kind == QLatin1String("RoleBinding") || kind == QLatin1String("ClusterRoleBinding")) {
        RbacBinding b;
        b.kind = kind;
        b.namespaceName = kind == QLatin1String("RoleBinding") ? ns : QString();
        b.name = name;
        const QJsonObject ref = object.value(QLatin1String("roleRef")).toObject();
        b.roleKind = str(ref, "kind");
        b.roleName = str(ref, "name");
        for (const QJsonValue &sv : object.value(QLatin1String("subjects")).toArray()) {
            const QJsonObject so = sv.toObject();
            Subject s{str(so, "kind"), str(so, "name"), str(so, "namespace")};
            // A RoleBinding's ServiceAccount subject without a namespace means the binding's namespace.
            if (s.isServiceAccount() && s.namespaceName.isEmpty())
                s.namespaceName = b.namespaceName;
            if (!s.isServiceAccount())
                s.namespaceName.clear();
            b.subjects << s;
        }
        b.annotations = stringMap(metadata.value(QLatin1String("annotations")));
        b.platformDefault = name.startsWith(QLatin1String("system:"))
                            || stringMap(metadata.value(QLatin1String("labels"))).value(QStringLiteral("kubernetes.io/bootstrapping"))
                                   == QLatin1String("rbac-defaults");
        b.release = release;
        bindings << b;
    } else if (kind == QLatin1String("ServiceAccount")) {
        for (ServiceAccountInfo &existing : serviceAccounts) {
            if (existing.namespaceName == ns && existing.name == name) {
                if (existing.release.isEmpty())
                    existing.release = release;
                return;
            }
        }
        ServiceAccountInfo sa;
        sa.namespaceName = ns;
        sa.name = name;
        sa.release = release;
        serviceAccounts << sa;
    } else if (namespacedKinds().contains(kind)) {
        QJsonObject copy = object;
        if (!forced.isEmpty()) {
            QJsonObject meta = metadata;
            meta.insert(QStringLiteral("namespace"), ns);
            QJsonObject annotations = meta.value(QLatin1String("annotations")).toObject();
            annotations.insert(QStringLiteral("meta.helm.sh/release-name"), forced.name);
            annotations.insert(QStringLiteral("meta.helm.sh/release-namespace"), forced.namespaceName);
            meta.insert(QStringLiteral("annotations"), annotations);
            copy.insert(QStringLiteral("metadata"), meta);
        }
        addWorkload(copy);
    }
}

void RbacSnapshot::addWorkload(const QJsonObject &object)
{
    const QString kind = str(object, "kind");
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    // Pods made by a controller are represented by that controller.
    if (kind == QLatin1String("Pod") && !metadata.value(QLatin1String("ownerReferences")).toArray().isEmpty())
        return;
    QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    if (kind == QLatin1String("CronJob"))
        spec = spec.value(QLatin1String("jobTemplate")).toObject().value(QLatin1String("spec")).toObject();
    if (kind != QLatin1String("Pod"))
        spec = spec.value(QLatin1String("template")).toObject().value(QLatin1String("spec")).toObject();
    QString account = str(spec, "serviceAccountName");
    if (account.isEmpty())
        account = str(spec, "serviceAccount");
    if (account.isEmpty())
        account = QStringLiteral("default");
    const QString ns = str(metadata, "namespace");
    ReleaseRef release = releaseFromMetadata(metadata);
    if (release.isEmpty()) // pods of a release carry the labels of their template
        release = releaseFromMetadata(object.value(QLatin1String("spec")).toObject().value(QLatin1String("template"))
                                          .toObject().value(QLatin1String("metadata")).toObject());
    ServiceAccountInfo *sa = nullptr;
    for (ServiceAccountInfo &existing : serviceAccounts)
        if (existing.namespaceName == ns && existing.name == account)
            sa = &existing;
    if (!sa) {
        serviceAccounts << ServiceAccountInfo{ns, account, {}, {}, {}};
        sa = &serviceAccounts.last();
    }
    const QString workload = kind.toLower() + QLatin1Char('/') + str(metadata, "name");
    if (!sa->usedBy.contains(workload))
        sa->usedBy << workload;
    if (sa->usedByRelease.isEmpty())
        sa->usedByRelease = release;
}

Result<void> RbacSnapshot::addListJson(const QByteArray &json, const QString &what)
{
    auto parsed = kube::parseJsonObject(json, what);
    if (!parsed)
        return parsed.error();
    if (!parsed->contains(QLatin1String("kind")))
        return makeError(QStringLiteral("rbac.parse"), tr("%1 has no \"kind\": not Kubernetes output").arg(what));
    addObject(parsed.value());
    return {};
}

Result<void> RbacSnapshot::addObjectsJson(const QByteArray &json)
{
    return addListJson(json, tr("the RBAC object list"));
}

Result<void> RbacSnapshot::addWorkloadsJson(const QByteArray &json)
{
    return addListJson(json, tr("the workload list"));
}

Result<void> RbacSnapshot::addManifestYaml(const QByteArray &yaml, const ReleaseRef &release)
{
    auto documents = yamlDocumentsToJson(yaml);
    if (!documents)
        return documents.error();
    for (const QJsonObject &object : documents.value())
        addObject(object, release);
    return {};
}

Result<void> RbacSnapshot::addHelmList(const QByteArray &json)
{
    auto parsed = kube::parseHelmList(json);
    if (!parsed)
        return parsed.error();
    for (const kube::HelmReleaseSummary &r : parsed.value()) {
        const ReleaseRef *known = findRelease(r.namespaceName, r.name);
        if (known)
            continue;
        releases << ReleaseRef{r.namespaceName, r.name, r.chart};
    }
    return {};
}

void RbacSnapshot::finish()
{
    // Releases seen only through their objects.
    auto noteRelease = [this](ReleaseRef &ref) {
        if (ref.isEmpty())
            return;
        auto known = std::find(releases.begin(), releases.end(), ref);
        if (known == releases.end())
            releases << ref;
        else if (known->chart.isEmpty())
            known->chart = ref.chart;
        else
            ref.chart = known->chart;
    };
    for (RbacRole &role : roles)
        noteRelease(role.release);
    for (RbacBinding &binding : bindings)
        noteRelease(binding.release);
    for (ServiceAccountInfo &sa : serviceAccounts) {
        noteRelease(sa.release);
        noteRelease(sa.usedByRelease);
    }

    // Aggregation to a fixed point (aggregated roles may select other aggregated roles).
    for (int round = 0; round < 16; ++round) {
        bool changed = false;
        for (RbacRole &target : roles) {
            if (!target.isClusterRole() || target.aggregationSelectors.isEmpty())
                continue;
            for (const RbacRole &source : std::as_const(roles)) {
                if (!source.isClusterRole() || source.name == target.name)
                    continue;
                const bool selected = std::any_of(target.aggregationSelectors.cbegin(), target.aggregationSelectors.cend(),
                                                  [&](const LabelSelector &s) { return s.matches(source.labels); });
                if (!selected)
                    continue;
                if (!target.aggregatedFrom.contains(source.name))
                    target.aggregatedFrom << source.name;
                for (const PolicyRule &rule : source.rules) {
                    if (!target.rules.contains(rule)) {
                        target.rules << rule;
                        changed = true;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
}

const RbacRole *RbacSnapshot::findRole(const QString &kind, const QString &namespaceName, const QString &name) const
{
    for (const RbacRole &role : roles)
        if (role.kind == kind && role.name == name && (kind == QLatin1String("ClusterRole") || role.namespaceName == namespaceName))
            return &role;
    return nullptr;
}

const RbacRole *RbacSnapshot::roleOf(const RbacBinding &binding) const
{
    return findRole(binding.roleKind, binding.namespaceName, binding.roleName);
}

const ServiceAccountInfo *RbacSnapshot::findServiceAccount(const QString &namespaceName, const QString &name) const
{
    for (const ServiceAccountInfo &sa : serviceAccounts)
        if (sa.namespaceName == namespaceName && sa.name == name)
            return &sa;
    return nullptr;
}

ReleaseRef RbacSnapshot::releaseOfServiceAccount(const QString &namespaceName, const QString &name) const
{
    const ServiceAccountInfo *sa = findServiceAccount(namespaceName, name);
    if (!sa)
        return {};
    return sa->usedByRelease.isEmpty() ? sa->release : sa->usedByRelease;
}

const ReleaseRef *RbacSnapshot::findRelease(const QString &namespaceName, const QString &name) const
{
    for (const ReleaseRef &r : releases)
        if (r.namespaceName == namespaceName && r.name == name)
            return &r;
    return nullptr;
}

} // namespace chartroom::rbac
