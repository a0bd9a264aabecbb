#pragma once

#include "upgrade/scheduledupgradestore.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace chartroom::ui {

/// The notice above the inventory that planned maintenance-window upgrades missed their window
/// while Chartroom was not running (ScheduledUpgradeStore::untold()). Non-modal: a line with
/// *Open…* (the plans, each with how to run it again) and *Dismiss* (records them as missed in the
/// store, so they are told once), plus a status bar message when the window has one.
///
/// Contract: check() reads the small store file on a worker thread and never blocks the UI;
/// checked() follows once the answer is in (shown or not). Dismissing writes off the UI thread
/// too; dismissed() follows once it is written.
class MissedUpgradesBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissedUpgradesBar)

public:
    explicit MissedUpgradesBar(QString storePath, QWidget *parent = nullptr);
    ~MissedUpgradesBar() override;

    void check();
    [[nodiscard]] const QList<upgrade::ScheduledUpgrade> &missed() const { return m_missed; }
    /// One line per plan: release, window, strategy, chart, and the command to run it again.
    [[nodiscard]] QStringList describe() const;

    void openDetails();
    void dismiss();

Q_SIGNALS:
    void checked();
    void dismissed();

private:
    void show(const QList<upgrade::ScheduledUpgrade> &missed);

    const QString m_storePath;
    QList<upgrade::ScheduledUpgrade> m_missed;
    QLabel *m_label;
    QPushButton *m_open;
    QPushButton *m_dismiss;
};

} // namespace chartroom::ui
