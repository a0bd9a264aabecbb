#pragma once

#include "backup/drillrecord.h"
#include "core/commandline.h"
#include "jobs/job.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>
#include <optional>

namespace chartroom::backup {

/// Runs one restore drill (made by DrillPlan::makeJob): the restore into the scratch namespace,
/// then the teardown of that namespace, then the drill recorded in the repository's drills.json.
///
/// Contract (on top of jobs::Job's: deferred start, finished() exactly once, cancel() never
/// blocks):
/// - The scratch namespace is deleted after the restore in every case (success, failure, cancel)
///   unless the plan keeps it; a cancel during the teardown lets it finish (it is bounded).
/// - The measured duration is the restore's own run time (record().durationMs), compared with
///   the profile's RTO by whoever shows it (DrillOutcome::exceeds()).
/// - Every drill that ran or could not run is recorded, with its error when it failed; a canceled
///   drill is not (it says nothing about the backup). A drill that cannot run (no restore job)
///   touches no cluster and tears nothing down.
/// - Succeeds when the restore succeeded and the record was written; a failed teardown is
///   reported (teardownState(), output) without failing a good drill.
class DrillJob final : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillJob)

public:
    enum class Teardown { NotRun, Kept, Deleted, Failed };

    /// What DrillPlan hands over (tests build it directly).
    struct Parts
    {
        QString repositoryRoot;
        DrillRecord draft;              ///< release, backup and RTO filled in
        QString scratchNamespace;
        std::unique_ptr<jobs::Job> restore; ///< null: the drill cannot run, `problem` says why
        QString problem;
        std::optional<CommandLine> teardown; ///< none: the namespace is kept
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    explicit DrillJob(Parts parts, QObject *parent = nullptr);
    ~DrillJob() override;

    /// The drill as recorded (or as it would have been, for a canceled one); final once finished.
    [[nodiscard]] const DrillRecord &record() const { return m_record; }
    [[nodiscard]] bool recorded() const { return m_recorded; }
    /// Why the record could not be written; empty when it was (or was not to be written).
    [[nodiscard]] QString recordError() const { return m_recordError; }
    [[nodiscard]] QString scratchNamespace() const { return m_scratchNamespace; }
    /// The restore the drill runs (a SequenceJob of the restore's steps, for views that show
    /// them); null when the drill cannot run. Owned by the drill.
    [[nodiscard]] jobs::Job *restoreJob() const { return m_restore.get(); }
    /// Whether the restore job ran (and so the namespace may have been created).
    [[nodiscard]] bool restoreRan() const { return m_restoreStarted; }
    [[nodiscard]] Teardown teardownState() const { return m_teardownState; }
    [[nodiscard]] QString teardownError() const { return m_teardownError; }

    [[nodiscard]] QList<CommandLine> commandLines() const override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void handleRestoreFinished();
    void startTeardown();
    void handleTeardownFinished(jobs::Job *teardown);
    void recordAndFinish();

    QString m_root;
    DrillRecord m_record;
    QString m_scratchNamespace;
    std::unique_ptr<jobs::Job> m_restore;
    QString m_problem;
    std::optional<CommandLine> m_teardownCommand;
    QProcessEnvironment m_environment;
    std::unique_ptr<jobs::Job> m_teardown;
    Teardown m_teardownState = Teardown::NotRun;
    QString m_teardownError;
    bool m_restoreStarted = false;
    bool m_canceled = false;
    bool m_recorded = false;
    QString m_recordError;
};

} // namespace chartroom::backup
