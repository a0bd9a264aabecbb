#pragma once

#include "backup/backuprequest.h"
#include "jobs/job.h"
#include "kube/parsers/helmhistory.h"
#include "upgrade/upgraderequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace chartroom::upgrade {

/// Going back: `helm rollback` of a release to an earlier revision (after a failed post-upgrade
/// check, or on request), or the guided recovery of a release stuck in pending-install/-upgrade/
/// -rollback (a helm that was killed mid-way) to its last deployed revision.
///
/// Contract: pure preview (targetRevision(), problem(), describe() from the release's `helm
/// history`); makeJob() is `helm rollback NAME REV --wait --timeout`, nullptr when problem() is set.
/// A rollback itself has no compensation: it creates a new revision, which can be rolled back in turn.
class RollbackPlan final
{
public:
    enum class Mode { Rollback, RecoverStuck };

    /// `revision` 0: the previous good revision (Rollback) or the last deployed one (RecoverStuck).
    RollbackPlan(ReleaseTarget release, QList<kube::HelmRevision> history, int revision, int timeoutSeconds = 300);

    [[nodiscard]] Mode mode() const;
    [[nodiscard]] bool isStuck() const;
    [[nodiscard]] int currentRevision() const;
    [[nodiscard]] QString currentStatus() const;
    [[nodiscard]] int targetRevision() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QStringList describe(const backup::ClusterTools &tools) const;
    [[nodiscard]] CommandLine command(const backup::ClusterTools &tools) const;
    [[nodiscard]] std::unique_ptr<jobs::Job> makeJob(const backup::ClusterTools &tools) const;

private:
    [[nodiscard]] const kube::HelmRevision *revisionEntry(int revision) const;

    ReleaseTarget m_release;
    QList<kube::HelmRevision> m_history;
    int m_requested = 0;
    int m_timeoutSeconds = 300;
};

} // namespace chartroom::upgrade
