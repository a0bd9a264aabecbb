#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace chartroom::ui {

struct RestoreSession;

/// Second page: the restore point. The release's backups, newest first, each with its age
/// against the release's RPO (from its chart profile) and its verification state. A backup that
/// is bad, failed, incomplete or still running cannot be chosen: it is greyed with the reason,
/// and the newest good one is offered instead.
class RestorePointPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestorePointPage)

public:
    enum Column { TimeColumn, AgeColumn, StateColumn, SizeColumn, IdColumn, NoteColumn };

    explicit RestorePointPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestorePointPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    RestoreSession &m_session;
    QLabel *m_rpo;
    QTreeWidget *m_tree;
    QLabel *m_note;
};

} // namespace chartroom::ui
