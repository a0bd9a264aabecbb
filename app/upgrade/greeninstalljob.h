#pragma once

#include "backup/restorestepjob.h"
#include "upgrade/upgradecommands.h"

namespace chartroom::upgrade {

/// Blue-green's first step: installs the new chart version as a second release (`NAME-green`)
/// beside the current one, with the current release's values: it reads them (`helm get values
/// -o json`, with `--all` in reuse mode) and hands them to `helm install -f -` on stdin, so they
/// never touch a file or a command line. ValuesFile mode passes the file instead.
///
/// Contract: a Job; succeeds when helm install --wait succeeded.
class GreenInstallJob final : public backup::RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GreenInstallJob)

public:
    GreenInstallJob(backup::ClusterTools tools, UpgradeRequest request, QString greenName, QObject *parent = nullptr);
    ~GreenInstallJob() override;

protected:
    void doStart() override;

private:
    void install(const QByteArray &values);

    const UpgradeRequest m_request;
    const QString m_greenName;
    const UpgradeCommands m_commands;
};

} // namespace chartroom::upgrade
