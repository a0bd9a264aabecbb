#include "rbaccollectpage.h"

#include "rbacsession.h"
#include "runtime.h"

#include "jobs/jobqueue.h"
#include "rbac/rbaccollectjob.h"
#include "rbac/ruleengine.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

RbacCollectPage::RbacCollectPage(RbacSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_contexts(new QTreeWidget)
{
    setObjectName(QStringLiteral("rbacCollectPage"));
    setTitle(tr("Collecting"));
    setSubTitle(tr("Roles, ClusterRoles, bindings, ServiceAccounts, workloads and releases are read with kubectl "
                   "and helm in the job queue; their commands are in the Jobs panel."));
    m_status->setObjectName(QStringLiteral("collectStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("collectProgress"));
    m_contexts->setObjectName(QStringLiteral("collectTree"));
    m_contexts->setRootIsDecorated(false);
    m_contexts->setHeaderLabels({tr("Context"), tr("State"), tr("Details")});
    m_contexts->header()->setSectionResizeMode(ContextColumn, QHeaderView::ResizeToContents);
    m_contexts->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_contexts, 1);
    connect(&m_watcher, &QFutureWatcher<Evaluation>::finished, this, &RbacCollectPage::handleEvaluation);
}

RbacCollectPage::~RbacCollectPage()
{
    cancel();
    m_watcher.waitForFinished(); // pure computation on copies: ends without any tool
}

void RbacCollectPage::cancel()
{
    for (const QPointer<jobs::Job> &job : std::as_const(m_jobs))
        if (job && !job->isFinished())
            m_session.runtime.queue().cancel(job);
}

void RbacCollectPage::cleanupPage()
{
    ++m_generation; // answers of this round are no longer wanted
    cancel();
    m_jobs.clear();
}

void RbacCollectPage::initializePage()
{
    ++m_generation;
    cancel();
    m_jobs.clear();
    m_snapshots.clear();
    m_session.failures.clear();
    m_session.review = {};
    m_done = false;
    m_contexts->clear();
    const QStringList contexts = m_session.contexts();
    m_pending = int(contexts.size());
    m_progress->setRange(0, qMax(1, m_pending));
    m_progress->setValue(0);
    if (contexts.isEmpty()) {
        m_status->setText(tr("There is no context to review: scan the fleet first."));
        Q_EMIT completeChanged();
        return;
    }
    m_status->setText(tr("Reading the RBAC of %n context(s) for %1…", nullptr, m_pending).arg(m_session.scopeText()));
    const rbac::RbacCommands commands(m_session.runtime.tools().kubectl().path, m_session.runtime.tools().helm().path);
    const int generation = m_generation;
    for (const QString &context : contexts) {
        const int row = m_contexts->topLevelItemCount();
        new QTreeWidgetItem(m_contexts, {context, tr("waiting")});
        auto job = std::make_unique<rbac::RbacCollectJob>(commands, context);
        jobs::Job *queued = m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, context});
        m_jobs << queued;
        connect(queued, &jobs::Job::started, this, [this, row, generation] {
            if (generation == m_generation)
                m_contexts->topLevelItem(row)->setText(StateColumn, tr("reading"));
        });
        connect(queued, &jobs::Job::finished, this, [this, row, queued, generation] {
            if (generation == m_generation)
                handleJobFinished(row, queued);
        });
    }
    Q_EMIT completeChanged();
}

void RbacCollectPage::handleJobFinished(int row, jobs::Job *job)
{
    QTreeWidgetItem *item = m_contexts->topLevelItem(row);
    auto *collect = qobject_cast<rbac::RbacCollectJob *>(job);
    if (job->state() == jobs::JobState::Succeeded && collect) {
        const rbac::RbacSnapshot &snapshot = collect->snapshot();
        m_snapshots << snapshot;
        item->setText(StateColumn, snapshot.warnings.isEmpty() ? tr("read") : tr("read, incomplete"));
        item->setText(DetailColumn, tr("%1 roles, %2 bindings, %3 ServiceAccounts")
                                        .arg(snapshot.roles.size())
                                        .arg(snapshot.bindings.size())
                                        .arg(snapshot.serviceAccounts.size()));
        for (const QString &warning : snapshot.warnings)
            m_session.review.warnings << tr("Review incomplete for context %1: %2").arg(snapshot.context, warning);
        if (!snapshot.warnings.isEmpty())
            item->setToolTip(DetailColumn, snapshot.warnings.join(QLatin1Char('\n')));
    } else {
        item->setText(StateColumn, tr("failed"));
        item->setText(DetailColumn, job->errorString());
        item->setToolTip(DetailColumn, job->errorString());
        m_session.failures << tr("context %1: %2").arg(item->text(ContextColumn), job->errorString());
        m_session.review.warnings << tr("Not reviewed: context %1 could not be read: %2").arg(item->text(ContextColumn),
                                                                                             job->errorString());
    }
    m_progress->setValue(m_progress->value() + 1);
    if (--m_pending == 0)
        evaluate();
}

void RbacCollectPage::evaluate()
{
    if (m_snapshots.isEmpty()) {
        m_status->setText(tr("No context could be read: %1").arg(m_session.failures.join(QStringLiteral("; "))));
        return;
    }
    m_status->setText(tr("Evaluating the rules…"));
    const catalog::ProfileCatalog *profiles = &m_session.runtime.catalog();
    const QList<rbac::RbacSnapshot> snapshots = m_snapshots;
    m_watcher.setFuture(QtConcurrent::run([snapshots, profiles] {
        Evaluation evaluation;
        const rbac::RuleEngine engine(profiles);
        for (const rbac::RbacSnapshot &snapshot : snapshots)
            evaluation.findings << engine.evaluate(snapshot);
        if (const Result<void> loaded = evaluation.store.load(); !loaded)
            evaluation.storeError = loaded.error().message;
        return evaluation;
    }));
}

void RbacCollectPage::handleEvaluation()
{
    Evaluation evaluation = m_watcher.result();
    rbac::RbacReview &review = m_session.review;
    review.contexts = m_session.contexts();
    review.namespaceName = m_session.scope == RbacSession::Scope::Fleet || m_session.scope == RbacSession::Scope::Context
                               ? QString()
                               : m_session.namespaceName;
    review.release = m_session.scope == RbacSession::Scope::Release
                         ? QString(m_session.namespaceName + QLatin1Char('/') + m_session.release)
                         : QString();
    review.generatedAt = QDateTime::currentDateTimeUtc();
    review.findings = evaluation.findings;
    review.applyScope();
    m_session.store = evaluation.store;
    m_session.storeError = evaluation.storeError;
    m_session.store.apply(review.findings);
    rbac::sortFindings(review.findings);
    m_done = true;
    QString text = tr("%n finding(s) for %1, %2 open.", nullptr, int(review.findings.size()))
                       .arg(m_session.scopeText())
                       .arg(review.openAtLeast(rbac::Severity::Info));
    if (!m_session.failures.isEmpty())
        text += QLatin1Char(' ') + tr("Not reviewed: %1.").arg(m_session.failures.join(QStringLiteral("; ")));
    if (!m_session.storeError.isEmpty())
        text += QLatin1Char(' ') + tr("The accepted findings could not be read: %1").arg(m_session.storeError);
    m_status->setText(text);
    Q_EMIT completeChanged();
}

bool RbacCollectPage::isComplete() const
{
    return m_done;
}

} // namespace chartroom::ui
