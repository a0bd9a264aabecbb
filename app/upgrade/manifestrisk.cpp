#include "upgrade/manifestrisk.h"

#include "inventory/manifestdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::upgrade", text);
}

std::optional<YAML::Node> load(const QString &text)
{
    try {
        YAML::Node node = YAML::Load(text.toStdString());
        if (node.IsMap())
            return node;
    } catch (const YAML::Exception &) {
    }
    return std::nullopt;
}

/// A node's canonical text (flow style, keys as written); "" when absent.
QString canonical(const YAML::Node &node)
{
    if (!node || !node.IsDefined() || node.IsNull())
        return {};
    YAML::Emitter out;
    out.SetMapFormat(YAML::Flow);
    out.SetSeqFormat(YAML::Flow);
    out << node;
    return QString::fromUtf8(out.c_str());
}

/// The node at a path of map keys; an undefined node when any step is missing. Read-only access
/// throughout (a non-const operator[] would insert, and `=` on a Node assigns, it does not rebind).
YAML::Node at(const YAML::Node &root, const QStringList &path)
{
    YAML::Node node(root);
    for (const QString &key : path) {
        if (!node.IsDefined() || !node.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        const YAML::Node &current = node;
        const YAML::Node next = current[key.toStdString()];
        if (!next.IsDefined())
            return YAML::Node(YAML::NodeType::Undefined);
        node.reset(next);
    }
    return node;
}

bool isRbacKind(const QString &kind)
{
    return kind == u"Role" || kind == u"ClusterRole" || kind == u"RoleBinding" || kind == u"ClusterRoleBinding";
}

/// The major version in an image reference's tag ("nginx:1.25.3" → 1, "repo/app:v2" → 2).
std::optional<int> imageMajor(const QString &image)
{
    QString ref = image.section(u'@', 0, 0);
    const qsizetype slash = ref.lastIndexOf(u'/');
    const qsizetype colon = ref.lastIndexOf(u':');
    if (colon <= slash)
        return std::nullopt;
    static const QRegularExpression re(u"^v?(\\d+)(?:[.\\-_]|$)"_s);
    const QRegularExpressionMatch m = re.match(ref.mid(colon + 1));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

/// Container name → image of every pod template (or pod spec) of an object.
QHash<QString, QString> images(const YAML::Node &object, const QString &kind)
{
    QStringList specPath;
    if (kind == u"Pod")
        specPath = {u"spec"_s};
    else if (kind == u"CronJob")
        specPath = {u"spec"_s, u"jobTemplate"_s, u"spec"_s, u"template"_s, u"spec"_s};
    else
        specPath = {u"spec"_s, u"template"_s, u"spec"_s};
    const YAML::Node spec = at(object, specPath);
    QHash<QString, QString> out;
    if (!spec.IsDefined() || !spec.IsMap())
        return out;
    for (const char *list : {"initContainers", "containers"}) {
        const YAML::Node containers = spec[list];
        if (!containers.IsDefined() || !containers.IsSequence())
            continue;
        for (const auto &c : containers)
            if (c.IsMap() && c["name"].IsDefined() && c["image"].IsDefined() && c["name"].IsScalar() && c["image"].IsScalar())
                out.insert(QString::fromStdString(c["name"].as<std::string>()), QString::fromStdString(c["image"].as<std::string>()));
    }
    return out;
}

} // namespace

QString riskKindId(RiskFlag::Kind kind)
{
    switch (kind) {
    case RiskFlag::Kind::ImmutableField: return u"immutable-field"_s;
    case RiskFlag::Kind::Rbac: return u"rbac"_s;
    case RiskFlag::Kind::ImageMajorJump: return u"image-major"_s;
    case RiskFlag::Kind::ResourceRemoved: return u"removed"_s;
    }
    return {};
}

QList<RiskFlag> assessManifestRisks(const QString &before, const QString &after)
{
    QList<RiskFlag> flags;
    QHash<QString, inventory::ManifestResource> old;
    for (const inventory::ManifestResource &r : inventory::splitManifest(before))
        old.insert(r.key(), r);
    QSet<QString> seen;
    for (const inventory::ManifestResource &r : inventory::splitManifest(after)) {
        const QString key = r.key();
        seen.insert(key);
        const auto previous = old.constFind(key);
        if (previous == old.constEnd()) {
            if (isRbacKind(r.kind))
                flags.append({RiskFlag::Kind::Rbac, key, {}, tr("new %1: review the permissions it grants").arg(r.kind)});
            continue;
        }
        const auto a = load(previous->text);
        const auto b = load(r.text);
        if (!a || !b)
            continue;
        if (isRbacKind(r.kind)) {
            for (const char *field : {"rules", "roleRef", "subjects", "aggregationRule"}) {
                const QStringList path{QString::fromLatin1(field)};
                if (canonical(at(*a, path)) != canonical(at(*b, path)))
                    flags.append({RiskFlag::Kind::Rbac, key, QString::fromLatin1(field),
                                  tr("%1 changes: review the permissions").arg(QString::fromLatin1(field))});
            }
        }
        QList<QStringList> immutable;
        if (r.kind == u"Deployment" || r.kind == u"StatefulSet" || r.kind == u"DaemonSet" || r.kind == u"ReplicaSet")
            immutable << QStringList{u"spec"_s, u"selector"_s};
        if (r.kind == u"StatefulSet")
            immutable << QStringList{u"spec"_s, u"volumeClaimTemplates"_s} << QStringList{u"spec"_s, u"serviceName"_s}
                      << QStringList{u"spec"_s, u"podManagementPolicy"_s};
        if (r.kind == u"Job")
            immutable << QStringList{u"spec"_s, u"selector"_s} << QStringList{u"spec"_s, u"template"_s};
        if (r.kind == u"PersistentVolumeClaim")
            immutable << QStringList{u"spec"_s, u"storageClassName"_s} << QStringList{u"spec"_s, u"accessModes"_s};
        for (const QStringList &path : std::as_const(immutable)) {
            const QString x = canonical(at(*a, path));
            const QString y = canonical(at(*b, path));
            if (x != y)
                flags.append({RiskFlag::Kind::ImmutableField, key, path.join(u'.'),
                              tr("%1 is immutable: the API server rejects the change (%2 → %3); the object must be "
                                 "deleted and recreated")
                                  .arg(path.join(u'.'), x.isEmpty() ? tr("unset") : x, y.isEmpty() ? tr("unset") : y)});
        }
        if (r.kind == u"Service") {
            const QString x = canonical(at(*a, {u"spec"_s, u"clusterIP"_s}));
            const QString y = canonical(at(*b, {u"spec"_s, u"clusterIP"_s}));
            // An unset clusterIP keeps the assigned one; setting or changing an explicit one fails.
            if (x != y && !y.isEmpty())
                flags.append({RiskFlag::Kind::ImmutableField, key, u"spec.clusterIP"_s,
                              tr("spec.clusterIP is immutable: the API server rejects the change (%1 → %2)")
                                  .arg(x.isEmpty() ? tr("assigned") : x, y)});
        }
        const QHash<QString, QString> oldImages = images(*a, r.kind);
        const QHash<QString, QString> newImages = images(*b, r.kind);
        for (auto it = newImages.begin(); it != newImages.end(); ++it) {
            const QString was = oldImages.value(it.key());
            const auto x = imageMajor(was);
            const auto y = imageMajor(it.value());
            if (x && y && *x != *y)
                flags.append({RiskFlag::Kind::ImageMajorJump, key, u"containers[%1].image"_s.arg(it.key()),
                              tr("image major version %1 → %2 (%3 → %4): read the release notes, take a backup")
                                  .arg(*x).arg(*y).arg(was, it.value())});
        }
    }
    for (auto it = old.begin(); it != old.end(); ++it) {
        if (seen.contains(it.key()))
            continue;
        const QString detail = it->kind == u"PersistentVolumeClaim"
            ? tr("removed by the upgrade: the claim and the data on its volume are deleted")
            : (isRbacKind(it->kind) ? tr("removed by the upgrade: the permissions it granted go") : tr("removed by the upgrade"));
        flags.append({isRbacKind(it->kind) ? RiskFlag::Kind::Rbac : RiskFlag::Kind::ResourceRemoved, it.key(), {}, detail});
        if (isRbacKind(it->kind))
            flags.append({RiskFlag::Kind::ResourceRemoved, it.key(), {}, detail});
    }
    return flags;
}

} // namespace chartroom::upgrade
