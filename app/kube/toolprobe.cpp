#include "toolprobe.h"

#include "core/logging.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "toollocator.h"

namespace chartroom::kube {

ToolProbe::ToolProbe(jobs::JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
}

void ToolProbe::probe(const QString &helmPath, const QString &kubectlPath)
{
    ++m_generation;
    m_outstanding = 2;
    m_helm = ToolInfo{QStringLiteral("helm"), {}, {}, {}, {}};
    m_kubectl = ToolInfo{QStringLiteral("kubectl"), {}, {}, {}, {}};
    probeTool(m_helm, helmPath, {QStringLiteral("version"), QStringLiteral("--short")});
    probeTool(m_kubectl, kubectlPath,
              {QStringLiteral("version"), QStringLiteral("--client"), QStringLiteral("-o"), QStringLiteral("json")});
}

void ToolProbe::probeTool(ToolInfo &info, const QString &configuredPath, const QStringList &arguments)
{
    info.path = ToolLocator::locate(info.name, configuredPath);
    if (info.path.isEmpty()) {
        info.error = configuredPath.isEmpty() ? tr("not found on PATH") : tr("not found at %1").arg(configuredPath);
        if (--m_outstanding == 0)
            Q_EMIT finished();
        return;
    }
    auto job = std::make_unique<jobs::ProcessJob>(tr("Check %1 version").arg(info.name),
                                                  CommandLine(info.path, arguments));
    job->setCaptureStdout(true, 1024 * 1024);
    job->setTimeout(std::chrono::seconds(20));
    const bool isHelm = info.name == QLatin1String("helm");
    const int generation = m_generation;
    auto *raw = job.get();
    connect(raw, &jobs::Job::finished, this, [this, raw, isHelm, generation] {
        if (generation != m_generation)
            return; // a newer probe replaced this one
        ToolInfo &target = isHelm ? m_helm : m_kubectl;
        if (raw->state() != jobs::JobState::Succeeded) {
            target.error = raw->errorString();
        } else {
            const Result<QVersionNumber> version = isHelm ? parseHelmVersion(raw->capturedStdout())
                                                          : parseKubectlClientVersion(raw->capturedStdout());
            if (version) {
                target.version = *version;
                target.versionText = QString::fromUtf8(raw->capturedStdout()).trimmed().left(200);
            } else {
                target.error = version.error().toString();
            }
        }
        qCInfo(lcKube) << target.summary() << target.path;
        if (--m_outstanding == 0)
            Q_EMIT finished();
    });
    m_queue->enqueue(std::move(job));
}

} // namespace chartroom::kube
