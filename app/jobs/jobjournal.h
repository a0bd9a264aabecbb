#pragma once

#include "jobqueue.h"
#include "jobstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLockFile>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>
#include <memory>

namespace chartroom::jobs {

class JournalWriter;

/// One job as the journal remembers it. Commands and output are stored redacted.
struct JournalEntry
{
    QString id;
    QString title;
    QString cluster;
    JobState state = JobState::Pending;
    JobError error = JobError::None;
    QString errorString;
    QJsonArray commands; ///< CommandLine::toRedactedJson() of each command
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    int exitCode = -1;
    QString retryOf; ///< id of the job this one repeats, if any

    [[nodiscard]] QStringList commandStrings() const;
    [[nodiscard]] QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &json);
};

/// A log line read back from the journal.
struct JournalLine
{
    OutputChannel channel = OutputChannel::Stdout;
    QString text;
};

/// The persistent record of every job: title, redacted commands and environment, times,
/// outcome and full (redacted) output, kept on disk across restarts.
///
/// - Layout: `<dir>/<job id>.json` (metadata, replaced atomically) and `<dir>/<job id>.log`
///   (one line per output line, prefixed "1 " stdout, "2 " stderr, "# " info).
/// - Writes happen on a worker thread; nothing here waits on the disk except open(), which
///   reads the small metadata files once at start.
/// - open() takes a lock file. The instance holding it marks entries that were still running
///   when their application died as Interrupted, and rotates the journal to its limits (entry
///   count, total size). A second instance still records its own jobs but leaves others alone.
class JobJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobJournal)

public:
    struct Limits
    {
        int maxEntries = 500;
        qint64 maxLogBytesPerJob = 16 * 1024 * 1024;
        qint64 maxTotalBytes = 512LL * 1024 * 1024;
    };

    explicit JobJournal(QString directory, QObject *parent = nullptr);
    ~JobJournal() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    /// Loads the journal. Returns false (with errorString()) when the directory is unusable.
    bool open();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool ownsLock() const { return m_ownsLock; }
    [[nodiscard]] QString directory() const { return m_directory; }

    /// Records every job the queue runs from now on.
    void attach(JobQueue *queue);
    /// Records one job (and its output) until it finishes.
    void track(Job *job, const JobOptions &options = {}, const QString &retryOf = {});

    /// Newest first.
    [[nodiscard]] QList<JournalEntry> entries() const;
    [[nodiscard]] std::optional<JournalEntry> entry(const QString &id) const;
    /// Reads a job's log synchronously (CLI, tests). The UI uses readLogAsync().
    [[nodiscard]] QList<JournalLine> readLog(const QString &id) const;
    /// Reads a job's log on a worker thread and calls `done` in `context`'s thread.
    void readLogAsync(const QString &id, QObject *context,
                      std::function<void(const QList<JournalLine> &)> done) const;
    /// Waits until everything written so far is on disk (tests, orderly shutdown).
    void flush();

    [[nodiscard]] static QList<JournalLine> parseLog(const QByteArray &data);

Q_SIGNALS:
    void entryAdded(const QString &id);
    void entryChanged(const QString &id);

private:
    void writeEntry(const JournalEntry &entry);
    void appendOutput(const QString &id, OutputChannel channel, const QString &line);
    void flushPendingOutput();
    void rotate();

    const QString m_directory;
    Limits m_limits;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    bool m_ownsLock = false;
    QHash<QString, JournalEntry> m_entries;
    QHash<QString, QByteArray> m_pendingOutput;
    bool m_flushQueued = false;
    QThread m_thread;
    JournalWriter *m_writer = nullptr;
};

} // namespace chartroom::jobs
