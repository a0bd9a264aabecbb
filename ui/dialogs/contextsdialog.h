#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

/// "Contexts…": which kubeconfig contexts form the fleet (all by default), with each one's
/// server and last status, the namespaces to leave out, and the auto-refresh interval.
/// accept() stores the choice in AppSettings and applies it to the scanner; the caller refreshes.
class ContextsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextsDialog)

public:
    explicit ContextsDialog(Runtime &runtime, QWidget *parent = nullptr);
    ~ContextsDialog() override;

    void accept() override;

private:
    void populate();
    void setAllChecked(bool checked);

    Runtime &m_runtime;
    QTreeWidget *m_contexts;
    QLineEdit *m_excluded;
    QSpinBox *m_autoRefresh;
};

} // namespace chartroom::ui
