#include "drillrecord.h"

#include "backuprepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QJsonObject DrillRecord::toJson() const
{
    QJsonObject object{{u"releaseKey"_s, releaseKey},
                       {u"backupId"_s, backupId},
                       {u"startedAt"_s, timeText(startedAt)},
                       {u"finishedAt"_s, timeText(finishedAt)},
                       {u"durationMs"_s, durationMs},
                       {u"ok"_s, ok},
                       {u"error"_s, error}};
    object.insert(u"rtoSeconds"_s, rtoSeconds ? QJsonValue(*rtoSeconds) : QJsonValue(QJsonValue::Null));
    return object;
}

DrillRecord DrillRecord::fromJson(const QJsonObject &object)
{
    DrillRecord record;
    record.releaseKey = object.value(u"releaseKey"_s).toString();
    record.backupId = object.value(u"backupId"_s).toString();
    record.startedAt = timeFrom(object.value(u"startedAt"_s));
    record.finishedAt = timeFrom(object.value(u"finishedAt"_s));
    record.durationMs = object.value(u"durationMs"_s).toInteger();
    record.ok = object.value(u"ok"_s).toBool();
    record.error = object.value(u"error"_s).toString();
    if (const QJsonValue rto = object.value(u"rtoSeconds"_s); rto.isDouble())
        record.rtoSeconds = rto.toInteger();
    return record;
}

QString drillsFilePath(const QString &repositoryRoot)
{
    return repositoryRoot + u"/drills.json"_s;
}

QList<DrillRecord> loadDrills(const QString &repositoryRoot)
{
    QFile file(drillsFilePath(repositoryRoot));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).object().value(u"drills"_s).toArray();
    QList<DrillRecord> drills;
    drills.reserve(items.size());
    for (const QJsonValue &item : items)
        drills.append(DrillRecord::fromJson(item.toObject()));
    return drills;
}

Result<void> appendDrill(const QString &repositoryRoot, const DrillRecord &record)
{
    QList<DrillRecord> drills = loadDrills(repositoryRoot);
    drills.append(record);
    // Keep the newest MaxPerRelease of each release: count from the end.
    QHash<QString, int> seen;
    QList<DrillRecord> kept;
    for (qsizetype i = drills.size() - 1; i >= 0; --i)
        if (++seen[drills.at(i).releaseKey] <= DrillRecord::MaxPerRelease)
            kept.prepend(drills.at(i));
    QJsonArray items;
    for (const DrillRecord &drill : std::as_const(kept))
        items.append(drill.toJson());
    const QJsonObject document{{u"formatVersion"_s, 1}, {u"drills"_s, items}};
    return BackupRepository::writeFileAtomically(drillsFilePath(repositoryRoot), QJsonDocument(document).toJson());
}

std::optional<DrillRecord> lastSuccessfulDrill(const QString &repositoryRoot, const QString &releaseKey)
{
    const QList<DrillRecord> drills = loadDrills(repositoryRoot);
    for (qsizetype i = drills.size() - 1; i >= 0; --i)
        if (drills.at(i).ok && drills.at(i).releaseKey == releaseKey)
            return drills.at(i);
    return std::nullopt;
}

} // namespace chartroom::backup
