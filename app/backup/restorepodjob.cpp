#include "backup/restorepodjob.h"

#include "backup/podselection.h"
#include "jobs/processjob.h"

namespace chartroom::backup {

RestorePodJob::RestorePodJob(QString title, ClusterTools tools, Target target, CommandFor command,
                             std::optional<ArtifactInput> input, QObject *parent)
    : RestoreStepJob(std::move(title), std::move(tools), parent)
    , m_target(std::move(target))
    , m_command(std::move(command))
    , m_input(std::move(input))
{
}

RestorePodJob::~RestorePodJob() = default;

void RestorePodJob::doStart()
{
    const CommandLine lookup = m_tools.commands.getPods(m_target.context, m_target.namespaceName, m_target.selector);
    runProcess(
        tr("Find the pod"), lookup,
        [](jobs::ProcessJob &process) {
            process.setCaptureStdout(true, 16 * 1024 * 1024);
            process.setShowStdout(false);
        },
        [this](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded) {
                failWith(process);
                return;
            }
            auto pod = choosePod(process.capturedStdout(), m_target.container);
            if (!pod) {
                finishFailed(jobs::JobError::Internal,
                             tr("No pod to run it in (selector %1): %2").arg(m_target.selector, pod.error().message));
                return;
            }
            runIn(pod.value());
        });
}

void RestorePodJob::runIn(const QString &pod)
{
    emitOutput(jobs::OutputChannel::Info, tr("In pod %1").arg(pod));
    runProcess(
        title(), m_command(pod),
        [this](jobs::ProcessJob &process) {
            if (m_input)
                process.setStdinSource(std::make_unique<artifact::ArtifactReader>(m_input->path, m_input->options));
        },
        [this](jobs::ProcessJob &process) {
            if (process.state() == jobs::JobState::Succeeded)
                finishSucceeded();
            else
                failWith(process);
        });
}

} // namespace chartroom::backup
