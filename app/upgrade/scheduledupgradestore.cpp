#include "upgrade/scheduledupgradestore.h"

#include "core/apppaths.h"
#include "upgrade/jsonfile.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

ScheduledUpgradeStore::ScheduledUpgradeStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString ScheduledUpgradeStore::defaultPath()
{
    return AppPaths::stateDir() + u"/scheduled-upgrades.json"_s;
}

Result<QList<ScheduledUpgrade>> ScheduledUpgradeStore::list() const
{
    const Result<QJsonObject> root = readJsonObject(m_filePath);
    if (!root)
        return root.error();
    QList<ScheduledUpgrade> items;
    for (const QJsonValue &v : root->value(u"scheduled"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const auto request = upgradeRequestFromJson(o.value(u"request"_s).toObject());
        if (!request)
            continue;
        items.append({o.value(u"id"_s).toString(), QDateTime::fromString(o.value(u"createdAt"_s).toString(), Qt::ISODate), *request,
                      QDateTime::fromString(o.value(u"missedAt"_s).toString(), Qt::ISODate)});
    }
    return items;
}

Result<void> ScheduledUpgradeStore::write(const QList<ScheduledUpgrade> &items) const
{
    QJsonArray array;
    for (const ScheduledUpgrade &s : items) {
        QJsonObject o{{u"id"_s, s.id}, {u"createdAt"_s, s.createdAt.toUTC().toString(Qt::ISODate)}, {u"request"_s, upgradeRequestToJson(s.request)}};
        if (s.missedAt.isValid())
            o.insert(u"missedAt"_s, s.missedAt.toUTC().toString(Qt::ISODate));
        array.append(o);
    }
    return writeJsonObject(m_filePath, QJsonObject{{u"version"_s, 1}, {u"scheduled"_s, array}});
}

Result<QString> ScheduledUpgradeStore::add(const UpgradeRequest &request, const QDateTime &now) const
{
    Result<QList<ScheduledUpgrade>> items = list();
    if (!items)
        return items.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    items.value().append({id, now, request, {}});
    if (const Result<void> written = write(*items); !written)
        return written.error();
    return id;
}

Result<void> ScheduledUpgradeStore::remove(const QString &id) const
{
    Result<QList<ScheduledUpgrade>> items = list();
    if (!items)
        return items.error();
    items.value().removeIf([&id](const ScheduledUpgrade &s) { return s.id == id; });
    return write(*items);
}

Result<QList<ScheduledUpgrade>> ScheduledUpgradeStore::missed(const QDateTime &now) const
{
    Result<QList<ScheduledUpgrade>> items = list();
    if (!items)
        return items.error();
    QList<ScheduledUpgrade> out;
    for (const ScheduledUpgrade &s : *items)
        if (s.request.windowStart.isValid() && s.request.windowStart <= now)
            out.append(s);
    return out;
}

Result<QList<ScheduledUpgrade>> ScheduledUpgradeStore::untold(const QDateTime &now) const
{
    Result<QList<ScheduledUpgrade>> items = missed(now);
    if (items)
        items.value().removeIf([](const ScheduledUpgrade &s) { return s.missedAt.isValid(); });
    return items;
}

Result<void> ScheduledUpgradeStore::markMissed(const QStringList &ids, const QDateTime &at) const
{
    Result<QList<ScheduledUpgrade>> items = list();
    if (!items)
        return items.error();
    for (ScheduledUpgrade &s : items.value())
        if (ids.contains(s.id) && !s.missedAt.isValid())
            s.missedAt = at;
    return write(*items);
}

} // namespace chartroom::upgrade
