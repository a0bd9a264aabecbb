#pragma once

#include <QDockWidget>
#include <QPointer>

class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QToolBar;
class QTreeView;

namespace chartroom {
class Runtime;
}

namespace chartroom::jobs {
class Job;
}

namespace chartroom::models {
class JobListModel;
class JobOutputStore;
} // namespace chartroom::models

namespace chartroom::ui {

class JobOutputView;

/// The visible job queue: every job of this run and of earlier runs (from the journal), the
/// selected job's output (live while it runs), and the actions Cancel, Retry, Copy command and
/// Clear finished. Selecting a job never blocks: earlier runs' logs are read asynchronously.
class JobsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsDock)

public:
    explicit JobsDock(Runtime &runtime, QWidget *parent = nullptr);
    ~JobsDock() override;

    [[nodiscard]] models::JobListModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] JobOutputView *outputView() const { return m_output; }
    [[nodiscard]] QAction *cancelAction() const { return m_cancelAction; }
    [[nodiscard]] QAction *retryAction() const { return m_retryAction; }
    [[nodiscard]] QAction *copyCommandAction() const { return m_copyAction; }
    [[nodiscard]] QAction *clearFinishedAction() const { return m_clearAction; }

    /// Selects the job with this id (a live job or a journal entry); false if it is not listed.
    bool selectJob(const QString &jobId);
    /// Id of the selected job, or empty.
    [[nodiscard]] QString selectedJobId() const;

Q_SIGNALS:
    /// A short confirmation for the status bar ("Command copied").
    void statusMessage(const QString &message);

private:
    void buildActions();
    void handleCurrentChanged(const QModelIndex &current);
    void handleRowsInserted(const QModelIndex &parent, int first, int last);
    void selectRowAutomatically(int row);
    void showLiveJob(jobs::Job *job);
    void showJournalEntry(const QString &id);
    void updateHeader();
    void updateActions();
    void updateOptionalColumns();
    void cancelSelected();
    void retrySelected();
    void copyCommand();
    void clearFinished();
    void showContextMenu(const QPoint &pos);
    [[nodiscard]] int currentRow() const;

    Runtime &m_runtime;
    models::JobListModel *m_model;
    models::JobOutputStore *m_store;
    QTreeView *m_view;
    JobOutputView *m_output;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QLabel *m_titleLabel;
    QLabel *m_detailLabel;
    QAction *m_cancelAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_clearAction = nullptr;
    QPointer<jobs::Job> m_shownJob;
    QString m_shownId;
    quint64 m_logRequest = 0;
    bool m_selectingAutomatically = false;
    bool m_followNewJobs = true; // until the user picks a job themselves
};

} // namespace chartroom::ui
