#include "backup/podselection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

Result<QString> choosePod(const QByteArray &podListJson, const QString &container)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(podListJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(u"backup.bad-pod-list"_s,
                         QObject::tr("kubectl's pod list is not valid JSON (%1).").arg(parseError.errorString()));
    QJsonArray items = document.object().value(u"items"_s).toArray();
    if (items.isEmpty())
        return makeError(u"backup.no-pod"_s, QObject::tr("no pod matches"));

    QStringList candidates;
    QStringList notReady;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject pod = value.toObject();
        const QJsonObject metadata = pod.value(u"metadata"_s).toObject();
        const QString name = metadata.value(u"name"_s).toString();
        const QJsonObject status = pod.value(u"status"_s).toObject();
        const QString phase = status.value(u"phase"_s).toString();
        if (metadata.contains(u"deletionTimestamp"_s)) {
            notReady.append(QObject::tr("%1 is terminating").arg(name));
            continue;
        }
        if (phase != u"Running") {
            notReady.append(QObject::tr("%1 is %2").arg(name, phase.isEmpty() ? QObject::tr("without a phase") : phase));
            continue;
        }
        bool ready = true;
        bool found = container.isEmpty();
        for (const QJsonValue &c : status.value(u"containerStatuses"_s).toArray()) {
            const QJsonObject cs = c.toObject();
            if (!container.isEmpty() && cs.value(u"name"_s).toString() != container)
                continue;
            found = true;
            ready = ready && cs.value(u"ready"_s).toBool();
        }
        // Pods without container statuses (as some test servers report) count as ready.
        if (!found && !status.value(u"containerStatuses"_s).toArray().isEmpty()) {
            notReady.append(QObject::tr("%1 has no container \"%2\"").arg(name, container));
            continue;
        }
        if (!ready) {
            notReady.append(QObject::tr("%1 is not ready").arg(name));
            continue;
        }
        candidates.append(name);
    }
    if (candidates.isEmpty())
        return makeError(u"backup.no-ready-pod"_s, QObject::tr("%n pod(s) match, none is running and ready: %1", nullptr,
                                                               static_cast<int>(items.size()))
                                                       .arg(notReady.join(u"; "_s)));
    std::sort(candidates.begin(), candidates.end());
    return candidates.first();
}

} // namespace chartroom::backup
