#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

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

    /// The kubeconfig files kubectl and helm will read: $KUBECONFIG's entries, else ~/.kube/config.
    [[nodiscard]] static QStringList kubeconfigPaths();

Q_SIGNALS:
    void checkToolsRequested();

private:
    void setToolRow(QLabel *icon, QLabel *text, const QString &toolName);

    Runtime &m_runtime;
    QLabel *m_helmIcon;
    QLabel *m_helmText;
    QLabel *m_kubectlIcon;
    QLabel *m_kubectlText;
    QLabel *m_kubeconfigText;
    QPushButton *m_checkButton;
    FleetWorkspace *m_workspace;
    QStackedLayout *m_stack;
};

} // namespace chartroom::ui
