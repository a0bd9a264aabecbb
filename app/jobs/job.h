#pragma once

#include "core/commandline.h"
#include "jobstate.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace chartroom::jobs {

/// A unit of asynchronous work with a strict contract (after KDE's KJob).
///
/// - start() is deferred: the work begins from the event loop, so callers can connect to
///   every signal after calling start(). Calling start() twice, or after cancel(), does nothing.
/// - finished() is emitted exactly once in every case: success, failure, cancel before or
///   after start, timeout. State and error are final when it is emitted.
/// - cancel() is idempotent and never blocks: a running job enters Canceling and finishes
///   Canceled once its work has really stopped (a process job: once the process is dead).
///   A job canceled before it started finishes Canceled at once, without started().
/// - Subclasses implement doStart() and doCancel() and end with exactly one of
///   finishSucceeded(), finishFailed() or finishCanceled(); later calls are ignored.
/// - Jobs do not delete themselves; their owner (JobQueue, a composite job) does.
/// All output passed through emitOutput() is redacted by the shared Redactor.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QString title, QObject *parent = nullptr);
    ~Job() override;

    void start();
    void cancel();

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] JobState state() const { return m_state; }
    [[nodiscard]] JobError error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    [[nodiscard]] bool isFinished() const { return isFinalState(m_state); }
    [[nodiscard]] qint64 processedAmount() const { return m_processed; }
    [[nodiscard]] qint64 totalAmount() const { return m_total; }
    [[nodiscard]] QDateTime startedAt() const { return m_startedAt; }
    [[nodiscard]] QDateTime finishedAt() const { return m_finishedAt; }
    /// Milliseconds run so far (or in total, once finished); 0 before start.
    [[nodiscard]] qint64 elapsedMs() const;

    /// The commands this job runs or ran, for "Copy command" and the journal.
    [[nodiscard]] virtual QList<CommandLine> commandLines() const { return {}; }
    /// A fresh, unstarted copy for "Retry", or nullptr when the job cannot be repeated.
    [[nodiscard]] virtual std::unique_ptr<Job> clone() const { return nullptr; }

Q_SIGNALS:
    void started(chartroom::jobs::Job *job);
    void stateChanged(chartroom::jobs::JobState state);
    void progressChanged(qint64 processed, qint64 total);
    void outputReceived(chartroom::jobs::OutputChannel channel, const QString &line);
    void finished(chartroom::jobs::Job *job);

protected:
    virtual void doStart() = 0;
    virtual void doCancel() = 0;

    void setProgress(qint64 processed, qint64 total);
    /// Redacts and emits one line of output.
    void emitOutput(OutputChannel channel, const QString &line);
    /// Emits already-redacted output (composite jobs forwarding their children).
    void forwardOutput(OutputChannel channel, const QString &line);
    /// Moves a running job to Canceling (for jobs whose cancel takes time).
    void markCanceling();

    void finishSucceeded();
    void finishFailed(JobError error, const QString &message);
    void finishCanceled(const QString &message = {});

private:
    void startNow();
    void finish(JobState state, JobError error, const QString &message);
    void setState(JobState state);

    const QString m_id;
    const QString m_title;
    JobState m_state = JobState::Pending;
    JobError m_error = JobError::None;
    QString m_errorString;
    qint64 m_processed = 0;
    qint64 m_total = 0;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    bool m_startRequested = false;
};

} // namespace chartroom::jobs
