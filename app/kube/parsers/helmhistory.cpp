#include "helmhistory.h"

#include "jsonsupport.h"

#include <QRegularExpression>

namespace chartroom::kube {

Result<QList<HelmRevision>> parseHelmHistory(const QByteArray &json)
{
    const Result<QJsonArray> array = parseJsonArray(json, QStringLiteral("helm history"));
    if (!array)
        return array.error();
    QList<HelmRevision> revisions;
    for (const QJsonValue &value : *array) {
        const QJsonObject object = value.toObject();
        HelmRevision revision;
        const QJsonValue number = object.value(QStringLiteral("revision"));
        revision.revision = number.isString() ? number.toString().toInt() : number.toInt();
        if (revision.revision <= 0)
            continue;
        // helm history prints RFC 3339 with nanoseconds ("2026-07-29T04:20:02.286787987Z").
        QString updated = object.value(QStringLiteral("updated")).toString();
        static const QRegularExpression nanos(QStringLiteral("(\\.\\d{3})\\d+"));
        updated.replace(nanos, QStringLiteral("\\1"));
        revision.updated = QDateTime::fromString(updated, Qt::ISODateWithMs).toUTC();
        revision.status = object.value(QStringLiteral("status")).toString();
        revision.chart = object.value(QStringLiteral("chart")).toString();
        revision.appVersion = object.value(QStringLiteral("app_version")).toString();
        revision.description = object.value(QStringLiteral("description")).toString();
        revisions << revision;
    }
    return revisions;
}

} // namespace chartroom::kube
