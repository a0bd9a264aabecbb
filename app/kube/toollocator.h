#pragma once

#include <QString>

namespace chartroom::kube {

/// Decides which helm or kubectl binary Chartroom runs.
///
/// Order: the path the user configured; the CHARTROOM_HELM / CHARTROOM_KUBECTL environment
/// variables; the first match on PATH; the pinned development binaries of the bootstrap
/// (`.tools/bin` of the source tree). Never a gcloud "dispatcher" kubectl silently: the
/// result is shown to the user with its version.
class ToolLocator final
{
public:
    /// Absolute path of `tool` ("helm" or "kubectl"), or empty when none is found.
    [[nodiscard]] static QString locate(const QString &tool, const QString &configuredPath = {});
    [[nodiscard]] static QString developmentToolsDir();
};

} // namespace chartroom::kube
