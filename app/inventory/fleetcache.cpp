#include "fleetcache.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

namespace chartroom::inventory {

FleetCache::FleetCache(QString path)
    : m_path(std::move(path))
{
}

bool FleetCache::saveNow(const Fleet &fleet, QString *error) const
{
    return saveNow(fleet.toJson(), error);
}

bool FleetCache::saveNow(const QJsonObject &fleetJson, QString *error) const
{
    QSaveFile file(m_path);
    const QByteArray json = QJsonDocument(fleetJson).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcKube) << "cannot write the fleet cache" << m_path << file.errorString();
        return false;
    }
    return true;
}

void FleetCache::save(const Fleet &fleet) const
{
    QThreadPool::globalInstance()->start([cache = *this, fleet] { cache.saveNow(fleet); });
}

std::optional<Fleet> FleetCache::loadNow(QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.exists() ? file.errorString() : QString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("FleetCache", "The fleet cache is damaged: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    std::optional<Fleet> fleet = Fleet::fromJson(doc.object());
    if (!fleet && error)
        *error = QCoreApplication::translate("FleetCache", "The fleet cache is from another version of Chartroom");
    return fleet;
}

void FleetCache::loadAsync(QObject *context, std::function<void(std::optional<Fleet>)> done) const
{
    QThreadPool::globalInstance()->start([cache = *this, context = QPointer<QObject>(context), done = std::move(done)] {
        QString error;
        std::optional<Fleet> fleet = cache.loadNow(&error);
        if (!error.isEmpty())
            qCWarning(lcKube) << error;
        if (context)
            QMetaObject::invokeMethod(context.data(), [done, fleet] { done(fleet); }, Qt::QueuedConnection);
    });
}

} // namespace chartroom::inventory
