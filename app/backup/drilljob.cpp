#include "drilljob.h"

#include "jobs/processjob.h"

#include <chrono>

namespace chartroom::backup {

DrillJob::DrillJob(Parts parts, QObject *parent)
    : Job(tr("Restore drill of %1").arg(parts.draft.releaseKey), parent)
    , m_root(std::move(parts.repositoryRoot))
    , m_record(std::move(parts.draft))
    , m_scratchNamespace(std::move(parts.scratchNamespace))
    , m_restore(std::move(parts.restore))
    , m_problem(std::move(parts.problem))
    , m_teardownCommand(std::move(parts.teardown))
    , m_environment(std::move(parts.environment))
{
    if (m_restore) {
        connect(m_restore.get(), &Job::outputReceived, this, &DrillJob::forwardOutput);
        connect(m_restore.get(), &Job::progressChanged, this, &DrillJob::setProgress);
        connect(m_restore.get(), &Job::finished, this, &DrillJob::handleRestoreFinished);
    }
}

DrillJob::~DrillJob() = default;

QList<CommandLine> DrillJob::commandLines() const
{
    QList<CommandLine> commands;
    if (m_restore)
        commands << m_restore->commandLines();
    if (m_teardownCommand)
        commands << *m_teardownCommand;
    return commands;
}

void DrillJob::doStart()
{
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    if (!m_restore) {
        m_record.ok = false;
        m_record.error = m_problem;
        m_record.finishedAt = m_record.startedAt;
        recordAndFinish();
        return;
    }
    forwardOutput(jobs::OutputChannel::Info, tr("▶ Restore backup %1 into the scratch namespace %2")
                                                 .arg(m_record.backupId, m_scratchNamespace));
    m_restoreStarted = true;
    m_restore->start();
}

void DrillJob::doCancel()
{
    m_canceled = true;
    if (m_restore && m_restoreStarted && !m_restore->isFinished())
        m_restore->cancel(); // handleRestoreFinished() tears down
    // During the teardown: let it finish; it is bounded by its timeout.
}

void DrillJob::handleRestoreFinished()
{
    m_record.durationMs = m_restore->elapsedMs();
    m_record.ok = m_restore->state() == jobs::JobState::Succeeded;
    m_record.error = m_record.ok ? QString() : m_restore->errorString();
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    forwardOutput(jobs::OutputChannel::Info,
                  m_record.ok ? tr("Restore succeeded in %1 ms").arg(m_record.durationMs)
                              : tr("Restore failed after %1 ms: %2").arg(m_record.durationMs).arg(m_record.error));
    startTeardown();
}

void DrillJob::startTeardown()
{
    if (!m_teardownCommand) {
        m_teardownState = Teardown::Kept;
        forwardOutput(jobs::OutputChannel::Info, tr("Keeping the scratch namespace %1").arg(m_scratchNamespace));
        recordAndFinish();
        return;
    }
    auto teardown = std::make_unique<jobs::ProcessJob>(tr("Delete the drill namespace %1").arg(m_scratchNamespace),
                                                       *m_teardownCommand);
    teardown->setTimeout(std::chrono::seconds(60));
    teardown->setBaseEnvironment(m_environment);
    connect(teardown.get(), &Job::outputReceived, this, &DrillJob::forwardOutput);
    connect(teardown.get(), &Job::finished, this, &DrillJob::handleTeardownFinished);
    forwardOutput(jobs::OutputChannel::Info, tr("▶ Delete the scratch namespace %1").arg(m_scratchNamespace));
    m_teardown = std::move(teardown);
    m_teardown->start();
}

void DrillJob::handleTeardownFinished(jobs::Job *teardown)
{
    if (teardown->state() == jobs::JobState::Succeeded) {
        m_teardownState = Teardown::Deleted;
    } else {
        m_teardownState = Teardown::Failed;
        m_teardownError = teardown->errorString();
        forwardOutput(jobs::OutputChannel::Stderr,
                      tr("Cannot delete the scratch namespace %1: %2").arg(m_scratchNamespace, m_teardownError));
    }
    recordAndFinish();
}

void DrillJob::recordAndFinish()
{
    if (m_canceled) {
        finishCanceled(tr("Drill canceled; not recorded"));
        return;
    }
    if (const auto written = appendDrill(m_root, m_record); written) {
        m_recorded = true;
    } else {
        m_recordError = written.error().message;
        forwardOutput(jobs::OutputChannel::Stderr, tr("Cannot record the drill: %1").arg(m_recordError));
    }
    if (!m_record.ok)
        finishFailed(m_restore ? m_restore->error() : jobs::JobError::StartFailed, m_record.error);
    else if (!m_recorded)
        finishFailed(jobs::JobError::SinkFailed, tr("cannot record the drill: %1").arg(m_recordError));
    else
        finishSucceeded();
}

} // namespace chartroom::backup
