#pragma once

#include "inventory/fleet.h"
#include "kube/parsers/helmhistory.h"
#include "upgrade/upgradecheckpoint.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace chartroom::inventory {
class ReleaseDetailsLoader;
}

namespace chartroom::ui {

class DiffView;

/// The History tab: helm history as a table, and a side-by-side diff of the user-supplied values
/// and of the manifest (per object) between any two revisions. Picking two rows in the table,
/// or the two revision boxes, chooses what is compared; by default the previous revision against
/// the current one. Everything arrives through ReleaseDetailsLoader, never blocking.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(inventory::ReleaseDetailsLoader *loader, QWidget *parent = nullptr);
    ~HistoryView() override;

    void setRelease(const std::optional<inventory::Release> &release);
    /// Requests the history (and then the diff) if not done for this release yet.
    void load();
    /// Compares two revisions (older first is not required).
    void compare(int fromRevision, int toRevision);

private:
    void handleHistory(const QString &key, const QList<kube::HelmRevision> &revisions);
    void handleHistoryFailed(const QString &key, const QString &error);
    void handlePart(const QString &key, int part, int revision, const QString &text);
    void handlePartFailed(const QString &key, int part, int revision, const QString &error);
    void compareSelected();
    void compareFromCombos();
    void updateDiffs();
    void loadCheckpoints();
    void showCheckpoints(const QString &key, const QList<upgrade::UpgradeCheckpoint> &checkpoints, const QString &error);

    inventory::ReleaseDetailsLoader *m_loader;
    std::optional<inventory::Release> m_release;
    bool m_requested = false;
    QLabel *m_state;
    QTreeWidget *m_table;
    QTreeWidget *m_checkpoints; ///< Chartroom's recorded upgrades, rollbacks and recoveries
    int m_checkpointGeneration = 0;
    QComboBox *m_from;
    QComboBox *m_to;
    QTabWidget *m_diffTabs;
    DiffView *m_valuesDiff;
    DiffView *m_manifestDiff;
    QHash<QString, QString> m_texts;  ///< "part@revision" → text
    QHash<QString, QString> m_errors; ///< "part@revision" → error
};

} // namespace chartroom::ui
