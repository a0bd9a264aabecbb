#include "fleet.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace chartroom::inventory {

namespace {

constexpr std::array rpoNames{
    std::pair{RpoState::NotApplicable, "not-applicable"}, std::pair{RpoState::NeverBackedUp, "never"},
    std::pair{RpoState::Ok, "ok"}, std::pair{RpoState::DueSoon, "due-soon"}, std::pair{RpoState::Breached, "breached"},
};

constexpr std::array reachabilityNames{
    std::pair{ContextStatus::Reachability::Unknown, "unknown"},
    std::pair{ContextStatus::Reachability::Reachable, "reachable"},
    std::pair{ContextStatus::Reachability::Unreachable, "unreachable"},
    std::pair{ContextStatus::Reachability::TimedOut, "timed-out"},
    std::pair{ContextStatus::Reachability::Unauthorized, "unauthorized"},
    std::pair{ContextStatus::Reachability::Forbidden, "forbidden"},
    std::pair{ContextStatus::Reachability::Error, "error"},
};

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonValue optionalSeconds(const std::optional<std::chrono::seconds> &value)
{
    return value ? QJsonValue(static_cast<qint64>(value->count())) : QJsonValue();
}

std::optional<std::chrono::seconds> secondsFrom(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return std::chrono::seconds(value.toInteger());
}

} // namespace

QString rpoStateName(RpoState state)
{
    for (const auto &[value, name] : rpoNames)
        if (value == state)
            return QString::fromLatin1(name);
    return {};
}

RpoState rpoStateFromName(const QString &name)
{
    for (const auto &[value, text] : rpoNames)
        if (name == QLatin1String(text))
            return value;
    return RpoState::NotApplicable;
}

QString rpoStateDisplayName(RpoState state)
{
    switch (state) {
    case RpoState::NotApplicable: return QCoreApplication::translate("RpoState", "Not applicable");
    case RpoState::NeverBackedUp: return QCoreApplication::translate("RpoState", "Never backed up");
    case RpoState::Ok: return QCoreApplication::translate("RpoState", "OK");
    case RpoState::DueSoon: return QCoreApplication::translate("RpoState", "Due soon");
    case RpoState::Breached: return QCoreApplication::translate("RpoState", "Breached");
    }
    return {};
}

RpoState computeRpoState(bool stateful, std::optional<std::chrono::seconds> rpo,
                         const std::optional<QDateTime> &lastVerifiedBackup, const QDateTime &now)
{
    if (!stateful)
        return RpoState::NotApplicable;
    if (!lastVerifiedBackup || !lastVerifiedBackup->isValid())
        return RpoState::NeverBackedUp;
    if (!rpo || rpo->count() <= 0)
        return RpoState::Ok; // backed up, and no target to miss
    const qint64 age = qMax<qint64>(0, lastVerifiedBackup->secsTo(now)); // clock skew: never negative
    if (age > rpo->count())
        return RpoState::Breached;
    if (age * 10 > rpo->count() * 8)
        return RpoState::DueSoon;
    return RpoState::Ok;
}

QString Release::key() const
{
    return context + QLatin1Char('/') + namespaceName + QLatin1Char('/') + name;
}

bool Release::isStuck(const QDateTime &now, std::chrono::seconds threshold) const
{
    return isPending() && updated.isValid() && updated.secsTo(now) > threshold.count();
}

bool Release::isHealthy() const
{
    if (status != QLatin1String("deployed"))
        return false;
    for (const Workload &workload : workloads)
        if (workload.ready < workload.desired)
            return false;
    return true;
}

QJsonObject Release::toJson() const
{
    QJsonArray workloadArray;
    for (const Workload &w : workloads)
        workloadArray.append(QJsonObject{{QStringLiteral("kind"), w.kind}, {QStringLiteral("name"), w.name},
                                         {QStringLiteral("desired"), w.desired}, {QStringLiteral("ready"), w.ready}});
    QJsonArray podArray;
    for (const Pod &p : pods)
        podArray.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("phase"), p.phase},
                                    {QStringLiteral("ready"), p.ready}, {QStringLiteral("restarts"), p.restarts}});
    QJsonArray volumeArray;
    for (const Volume &v : volumes)
        volumeArray.append(QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("phase"), v.phase},
                                       {QStringLiteral("capacity"), v.capacity}});
    QJsonArray drillArray;
    for (const DrillOutcome &drill : recentDrills)
        drillArray.append(drill.toJson());
    return QJsonObject{
        {QStringLiteral("context"), context},
        {QStringLiteral("namespace"), namespaceName},
        {QStringLiteral("name"), name},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("updated"), isoOrEmpty(updated)},
        {QStringLiteral("status"), status},
        {QStringLiteral("chart"), chart},
        {QStringLiteral("chartName"), chartName},
        {QStringLiteral("chartVersion"), chartVersion},
        {QStringLiteral("appVersion"), appVersion},
        {QStringLiteral("workloads"), workloadArray},
        {QStringLiteral("pods"), podArray},
        {QStringLiteral("volumes"), volumeArray},
        {QStringLiteral("replicasDesired"), replicasDesired},
        {QStringLiteral("replicasReady"), replicasReady},
        {QStringLiteral("profile"), profileId},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("tier"), tier ? QJsonValue(*tier) : QJsonValue()},
        {QStringLiteral("rtoSeconds"), optionalSeconds(rto)},
        {QStringLiteral("rpoSeconds"), optionalSeconds(rpo)},
        {QStringLiteral("stateful"), stateful},
        {QStringLiteral("lastVerifiedBackup"), lastVerifiedBackup ? QJsonValue(isoOrEmpty(*lastVerifiedBackup)) : QJsonValue()},
        {QStringLiteral("rpoState"), rpoStateName(rpoState)},
        {QStringLiteral("lastSuccessfulDrill"), lastSuccessfulDrill ? QJsonValue(isoOrEmpty(*lastSuccessfulDrill)) : QJsonValue()},
        {QStringLiteral("measuredRtoMs"), measuredRtoMs ? QJsonValue(*measuredRtoMs) : QJsonValue()},
        {QStringLiteral("rtoExceeded"), rtoExceeded},
        {QStringLiteral("lastDrillFailed"), lastDrillFailed},
        {QStringLiteral("recentDrills"), drillArray},
    };
}

Release Release::fromJson(const QJsonObject &json)
{
    Release r;
    r.context = json.value(QStringLiteral("context")).toString();
    r.namespaceName = json.value(QStringLiteral("namespace")).toString();
    r.name = json.value(QStringLiteral("name")).toString();
    r.revision = json.value(QStringLiteral("revision")).toInt();
    r.updated = fromIso(json.value(QStringLiteral("updated")));
    r.status = json.value(QStringLiteral("status")).toString();
    r.chart = json.value(QStringLiteral("chart")).toString();
    r.chartName = json.value(QStringLiteral("chartName")).toString();
    r.chartVersion = json.value(QStringLiteral("chartVersion")).toString();
    r.appVersion = json.value(QStringLiteral("appVersion")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("workloads")).toArray()) {
        const QJsonObject o = v.toObject();
        r.workloads << Workload{o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("desired")).toInt(), o.value(QStringLiteral("ready")).toInt()};
    }
    for (const QJsonValue &v : json.value(QStringLiteral("pods")).toArray()) {
        const QJsonObject o = v.toObject();
        r.pods << Pod{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("phase")).toString(),
                      o.value(QStringLiteral("ready")).toBool(), o.value(QStringLiteral("restarts")).toInt()};
    }
    for (const QJsonValue &v : json.value(QStringLiteral("volumes")).toArray()) {
        const QJsonObject o = v.toObject();
        r.volumes << Volume{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("phase")).toString(),
                            o.value(QStringLiteral("capacity")).toString()};
    }
    r.replicasDesired = json.value(QStringLiteral("replicasDesired")).toInt();
    r.replicasReady = json.value(QStringLiteral("replicasReady")).toInt();
    r.profileId = json.value(QStringLiteral("profile")).toString();
    r.displayName = json.value(QStringLiteral("displayName")).toString();
    if (json.value(QStringLiteral("tier")).isDouble())
        r.tier = json.value(QStringLiteral("tier")).toInt();
    r.rto = secondsFrom(json.value(QStringLiteral("rtoSeconds")));
    r.rpo = secondsFrom(json.value(QStringLiteral("rpoSeconds")));
    r.stateful = json.value(QStringLiteral("stateful")).toBool();
    const QDateTime backup = fromIso(json.value(QStringLiteral("lastVerifiedBackup")));
    if (backup.isValid())
        r.lastVerifiedBackup = backup;
    r.rpoState = rpoStateFromName(json.value(QStringLiteral("rpoState")).toString());
    const QDateTime drilled = fromIso(json.value(QStringLiteral("lastSuccessfulDrill")));
    if (drilled.isValid())
        r.lastSuccessfulDrill = drilled;
    if (const QJsonValue measured = json.value(QStringLiteral("measuredRtoMs")); measured.isDouble())
        r.measuredRtoMs = measured.toInteger();
    r.rtoExceeded = json.value(QStringLiteral("rtoExceeded")).toBool();
    r.lastDrillFailed = json.value(QStringLiteral("lastDrillFailed")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("recentDrills")).toArray())
        r.recentDrills << DrillOutcome::fromJson(v.toObject());
    return r;
}

bool applyDrills(Release &release, const QList<DrillOutcome> &drills)
{
    std::optional<QDateTime> lastGood;
    std::optional<qint64> measured;
    bool exceeded = false;
    QList<DrillOutcome> recent;
    for (qsizetype i = drills.size() - 1; i >= 0; --i) {
        const DrillOutcome &drill = drills.at(i);
        if (recent.size() < Release::RecentDrillCount)
            recent << drill;
        if (drill.ok && !lastGood) {
            lastGood = drill.finishedAt;
            measured = drill.durationMs;
            exceeded = drill.exceeds(release.rto);
        }
    }
    const bool lastFailed = !drills.isEmpty() && !drills.last().ok;
    if (lastGood == release.lastSuccessfulDrill && measured == release.measuredRtoMs && exceeded == release.rtoExceeded
        && lastFailed == release.lastDrillFailed && recent == release.recentDrills)
        return false;
    release.lastSuccessfulDrill = lastGood;
    release.measuredRtoMs = measured;
    release.rtoExceeded = exceeded;
    release.lastDrillFailed = lastFailed;
    release.recentDrills = recent;
    return true;
}

QString reachabilityName(ContextStatus::Reachability reachability)
{
    for (const auto &[value, name] : reachabilityNames)
        if (value == reachability)
            return QString::fromLatin1(name);
    return {};
}

QJsonObject ContextStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("cluster"), cluster},
        {QStringLiteral("server"), server},
        {QStringLiteral("defaultNamespace"), defaultNamespace},
        {QStringLiteral("reachability"), reachabilityName(reachability)},
        {QStringLiteral("serverVersion"), serverVersion},
        {QStringLiteral("error"), error},
        {QStringLiteral("forbiddenNamespaces"), QJsonArray::fromStringList(forbiddenNamespaces)},
        {QStringLiteral("scannedAt"), isoOrEmpty(scannedAt)},
        {QStringLiteral("releaseCount"), releaseCount},
    };
}

ContextStatus ContextStatus::fromJson(const QJsonObject &json)
{
    ContextStatus c;
    c.name = json.value(QStringLiteral("name")).toString();
    c.cluster = json.value(QStringLiteral("cluster")).toString();
    c.server = json.value(QStringLiteral("server")).toString();
    c.defaultNamespace = json.value(QStringLiteral("defaultNamespace")).toString();
    const QString reach = json.value(QStringLiteral("reachability")).toString();
    for (const auto &[value, name] : reachabilityNames)
        if (reach == QLatin1String(name))
            c.reachability = value;
    c.serverVersion = json.value(QStringLiteral("serverVersion")).toString();
    c.error = json.value(QStringLiteral("error")).toString();
    for (const QJsonValue &ns : json.value(QStringLiteral("forbiddenNamespaces")).toArray())
        c.forbiddenNamespaces << ns.toString();
    c.scannedAt = fromIso(json.value(QStringLiteral("scannedAt")));
    c.releaseCount = json.value(QStringLiteral("releaseCount")).toInt();
    return c;
}

QJsonObject Fleet::toJson() const
{
    QJsonArray contextArray;
    for (const ContextStatus &c : contexts)
        contextArray.append(c.toJson());
    QJsonArray releaseArray;
    for (const Release &r : releases)
        releaseArray.append(r.toJson());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("chartroom.fleet")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("scannedAt"), isoOrEmpty(scannedAt)},
        {QStringLiteral("contexts"), contextArray},
        {QStringLiteral("releases"), releaseArray},
    };
}

std::optional<Fleet> Fleet::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("chartroom.fleet")
        || json.value(QStringLiteral("version")).toInt() != FormatVersion)
        return std::nullopt;
    Fleet fleet;
    fleet.scannedAt = fromIso(json.value(QStringLiteral("scannedAt")));
    for (const QJsonValue &c : json.value(QStringLiteral("contexts")).toArray())
        fleet.contexts << ContextStatus::fromJson(c.toObject());
    const QJsonArray releases = json.value(QStringLiteral("releases")).toArray();
    fleet.releases.reserve(releases.size());
    for (const QJsonValue &r : releases)
        fleet.releases << Release::fromJson(r.toObject());
    return fleet;
}

} // namespace chartroom::inventory
