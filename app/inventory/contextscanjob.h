#pragma once

#include "fleet.h"

#include "jobs/job.h"
#include "kube/parsers/helmlist.h"
#include "kube/parsers/kubeconfigview.h"
#include "kube/parsers/workloads.h"
#include "kube/toolcommands.h"

#include <QSet>

namespace chartroom::jobs {
class ProcessJob;
}

namespace chartroom::inventory {

/// Scans one kubeconfig context: is it reachable (with a short timeout), which releases does
/// helm list, and which workloads, pods and PVCs do they own.
///
/// Runs its tool calls as child process jobs: the version probe first, then `helm list` and
/// `kubectl get` side by side. Where the cluster-wide list is forbidden, it falls back to one
/// list per namespace in use and records the namespaces that stay forbidden. An unreachable,
/// unauthorised or slow cluster ends the job Failed with the tool's own message; status() then
/// says which. Excluded namespaces are filtered out of the results.
class ContextScanJob final : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextScanJob)

public:
    ContextScanJob(kube::ToolCommands tools, kube::KubeContext context, QSet<QString> excludedNamespaces,
                   QObject *parent = nullptr);
    ~ContextScanJob() override;

    static constexpr int ReachabilityTimeoutSeconds = 5;

    [[nodiscard]] const ContextStatus &status() const { return m_status; }
    [[nodiscard]] const QList<kube::HelmReleaseSummary> &releases() const { return m_releases; }
    [[nodiscard]] const QList<kube::KubeObject> &objects() const { return m_objects; }

    [[nodiscard]] QList<CommandLine> commandLines() const override;
    [[nodiscard]] std::unique_ptr<jobs::Job> clone() const override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    using Handler = void (ContextScanJob::*)(jobs::ProcessJob *);
    void run(const CommandLine &command, const QString &title, std::chrono::seconds timeout, Handler handler);
    void handleVersion(jobs::ProcessJob *job);
    void handleHelmList(jobs::ProcessJob *job);
    void handleNamespaces(jobs::ProcessJob *job);
    void handleNamespaceHelmList(jobs::ProcessJob *job);
    void handleWorkloads(jobs::ProcessJob *job);
    void handleNamespaceWorkloads(jobs::ProcessJob *job);
    void parseObjectsInBackground(const QByteArray &json, const QString &namespaceName);
    void startNamespaceFallbacks();
    void listReleasesPerNamespace(const QStringList &namespaces);
    void finishWhenIdle();
    void failContext(ContextStatus::Reachability reachability, const QString &message);
    [[nodiscard]] QString stderrOf(jobs::ProcessJob *job) const;
    [[nodiscard]] QStringList namespacesInUse() const;

    const kube::ToolCommands m_tools;
    const kube::KubeContext m_context;
    const QSet<QString> m_excluded;
    ContextStatus m_status;
    QList<kube::HelmReleaseSummary> m_releases;
    QList<kube::KubeObject> m_objects;
    QList<jobs::ProcessJob *> m_running;
    QList<QObject *> m_parsers; ///< background parses still under way
    bool m_helmForbidden = false;
    bool m_workloadsForbidden = false;
    QString m_partialError;
};

} // namespace chartroom::inventory
