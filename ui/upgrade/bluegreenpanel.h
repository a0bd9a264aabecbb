#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct UpgradeSession;

/// The Result page's part after a blue-green upgrade: the observation window counting down, and
/// the two ways out. Switch back points the Services at blue again and uninstalls green; Retire
/// blue uninstalls the old release (its Services kept, serving green) and needs the release's name
/// typed. Each shows its exact commands before it runs, and runs as a job in the queue.
class BlueGreenPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlueGreenPanel)

public:
    explicit BlueGreenPanel(UpgradeSession &session, QWidget *parent = nullptr);
    ~BlueGreenPanel() override;

    /// Fills the panel from the session's finished blue-green upgrade (shown only when green serves).
    void showOutcome();
    /// A switch back or retirement is running: the wizard should not finish.
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void busyChanged();

private:
    void tick();
    void switchBack();
    void retireBlue();
    void run(std::unique_ptr<jobs::Job> job, const QString &running, const QString &done);
    void updateButtons();

    UpgradeSession &m_session;
    QLabel *m_observation;
    QPlainTextEdit *m_switchPreview;
    QPushButton *m_switchBack;
    QPlainTextEdit *m_retirePreview;
    QLineEdit *m_retireConfirm;
    QPushButton *m_retire;
    QLabel *m_status;
    QTimer m_timer;
    QPointer<jobs::Job> m_job;
    bool m_settled = false; ///< switched back or retired: nothing more to offer
};

} // namespace chartroom::ui
