#pragma once

#include "rbac/capturegroupjob.h"
#include "rbac/rbaccommands.h"
#include "rbac/rbacsnapshot.h"

namespace chartroom::rbac {

/// Collects one context's RbacSnapshot: each RBAC kind (ClusterRoles, ClusterRoleBindings, Roles,
/// RoleBindings, ServiceAccounts) on its own, the workloads (which ServiceAccount each runs as) and
/// the releases (helm list), three tool runs at a time.
///
/// Succeeds when at least one kind of Role or binding was read and parsed (snapshot() is then
/// finished()). A kind that could not be listed (e.g. forbidden) makes the review incomplete: it is
/// a warning in the snapshot, "cannot list clusterroles: <the server's reason>"; so is a failed or
/// malformed workload or release list. Fails with the first kind's error when no Role or binding
/// could be read, or with ParseFailed when a list is not valid JSON. Follows the Job contract
/// (deferred start, finished() once, non-blocking cancel).
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
