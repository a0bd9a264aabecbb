#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

class BlueGreenPanel;
struct UpgradeSession;

/// Last page: the outcome: the revision the release is at now, each step (the checks included)
/// with its state and time, and the duration. After a failure that left a new revision in place
/// (a post-upgrade check failed), or on request, a rollback to the previous good revision is
/// offered: its exact command is shown first, one click runs it as a job, recorded as a checkpoint.
/// After a blue-green upgrade, the BlueGreenPanel counts the observation window down and offers
/// Switch back and Retire blue instead.
class UpgradeResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeResultPage)

public:
    explicit UpgradeResultPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void rollBack();

    UpgradeSession &m_session;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    QLabel *m_rollbackIntro;
    QPlainTextEdit *m_rollbackPreview;
    QPushButton *m_rollback;
    QLabel *m_rollbackStatus;
    BlueGreenPanel *m_blueGreen;
    QPointer<jobs::Job> m_rollbackJob;
    QFutureWatcher<void> m_recorder; ///< writes the rollback's checkpoint
};

} // namespace chartroom::ui
