#include "upgrade/upgradecheckpoint.h"

#include "core/apppaths.h"
#include "upgrade/jsonfile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

QJsonObject UpgradeCheckpoint::toJson() const
{
    return QJsonObject{
        {u"release"_s, release},
        {u"operation"_s, operation},
        {u"strategy"_s, strategy},
        {u"fromRevision"_s, fromRevision},
        {u"toRevision"_s, toRevision},
        {u"fromChart"_s, fromChart},
        {u"toChart"_s, toChart},
        {u"backupId"_s, backupId},
        {u"backupSkipped"_s, backupSkipped},
        {u"outcome"_s, outcome},
        {u"error"_s, error},
        {u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"durationMs"_s, durationMs},
    };
}

UpgradeCheckpoint UpgradeCheckpoint::fromJson(const QJsonObject &json)
{
    UpgradeCheckpoint c;
    c.release = json.value(u"release"_s).toString();
    c.operation = json.value(u"operation"_s).toString();
    c.strategy = json.value(u"strategy"_s).toString();
    c.fromRevision = json.value(u"fromRevision"_s).toInt();
    c.toRevision = json.value(u"toRevision"_s).toInt();
    c.fromChart = json.value(u"fromChart"_s).toString();
    c.toChart = json.value(u"toChart"_s).toString();
    c.backupId = json.value(u"backupId"_s).toString();
    c.backupSkipped = json.value(u"backupSkipped"_s).toBool();
    c.outcome = json.value(u"outcome"_s).toString();
    c.error = json.value(u"error"_s).toString();
    c.startedAt = QDateTime::fromString(json.value(u"startedAt"_s).toString(), Qt::ISODateWithMs);
    c.durationMs = json.value(u"durationMs"_s).toInteger();
    return c;
}

UpgradeCheckpointStore::UpgradeCheckpointStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString UpgradeCheckpointStore::defaultPath()
{
    return AppPaths::dataDir() + u"/upgrade-checkpoints.json"_s;
}

Result<void> UpgradeCheckpointStore::append(const UpgradeCheckpoint &checkpoint) const
{
    Result<QJsonObject> root = readJsonObject(m_filePath);
    if (!root)
        return root.error();
    QJsonObject releases = root->value(u"releases"_s).toObject();
    QJsonArray list = releases.value(checkpoint.release).toArray();
    list.append(checkpoint.toJson());
    releases.insert(checkpoint.release, list);
    return writeJsonObject(m_filePath, QJsonObject{{u"version"_s, 1}, {u"releases"_s, releases}});
}

Result<QList<UpgradeCheckpoint>> UpgradeCheckpointStore::list(const QString &releaseKey) const
{
    const Result<QJsonObject> root = readJsonObject(m_filePath);
    if (!root)
        return root.error();
    QList<UpgradeCheckpoint> out;
    for (const QJsonValue &v : root->value(u"releases"_s).toObject().value(releaseKey).toArray())
        out.append(UpgradeCheckpoint::fromJson(v.toObject()));
    return out;
}

} // namespace chartroom::upgrade
