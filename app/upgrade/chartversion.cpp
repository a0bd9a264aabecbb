#include "upgrade/chartversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {

struct SemVer
{
    bool valid = false;
    qlonglong major = 0, minor = 0, patch = 0;
    QStringList prerelease;
};

SemVer parse(const QString &text)
{
    static const QRegularExpression re(u"^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    SemVer v;
    if (!m.hasMatch())
        return v;
    v.valid = true;
    v.major = m.captured(1).toLongLong();
    v.minor = m.captured(2).toLongLong();
    v.patch = m.captured(3).toLongLong();
    if (!m.captured(4).isEmpty())
        v.prerelease = m.captured(4).split(u'.');
    return v;
}

int compareIdentifier(const QString &a, const QString &b)
{
    bool aNum = false, bNum = false;
    const qlonglong an = a.toLongLong(&aNum);
    const qlonglong bn = b.toLongLong(&bNum);
    if (aNum && bNum)
        return an < bn ? -1 : (an > bn ? 1 : 0);
    if (aNum != bNum)
        return aNum ? -1 : 1; // numeric identifiers have lower precedence
    return a.compare(b);
}

} // namespace

int compareChartVersions(const QString &a, const QString &b)
{
    const SemVer x = parse(a);
    const SemVer y = parse(b);
    if (!x.valid || !y.valid) {
        if (x.valid != y.valid)
            return x.valid ? 1 : -1;
        return a.compare(b);
    }
    for (auto [p, q] : {std::pair{x.major, y.major}, std::pair{x.minor, y.minor}, std::pair{x.patch, y.patch}})
        if (p != q)
            return p < q ? -1 : 1;
    if (x.prerelease.isEmpty() || y.prerelease.isEmpty())
        return x.prerelease.isEmpty() == y.prerelease.isEmpty() ? 0 : (x.prerelease.isEmpty() ? 1 : -1);
    for (qsizetype i = 0; i < qMin(x.prerelease.size(), y.prerelease.size()); ++i)
        if (const int c = compareIdentifier(x.prerelease[i], y.prerelease[i]); c != 0)
            return c < 0 ? -1 : 1;
    return x.prerelease.size() == y.prerelease.size() ? 0 : (x.prerelease.size() < y.prerelease.size() ? -1 : 1);
}

bool isPrerelease(const QString &version)
{
    return !parse(version).prerelease.isEmpty();
}

Result<QList<ChartVersionEntry>> parseSearchVersions(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(u"parse"_s, u"helm search repo: not a JSON array"_s, error.errorString());
    QList<ChartVersionEntry> entries;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        ChartVersionEntry entry{o.value(u"name"_s).toString(), o.value(u"version"_s).toString(),
                                o.value(u"app_version"_s).toString(), o.value(u"description"_s).toString()};
        if (!entry.name.isEmpty() && !entry.version.isEmpty())
            entries.append(entry);
    }
    return entries;
}

Result<ChartVersionEntry> parseShowChart(const QByteArray &yaml, const QString &name)
{
    try {
        const YAML::Node chart = YAML::Load(yaml.toStdString());
        const auto field = [&chart](const char *key) {
            const YAML::Node node = chart.IsMap() ? chart[key] : YAML::Node();
            return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
        };
        ChartVersionEntry entry{name, field("version"), field("appVersion"), field("description")};
        if (entry.version.isEmpty())
            return makeError(u"parse"_s, u"helm show chart: no version in the chart's Chart.yaml"_s);
        return entry;
    } catch (const YAML::Exception &e) {
        return makeError(u"parse"_s, u"helm show chart: not YAML"_s, QString::fromStdString(e.what()));
    }
}

std::optional<ChartVersionEntry> upgradeAvailable(const QList<ChartVersionEntry> &versions, const QString &chart,
                                                  const QString &current, bool includePrereleases)
{
    const bool allowPre = includePrereleases || isPrerelease(current);
    std::optional<ChartVersionEntry> best;
    for (const ChartVersionEntry &entry : versions) {
        if (entry.name != chart || (!allowPre && isPrerelease(entry.version)))
            continue;
        if (compareChartVersions(entry.version, current) <= 0)
            continue;
        if (!best || compareChartVersions(entry.version, best->version) > 0)
            best = entry;
    }
    return best;
}

} // namespace chartroom::upgrade
