#pragma once

// Builders for hand-made RBAC objects (the JSON kubectl prints), shared by the RBAC tests.

#include "rbac/rbacsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace chartroom::test::rbacfx {

inline QJsonObject rule(const QStringList &groups, const QStringList &resources, const QStringList &verbs,
                        const QStringList &names = {})
{
    QJsonObject r{{"apiGroups", QJsonArray::fromStringList(groups)},
                  {"resources", QJsonArray::fromStringList(resources)},
                  {"verbs", QJsonArray::fromStringList(verbs)}};
    if (!names.isEmpty())
        r.insert("resourceNames", QJsonArray::fromStringList(names));
    return r;
}

inline QJsonObject urlRule(const QStringList &urls, const QStringList &verbs)
{
    return QJsonObject{{"nonResourceURLs", QJsonArray::fromStringList(urls)}, {"verbs", QJsonArray::fromStringList(verbs)}};
}

inline QJsonObject meta(const QString &name, const QString &ns = {}, const QJsonObject &labels = {},
                        const QJsonObject &annotations = {})
{
    QJsonObject m{{"name", name}};
    if (!ns.isEmpty())
        m.insert("namespace", ns);
    if (!labels.isEmpty())
        m.insert("labels", labels);
    if (!annotations.isEmpty())
        m.insert("annotations", annotations);
    return m;
}

/// Helm's ownership annotations and labels for release ns/name of chart.
inline QJsonObject helmMeta(const QString &name, const QString &ns, const QString &release, const QString &chart)
{
    return meta(name, ns,
                QJsonObject{{"app.kubernetes.io/managed-by", "Helm"}, {"app.kubernetes.io/instance", release},
                            {"helm.sh/chart", chart}},
                QJsonObject{{"meta.helm.sh/release-name", release}, {"meta.helm.sh/release-namespace", ns}});
}

inline QJsonObject role(const QString &kind, const QJsonObject &metadata, const QJsonArray &rules)
{
    return QJsonObject{{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", kind}, {"metadata", metadata}, {"rules", rules}};
}

inline QJsonObject subject(const QString &kind, const QString &name, const QString &ns = {})
{
    QJsonObject s{{"kind", kind}, {"name", name}};
    if (!ns.isEmpty())
        s.insert("namespace", ns);
    return s;
}

inline QJsonObject binding(const QString &kind, const QJsonObject &metadata, const QString &roleKind, const QString &roleName,
                           const QJsonArray &subjects)
{
    return QJsonObject{{"apiVersion", "rbac.authorization.k8s.io/v1"},
                       {"kind", kind},
                       {"metadata", metadata},
                       {"roleRef", QJsonObject{{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", roleKind}, {"name", roleName}}},
                       {"subjects", subjects}};
}

inline QJsonObject deployment(const QJsonObject &metadata, const QString &serviceAccount)
{
    QJsonObject podSpec;
    if (!serviceAccount.isEmpty())
        podSpec.insert("serviceAccountName", serviceAccount);
    return QJsonObject{{"apiVersion", "apps/v1"},
                       {"kind", "Deployment"},
                       {"metadata", metadata},
                       {"spec", QJsonObject{{"template", QJsonObject{{"spec", podSpec}}}}}};
}

inline QByteArray list(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{"apiVersion", "v1"}, {"kind", "List"}, {"items", items}}).toJson();
}

/// A finished snapshot of context "test" holding the objects.
inline rbac::RbacSnapshot snapshot(const QJsonArray &items)
{
    rbac::RbacSnapshot s;
    s.context = "test";
    const Result<void> r = s.addObjectsJson(list(items));
    Q_ASSERT(r.ok());
    s.finish();
    return s;
}

} // namespace chartroom::test::rbacfx
