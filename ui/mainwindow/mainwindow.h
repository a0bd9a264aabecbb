#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QToolBar;

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

class FleetPage;
class JobsDock;

/// Chartroom's main window: the Fleet page in the centre, the Jobs dock, a status bar with the
/// helm and kubectl in use and the number of running jobs, and the application menus.
/// Window geometry and dock layout are kept in AppSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Runtime &runtime, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] JobsDock *jobsDock() const { return m_jobsDock; }
    [[nodiscard]] FleetPage *fleetPage() const { return m_fleetPage; }
    [[nodiscard]] QAction *checkToolsAction() const { return m_checkToolsAction; }
    [[nodiscard]] QAction *settingsAction() const { return m_settingsAction; }
    [[nodiscard]] QAction *backupAction() const;
    [[nodiscard]] QAction *restoreAction() const;

    /// Opens the backup wizard on the inventory's selection (non-modal; one at a time).
    void showBackupWizard();
    /// Opens the restore wizard on the inventory's selection (non-modal; one at a time).
    void showRestoreWizard();
    void showDrillDialog();
    /// Opens the upgrade wizard on the inventory's selection (non-modal; one at a time).
    void showUpgradeWizard();
    /// Opens the RBAC review wizard on the inventory's selection (non-modal; one at a time).
    void showRbacWizard();

    /// Probes helm and kubectl again (visible as jobs).
    void checkTools();
    /// Opens the Settings dialog; applies and re-probes when accepted.
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Raises the wizard `open` if there is one, else shows the one `make` creates (deleted on
    /// close), when `action` is enabled.
    void showWizard(QAction *action, QPointer<QWidget> &open, const std::function<QWidget *()> &make);
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    void updateToolStatus();
    void updateRunningCount();
    void showAbout();
    void openLogFolder();

    Runtime &m_runtime;
    FleetPage *m_fleetPage;
    JobsDock *m_jobsDock;
    QAction *m_checkToolsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QLabel *m_helmIcon = nullptr;
    QLabel *m_helmLabel = nullptr;
    QLabel *m_kubectlIcon = nullptr;
    QLabel *m_kubectlLabel = nullptr;
    QLabel *m_runningLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<QWidget> m_backupWizard;
    QPointer<QWidget> m_restoreWizard;
    QPointer<QWidget> m_drillDialog;
    QPointer<QWidget> m_upgradeWizard;
    QPointer<QWidget> m_rbacWizard;
};

} // namespace chartroom::ui
