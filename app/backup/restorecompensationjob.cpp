#include "backup/restorecompensationjob.h"

#include "jobs/processjob.h"

namespace chartroom::backup {

RestoreCompensationJob::RestoreCompensationJob(ClusterTools tools, QString context, QString namespaceName,
                                               bool safetyBackupPlanned, std::shared_ptr<RestoreState> state, QObject *parent)
    : RestoreStepJob(tr("Undo the restore's changes to the workloads"), std::move(tools), parent)
    , m_context(std::move(context))
    , m_namespace(std::move(namespaceName))
    , m_safetyBackupPlanned(safetyBackupPlanned)
    , m_state(std::move(state))
{
}

RestoreCompensationJob::~RestoreCompensationJob() = default;

void RestoreCompensationJob::doStart()
{
    for (auto it = m_state->originalReplicas.constBegin(); it != m_state->originalReplicas.constEnd(); ++it)
        if (!m_state->resumed.contains(it.key()))
            m_pending.append(it.key());
    m_pending.sort();
    if (m_pending.isEmpty())
        emitOutput(jobs::OutputChannel::Info, tr("No workload was scaled down; nothing to scale back."));
    scaleNext();
}

void RestoreCompensationJob::scaleNext()
{
    if (m_pending.isEmpty()) {
        report();
        return;
    }
    const QString workload = m_pending.takeFirst();
    const int replicas = m_state->originalReplicas.value(workload);
    runProcess(tr("Scale %1 back to %2").arg(workload).arg(replicas),
               RestoreScaleJob::scaleCommand(m_tools, m_context, m_namespace, workload, QString::number(replicas)), {},
               [this, workload](jobs::ProcessJob &process) {
                   if (process.state() == jobs::JobState::Succeeded)
                       m_state->resumed.insert(workload);
                   else
                       m_failed.append(workload);
                   scaleNext();
               });
}

void RestoreCompensationJob::report()
{
    if (!m_state->reinstalledRelease.isEmpty())
        emitOutput(jobs::OutputChannel::Info,
                   tr("Release %1 was not installed before this restore, which installed it from the backup's Helm record; "
                      "it is left in place for inspection (helm uninstall %1 --namespace %2 removes it).")
                       .arg(m_state->reinstalledRelease, m_namespace));
    else if (!m_state->safetyBackupId.isEmpty())
        emitOutput(jobs::OutputChannel::Info,
                   tr("The data may be partly restored. To return to the state before this restore, restore the "
                      "safety backup %1.").arg(m_state->safetyBackupId));
    else if (m_safetyBackupPlanned)
        emitOutput(jobs::OutputChannel::Info, tr("The safety backup did not complete; the release was not changed before it."));
    else
        emitOutput(jobs::OutputChannel::Info, tr("No safety backup was taken (skipped on request)."));
    if (!m_failed.isEmpty()) {
        finishFailed(jobs::JobError::Internal, tr("Could not scale back: %1").arg(m_failed.join(QStringLiteral(", "))));
        return;
    }
    finishSucceeded();
}

} // namespace chartroom::backup
