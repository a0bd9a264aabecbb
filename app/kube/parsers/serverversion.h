#pragma once

#include "core/result.h"

#include <QString>

namespace chartroom::kube {

/// Parses `kubectl version -o json` for the server's gitVersion ("v1.33.0"). The output also
/// holds the client version; a missing serverVersion means the server did not answer.
[[nodiscard]] Result<QString> parseServerVersion(const QByteArray &json);

} // namespace chartroom::kube
