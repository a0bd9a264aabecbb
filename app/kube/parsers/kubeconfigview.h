#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace chartroom::kube {

/// One context of the user's kubeconfig, as `kubectl config view -o json` reports it after
/// kubectl has merged every file of KUBECONFIG. Credentials are never read (kubectl prints
/// them as REDACTED / DATA+OMITTED anyway).
struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString defaultNamespace; ///< "default" when the context sets none
    QString server;           ///< the cluster's API server URL
};

struct KubeconfigView
{
    QList<KubeContext> contexts;
    QString currentContext;
};

/// Parses `kubectl config view -o json`. An empty config (no contexts) is valid.
[[nodiscard]] Result<KubeconfigView> parseKubeconfigView(const QByteArray &json);

} // namespace chartroom::kube
