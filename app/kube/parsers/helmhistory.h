#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chartroom::kube {

/// One revision as `helm history -o json` reports it (same shape in helm 3 and helm 4).
struct HelmRevision
{
    int revision = 0;
    QDateTime updated;
    QString status;
    QString chart;
    QString appVersion;
    QString description;
};

/// Parses `helm history NAME -o json`; revisions in helm's order (oldest first).
[[nodiscard]] Result<QList<HelmRevision>> parseHelmHistory(const QByteArray &json);

} // namespace chartroom::kube
