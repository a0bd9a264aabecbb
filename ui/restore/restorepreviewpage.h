#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

class PlanAccessNotice;
struct RestoreSession;

/// Fourth page: the preview. Asks helm (read-only, as a job in the queue) whether the target
/// release is installed and at which revision, then shows every step of the RestorePlan with
/// the exact commands it will run (secrets redacted) and, clearly, why it cannot run when it
/// cannot. Nothing has changed in the cluster at this point. The plan's steps are checked against
/// the kubeconfig user's access: a denied step, named with what it needs, blocks Next.
class RestorePreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestorePreviewPage)

public:
    explicit RestorePreviewPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestorePreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void lookUpTarget();
    void showPlan();

    RestoreSession &m_session;
    QLabel *m_status;
    QLabel *m_problem;
    QPlainTextEdit *m_text;
    PlanAccessNotice *m_access; ///< the plan's steps against the kubeconfig user's access
    QPointer<jobs::Job> m_lookup;
    QString m_lookupError;
};

} // namespace chartroom::ui
