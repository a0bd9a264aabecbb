#include "upgrade/retirebluejob.h"

#include "jobs/processjob.h"
#include "upgrade/upgradepreviewjob.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

RetireBlueJob::RetireBlueJob(backup::ClusterTools tools, ReleaseTarget blue, QStringList services, int timeoutSeconds, QObject *parent)
    : RestoreStepJob(tr("Retire %1 (its Services keep serving green)").arg(blue.key()), tools, parent)
    , m_blue(std::move(blue))
    , m_services(std::move(services))
    , m_timeoutSeconds(timeoutSeconds)
    , m_commands(upgradeCommandsFor(tools))
{
}

RetireBlueJob::~RetireBlueJob() = default;

QList<CommandLine> RetireBlueJob::commandLines() const
{
    if (state() == jobs::JobState::Pending)
        return plannedCommands(m_tools, m_blue, m_services, m_timeoutSeconds);
    return RestoreStepJob::commandLines();
}

QByteArray RetireBlueJob::keptServiceJson(const QByteArray &liveJson, const QString &release)
{
    QJsonObject service = QJsonDocument::fromJson(liveJson).object();
    QJsonObject metadata = service.value(u"metadata"_s).toObject();
    for (const char *key : {"uid", "resourceVersion", "creationTimestamp", "managedFields", "generation", "ownerReferences", "selfLink"})
        metadata.remove(QString::fromLatin1(key));
    QJsonObject annotations = metadata.value(u"annotations"_s).toObject();
    for (const char *key : {"meta.helm.sh/release-name", "meta.helm.sh/release-namespace", "kubectl.kubernetes.io/last-applied-configuration"})
        annotations.remove(QString::fromLatin1(key));
    annotations.insert(u"chartroom.io/kept-from-release"_s, release);
    metadata.insert(u"annotations"_s, annotations);
    QJsonObject labels = metadata.value(u"labels"_s).toObject();
    labels.remove(u"app.kubernetes.io/managed-by"_s);
    metadata.insert(u"labels"_s, labels);
    service.insert(u"metadata"_s, metadata);
    service.remove(u"status"_s);
    return QJsonDocument(service).toJson(QJsonDocument::Compact);
}

CommandLine RetireBlueJob::createCommand(const UpgradeCommands &commands, const ReleaseTarget &blue)
{
    return CommandLine(commands.tools().kubectl(), {u"--context"_s, blue.context, u"--namespace"_s, blue.namespaceName, u"create"_s,
                                                    u"-f"_s, u"-"_s, u"--request-timeout=60s"_s});
}

QList<CommandLine> RetireBlueJob::plannedCommands(const backup::ClusterTools &tools, const ReleaseTarget &blue,
                                                  const QStringList &services, int timeoutSeconds)
{
    const UpgradeCommands commands = upgradeCommandsFor(tools);
    QList<CommandLine> planned;
    for (const QString &service : services)
        planned << commands.getService(blue.context, blue.namespaceName, service);
    planned << commands.uninstall(blue.context, blue.namespaceName, blue.name, timeoutSeconds);
    for (qsizetype i = 0; i < services.size(); ++i)
        planned << createCommand(commands, blue);
    return planned;
}

void RetireBlueJob::doStart()
{
    readNext(0);
}

void RetireBlueJob::readNext(int index)
{
    if (index == m_services.size()) {
        uninstall();
        return;
    }
    runProcess(
        tr("Read Service %1").arg(m_services[index]),
        m_commands.getService(m_blue.context, m_blue.namespaceName, m_services[index]),
        [](jobs::ProcessJob &process) {
            process.setCaptureStdout(true);
            process.setShowStdout(false);
        },
        [this, index](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded) {
                failWith(process);
                return;
            }
            m_saved.append(keptServiceJson(process.capturedStdout(), m_blue.name));
            readNext(index + 1);
        });
}

void RetireBlueJob::uninstall()
{
    runProcess(tr("Uninstall %1").arg(m_blue.name),
               m_commands.uninstall(m_blue.context, m_blue.namespaceName, m_blue.name, m_timeoutSeconds), {},
               [this](jobs::ProcessJob &process) {
                   if (process.state() != jobs::JobState::Succeeded) {
                       failWith(process);
                       return;
                   }
                   createNext(0);
               });
}

void RetireBlueJob::createNext(int index)
{
    if (index == m_saved.size()) {
        finishSucceeded();
        return;
    }
    const QByteArray json = m_saved[index];
    runProcess(
        tr("Create Service %1 again").arg(m_services[index]),
        createCommand(m_commands, m_blue),
        [json](jobs::ProcessJob &process) { process.setStdinData(json); },
        [this, index](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded) {
                failWith(process);
                return;
            }
            createNext(index + 1);
        });
}

} // namespace chartroom::upgrade
