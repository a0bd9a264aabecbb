#include "contextscanjob.h"

#include "core/logging.h"
#include "jobs/processjob.h"
#include "kube/parsers/serverversion.h"
#include "kube/parsers/toolerror.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::inventory {

using jobs::JobError;
using jobs::JobState;
using jobs::ProcessJob;
using kube::ClusterProblem;

namespace {


ContextStatus::Reachability reachabilityOf(ClusterProblem problem)
{
    switch (problem) {
    case ClusterProblem::Unreachable: return ContextStatus::Reachability::Unreachable;
    case ClusterProblem::TimedOut: return ContextStatus::Reachability::TimedOut;
    case ClusterProblem::Unauthorized: return ContextStatus::Reachability::Unauthorized;
    case ClusterProblem::Forbidden: return ContextStatus::Reachability::Forbidden;
    default: return ContextStatus::Reachability::Error;
    }
}

constexpr std::chrono::seconds ListTimeout{120};

} // namespace


ContextScanJob::ContextScanJob(kube::ToolCommands tools, kube::KubeContext context, QSet<QString> excludedNamespaces,
                               QObject *parent)
    : Job(tr("Scan %1").arg(context.name), parent)
    , m_tools(std::move(tools))
    , m_context(std::move(context))
    , m_excluded(std::move(excludedNamespaces))
{
    m_status.name = m_context.name;
    m_status.cluster = m_context.cluster;
    m_status.server = m_context.server;
    m_status.defaultNamespace = m_context.defaultNamespace;
}

ContextScanJob::~ContextScanJob()
{
    for (ProcessJob *job : std::as_const(m_running))
        job->disconnect(this);
}

QList<CommandLine> ContextScanJob::commandLines() const
{
    return {m_tools.serverVersion(m_context.name, ReachabilityTimeoutSeconds), m_tools.listReleases(m_context.name),
            m_tools.getWorkloads(m_context.name)};
}

std::unique_ptr<jobs::Job> ContextScanJob::clone() const
{
    return std::make_unique<ContextScanJob>(m_tools, m_context, m_excluded);
}

void ContextScanJob::doStart()
{
    setProgress(0, 3);
    run(m_tools.serverVersion(m_context.name, ReachabilityTimeoutSeconds), tr("Check %1 is reachable").arg(m_context.name),
        std::chrono::seconds(ReachabilityTimeoutSeconds * 2), &ContextScanJob::handleVersion);
}

void ContextScanJob::doCancel()
{
    const QList<ProcessJob *> running = m_running;
    for (ProcessJob *job : running)
        job->cancel();
    finishWhenIdle();
}

void ContextScanJob::run(const CommandLine &command, const QString &title, std::chrono::seconds timeout, Handler handler)
{
    auto *job = new ProcessJob(title, command, this);
    job->setCaptureStdout(true, 512LL * 1024 * 1024);
    job->setShowStdout(false); // JSON for the parser; the log keeps the command and stderr
    job->setTimeout(timeout);
    connect(job, &Job::outputReceived, this, &ContextScanJob::forwardOutput);
    connect(job, &Job::finished, this, [this, job, handler] {
        m_running.removeOne(job);
        if (state() == JobState::Running)
            (this->*handler)(job);
        job->deleteLater();
        finishWhenIdle();
    });
    m_running << job;
    job->start();
}

QString ContextScanJob::stderrOf(ProcessJob *job) const
{
    const QString text = job->stderrTail().join(QLatin1Char('\n'));
    return text.isEmpty() ? job->errorString() : text;
}

void ContextScanJob::failContext(ContextStatus::Reachability reachability, const QString &message)
{
    m_status.reachability = reachability;
    m_status.error = message;
}

void ContextScanJob::handleVersion(ProcessJob *job)
{
    setProgress(1, 3);
    if (job->state() != JobState::Succeeded) {
        if (job->error() == JobError::TimedOut)
            return failContext(ContextStatus::Reachability::TimedOut,
                               tr("No answer within %1 s").arg(ReachabilityTimeoutSeconds * 2));
        const QString text = stderrOf(job);
        const QString message = kube::toolErrorMessage(text);
        return failContext(reachabilityOf(kube::classifyToolError(text)), message.isEmpty() ? job->errorString() : message);
    }
    const Result<QString> version = kube::parseServerVersion(job->capturedStdout());
    if (!version)
        return failContext(ContextStatus::Reachability::Error, version.error().toString());
    m_status.reachability = ContextStatus::Reachability::Reachable;
    m_status.serverVersion = *version;
    run(m_tools.listReleases(m_context.name), tr("List releases in %1").arg(m_context.name), ListTimeout,
        &ContextScanJob::handleHelmList);
    run(m_tools.getWorkloads(m_context.name), tr("List workloads in %1").arg(m_context.name), ListTimeout,
        &ContextScanJob::handleWorkloads);
}

void ContextScanJob::handleHelmList(ProcessJob *job)
{
    if (job->state() != JobState::Succeeded) {
        const QString text = stderrOf(job);
        if (kube::classifyToolError(text) == ClusterProblem::Forbidden) {
            m_helmForbidden = true;
            return;
        }
        m_partialError = tr("helm list failed: %1").arg(kube::toolErrorMessage(text));
        return;
    }
    const auto releases = kube::parseHelmList(job->capturedStdout());
    if (!releases) {
        m_partialError = releases.error().toString();
        return;
    }
    for (const kube::HelmReleaseSummary &release : *releases)
        if (!m_excluded.contains(release.namespaceName))
            m_releases << release;
}

void ContextScanJob::handleNamespaces(ProcessJob *job)
{
    QStringList namespaces;
    if (job->state() == JobState::Succeeded) {
        if (const auto objects = kube::parseKubeObjectList(job->capturedStdout())) {
            for (const kube::KubeObject &object : *objects)
                if (!m_excluded.contains(object.name))
                    namespaces << object.name;
        }
    }
    if (namespaces.isEmpty()) // not allowed to list namespaces either: the context's own is all we know
        namespaces = namespacesInUse();
    listReleasesPerNamespace(namespaces);
}

void ContextScanJob::listReleasesPerNamespace(const QStringList &namespaces)
{
    for (const QString &namespaceName : namespaces) {
        run(m_tools.listReleases(m_context.name, namespaceName), tr("List releases in %1").arg(namespaceName),
            ListTimeout, &ContextScanJob::handleNamespaceHelmList);
        m_running.last()->setProperty("chartroom.namespace", namespaceName);
    }
}

void ContextScanJob::handleNamespaceHelmList(ProcessJob *job)
{
    const QString namespaceName = job->property("chartroom.namespace").toString();
    if (job->state() != JobState::Succeeded) {
        if (kube::classifyToolError(stderrOf(job)) == ClusterProblem::Forbidden) {
            if (!m_status.forbiddenNamespaces.contains(namespaceName))
                m_status.forbiddenNamespaces << namespaceName;
        } else {
            m_partialError = tr("helm list in %1 failed: %2").arg(namespaceName, kube::toolErrorMessage(stderrOf(job)));
        }
        return;
    }
    const auto releases = kube::parseHelmList(job->capturedStdout());
    if (releases)
        m_releases << *releases;
    else
        m_partialError = releases.error().toString();
}

void ContextScanJob::handleWorkloads(ProcessJob *job)
{
    if (job->state() != JobState::Succeeded) {
        const QString text = stderrOf(job);
        if (kube::classifyToolError(text) == ClusterProblem::Forbidden) {
            m_workloadsForbidden = true;
            return;
        }
        m_partialError = tr("kubectl get failed: %1").arg(kube::toolErrorMessage(text));
        return;
    }
    parseObjectsInBackground(job->capturedStdout(), {});
}

void ContextScanJob::handleNamespaceWorkloads(ProcessJob *job)
{
    const QString namespaceName = job->property("chartroom.namespace").toString();
    if (job->state() != JobState::Succeeded) {
        if (kube::classifyToolError(stderrOf(job)) == ClusterProblem::Forbidden) {
            if (!m_status.forbiddenNamespaces.contains(namespaceName))
                m_status.forbiddenNamespaces << namespaceName;
        }
        return;
    }
    parseObjectsInBackground(job->capturedStdout(), namespaceName);
}

void ContextScanJob::parseObjectsInBackground(const QByteArray &json, const QString &namespaceName)
{
    // Megabytes of JSON: parse on the thread pool while the other tools still run.
    auto *watcher = new QFutureWatcher<Result<QList<kube::KubeObject>>>(this);
    m_parsers << watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, namespaceName] {
        m_parsers.removeOne(watcher);
        watcher->deleteLater();
        if (state() == JobState::Running) {
            const Result<QList<kube::KubeObject>> objects = watcher->result();
            if (!objects) {
                if (namespaceName.isEmpty())
                    m_partialError = objects.error().toString();
            } else {
                for (const kube::KubeObject &object : *objects)
                    if (!m_excluded.contains(object.namespaceName))
                        m_objects << object;
            }
        }
        finishWhenIdle();
    });
    // At most two parses at once across all contexts: a parsed list takes several times its
    // text in memory, and a fleet of many contexts must not hold them all at once.
    static QThreadPool parsePool;
    parsePool.setMaxThreadCount(2);
    watcher->setFuture(QtConcurrent::run(&parsePool, [json] { return kube::parseKubeObjectList(json); }));
}

QStringList ContextScanJob::namespacesInUse() const
{
    QStringList namespaces;
    for (const kube::HelmReleaseSummary &release : m_releases)
        if (!namespaces.contains(release.namespaceName))
            namespaces << release.namespaceName;
    if (namespaces.isEmpty() && !m_excluded.contains(m_context.defaultNamespace))
        namespaces << m_context.defaultNamespace;
    return namespaces;
}

void ContextScanJob::startNamespaceFallbacks()
{
    // helm first: its releases tell which namespaces the workload lists must cover.
    if (m_helmForbidden) {
        m_helmForbidden = false;
        emitOutput(jobs::OutputChannel::Info,
                   tr("Listing releases across all namespaces is forbidden; listing namespace by namespace"));
        run(m_tools.getNamespaces(m_context.name), tr("List namespaces in %1").arg(m_context.name), ListTimeout,
            &ContextScanJob::handleNamespaces);
        return;
    }
    if (m_workloadsForbidden) {
        m_workloadsForbidden = false;
        emitOutput(jobs::OutputChannel::Info,
                   tr("Listing workloads across all namespaces is forbidden; listing namespace by namespace"));
        for (const QString &namespaceName : namespacesInUse()) {
            if (m_status.forbiddenNamespaces.contains(namespaceName))
                continue;
            run(m_tools.getWorkloads(m_context.name, namespaceName), tr("List workloads in %1").arg(namespaceName),
                ListTimeout, &ContextScanJob::handleNamespaceWorkloads);
            m_running.last()->setProperty("chartroom.namespace", namespaceName);
        }
    }
}

void ContextScanJob::finishWhenIdle()
{
    if (!m_running.isEmpty() || !m_parsers.isEmpty() || isFinished())
        return;
    if (state() == JobState::Canceling)
        return finishCanceled();
    if (m_status.reachability == ContextStatus::Reachability::Reachable && (m_helmForbidden || m_workloadsForbidden)) {
        startNamespaceFallbacks();
        if (!m_running.isEmpty())
            return;
    }
    setProgress(3, 3);
    m_status.scannedAt = QDateTime::currentDateTimeUtc();
    m_status.releaseCount = static_cast<int>(m_releases.size());
    if (m_status.reachability != ContextStatus::Reachability::Reachable)
        return finishFailed(JobError::ExitCode, tr("%1: %2").arg(m_context.name, m_status.error));
    if (!m_status.forbiddenNamespaces.isEmpty())
        emitOutput(jobs::OutputChannel::Info,
                   tr("Not allowed to list in: %1").arg(m_status.forbiddenNamespaces.join(QStringLiteral(", "))));
    if (!m_partialError.isEmpty()) {
        m_status.error = m_partialError;
        return finishFailed(JobError::ExitCode, tr("%1: %2").arg(m_context.name, m_partialError));
    }
    qCInfo(lcKube) << "scanned" << m_context.name << m_releases.size() << "releases" << m_objects.size() << "objects";
    finishSucceeded();
}

} // namespace chartroom::inventory
