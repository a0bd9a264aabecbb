#include "upgrade/upgraderequest.h"

#include <QCoreApplication>
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

} // namespace chartroom::upgrade
