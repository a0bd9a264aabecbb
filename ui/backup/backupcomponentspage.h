#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

#include "backupplanning.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace chartroom::ui {

struct BackupSession;

/// Which components of each release to back up: a checkable tree of release → profile
/// components, with the last backup's size as the estimate. Releases that cannot be backed up
/// are shown greyed with the reason.
class BackupComponentsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupComponentsPage)

public:
    enum Column { NameColumn, KindColumn, EstimateColumn, NoteColumn };

    explicit BackupComponentsPage(BackupSession &session, QWidget *parent = nullptr);
    ~BackupComponentsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

private:
    void handlePlan();
    void fillTree();
    void updateTotals();

    BackupSession &m_session;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QFutureWatcher<PlanOutcome> m_watcher;
    bool m_filling = false;
};

} // namespace chartroom::ui
