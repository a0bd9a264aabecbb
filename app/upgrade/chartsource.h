#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace chartroom::upgrade {

/// Where a release's chart comes from. Helm does not record it, so Chartroom remembers it once
/// known (ReleaseSourceStore) and asks the source for newer versions.
///
/// Contract: plain value; chartArgument() + sourceArguments() are what helm gets (`helm upgrade
/// NAME <chartArgument> [--version V] [--plain-http]`), never a shell string.
struct ChartSource
{
    enum class Kind { Repository, Oci, Local };

    Kind kind = Kind::Repository;
    QString repository;    ///< Repository: the repo alias, e.g. "sb-charts"
    QString repositoryUrl; ///< Repository: its URL when known (for `helm repo add`)
    QString chart;         ///< Repository: the chart name in the repo
    QString reference;     ///< Oci: "oci://host/path/chart"; Local: a chart directory or .tgz archive
    QString version;       ///< the requested chart version; empty: the newest
    bool plainHttp = false; ///< Oci: the registry speaks plain HTTP (helm's --plain-http), e.g. a local one

    /// "oci://…" → Oci; "/path", "./path", "…tgz", or an existing path → Local; "repo/chart" → Repository.
    /// nullopt for anything else (a bare name cannot be resolved).
    static std::optional<ChartSource> fromReference(const QString &reference);

    [[nodiscard]] QString chartArgument() const;
    /// `--version V` when a version is requested (a local chart has its own version: none).
    [[nodiscard]] QStringList versionArguments() const;
    /// versionArguments(), and `--plain-http` for an OCI registry that speaks plain HTTP.
    [[nodiscard]] QStringList sourceArguments() const;
    /// "sb-charts/memcached 0.4.0", "oci://… 1.2.3", "/path/to/chart".
    [[nodiscard]] QString displayName() const;

    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<ChartSource> fromJson(const QJsonObject &json);

    friend bool operator==(const ChartSource &, const ChartSource &) = default;
};

[[nodiscard]] QString chartSourceKindId(ChartSource::Kind kind);

} // namespace chartroom::upgrade
