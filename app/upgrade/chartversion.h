#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace chartroom::upgrade {

/// One chart version a repository offers (`helm search repo NAME --versions -o json`).
struct ChartVersionEntry
{
    QString name; ///< "repo/chart"
    QString version;
    QString appVersion;
    QString description;
};

/// Semantic-version order (SemVer 2.0): a leading "v" is ignored, missing minor/patch count as 0,
/// a pre-release sorts before its release, build metadata is ignored. Strings that are not
/// versions sort before all versions and among themselves lexically. <0, 0, >0 like strcmp.
[[nodiscard]] int compareChartVersions(const QString &a, const QString &b);
[[nodiscard]] bool isPrerelease(const QString &version);

/// Parses `helm search repo … --versions -o json` (same shape in helm 3 and 4).
[[nodiscard]] Result<QList<ChartVersionEntry>> parseSearchVersions(const QByteArray &json);

/// Parses `helm show chart` (a Chart.yaml) into one entry named `name`; an error when it has no version.
[[nodiscard]] Result<ChartVersionEntry> parseShowChart(const QByteArray &yaml, const QString &name);

/// The newest version of `chart` ("repo/chart") above `current`, if any; pre-releases only when
/// `current` is one itself or `includePrereleases`.
[[nodiscard]] std::optional<ChartVersionEntry> upgradeAvailable(const QList<ChartVersionEntry> &versions, const QString &chart,
                                                                const QString &current, bool includePrereleases = false);

} // namespace chartroom::upgrade
