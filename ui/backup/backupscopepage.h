#pragma once

#include "inventory/fleet.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QRadioButton;

namespace chartroom::ui {

struct BackupSession;

/// What to back up: the inventory's selection, one DR tier, or the whole fleet.
class BackupScopePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScopePage)

public:
    explicit BackupScopePage(BackupSession &session, QWidget *parent = nullptr);
    ~BackupScopePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    [[nodiscard]] QList<inventory::Release> chosen() const;
    void updateSummary();

    BackupSession &m_session;
    QRadioButton *m_selection;
    QRadioButton *m_tier;
    QComboBox *m_tierCombo;
    QRadioButton *m_fleet;
    QLabel *m_summary;
};

} // namespace chartroom::ui
