#pragma once

#include <QList>
#include <QPointer>
#include <QWizardPage>

#include "kube/parsers/helmhistory.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct UpgradeSession;

/// Guided recovery of a release stuck in pending-install/-upgrade/-rollback (a helm that was
/// interrupted), before it can be upgraded: reads `helm history` as a job, previews the
/// RollbackPlan to the last deployed revision (its exact command), and runs it in the queue only
/// after the user ticked the confirmation and clicked Recover. The outcome is read back from helm;
/// once the release is deployed again Next goes on with the upgrade (or Finish ends here).
class UpgradeRecoverPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeRecoverPage)

public:
    explicit UpgradeRecoverPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeRecoverPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void readHistory(bool afterRecovery);
    void showPlan();
    void recover();

    UpgradeSession &m_session;
    QLabel *m_status;
    QPlainTextEdit *m_preview;
    QCheckBox *m_confirm;
    QPushButton *m_recover;
    QLabel *m_outcome;
    QPointer<jobs::Job> m_job;
    QList<kube::HelmRevision> m_history;
    bool m_recovered = false;
};

} // namespace chartroom::ui
