#pragma once

#include "fleet.h"

#include "kube/parsers/kubeconfigview.h"
#include "kube/toolcommands.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace chartroom::catalog {
class ProfileCatalog;
}
namespace chartroom::jobs {
class Job;
class JobQueue;
}

namespace chartroom::inventory {

class BackupIndex;

/// Keeps the fleet up to date: reads the kubeconfig through kubectl, then scans every chosen
/// context in parallel through the job queue (one ContextScanJob each, per-cluster limits
/// apply), and publishes the fleet context by context as answers arrive. A slow or dead
/// context never holds up the others.
///
/// The fleet starts from whatever setFleet() gave it (the cache) and is replaced context by
/// context; contexts not scanned this time keep their last state. Never blocks the caller.
class InventoryScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryScanner)

public:
    /// `catalog` is asked for the chart profiles when the first answers are assembled, so that
    /// loading them can overlap with the first tool calls.
    InventoryScanner(jobs::JobQueue *queue, std::function<const catalog::ProfileCatalog &()> catalog,
                     const BackupIndex *backups, QObject *parent = nullptr);

    void setTools(const kube::ToolCommands &tools) { m_tools = tools; }
    /// Contexts to scan; empty means every context of the kubeconfig.
    void setSelectedContexts(const QStringList &contexts) { m_selected = contexts; }
    void setExcludedNamespaces(const QSet<QString> &namespaces) { m_excluded = namespaces; }

    /// Starts a scan (does nothing while one runs). Needs setTools() first.
    void refresh();
    void cancel();
    [[nodiscard]] bool isScanning() const { return m_outstanding > 0; }

    [[nodiscard]] const Fleet &fleet() const { return m_fleet; }
    void setFleet(const Fleet &fleet);
    /// Every context of the kubeconfig as last read (selected or not).
    [[nodiscard]] const QList<kube::KubeContext> &availableContexts() const { return m_available; }
    /// Why the last scan could not even start (no kubectl, unreadable kubeconfig); else empty.
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void scanStarted();
    void contextsRead();
    /// One context's releases and status changed in fleet().
    void contextUpdated(const QString &context);
    void scanFinished();

private:
    void handleConfigView(jobs::Job *job);
    void handleContextScanned(jobs::Job *job);
    void finishOne();

    jobs::JobQueue *m_queue;
    std::function<const catalog::ProfileCatalog &()> m_catalog;
    const BackupIndex *m_backups;
    std::optional<kube::ToolCommands> m_tools;
    QStringList m_selected;
    QSet<QString> m_excluded;
    QList<kube::KubeContext> m_available;
    Fleet m_fleet;
    QList<jobs::Job *> m_jobs;
    int m_outstanding = 0;
    QString m_lastError;
};

} // namespace chartroom::inventory
