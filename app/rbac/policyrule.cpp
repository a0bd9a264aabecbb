#include "policyrule.h"

#include <QJsonArray>

namespace chartroom::rbac {

namespace {

const QString Star = QStringLiteral("*");

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        if (item.isString())
            out << item.toString();
    return out;
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

bool resourceMatches(const QStringList &resources, const QString &combined, const QString &subresource)
{
    for (const QString &r : resources) {
        if (r == Star || r == combined)
            return true;
        // "*/scale" grants the scale subresource of every resource.
        if (!subresource.isEmpty() && r.size() == subresource.size() + 2 && r.startsWith(QLatin1String("*/"))
            && r.endsWith(subresource))
            return true;
    }
    return false;
}

bool urlMatches(const QStringList &urls, const QString &path)
{
    for (const QString &u : urls) {
        if (u == Star || u == path)
            return true;
        if (u.endsWith(QLatin1Char('*')) && path.startsWith(u.left(u.size() - 1)))
            return true;
    }
    return false;
}

} // namespace

AccessRequest AccessRequest::parse(const QString &verb, const QString &resource, const QString &namespaceName)
{
    AccessRequest r;
    r.verb = verb;
    r.namespaceName = namespaceName;
    if (resource.startsWith(QLatin1Char('/'))) {
        r.nonResourceUrl = resource;
        return r;
    }
    QString main = resource;
    const qsizetype slash = main.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        r.subresource = main.mid(slash + 1);
        main = main.left(slash);
    }
    const qsizetype dot = main.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        r.apiGroup = main.mid(dot + 1);
        main = main.left(dot);
    }
    r.resource = main;
    return r;
}

QString AccessRequest::resourceText() const
{
    if (!nonResourceUrl.isEmpty())
        return nonResourceUrl;
    QString text = resource;
    if (!apiGroup.isEmpty())
        text += QLatin1Char('.') + apiGroup;
    if (!subresource.isEmpty())
        text += QLatin1Char('/') + subresource;
    return text;
}

bool PolicyRule::hasVerb(const QString &verb) const
{
    return verbs.contains(Star) || verbs.contains(verb);
}

bool PolicyRule::coversResource(const QString &group, const QString &resource) const
{
    if (isNonResource())
        return false;
    if (!apiGroups.contains(Star) && !apiGroups.contains(group))
        return false;
    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
    return resourceMatches(resources, resource, slash >= 0 ? resource.mid(slash + 1) : QString());
}

bool PolicyRule::allows(const AccessRequest &request) const
{
    if (!hasVerb(request.verb))
        return false;
    if (!request.nonResourceUrl.isEmpty())
        return urlMatches(nonResourceURLs, request.nonResourceUrl);
    if (apiGroups.isEmpty() && resources.isEmpty())
        return false; // a non-resource rule never grants resources
    const QString combined = request.subresource.isEmpty() ? request.resource
                                                           : request.resource + QLatin1Char('/') + request.subresource;
    if (!coversResource(request.apiGroup, combined))
        return false;
    if (resourceNames.isEmpty())
        return true;
    return !request.name.isEmpty() && resourceNames.contains(request.name);
}

QString PolicyRule::toString() const
{
    auto list = [](const QStringList &l) {
        QStringList quoted;
        for (const QString &s : l)
            quoted << (s.isEmpty() ? QStringLiteral("\"\"") : s);
        return QString(QLatin1Char('[') + quoted.join(QLatin1Char(' ')) + QLatin1Char(']'));
    };
    QStringList parts;
    if (isNonResource()) {
        parts << QStringLiteral("nonResourceURLs=") + list(nonResourceURLs);
    } else {
        parts << QStringLiteral("apiGroups=") + list(apiGroups) << QStringLiteral("resources=") + list(resources);
        if (!resourceNames.isEmpty())
            parts << QStringLiteral("resourceNames=") + list(resourceNames);
    }
    parts << QStringLiteral("verbs=") + list(verbs);
    return parts.join(QLatin1Char(' '));
}

QJsonObject PolicyRule::toJson() const
{
    QJsonObject json;
    if (isNonResource()) {
        json.insert(QStringLiteral("nonResourceURLs"), array(nonResourceURLs));
    } else {
        json.insert(QStringLiteral("apiGroups"), array(apiGroups));
        json.insert(QStringLiteral("resources"), array(resources));
        if (!resourceNames.isEmpty())
            json.insert(QStringLiteral("resourceNames"), array(resourceNames));
    }
    json.insert(QStringLiteral("verbs"), array(verbs));
    return json;
}

PolicyRule PolicyRule::fromJson(const QJsonObject &json)
{
    PolicyRule r;
    r.apiGroups = strings(json.value(QLatin1String("apiGroups")));
    r.resources = strings(json.value(QLatin1String("resources")));
    r.verbs = strings(json.value(QLatin1String("verbs")));
    r.resourceNames = strings(json.value(QLatin1String("resourceNames")));
    r.nonResourceURLs = strings(json.value(QLatin1String("nonResourceURLs")));
    return r;
}

} // namespace chartroom::rbac
