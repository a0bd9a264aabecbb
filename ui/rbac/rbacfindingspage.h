#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace chartroom::rbac {
struct Finding;
}

namespace chartroom::ui {

struct RbacSession;

/// Third page: the findings, grouped by severity and then release. The selected finding shows its
/// rule (title, explanation, reference), what matched, the binding and role behind it with their
/// releases, the exact PolicyRules, its subjects and each subject → binding → role → rule path,
/// and a least-privilege Role/RoleBinding suggestion (read-only text to review and copy; Chartroom
/// applies nothing). A finding can be accepted with a note or reopened; the decision is saved to
/// the acceptance store at once, off the UI thread, so the next review starts from it.
class RbacFindingsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacFindingsPage)

public:
    enum Column { FindingColumn, RuleColumn, TargetColumn, StateColumn };
    enum Role { FindingIndexRole = Qt::UserRole + 1, SeverityRole };

    explicit RbacFindingsPage(RbacSession &session, QWidget *parent = nullptr);
    ~RbacFindingsPage() override;

    void initializePage() override;

    /// The finding selected in the tree, or nullptr (a group row).
    [[nodiscard]] const rbac::Finding *currentFinding() const;
    /// Accepts the selected finding with the note typed (the Accept button).
    void acceptCurrent();
    /// Reopens the selected finding (the Reopen button).
    void reopenCurrent();

Q_SIGNALS:
    /// The acceptance store was written (or failed to be: `error`).
    void acceptancesSaved(const QString &error);

private:
    void fill();
    void showCurrent();
    void updateButtons();
    void updateSummary();
    void refreshStates();
    void save();

    RbacSession &m_session;
    QLabel *m_summary;
    QLabel *m_warnings; ///< the collection's warnings: the review may be incomplete
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QPlainTextEdit *m_suggestion;
    QPushButton *m_copy;
    QLineEdit *m_note;
    QPushButton *m_accept;
    QPushButton *m_reopen;
    QLabel *m_saveStatus;
    QFutureWatcher<QString> m_saver;
};

} // namespace chartroom::ui
