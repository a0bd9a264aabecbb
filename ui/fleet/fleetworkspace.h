#pragma once

#include "inventory/fleet.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace chartroom {
class Runtime;
}
namespace chartroom::inventory {
class ReleaseDetailsLoader;
}
namespace chartroom::models {
class FleetFilterProxy;
class FleetTreeModel;
}

namespace chartroom::ui {

class DashboardView;
class FleetFilterBar;
class FleetTreeView;
class MissedUpgradesBar;
class ReleaseDetailsPane;
struct FleetFilter;

/// The fleet: the inventory tree with its filter bar and the release detail pane, and the
/// dashboard, as two tabs. It composes the fleet's life cycle without ever waiting on a tool
/// or a disk: start() loads the cached fleet asynchronously and shows it as stale; a tool
/// probe with usable tools starts a scan; each context that answers replaces its part of the
/// tree; a finished scan is saved to the cache; auto-refresh follows the settings.
class FleetWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetWorkspace)

public:
    explicit FleetWorkspace(Runtime &runtime, QWidget *parent = nullptr);
    ~FleetWorkspace() override;

    /// Loads the cache (asynchronously). Call once, after the window is shown.
    void start();
    /// Scans the fleet now (F5); does nothing while a scan runs or without tools.
    void refresh();
    void showContextsDialog();
    /// Shows the inventory with `filter` applied (what a dashboard click does).
    void showFiltered(const FleetFilter &filter);
    /// True once a fleet (cached or scanned) is shown.
    [[nodiscard]] bool hasFleet() const { return m_hasFleet; }

    [[nodiscard]] QAction *refreshAction() const { return m_refreshAction; }
    [[nodiscard]] QAction *contextsAction() const { return m_contextsAction; }
    [[nodiscard]] QAction *findAction() const { return m_findAction; }
    [[nodiscard]] models::FleetTreeModel *model() const { return m_model; }
    [[nodiscard]] models::FleetFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] FleetTreeView *tree() const { return m_tree; }
    [[nodiscard]] ReleaseDetailsPane *detailsPane() const { return m_details; }
    [[nodiscard]] DashboardView *dashboard() const { return m_dashboard; }
    [[nodiscard]] inventory::ReleaseDetailsLoader *detailsLoader() const { return m_loader; }

Q_SIGNALS:
    /// The first fleet (cached or scanned) is on screen.
    void fleetShown();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void handleCacheLoaded(const std::optional<inventory::Fleet> &fleet);
    void handleToolsProbed();
    void handleScanStarted();
    void handleContextUpdated(const QString &context);
    void handleScanFinished();
    void handleSelection();
    void restoreSelection();
    void scheduleDashboardUpdate();
    void updateBanners();
    void updatePlaceholder();
    void applyAutoRefresh();
    void markFleetShown();
    void saveViewState();
    [[nodiscard]] int contextsToScan() const;

    Runtime &m_runtime;
    models::FleetTreeModel *m_model;
    models::FleetFilterProxy *m_proxy;
    inventory::ReleaseDetailsLoader *m_loader;
    QAction *m_refreshAction;
    QAction *m_contextsAction;
    QAction *m_findAction;
    QTabWidget *m_tabs;
    FleetFilterBar *m_filterBar;
    QStackedWidget *m_treeStack;
    QLabel *m_placeholder;
    FleetTreeView *m_tree;
    QSplitter *m_splitter;
    ReleaseDetailsPane *m_details;
    DashboardView *m_dashboard;
    QWidget *m_staleBanner;
    QLabel *m_staleLabel;
    QWidget *m_errorBanner;
    QLabel *m_errorLabel;
    MissedUpgradesBar *m_missedUpgrades;
    QProgressBar *m_progress;
    QTimer *m_autoRefresh;
    QTimer *m_dashboardTimer;
    QDateTime m_cachedAt;     ///< scan time of the cached fleet on screen; null once live
    QSet<QString> m_answered; ///< contexts answered by the running scan
    QHash<QString, int> m_revisions; ///< release key → revision on screen (to drop stale details)
    QString m_selectedKey;
    bool m_updating = false; ///< a context subtree is being replaced
    bool m_hasFleet = false;
    bool m_live = false;      ///< a scan has delivered data (the cache must not overwrite it)
};

} // namespace chartroom::ui
