#pragma once

#include "widgets/planrunpage.h"

#include <QFutureWatcher>
#include <QTimer>

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct UpgradeSession;

/// Eighth page: runs the upgrade. Enqueues the plan's job in the application's job queue and
/// shows each step's state as it runs (a maintenance window's wait included, counted down in the
/// status line), the live log, and Cancel. Once it finished, helm history gives the revision it
/// left; the checkpoint is recorded and, after a success, the chart source remembered (both off
/// the UI thread).
class UpgradeRunPage final : public PlanRunPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeRunPage)

public:
    explicit UpgradeRunPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeRunPage() override;

private:
    void enqueue() override;
    void handleFinished(jobs::Job *job);
    void readHistory();
    void record();
    void failToStart(const QString &message);
    void showCountdown();

    UpgradeSession &m_session;
    QFutureWatcher<QString> m_recorder;
    QString m_scheduledId;
    QString m_runningText;
    QTimer m_countdown;
};

} // namespace chartroom::ui
