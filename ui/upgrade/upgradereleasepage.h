#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace chartroom::ui {

struct UpgradeSession;

/// First page: the release to upgrade, from the inventory (its selection preselected).
class UpgradeReleasePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeReleasePage)

public:
    enum Column { ReleaseColumn, ChartColumn, RevisionColumn, StatusColumn };

    explicit UpgradeReleasePage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeReleasePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// The Recover page first when the chosen release is stuck in a pending state.
    int nextId() const override;

private:
    UpgradeSession &m_session;
    QLabel *m_status;
    QTreeWidget *m_tree;
};

} // namespace chartroom::ui
