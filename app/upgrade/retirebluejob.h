#pragma once

#include "backup/restorestepjob.h"
#include "upgrade/upgradecommands.h"

#include <QByteArray>
#include <QList>

namespace chartroom::upgrade {

/// The last step of blue-green, on the user's confirmation: uninstalls the old ("blue") release
/// while its Services — which now select green — keep serving. helm deletes every object of the
/// release's manifest on uninstall (live annotations do not stop it), so the job reads each Service
/// first, uninstalls the release, then creates the Services again as plain objects (no Helm
/// ownership, same name, selector and clusterIP, annotated `chartroom.io/kept-from-release`).
///
/// Contract: a Job; fails without uninstalling when a Service cannot be read; a Service that cannot
/// be created again fails the job with its saved JSON's name in the message. Traffic to the
/// Services pauses between the uninstall and the re-creation (seconds).
class RetireBlueJob final : public backup::RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetireBlueJob)

public:
    RetireBlueJob(backup::ClusterTools tools, ReleaseTarget blue, QStringList services, int timeoutSeconds, QObject *parent = nullptr);
    ~RetireBlueJob() override;

    /// A live Service's JSON made into a plain object to create: server-set and Helm metadata removed.
    [[nodiscard]] static QByteArray keptServiceJson(const QByteArray &liveJson, const QString &release);
    /// The commands the job runs, in order (read each Service, uninstall, create each again): its preview.
    [[nodiscard]] static QList<CommandLine> plannedCommands(const backup::ClusterTools &tools, const ReleaseTarget &blue,
                                                            const QStringList &services, int timeoutSeconds);

    /// What ran once started; before that, the planned commands (what a preview prints).
    [[nodiscard]] QList<CommandLine> commandLines() const override;

protected:
    void doStart() override;

private:
    void readNext(int index);
    void uninstall();
    void createNext(int index);
    [[nodiscard]] static CommandLine createCommand(const UpgradeCommands &commands, const ReleaseTarget &blue);

    const ReleaseTarget m_blue;
    const QStringList m_services;
    const int m_timeoutSeconds;
    const UpgradeCommands m_commands;
    QList<QByteArray> m_saved;
};

} // namespace chartroom::upgrade
