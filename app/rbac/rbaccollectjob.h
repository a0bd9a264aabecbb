#pragma once

#include "rbac/capturegroupjob.h"
#include "rbac/rbaccommands.h"
#include "rbac/rbacsnapshot.h"

namespace chartroom::rbac {

/// Collects one context's RbacSnapshot: the RBAC objects and ServiceAccounts, the workloads (which
/// ServiceAccount each runs as) and the releases (helm list), as three tool runs side by side.
///
/// Succeeds when the RBAC objects were read and parsed (snapshot() is then finished()); a failed
/// or malformed workload or release list only adds a warning to the snapshot. Fails with
/// ParseFailed when the RBAC list is not valid JSON, or with the tool's error. Follows the Job
/// contract (deferred start, finished() once, non-blocking cancel).
class RbacCollectJob final : public CaptureGroupJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacCollectJob)

public:
    RbacCollectJob(RbacCommands commands, QString context, QString namespaceName = {}, QObject *parent = nullptr);
    ~RbacCollectJob() override;

    [[nodiscard]] const RbacSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] QList<CommandLine> commandLines() const override;

protected:
    void prepare() override;
    void collect() override;

private:
    const RbacCommands m_commands;
    const QString m_context;
    const QString m_namespace;
    RbacSnapshot m_snapshot;
};

} // namespace chartroom::rbac
