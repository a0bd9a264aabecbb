#include "helmlist.h"

#include "jsonsupport.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace chartroom::kube {

ChartNameVersion splitChartField(const QString &chart)
{
    static const QRegularExpression semver(QStringLiteral(
        "^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"));
    for (qsizetype dash = chart.indexOf(QLatin1Char('-')); dash > 0; dash = chart.indexOf(QLatin1Char('-'), dash + 1)) {
        const QString candidate = chart.mid(dash + 1);
        if (semver.match(candidate).hasMatch())
            return {chart.left(dash), candidate};
    }
    return {chart, {}};
}

QDateTime parseGoTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))? ([+-])(\\d{2})(\\d{2})"));
    const QRegularExpressionMatch match = re.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    const QString fraction = match.captured(3);
    if (!fraction.isEmpty())
        time = time.addMSecs(fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt());
    const int offsetSeconds = (match.captured(5).toInt() * 3600 + match.captured(6).toInt() * 60)
                              * (match.captured(4) == QLatin1String("-") ? -1 : 1);
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

Result<QList<HelmReleaseSummary>> parseHelmList(const QByteArray &json)
{
    const Result<QJsonArray> array = parseJsonArray(json, QStringLiteral("helm list"));
    if (!array)
        return array.error();
    QList<HelmReleaseSummary> releases;
    releases.reserve(array->size());
    for (const QJsonValue &value : *array) {
        const QJsonObject object = value.toObject();
        HelmReleaseSummary release;
        release.name = object.value(QStringLiteral("name")).toString();
        if (release.name.isEmpty())
            continue;
        release.namespaceName = object.value(QStringLiteral("namespace")).toString();
        // helm prints the revision as a string; accept a number too.
        const QJsonValue revision = object.value(QStringLiteral("revision"));
        release.revision = revision.isString() ? revision.toString().toInt() : revision.toInt();
        release.updated = parseGoTime(object.value(QStringLiteral("updated")).toString());
        release.status = object.value(QStringLiteral("status")).toString();
        release.chart = object.value(QStringLiteral("chart")).toString();
        const ChartNameVersion split = splitChartField(release.chart);
        release.chartName = split.name;
        release.chartVersion = split.version;
        release.appVersion = object.value(QStringLiteral("app_version")).toString();
        releases << release;
    }
    return releases;
}

} // namespace chartroom::kube
