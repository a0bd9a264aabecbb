#pragma once

#include "backup/backuprequest.h"
#include "jobs/job.h"

#include <functional>
#include <memory>

namespace chartroom::jobs {
class ProcessJob;
}

namespace chartroom::backup {

/// Base of the restore's steps: runs kubectl processes one at a time as its child, in the
/// cluster tools' environment, forwarding their output and recording their commands.
///
/// Contract: one child at a time; cancel() cancels it and the step finishes Canceled once it
/// stopped (a done-handler is not called after a cancel); commandLines() lists what ran.
class RestoreStepJob : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreStepJob)

public:
    RestoreStepJob(QString title, ClusterTools tools, QObject *parent = nullptr);
    ~RestoreStepJob() override;

    [[nodiscard]] QList<CommandLine> commandLines() const override { return m_commands; }

protected:
    using Configure = std::function<void(jobs::ProcessJob &)>;
    using Done = std::function<void(jobs::ProcessJob &)>;

    void doCancel() override;
    void runProcess(const QString &title, const CommandLine &command, const Configure &configure, Done done);
    /// Ends the step with the process's error.
    void failWith(const jobs::ProcessJob &process);
    /// `kubectl --context C --namespace N <arguments>`.
    [[nodiscard]] CommandLine kubectl(const QString &context, const QString &namespaceName, const QStringList &arguments) const;

    const ClusterTools m_tools;
    bool m_canceled = false;

private:
    std::unique_ptr<jobs::ProcessJob> m_child;
    QList<CommandLine> m_commands;
};

} // namespace chartroom::backup
