#pragma once

#include "backup/restorestepjob.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace chartroom::backup {

/// What a running restore has changed so far, shared by its steps and its compensation.
struct RestoreState
{
    QHash<QString, int> originalReplicas; ///< workload → replicas before it was scaled to zero
    QSet<QString> resumed;                ///< workloads already scaled back up
    QString safetyBackupId;               ///< the safety backup, once it completed
    QString reinstalledRelease;           ///< the release this restore installs (it was not there before)
};

/// Scales a workload to zero (remembering its replicas in RestoreState) or back up to what it
/// had. Down reads `.spec.replicas` first, so the way back never guesses; Up does nothing for a
/// workload that was not scaled down.
class RestoreScaleJob final : public RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreScaleJob)

public:
    enum class Direction { Down, Up };

    RestoreScaleJob(QString title, ClusterTools tools, QString context, QString namespaceName, QString workload,
                    Direction direction, std::shared_ptr<RestoreState> state, QObject *parent = nullptr);
    ~RestoreScaleJob() override;

    static CommandLine scaleCommand(const ClusterTools &tools, const QString &context, const QString &namespaceName,
                                    const QString &workload, const QString &replicas);

protected:
    void doStart() override;

private:
    const QString m_context;
    const QString m_namespace;
    const QString m_workload;
    const Direction m_direction;
    const std::shared_ptr<RestoreState> m_state;
};

} // namespace chartroom::backup
