#include "upgrade/upgraderequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::upgrade", text);
}
} // namespace

QString strategyId(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Rolling: return u"rolling"_s;
    case Strategy::InPlace: return u"in-place"_s;
    case Strategy::MaintenanceWindow: return u"maintenance-window"_s;
    case Strategy::BlueGreen: return u"blue-green"_s;
    }
    return {};
}

std::optional<Strategy> strategyFromId(const QString &id)
{
    const QString s = id.trimmed().toLower();
    if (s == u"rolling")
        return Strategy::Rolling;
    if (s == u"in-place" || s == u"inplace")
        return Strategy::InPlace;
    if (s == u"maintenance-window" || s == u"maintenance")
        return Strategy::MaintenanceWindow;
    if (s == u"blue-green" || s == u"bluegreen")
        return Strategy::BlueGreen;
    return std::nullopt;
}

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Rolling: return tr("Rolling");
    case Strategy::InPlace: return tr("In-place (values only)");
    case Strategy::MaintenanceWindow: return tr("Maintenance window");
    case Strategy::BlueGreen: return tr("Blue-green");
    }
    return {};
}

QString valuesModeId(ValuesMode mode)
{
    switch (mode) {
    case ValuesMode::ReuseValues: return u"reuse-values"_s;
    case ValuesMode::ResetThenReuseValues: return u"reset-then-reuse-values"_s;
    case ValuesMode::ValuesFile: return u"values-file"_s;
    }
    return {};
}

QString valuesModeExplanation(ValuesMode mode)
{
    switch (mode) {
    case ValuesMode::ReuseValues:
        return tr("--reuse-values: the release keeps its current values merged with the OLD chart's defaults; defaults "
                  "that the new chart version adds or changes are NOT applied.");
    case ValuesMode::ResetThenReuseValues:
        return tr("--reset-then-reuse-values: the NEW chart's defaults apply, then your current values on top of them.");
    case ValuesMode::ValuesFile:
        return tr("--reset-values -f FILE: the NEW chart's defaults apply, then the file; values you set before and the "
                  "file does not repeat are dropped.");
    }
    return {};
}

bool valuesModeSupported(ValuesMode mode, const QVersionNumber &helmVersion)
{
    if (mode != ValuesMode::ResetThenReuseValues)
        return true;
    return QVersionNumber::compare(helmVersion, QVersionNumber(3, 14)) >= 0;
}

ValuesMode defaultValuesMode(const QVersionNumber &helmVersion)
{
    return valuesModeSupported(ValuesMode::ResetThenReuseValues, helmVersion) ? ValuesMode::ResetThenReuseValues
                                                                              : ValuesMode::ReuseValues;
}

QVersionNumber parseHelmVersion(const QString &text)
{
    static const QRegularExpression re(u"(\\d+)\\.(\\d+)(?:\\.(\\d+))?"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QVersionNumber(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

std::optional<ReleaseTarget> ReleaseTarget::fromKey(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return std::nullopt;
    ReleaseTarget target;
    target.context = parts[0];
    target.namespaceName = parts[1];
    target.name = parts[2];
    return target;
}

QJsonObject upgradeRequestToJson(const UpgradeRequest &request)
{
    const ReleaseTarget &r = request.release;
    return QJsonObject{
        {u"release"_s, QJsonObject{{u"context"_s, r.context}, {u"namespace"_s, r.namespaceName}, {u"name"_s, r.name},
                                   {u"chartName"_s, r.chartName}, {u"chartVersion"_s, r.chartVersion}, {u"revision"_s, r.revision},
                                   {u"status"_s, r.status}}},
        {u"source"_s, request.source.toJson()},
        {u"strategy"_s, strategyId(request.strategy)},
        {u"valuesMode"_s, valuesModeId(request.valuesMode)},
        {u"valuesFile"_s, request.valuesFile},
        {u"timeoutSeconds"_s, request.timeoutSeconds},
        {u"blockingRisks"_s, request.blockingRisks},
        {u"risksConfirmed"_s, request.risksConfirmed},
        {u"workloads"_s, QJsonArray::fromStringList(request.workloads)},
        {u"windowStart"_s, request.windowStart.isValid() ? request.windowStart.toUTC().toString(Qt::ISODate) : QString()},
        {u"services"_s, QJsonArray::fromStringList(request.services)},
        {u"observationSeconds"_s, request.observationSeconds},
    };
}

std::optional<UpgradeRequest> upgradeRequestFromJson(const QJsonObject &json)
{
    UpgradeRequest q;
    const QJsonObject r = json.value(u"release"_s).toObject();
    q.release.context = r.value(u"context"_s).toString();
    q.release.namespaceName = r.value(u"namespace"_s).toString();
    q.release.name = r.value(u"name"_s).toString();
    q.release.chartName = r.value(u"chartName"_s).toString();
    q.release.chartVersion = r.value(u"chartVersion"_s).toString();
    q.release.revision = r.value(u"revision"_s).toInt();
    q.release.status = r.value(u"status"_s).toString();
    const auto source = ChartSource::fromJson(json.value(u"source"_s).toObject());
    const auto strategy = strategyFromId(json.value(u"strategy"_s).toString());
    if (q.release.context.isEmpty() || q.release.namespaceName.isEmpty() || q.release.name.isEmpty() || !source || !strategy)
        return std::nullopt;
    q.source = *source;
    q.strategy = *strategy;
    const QString mode = json.value(u"valuesMode"_s).toString();
    for (ValuesMode m : {ValuesMode::ReuseValues, ValuesMode::ResetThenReuseValues, ValuesMode::ValuesFile})
        if (valuesModeId(m) == mode)
            q.valuesMode = m;
    q.valuesFile = json.value(u"valuesFile"_s).toString();
    q.timeoutSeconds = json.value(u"timeoutSeconds"_s).toInt(600);
    q.blockingRisks = json.value(u"blockingRisks"_s).toBool();
    q.risksConfirmed = json.value(u"risksConfirmed"_s).toBool();
    auto strings = [&json](const QString &key) {
        QStringList out;
        for (const QJsonValue &v : json.value(key).toArray())
            out << v.toString();
        return out;
    };
    q.workloads = strings(u"workloads"_s);
    q.services = strings(u"services"_s);
    q.windowStart = QDateTime::fromString(json.value(u"windowStart"_s).toString(), Qt::ISODate);
    q.observationSeconds = json.value(u"observationSeconds"_s).toInt();
    return q;
}

} // namespace chartroom::upgrade
