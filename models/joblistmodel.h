#pragma once

#include "jobs/job.h"
#include "jobs/jobjournal.h"
#include "jobs/jobstate.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QSet>

#include <array>
#include <optional>

class QTimer;

namespace chartroom::jobs {
class JobQueue;
} // namespace chartroom::jobs

namespace chartroom::models {

/// The jobs the user sees: the queue's live jobs, then the journal's entries from earlier runs
/// (including jobs left Interrupted when Chartroom died), newest first.
///
/// - A job enqueued while the model exists is inserted at row 0; a job the queue drops (history
///   trimming, "Clear finished") is removed before it is deleted.
/// - Journal entries are the snapshot taken at construction, minus the queue's own jobs: jobs of
///   this run are always shown live. clearHistory() and hideHistoryBefore() hide them (the journal
///   keeps them on disk).
/// - One dataChanged() per changed row. Progress updates are coalesced; the elapsed time of running
///   jobs is refreshed by a timer that only ticks while something runs.
/// - Display texts are formatted; the roles below carry the raw values (for sorting, delegates
///   and tests).
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column { StateColumn, TitleColumn, ClusterColumn, ProgressColumn, StartedColumn, DurationColumn, ColumnCount };

    enum Role {
        JobIdRole = Qt::UserRole + 1,
        StateRole,          ///< jobs::JobState
        JobPointerRole,     ///< jobs::Job*, null for journal entries
        IsLiveRole,         ///< bool: a job of this run (false: from the journal)
        ProcessedRole,      ///< qint64
        TotalRole,          ///< qint64; 0 when unknown
        ProgressUnitRole,   ///< ProgressUnit
        StartedAtRole,      ///< QDateTime (UTC), invalid before start
        ElapsedMsRole,      ///< qint64
        ErrorStringRole,    ///< QString
        CommandsRole,       ///< QStringList: redacted, shell-quoted commands
        ClusterRole,        ///< QString
        CanCancelRole,      ///< bool
        CanRetryRole,       ///< bool
    };
    Q_ENUM(Role)

    enum class ProgressUnit { Steps, Bytes };
    Q_ENUM(ProgressUnit)

    /// `journal` may be null (no persistence); then only live jobs are listed.
    JobListModel(jobs::JobQueue *queue, const jobs::JobJournal *journal, QObject *parent = nullptr);
    ~JobListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] jobs::Job *jobAt(int row) const;
    /// The journal entry of a row from an earlier run; nullopt for live jobs.
    [[nodiscard]] std::optional<jobs::JournalEntry> journalEntryAt(int row) const;
    [[nodiscard]] int rowOf(const QString &jobId) const;
    [[nodiscard]] int rowOf(const jobs::Job *job) const;

    /// Hides the journal entries of earlier runs (the queue's finished jobs are cleared by the queue).
    void clearHistory();
    /// Hides the journal entries that had finished by `time` (a "Clear finished" of an earlier
    /// session); entries without an end time count by their creation time.
    void hideHistoryBefore(const QDateTime &time);

    /// Milliseconds between elapsed-time refreshes while a job runs (default 1000).
    void setTickInterval(int ms);

    /// Icon for a state, drawn with Qt Gui so it needs no icon theme.
    [[nodiscard]] static QIcon stateIcon(jobs::JobState state);
    /// A colour for a state that reads well on `background` (light or dark palettes).
    [[nodiscard]] static QColor stateColor(jobs::JobState state, const QColor &background);
    /// "1:05", "12 s", "1 h 02 min"...
    [[nodiscard]] static QString formatDuration(qint64 ms);

private:
    struct Row
    {
        jobs::Job *job = nullptr;      // live row
        jobs::JournalEntry entry;      // journal row (job == nullptr)
    };

    void addJob(jobs::Job *job);
    void removeJob(jobs::Job *job);
    void connectJob(jobs::Job *job);
    void handleStateChanged(jobs::Job *job);
    void markDirty(jobs::Job *job);
    void flushDirty();
    void tick();
    void updateTimer();
    [[nodiscard]] QVariant liveData(const jobs::Job *job, int column, int role) const;
    [[nodiscard]] QVariant entryData(const jobs::JournalEntry &entry, int column, int role) const;

    jobs::JobQueue *m_queue;
    QList<Row> m_rows;
    QSet<jobs::Job *> m_dirty;
    QTimer *m_tickTimer;
    QTimer *m_flushTimer;
    std::array<QIcon, 7> m_icons; // by JobState
};

} // namespace chartroom::models
