#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace chartroom::ui {

struct RbacSession;

/// First page of the RBAC review: what to review. A tree of the scanned fleet (the whole fleet →
/// contexts → namespaces → releases); the selected row is the scope. The inventory's selection is
/// preselected: its one release, else the namespace or context all of it shares, else the fleet.
class RbacScopePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacScopePage)

public:
    enum Role { ScopeRole = Qt::UserRole + 1, ContextRole, NamespaceRole, ReleaseRole };

    explicit RbacScopePage(RbacSession &session, QWidget *parent = nullptr);
    ~RbacScopePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QTreeWidgetItem *preselected() const;

    RbacSession &m_session;
    QTreeWidget *m_tree;
    QLabel *m_note;
};

} // namespace chartroom::ui
