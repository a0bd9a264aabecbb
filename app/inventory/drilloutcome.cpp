#include "drilloutcome.h"

#include <QJsonValue>

namespace chartroom::inventory {

bool DrillOutcome::exceeds(std::optional<std::chrono::seconds> target) const
{
    const std::optional<qint64> seconds = target ? std::optional<qint64>(target->count()) : rtoSeconds;
    return seconds && durationMs > *seconds * 1000;
}

QJsonObject DrillOutcome::toJson() const
{
    return QJsonObject{
        {QStringLiteral("finishedAt"), finishedAt.isValid() ? finishedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("backupId"), backupId},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("error"), error},
        {QStringLiteral("rtoSeconds"), rtoSeconds ? QJsonValue(*rtoSeconds) : QJsonValue()},
    };
}

DrillOutcome DrillOutcome::fromJson(const QJsonObject &json)
{
    DrillOutcome drill;
    const QDateTime finished = QDateTime::fromString(json.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    drill.finishedAt = finished.isValid() ? finished.toUTC() : QDateTime();
    drill.backupId = json.value(QStringLiteral("backupId")).toString();
    drill.durationMs = json.value(QStringLiteral("durationMs")).toInteger();
    drill.ok = json.value(QStringLiteral("ok")).toBool();
    drill.error = json.value(QStringLiteral("error")).toString();
    if (const QJsonValue rto = json.value(QStringLiteral("rtoSeconds")); rto.isDouble())
        drill.rtoSeconds = rto.toInteger();
    return drill;
}

} // namespace chartroom::inventory
