#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWizardPage>

class QLabel;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

class JobStepsView;
struct UpgradeSession;

/// Eighth page: runs the upgrade. Enqueues the plan's job in the application's job queue and
/// shows each step's state as it runs (a maintenance window's wait included, counted down in the
/// status line), the live log, and Cancel. Once it finished, helm history gives the revision it left; the checkpoint is recorded
/// and, after a success, the chart source remembered (both off the UI thread).
class UpgradeRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeRunPage)

public:
    explicit UpgradeRunPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void enqueue();
    void handleFinished(jobs::Job *job);
    void readHistory();
    void record();
    void fail(const QString &message);
    void showCountdown();

    UpgradeSession &m_session;
    QLabel *m_status;
    JobStepsView *m_view;
    QFutureWatcher<QString> m_recorder;
    QString m_scheduledId;
    QString m_runningText;
    QTimer m_countdown;
    bool m_done = false;
};

} // namespace chartroom::ui
