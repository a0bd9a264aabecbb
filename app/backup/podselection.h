#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace chartroom::backup {

/// The pod a command should run in, from `kubectl get pods -o json`: a Running pod whose
/// `container` (or, when empty, every container) is ready, not being deleted; the first by name,
/// so that StatefulSets use their ordinal 0 (usually the primary). Errors say what was found
/// instead ("2 pods match, none is running and ready: db-0 is Pending").
Result<QString> choosePod(const QByteArray &podListJson, const QString &container);

} // namespace chartroom::backup
