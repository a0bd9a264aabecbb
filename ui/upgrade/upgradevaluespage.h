#pragma once

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct UpgradeSession;

/// Third page: how the release's values are carried into the new chart. A mode chooser with what
/// each mode does; the release's own values, the defaults the new chart changes (old → new) and
/// the values helm will get; and, for an explicit values file, a YAML editor validated as you type.
/// The values come from a read-only preview job (helm get values / show values) in the queue.
class UpgradeValuesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeValuesPage)

public:
    enum Tab { UserTab, DefaultsTab, ProposedTab, EditTab };

    explicit UpgradeValuesPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeValuesPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void gather();
    void showValues();
    void validateEditor();

    UpgradeSession &m_session;
    QLabel *m_status;
    QComboBox *m_mode;
    QLabel *m_explanation;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_user;
    QTreeWidget *m_defaults;
    QPlainTextEdit *m_proposed;
    QPlainTextEdit *m_editor;
    QLabel *m_validation;
    QPointer<jobs::Job> m_job;
    QString m_editorProblem;
};

} // namespace chartroom::ui
