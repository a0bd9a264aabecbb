#pragma once

#include "toolinfo.h"

#include <QObject>

namespace chartroom::jobs {
class JobQueue;
}

namespace chartroom::kube {

/// Finds helm and kubectl and asks each for its version, through the job queue (so the
/// checks are visible and never block the UI). Emits finished() once with both results.
class ToolProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolProbe)

public:
    ToolProbe(jobs::JobQueue *queue, QObject *parent = nullptr);

    /// Starts (or restarts) the probe with the given configured paths (empty = automatic).
    void probe(const QString &helmPath = {}, const QString &kubectlPath = {});

    [[nodiscard]] const ToolInfo &helm() const { return m_helm; }
    [[nodiscard]] const ToolInfo &kubectl() const { return m_kubectl; }
    [[nodiscard]] bool isRunning() const { return m_outstanding > 0; }

Q_SIGNALS:
    void finished();

private:
    void probeTool(ToolInfo &info, const QString &configuredPath, const QStringList &arguments);

    jobs::JobQueue *m_queue;
    ToolInfo m_helm;
    ToolInfo m_kubectl;
    int m_outstanding = 0;
    int m_generation = 0;
};

} // namespace chartroom::kube
