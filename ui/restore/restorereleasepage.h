#pragma once

#include "backup/backuprepository.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace chartroom::ui {

struct RestoreSession;

/// First page: which release to restore. Lists every release the repository holds backups of,
/// whether the inventory still shows it installed (a release that is gone can be restored from
/// its backups), and the inventory's selection preselected. Reads the repository off the UI thread.
class RestoreReleasePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreReleasePage)

public:
    enum Column { ReleaseColumn, InventoryColumn, BackupsColumn, LatestColumn };

    explicit RestoreReleasePage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestoreReleasePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    struct Listing
    {
        std::optional<backup::BackupRepository> repository;
        QList<backup::BackupRecord> records;
        QString error;
    };

    void handleListing();
    void fill();

    RestoreSession &m_session;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QFutureWatcher<Listing> m_watcher;
};

} // namespace chartroom::ui
