#pragma once

#include "inventory/fleet.h"
#include "rbac/rbacsnapshot.h"
#include "rbac/useraccess.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedLayout;
class QTimer;

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

class FleetWorkspace;

/// The central "Fleet" page: the fleet workspace (inventory, details, dashboard) once there is a
/// fleet to show or helm and kubectl are usable; until then an honest empty state: which helm
/// and kubectl Chartroom uses, which kubeconfig, and "Check tools".
class FleetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPage)

public:
    explicit FleetPage(Runtime &runtime, QWidget *parent = nullptr);
    ~FleetPage() override;

    /// Re-reads the tool probe's results and the kubeconfig location.
    void refresh();
    [[nodiscard]] FleetWorkspace *workspace() const { return m_workspace; }
    /// "Back up…": enabled when the inventory's selection holds a release that can be backed
    /// up, else disabled with the reason as its tooltip. Also in the inventory's context menu.
    [[nodiscard]] QAction *backupAction() const { return m_backupAction; }
    /// "Restore…": enabled when the repository holds a backup that can be restored of the
    /// selected release (or, with no single release selected, of any release), else disabled
    /// with the reason as its tooltip. Also in the inventory's context menu.
    [[nodiscard]] QAction *restoreAction() const { return m_restoreAction; }
    /// "Run Restore Drill…": enabled when one release is selected that has a verified backup and
    /// the user may restore into a new namespace, else disabled with the reason as its tooltip.
    [[nodiscard]] QAction *drillAction() const { return m_drillAction; }
    /// "Review RBAC…": enabled once the fleet lists a release and kubectl is usable, else
    /// disabled with the reason as its tooltip. Also in the inventory's context menu.
    [[nodiscard]] QAction *rbacAction() const { return m_rbacAction; }
    /// "Upgrade…": enabled when one installed release is selected and helm is usable, else
    /// disabled with the reason as its tooltip. Also in the inventory's context menu.
    [[nodiscard]] QAction *upgradeAction() const { return m_upgradeAction; }
    /// The releases under the inventory's current row: the release itself, or every release
    /// shown under a selected tier, namespace or context.
    [[nodiscard]] QList<inventory::Release> selectedReleases() const;
    /// What the kubeconfig user may do, from `kubectl auth can-i --list` for the namespaces of the
    /// fleet and at cluster scope, asked (as jobs) after every scan and kept in the Runtime for
    /// the wizards. Back Up…, Restore… and Upgrade… are disabled with the reason when the user
    /// lacks a permission they need; until the answer is in they stay enabled.
    [[nodiscard]] const rbac::UserAccess &userAccess() const;

    /// The kubeconfig files kubectl and helm will read: $KUBECONFIG's entries, else ~/.kube/config.
    [[nodiscard]] static QStringList kubeconfigPaths();

Q_SIGNALS:
    void checkToolsRequested();

private:
    void updateBackupAction();
    void updateRestoreAction();
    void updateDrillAction();
    void updateRbacAction();
    void updateUpgradeAction();
    void applyBackups();
    void probeAccess();
    /// Reviews the RBAC of every context of the fleet (as jobs) for the inventory's RBAC column.
    void reviewRbac();
    /// Evaluates the last collected RBAC snapshots with the acceptances as stored now (off the UI
    /// thread) into the RBAC column and the details pane: after each review, and after an acceptance.
    void evaluateRbac();
    /// Why the user cannot perform `action` on one of `releases`; empty when nothing is known to be denied.
    [[nodiscard]] QString accessDenied(const QList<inventory::Release> &releases, rbac::UserAccess::Action action) const;
    void showInventoryMenu(const QPoint &position);
    void setToolRow(QLabel *icon, QLabel *text, const QString &toolName);

    Runtime &m_runtime;
    QLabel *m_helmIcon;
    QLabel *m_helmText;
    QLabel *m_kubectlIcon;
    QLabel *m_kubectlText;
    QLabel *m_kubeconfigText;
    QPushButton *m_checkButton;
    FleetWorkspace *m_workspace;
    QAction *m_backupAction;
    QAction *m_restoreAction;
    QAction *m_drillAction;
    QAction *m_rbacAction;
    QAction *m_upgradeAction;
    QTimer *m_backupActionTimer;
    QStackedLayout *m_stack;
    int m_rbacGeneration = 0; ///< answers of an older review are dropped
    int m_rbacEvaluation = 0; ///< answers of an older evaluation are dropped
    QList<rbac::RbacSnapshot> m_rbacSnapshots; ///< the last review's collections
};

} // namespace chartroom::ui
