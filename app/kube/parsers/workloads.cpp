#include "workloads.h"

#include "jsonsupport.h"

namespace chartroom::kube {

namespace {

QHash<QString, QString> stringMap(const QJsonObject &object)
{
    QHash<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

KubeObject parseItem(const QJsonObject &item)
{
    KubeObject object;
    object.kind = item.value(QStringLiteral("kind")).toString();
    const QJsonObject metadata = item.value(QStringLiteral("metadata")).toObject();
    object.name = metadata.value(QStringLiteral("name")).toString();
    object.namespaceName = metadata.value(QStringLiteral("namespace")).toString();
    object.uid = metadata.value(QStringLiteral("uid")).toString();
    object.labels = stringMap(metadata.value(QStringLiteral("labels")).toObject());
    object.annotations = stringMap(metadata.value(QStringLiteral("annotations")).toObject());
    for (const QJsonValue &owner : metadata.value(QStringLiteral("ownerReferences")).toArray()) {
        const QJsonObject ref = owner.toObject();
        object.owners << OwnerRef{ref.value(QStringLiteral("kind")).toString(), ref.value(QStringLiteral("name")).toString(),
                                  ref.value(QStringLiteral("uid")).toString()};
    }
    const QJsonObject spec = item.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = item.value(QStringLiteral("status")).toObject();
    if (object.kind == QLatin1String("DaemonSet")) {
        object.desired = status.value(QStringLiteral("desiredNumberScheduled")).toInt();
        object.ready = status.value(QStringLiteral("numberReady")).toInt();
    } else if (object.kind == QLatin1String("Pod")) {
        object.phase = status.value(QStringLiteral("phase")).toString();
        for (const QJsonValue &condition : status.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject c = condition.toObject();
            if (c.value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
                object.podReady = c.value(QStringLiteral("status")).toString() == QLatin1String("True");
        }
        for (const QJsonValue &container : status.value(QStringLiteral("containerStatuses")).toArray())
            object.restarts += container.toObject().value(QStringLiteral("restartCount")).toInt();
    } else if (object.kind == QLatin1String("PersistentVolumeClaim")) {
        object.phase = status.value(QStringLiteral("phase")).toString();
        object.capacity = status.value(QStringLiteral("capacity")).toObject().value(QStringLiteral("storage")).toString();
    } else {
        // Deployment, StatefulSet, ReplicaSet: replicas defaults to 1 when unset.
        object.desired = spec.value(QStringLiteral("replicas")).toInt(1);
        object.ready = status.value(QStringLiteral("readyReplicas")).toInt();
    }
    return object;
}

} // namespace

QString KubeObject::helmReleaseName() const
{
    const QString annotated = annotations.value(QStringLiteral("meta.helm.sh/release-name"));
    return annotated.isEmpty() ? labels.value(QStringLiteral("app.kubernetes.io/instance")) : annotated;
}

QString KubeObject::helmReleaseNamespace() const
{
    const QString annotated = annotations.value(QStringLiteral("meta.helm.sh/release-namespace"));
    return annotated.isEmpty() ? namespaceName : annotated;
}

Result<QList<KubeObject>> parseKubeObjectList(const QByteArray &json)
{
    const Result<QJsonObject> root = parseJsonObject(json, QStringLiteral("kubectl get"));
    if (!root)
        return root.error();
    QList<KubeObject> objects;
    const QJsonArray items = root->value(QStringLiteral("items")).toArray();
    objects.reserve(items.size());
    for (const QJsonValue &item : items)
        objects << parseItem(item.toObject());
    return objects;
}

} // namespace chartroom::kube
