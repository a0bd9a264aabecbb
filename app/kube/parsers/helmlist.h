#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chartroom::kube {

/// One release as `helm list -o json` reports it (helm 3 and helm 4 print the same fields).
struct HelmReleaseSummary
{
    QString name;
    QString namespaceName;
    int revision = 0;
    QDateTime updated;      ///< UTC; invalid when helm printed something unreadable
    QString status;         ///< deployed, failed, pending-install, pending-upgrade, ...
    QString chart;          ///< the raw chart field, e.g. "postgresql-0.4.0"
    QString chartName;      ///< "postgresql"
    QString chartVersion;   ///< "0.4.0"; empty when the chart field carries no version
    QString appVersion;
};

/// Splits helm's chart field into name and version: the version is the part after the first
/// dash that starts a SemVer 2 version, so "kube-prometheus-stack-61.3.2" gives
/// ("kube-prometheus-stack", "61.3.2") and "app-2-1.0.0-rc.1" gives ("app-2", "1.0.0-rc.1").
struct ChartNameVersion
{
    QString name;
    QString version;
};
[[nodiscard]] ChartNameVersion splitChartField(const QString &chart);

/// Parses Go's time.String() form that helm uses ("2024-05-01 10:20:30.123456789 +0200 CEST").
[[nodiscard]] QDateTime parseGoTime(const QString &text);

/// Parses `helm list -A -o json`. Entries without a name are skipped; missing fields stay empty.
[[nodiscard]] Result<QList<HelmReleaseSummary>> parseHelmList(const QByteArray &json);

} // namespace chartroom::kube
