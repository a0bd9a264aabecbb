#include "upgrade/valuesflatten.h"

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {

void flatten(const YAML::Node &node, const QString &path, FlatValues &out)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.size() == 0) {
            out.insert(path, u"{}"_s);
            return;
        }
        for (const auto &item : node) {
            const QString key = QString::fromStdString(item.first.as<std::string>());
            flatten(item.second, path.isEmpty() ? key : path + u'.' + key, out);
        }
        return;
    case YAML::NodeType::Sequence:
        if (node.size() == 0) {
            out.insert(path, u"[]"_s);
            return;
        }
        for (std::size_t i = 0; i < node.size(); ++i)
            flatten(node[i], path + u"[%1]"_s.arg(i), out);
        return;
    case YAML::NodeType::Scalar: out.insert(path, QString::fromStdString(node.Scalar())); return;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        if (!path.isEmpty())
            out.insert(path, u"null"_s);
        return;
    }
}

bool isUnder(const QString &path, const FlatValues &values)
{
    // The user set this path, or a parent of it (a whole map or list).
    if (values.contains(path))
        return true;
    for (qsizetype i = path.size() - 1; i > 0; --i)
        if ((path[i] == u'.' || path[i] == u'[') && values.contains(path.left(i)))
            return true;
    return false;
}

/// Some path below this one is set (an empty-map default the user filled in).
bool hasChildIn(const QString &path, const FlatValues &values)
{
    for (const QChar separator : {u'.', u'['}) {
        const QString prefix = path + separator;
        const auto it = values.lowerBound(prefix);
        if (it != values.end() && it.key().startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

Result<FlatValues> flattenValues(const QByteArray &yamlOrJson)
{
    FlatValues out;
    try {
        const YAML::Node root = YAML::Load(yamlOrJson.toStdString());
        if (root.IsNull() || !root.IsDefined())
            return out;
        if (!root.IsMap())
            return makeError(u"parse"_s, u"values are not a mapping"_s);
        flatten(root, {}, out);
    } catch (const YAML::Exception &e) {
        return makeError(u"parse"_s, u"values do not parse"_s, QString::fromStdString(e.what()));
    }
    return out;
}

QList<DefaultsChange> changedDefaults(const FlatValues &computed, const FlatValues &user, const FlatValues &newDefaults)
{
    QList<DefaultsChange> changes;
    for (auto it = newDefaults.begin(); it != newDefaults.end(); ++it) {
        if (isUnder(it.key(), user) || hasChildIn(it.key(), user))
            continue;
        const auto old = computed.constFind(it.key());
        if (old == computed.constEnd() || old.value() != it.value())
            changes.append({it.key(), old == computed.constEnd() ? QString() : old.value(), it.value()});
    }
    for (auto it = computed.begin(); it != computed.end(); ++it)
        if (!newDefaults.contains(it.key()) && !isUnder(it.key(), user) && !isUnder(it.key(), newDefaults))
            changes.append({it.key(), it.value(), {}});
    return changes;
}

} // namespace chartroom::upgrade
