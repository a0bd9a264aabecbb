#include "inventoryscanner.h"

#include "contextscanjob.h"
#include "fleetassembler.h"

#include "core/logging.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "kube/parsers/toolerror.h"

namespace chartroom::inventory {

InventoryScanner::InventoryScanner(jobs::JobQueue *queue, std::function<const catalog::ProfileCatalog &()> catalog,
                                   const BackupIndex *backups, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_catalog(std::move(catalog))
    , m_backups(backups)
{
}

void InventoryScanner::setFleet(const Fleet &fleet)
{
    m_fleet = fleet;
}

void InventoryScanner::refresh()
{
    if (m_outstanding > 0)
        return;
    m_lastError.clear();
    if (!m_tools) {
        m_lastError = tr("helm and kubectl have not been found yet");
        Q_EMIT scanFinished();
        return;
    }
    m_outstanding = 1;
    Q_EMIT scanStarted();
    auto job = std::make_unique<jobs::ProcessJob>(tr("Read kubeconfig"), m_tools->configView());
    job->setCaptureStdout(true, 64 * 1024 * 1024);
    job->setShowStdout(false);
    job->setTimeout(std::chrono::seconds(30));
    jobs::Job *raw = m_queue->enqueue(std::move(job), {100, {}});
    m_jobs << raw;
    connect(raw, &jobs::Job::finished, this, &InventoryScanner::handleConfigView);
}

void InventoryScanner::cancel()
{
    const QList<jobs::Job *> running = m_jobs;
    for (jobs::Job *job : running)
        job->cancel();
}

void InventoryScanner::handleConfigView(jobs::Job *job)
{
    m_jobs.removeOne(job);
    auto *process = static_cast<jobs::ProcessJob *>(job);
    if (job->state() != jobs::JobState::Succeeded) {
        const QString message = kube::toolErrorMessage(process->stderrTail().join(QLatin1Char('\n')));
        m_lastError = tr("Cannot read the kubeconfig: %1").arg(message.isEmpty() ? job->errorString() : message);
        return finishOne();
    }
    const Result<kube::KubeconfigView> view = kube::parseKubeconfigView(process->capturedStdout());
    if (!view) {
        m_lastError = view.error().toString();
        return finishOne();
    }
    m_available = view->contexts;
    Q_EMIT contextsRead();

    QStringList scanned;
    for (const kube::KubeContext &context : std::as_const(m_available)) {
        if (!m_selected.isEmpty() && !m_selected.contains(context.name))
            continue;
        scanned << context.name;
        auto scan = std::make_unique<ContextScanJob>(*m_tools, context, m_excluded);
        jobs::Job *raw = m_queue->enqueue(std::move(scan), {50, context.name});
        m_jobs << raw;
        ++m_outstanding;
        connect(raw, &jobs::Job::finished, this, &InventoryScanner::handleContextScanned);
    }
    // Contexts that left the kubeconfig (or the selection) leave the fleet.
    m_fleet.contexts.removeIf([&scanned](const ContextStatus &c) { return !scanned.contains(c.name); });
    m_fleet.releases.removeIf([&scanned](const Release &r) { return !scanned.contains(r.context); });
    for (const QString &name : std::as_const(scanned)) {
        if (std::none_of(m_fleet.contexts.cbegin(), m_fleet.contexts.cend(),
                         [&name](const ContextStatus &c) { return c.name == name; })) {
            ContextStatus status;
            status.name = name;
            m_fleet.contexts << status;
        }
    }
    for (const QString &name : std::as_const(m_selected))
        if (!scanned.contains(name))
            m_lastError = tr("Context “%1” is not in the kubeconfig").arg(name);
    finishOne();
}

void InventoryScanner::handleContextScanned(jobs::Job *job)
{
    m_jobs.removeOne(job);
    auto *scan = static_cast<ContextScanJob *>(job);
    const QString name = scan->status().name;
    if (job->state() == jobs::JobState::Canceled)
        return finishOne(); // keep what we knew

    ContextStatus status = scan->status();
    QList<Release> releases;
    if (status.reachability == ContextStatus::Reachability::Reachable) {
        const FleetAssembler assembler(m_catalog(), *m_backups);
        releases = assembler.assemble(name, scan->releases(), scan->objects(), QDateTime::currentDateTimeUtc());
        m_fleet.releases.removeIf([&name](const Release &r) { return r.context == name; });
        m_fleet.releases << releases;
    }
    // An unreachable context keeps its last known releases, shown with the context's error.
    bool replaced = false;
    for (ContextStatus &existing : m_fleet.contexts) {
        if (existing.name == name) {
            if (status.reachability != ContextStatus::Reachability::Reachable)
                status.releaseCount = existing.releaseCount;
            existing = status;
            replaced = true;
        }
    }
    if (!replaced)
        m_fleet.contexts << status;
    m_fleet.scannedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT contextUpdated(name);
    finishOne();
}

void InventoryScanner::finishOne()
{
    if (--m_outstanding == 0)
        Q_EMIT scanFinished();
}

} // namespace chartroom::inventory
