#include "drillrecord.h"

#include "backuprepository.h"

#include <QCoreApplication>
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
    // The outcome's fields plus which release and when it started: one format for both.
    QJsonObject object = outcome().toJson();
    object.insert(u"releaseKey"_s, releaseKey);
    object.insert(u"startedAt"_s, timeText(startedAt));
    return object;
}

DrillRecord DrillRecord::fromJson(const QJsonObject &object)
{
    const inventory::DrillOutcome drill = inventory::DrillOutcome::fromJson(object);
    DrillRecord record;
    record.releaseKey = object.value(u"releaseKey"_s).toString();
    record.backupId = drill.backupId;
    record.startedAt = timeFrom(object.value(u"startedAt"_s));
    record.finishedAt = drill.finishedAt;
    record.durationMs = drill.durationMs;
    record.ok = drill.ok;
    record.error = drill.error;
    record.rtoSeconds = drill.rtoSeconds;
    return record;
}

inventory::DrillOutcome DrillRecord::outcome() const
{
    inventory::DrillOutcome drill;
    drill.finishedAt = finishedAt;
    drill.backupId = backupId;
    drill.durationMs = durationMs;
    drill.ok = ok;
    drill.error = error;
    drill.rtoSeconds = rtoSeconds;
    return drill;
}

QString drillsFilePath(const QString &repositoryRoot)
{
    return repositoryRoot + u"/drills.json"_s;
}

Result<QList<DrillRecord>> readDrills(const QString &repositoryRoot)
{
    const QString path = drillsFilePath(repositoryRoot);
    QFile file(path);
    if (!file.exists())
        return QList<DrillRecord>{};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"drills.unreadable"_s,
                         QCoreApplication::translate("DrillRecord", "cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(u"drills.malformed"_s,
                         QCoreApplication::translate("DrillRecord", "%1 is not valid JSON (%2 at byte %3); it was left as it is")
                             .arg(path, parseError.errorString())
                             .arg(parseError.offset));
    if (!document.isObject() || !document.object().value(u"drills"_s).isArray())
        return makeError(u"drills.malformed"_s,
                         QCoreApplication::translate("DrillRecord", "%1 has no list of drills; it was left as it is").arg(path));
    const QJsonArray items = document.object().value(u"drills"_s).toArray();
    QList<DrillRecord> drills;
    drills.reserve(items.size());
    for (const QJsonValue &item : items)
        drills.append(DrillRecord::fromJson(item.toObject()));
    return drills;
}

QList<DrillRecord> loadDrills(const QString &repositoryRoot)
{
    return readDrills(repositoryRoot).valueOr({});
}

Result<void> appendDrill(const QString &repositoryRoot, const DrillRecord &record)
{
    auto read = readDrills(repositoryRoot);
    if (!read)
        return read.error();
    QList<DrillRecord> drills = std::move(read).value();
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
