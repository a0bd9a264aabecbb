#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace chartroom::ui {

struct BackupSession;

/// What will happen, before anything does: the plan's releases tier by tier with their
/// components, the estimated size, where the backups go and whether they are encrypted.
/// Its commit button starts the backup.
class BackupReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupReviewPage)

public:
    explicit BackupReviewPage(BackupSession &session, QWidget *parent = nullptr);
    ~BackupReviewPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    BackupSession &m_session;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};

} // namespace chartroom::ui
