#pragma once

#include "rbac/acceptancestore.h"
#include "rbac/finding.h"
#include "rbac/rbacsnapshot.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct RbacSession;

/// Second page: collects the RBAC of every context in scope, one RbacCollectJob per context in
/// the application's job queue (visible and journaled like every other job; the page never
/// waits on a tool), then evaluates the rules and reads the acceptances off the UI thread.
/// Complete once every context has answered and at least one was read; a context that failed is
/// listed with its reason and the review goes on with the others.
class RbacCollectPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacCollectPage)

public:
    enum Column { ContextColumn, StateColumn, DetailColumn };

    explicit RbacCollectPage(RbacSession &session, QWidget *parent = nullptr);
    ~RbacCollectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Cancels collections still running (the wizard closes).
    void cancel();

private:
    struct Evaluation
    {
        QList<rbac::Finding> findings;
        rbac::AcceptanceStore store;
        QString storeError;
    };

    void handleJobFinished(int row, jobs::Job *job);
    void evaluate();
    void handleEvaluation();

    RbacSession &m_session;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTreeWidget *m_contexts;
    QList<QPointer<jobs::Job>> m_jobs;
    QList<rbac::RbacSnapshot> m_snapshots;
    int m_pending = 0;
    bool m_done = false;
    int m_generation = 0;
    QFutureWatcher<Evaluation> m_watcher;
};

} // namespace chartroom::ui
