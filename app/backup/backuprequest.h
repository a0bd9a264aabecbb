#pragma once

#include "artifact/datakey.h"
#include "catalog/chartprofile.h"
#include "kube/toolcommands.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace chartroom::backup {

/// The release a backup is taken of: what the inventory knows about it.
struct ReleaseRef
{
    QString context;
    QString namespaceName;
    QString name;
    QString chartName;
    QString chartVersion;
    QString appVersion;
    int revision = 0; ///< 0: the current one

    [[nodiscard]] QString key() const { return context + u'/' + namespaceName + u'/' + name; }
};

/// How to reach the cluster: tool paths and versions, plus the environment the tools run in
/// (KUBECONFIG, HOME, helm's cache dirs).
struct ClusterTools
{
    kube::ToolCommands commands{{}, 0, {}};
    QString helmVersion;
    QString kubectlVersion;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

/// One release's backup: which release, by which profile recipe, which components.
struct BackupRequest
{
    ReleaseRef release;
    catalog::ChartProfile profile;
    QStringList componentIds; ///< empty: every component of the profile
    /// Required when the repository is encrypted (unlocked by the caller from the keychain or a
    /// passphrase prompt); the job refuses to write plain text into an encrypted repository.
    std::optional<artifact::DataKey> key;
};

} // namespace chartroom::backup
