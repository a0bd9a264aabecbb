#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace chartroom {
class AppSettings;
}

namespace chartroom::ui {

/// Preferences: which helm and kubectl to run (empty = automatic, with the path that would be
/// used shown live), the job queue's limits and the backup repository folder. accept() writes
/// them to AppSettings; the caller applies them (Runtime::applySettings, a new tool probe,
/// Runtime::setBackupRepositoryLocation with backupRepository()).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    /// The repository folder as accepted (the default location when left empty).
    [[nodiscard]] QString backupRepository() const;

private:
    QWidget *pathRow(QLineEdit *edit, QLabel *resolved, const QString &tool);
    /// The field, its Browse… button beside it and a status line under it.
    static QWidget *fieldRow(QLineEdit *edit, QToolButton *browse, QLabel *status);
    void updateResolved(QLineEdit *edit, QLabel *label, const QString &tool);
    void updateRepositoryStatus();

    AppSettings &m_settings;
    QLineEdit *m_helmEdit;
    QLineEdit *m_kubectlEdit;
    QLabel *m_helmResolved;
    QLabel *m_kubectlResolved;
    QSpinBox *m_maxConcurrent;
    QSpinBox *m_maxPerCluster;
    QLineEdit *m_repositoryEdit;
    QLabel *m_repositoryStatus;
};

} // namespace chartroom::ui
