#pragma once

#include "rbac/capturegroupjob.h"
#include "rbac/rbaccommands.h"
#include "rbac/useraccess.h"

#include <QHash>
#include <QStringList>

namespace chartroom::rbac {

/// Asks what the kubeconfig user may do in one context: `kubectl auth can-i --list` for each
/// namespace given (an empty string: the cluster-scoped list), two at a time.
///
/// Succeeds when at least one list was read and parsed; rules() then holds each parsed list, and
/// errors() the namespaces that failed with their reason (those stay Unknown in UserAccess).
/// applyTo() copies the results into a UserAccess for the UI and wizards to ask. Follows the Job
/// contract (deferred start, finished() once, non-blocking cancel).
class AccessProbeJob final : public CaptureGroupJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessProbeJob)

public:
    AccessProbeJob(RbacCommands commands, QString context, QStringList namespaces, QObject *parent = nullptr);
    ~AccessProbeJob() override;

    [[nodiscard]] const QString &context() const { return m_context; }
    [[nodiscard]] const QHash<QString, QList<PolicyRule>> &rules() const { return m_rules; }
    [[nodiscard]] const QHash<QString, QString> &errors() const { return m_errors; }
    void applyTo(UserAccess &access) const;
    [[nodiscard]] QList<CommandLine> commandLines() const override;

protected:
    void prepare() override;
    void collect() override;

private:
    const RbacCommands m_commands;
    const QString m_context;
    const QStringList m_namespaces;
    QHash<QString, QList<PolicyRule>> m_rules;
    QHash<QString, QString> m_errors;
};

} // namespace chartroom::rbac
