#include "kubeconfigview.h"

#include "jsonsupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chartroom::kube {

Result<KubeconfigView> parseKubeconfigView(const QByteArray &json)
{
    const Result<QJsonObject> root = parseJsonObject(json, QStringLiteral("kubectl config view"));
    if (!root)
        return root.error();
    QHash<QString, QString> servers;
    for (const QJsonValue &cluster : root->value(QStringLiteral("clusters")).toArray()) {
        const QJsonObject object = cluster.toObject();
        servers.insert(object.value(QStringLiteral("name")).toString(),
                       object.value(QStringLiteral("cluster")).toObject().value(QStringLiteral("server")).toString());
    }
    KubeconfigView view;
    view.currentContext = root->value(QStringLiteral("current-context")).toString();
    for (const QJsonValue &value : root->value(QStringLiteral("contexts")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject context = object.value(QStringLiteral("context")).toObject();
        KubeContext entry;
        entry.name = object.value(QStringLiteral("name")).toString();
        if (entry.name.isEmpty())
            continue;
        entry.cluster = context.value(QStringLiteral("cluster")).toString();
        entry.user = context.value(QStringLiteral("user")).toString();
        entry.defaultNamespace = context.value(QStringLiteral("namespace")).toString(QStringLiteral("default"));
        if (entry.defaultNamespace.isEmpty())
            entry.defaultNamespace = QStringLiteral("default");
        entry.server = servers.value(entry.cluster);
        view.contexts << entry;
    }
    return view;
}

} // namespace chartroom::kube
