#pragma once

#include "core/result.h"

#include <QString>
#include <QVersionNumber>

namespace chartroom::kube {

/// What Chartroom knows about one external tool (helm or kubectl).
struct ToolInfo
{
    QString name;           ///< "helm" or "kubectl"
    QString path;           ///< absolute path of the binary that will be run; empty if not found
    QVersionNumber version; ///< e.g. 3.17.3; null until probed
    QString versionText;    ///< as the tool printed it, e.g. "v3.17.3+ge4da497"
    QString error;          ///< why the tool is unusable, when it is

    [[nodiscard]] bool isUsable() const { return !path.isEmpty() && !version.isNull() && error.isEmpty(); }
    [[nodiscard]] int majorVersion() const { return version.majorVersion(); }
    /// "helm 3.17.3", or "helm: not found".
    [[nodiscard]] QString summary() const;
};

/// Parses `helm version --short` ("v3.17.3+ge4da497", "v4.1.4+g05fa379").
[[nodiscard]] Result<QVersionNumber> parseHelmVersion(const QByteArray &output);
/// Parses `kubectl version --client -o json` ({"clientVersion": {"gitVersion": "v1.35.2", ...}}).
[[nodiscard]] Result<QVersionNumber> parseKubectlClientVersion(const QByteArray &output);

} // namespace chartroom::kube
