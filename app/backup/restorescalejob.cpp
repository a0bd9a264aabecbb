#include "backup/restorescalejob.h"

#include "jobs/processjob.h"

using namespace Qt::StringLiterals;

namespace chartroom::backup {

RestoreScaleJob::RestoreScaleJob(QString title, ClusterTools tools, QString context, QString namespaceName,
                                 QString workload, Direction direction, std::shared_ptr<RestoreState> state, QObject *parent)
    : RestoreStepJob(std::move(title), std::move(tools), parent)
    , m_context(std::move(context))
    , m_namespace(std::move(namespaceName))
    , m_workload(std::move(workload))
    , m_direction(direction)
    , m_state(std::move(state))
{
}

RestoreScaleJob::~RestoreScaleJob() = default;

CommandLine RestoreScaleJob::scaleCommand(const ClusterTools &tools, const QString &context, const QString &namespaceName,
                                          const QString &workload, const QString &replicas)
{
    return CommandLine(tools.commands.kubectl(), {u"--context"_s, context, u"--namespace"_s, namespaceName, u"scale"_s,
                                                  workload, u"--replicas="_s + replicas, u"--request-timeout=60s"_s});
}

void RestoreScaleJob::doStart()
{
    if (m_direction == Direction::Up) {
        const auto original = m_state->originalReplicas.constFind(m_workload);
        if (original == m_state->originalReplicas.constEnd() || m_state->resumed.contains(m_workload)) {
            emitOutput(jobs::OutputChannel::Info, tr("%1 was not scaled down; nothing to do.").arg(m_workload));
            finishSucceeded();
            return;
        }
        runProcess(title(), scaleCommand(m_tools, m_context, m_namespace, m_workload, QString::number(*original)), {},
                   [this](jobs::ProcessJob &process) {
                       if (process.state() != jobs::JobState::Succeeded)
                           return failWith(process);
                       m_state->resumed.insert(m_workload);
                       finishSucceeded();
                   });
        return;
    }
    runProcess(
        tr("Read the replicas of %1").arg(m_workload),
        kubectl(m_context, m_namespace, {u"get"_s, m_workload, u"-o"_s, u"jsonpath={.spec.replicas}"_s, u"--request-timeout=60s"_s}),
        [](jobs::ProcessJob &process) {
            process.setCaptureStdout(true, 4096);
            process.setShowStdout(false);
        },
        [this](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded)
                return failWith(process);
            bool ok = false;
            const int replicas = QString::fromUtf8(process.capturedStdout()).trimmed().toInt(&ok);
            if (!ok || replicas < 0) {
                finishFailed(jobs::JobError::ParseFailed, tr("%1 reports no replica count").arg(m_workload));
                return;
            }
            // Recorded before the scale runs: if it half-happens, the compensation still knows.
            m_state->originalReplicas.insert(m_workload, replicas);
            emitOutput(jobs::OutputChannel::Info, tr("%1 had %2 replica(s)").arg(m_workload).arg(replicas));
            runProcess(title(), scaleCommand(m_tools, m_context, m_namespace, m_workload, u"0"_s), {},
                       [this](jobs::ProcessJob &scaled) {
                           if (scaled.state() != jobs::JobState::Succeeded)
                               return failWith(scaled);
                           finishSucceeded();
                       });
        });
}

} // namespace chartroom::backup
