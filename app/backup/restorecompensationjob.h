#pragma once

#include "backup/restorescalejob.h"

namespace chartroom::backup {

/// What runs when a restore fails or is canceled: every workload the restore scaled to zero and
/// did not bring back is scaled to its original replicas, and the output names the safety
/// backup to restore from (the data may be half restored; only that backup undoes it).
///
/// Contract: touches nothing the restore did not change (before the quiesce it only reports);
/// fails when a workload could not be scaled back, saying which.
class RestoreCompensationJob final : public RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreCompensationJob)

public:
    RestoreCompensationJob(ClusterTools tools, QString context, QString namespaceName, bool safetyBackupPlanned,
                           std::shared_ptr<RestoreState> state, QObject *parent = nullptr);
    ~RestoreCompensationJob() override;

protected:
    void doStart() override;

private:
    void scaleNext();
    void report();

    const QString m_context;
    const QString m_namespace;
    const bool m_safetyBackupPlanned;
    const std::shared_ptr<RestoreState> m_state;
    QStringList m_pending;
    QStringList m_failed;
};

} // namespace chartroom::backup
