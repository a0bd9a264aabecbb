#include "upgrade/greeninstalljob.h"

#include "jobs/processjob.h"
#include "upgrade/upgradepreviewjob.h"

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

GreenInstallJob::GreenInstallJob(backup::ClusterTools tools, UpgradeRequest request, QString greenName, QObject *parent)
    : RestoreStepJob(tr("Install %1 beside %2").arg(greenName, request.release.name), tools, parent)
    , m_request(std::move(request))
    , m_greenName(std::move(greenName))
    , m_commands(upgradeCommandsFor(tools))
{
}

GreenInstallJob::~GreenInstallJob() = default;

void GreenInstallJob::doStart()
{
    if (m_request.valuesMode == ValuesMode::ValuesFile) {
        install(m_request.valuesFile == u"-"_s ? m_request.valuesData : QByteArray());
        return;
    }
    runProcess(
        tr("Read the values of %1").arg(m_request.release.name),
        m_commands.getValuesJson(m_request.release, m_request.valuesMode == ValuesMode::ReuseValues),
        [](jobs::ProcessJob &process) {
            process.setCaptureStdout(true);
            process.setShowStdout(false);
            process.setTimeout(std::chrono::minutes(2));
        },
        [this](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded) {
                failWith(process);
                return;
            }
            const QByteArray values = process.capturedStdout().trimmed();
            install(values.isEmpty() || values == "null" ? "{}"_ba : values);
        });
}

void GreenInstallJob::install(const QByteArray &values)
{
    const QString file = m_request.valuesMode == ValuesMode::ValuesFile ? m_request.valuesFile : QString();
    runProcess(
        title(), m_commands.installGreen(m_request.release, m_greenName, m_request.source, file, m_request.timeoutSeconds),
        [values](jobs::ProcessJob &process) {
            if (!values.isEmpty())
                process.setStdinData(values);
        },
        [this](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded)
                failWith(process);
            else
                finishSucceeded();
        });
}

} // namespace chartroom::upgrade
