#pragma once

#include "backupplanning.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct BackupSession;

/// Runs the backup: creates a new repository if the plan needs one (and keeps its passphrase or
/// key in the OS keychain), enqueues the plan's job in the application's queue, and shows its
/// progress and live log until it ends; Cancel cancels the job. The outcome per release and the
/// Markdown report (under the repository's reports/) are ready for the Summary page then.
class BackupRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRunPage)

public:
    explicit BackupRunPage(BackupSession &session, QWidget *parent = nullptr);
    ~BackupRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    struct Created
    {
        std::optional<backup::BackupRepository> repository;
        std::optional<artifact::DataKey> key;
        QByteArray secretToKeep; ///< passphrase or key text for the keychain; empty: none
        std::optional<backup::BackupPlan> plan;
        QString error;
    };

    void createRepository();
    void handleCreated();
    void storeSecretThenRun(Created created);
    void enqueue();
    void handleJobFinished(jobs::Job *job);
    void collectOutcomes(jobs::Job *root);
    void writeReport();
    void fail(const QString &message);
    void appendLog(const QString &line);

    BackupSession &m_session;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QFutureWatcher<Created> m_createWatcher;
    QFutureWatcher<QString> m_reportWatcher;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    bool m_done = false;
};

} // namespace chartroom::ui
