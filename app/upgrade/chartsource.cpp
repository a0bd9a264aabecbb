#include "upgrade/chartsource.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

QString chartSourceKindId(ChartSource::Kind kind)
{
    switch (kind) {
    case ChartSource::Kind::Repository: return u"repository"_s;
    case ChartSource::Kind::Oci: return u"oci"_s;
    case ChartSource::Kind::Local: return u"local"_s;
    }
    return {};
}

std::optional<ChartSource> ChartSource::fromReference(const QString &reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return std::nullopt;
    ChartSource source;
    if (ref.startsWith(u"oci://")) {
        source.kind = Kind::Oci;
        source.reference = ref;
        return source;
    }
    if (ref.startsWith(u'/') || ref.startsWith(u"./") || ref.startsWith(u"../") || ref.endsWith(u".tgz")
        || QFileInfo::exists(ref)) {
        source.kind = Kind::Local;
        source.reference = QFileInfo(ref).absoluteFilePath();
        return source;
    }
    const QStringList parts = ref.split(u'/');
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    source.kind = Kind::Repository;
    source.repository = parts[0];
    source.chart = parts[1];
    return source;
}

QString ChartSource::chartArgument() const
{
    return kind == Kind::Repository ? repository + u'/' + chart : reference;
}

QStringList ChartSource::versionArguments() const
{
    if (version.isEmpty() || kind == Kind::Local)
        return {};
    return {u"--version"_s, version};
}

QStringList ChartSource::sourceArguments() const
{
    QStringList arguments = versionArguments();
    if (kind == Kind::Oci && plainHttp)
        arguments << u"--plain-http"_s;
    return arguments;
}

QString ChartSource::displayName() const
{
    return version.isEmpty() || kind == Kind::Local ? chartArgument() : chartArgument() + u' ' + version;
}

QJsonObject ChartSource::toJson() const
{
    QJsonObject json{{u"kind"_s, chartSourceKindId(kind)}};
    auto put = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    put(u"repository"_s, repository);
    put(u"repositoryUrl"_s, repositoryUrl);
    put(u"chart"_s, chart);
    put(u"reference"_s, reference);
    put(u"version"_s, version);
    if (kind == Kind::Oci && plainHttp)
        json.insert(u"plainHttp"_s, true);
    return json;
}

std::optional<ChartSource> ChartSource::fromJson(const QJsonObject &json)
{
    ChartSource source;
    const QString kind = json.value(u"kind"_s).toString();
    if (kind == u"repository")
        source.kind = Kind::Repository;
    else if (kind == u"oci")
        source.kind = Kind::Oci;
    else if (kind == u"local")
        source.kind = Kind::Local;
    else
        return std::nullopt;
    source.repository = json.value(u"repository"_s).toString();
    source.repositoryUrl = json.value(u"repositoryUrl"_s).toString();
    source.chart = json.value(u"chart"_s).toString();
    source.reference = json.value(u"reference"_s).toString();
    source.version = json.value(u"version"_s).toString();
    source.plainHttp = source.kind == Kind::Oci && json.value(u"plainHttp"_s).toBool();
    if (source.kind == Kind::Repository ? (source.repository.isEmpty() || source.chart.isEmpty()) : source.reference.isEmpty())
        return std::nullopt;
    return source;
}

} // namespace chartroom::upgrade
