#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace chartroom::ui {

struct BackupSession;

/// How the backup ended, per release: succeeded, failed or skipped with the reason, size,
/// duration and backup id; and where the Markdown report was saved.
class BackupSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSummaryPage)

public:
    enum Column { ReleaseColumn, ResultColumn, SizeColumn, DurationColumn, BackupColumn, ReasonColumn };

    explicit BackupSummaryPage(BackupSession &session, QWidget *parent = nullptr);
    ~BackupSummaryPage() override;

    void initializePage() override;

private:
    BackupSession &m_session;
    QLabel *m_headline;
    QTreeWidget *m_tree;
    QLabel *m_report;
};

} // namespace chartroom::ui
