#pragma once

#include <QString>

namespace chartroom::kube {

/// What a failed helm or kubectl call says about the cluster behind it.
enum class ClusterProblem {
    None,
    Unreachable,   ///< connection refused, no route, DNS, TLS handshake
    TimedOut,      ///< the server did not answer in time
    Unauthorized,  ///< credentials rejected (401)
    Forbidden,     ///< authenticated but not allowed (403)
    NotFound,
    Other,
};

/// Reads a tool's stderr (helm 3, helm 4 and kubectl word things differently; case-insensitive).
[[nodiscard]] ClusterProblem classifyToolError(const QString &stderrText);
/// The tool's own message without its "Error: " / "error: " prefix, first meaningful line.
[[nodiscard]] QString toolErrorMessage(const QString &stderrText);

} // namespace chartroom::kube
