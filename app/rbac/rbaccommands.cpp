#include "rbaccommands.h"

#include <QStringList>

namespace chartroom::rbac {

namespace {

void addScope(CommandLine &command, const QString &namespaceName, const char *allFlag)
{
    if (namespaceName.isEmpty())
        command.addArgument(QString::fromLatin1(allFlag));
    else
        command.addArguments({QStringLiteral("--namespace"), namespaceName});
}

} // namespace

RbacCommands::RbacCommands(QString kubectl, QString helm)
    : m_kubectl(std::move(kubectl))
    , m_helm(std::move(helm))
{
}

QStringList RbacCommands::rbacKinds()
{
    return {QStringLiteral("clusterroles"), QStringLiteral("clusterrolebindings"), QStringLiteral("roles"),
            QStringLiteral("rolebindings"), QStringLiteral("serviceaccounts")};
}

CommandLine RbacCommands::getRbacObjects(const QString &context, const QString &namespaceName, const QString &kinds) const
{
    CommandLine command(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("get"),
                                    kinds.isEmpty() ? rbacKinds().join(QLatin1Char(',')) : kinds});
    addScope(command, namespaceName, "--all-namespaces");
    command.addArguments({QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--request-timeout=60s")});
    return command;
}

CommandLine RbacCommands::getWorkloads(const QString &context, const QString &namespaceName) const
{
    CommandLine command(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("get"),
                                    QStringLiteral("deployments,statefulsets,daemonsets,cronjobs")});
    addScope(command, namespaceName, "--all-namespaces");
    command.addArguments({QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--request-timeout=60s")});
    return command;
}

CommandLine RbacCommands::listReleases(const QString &context, const QString &namespaceName) const
{
    CommandLine command(m_helm, {QStringLiteral("list"), QStringLiteral("--kube-context"), context});
    addScope(command, namespaceName, "--all-namespaces");
    command.addArguments({QStringLiteral("--max"), QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("json")});
    return command;
}

CommandLine RbacCommands::canIList(const QString &context, const QString &namespaceName) const
{
    CommandLine command(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("auth"), QStringLiteral("can-i"),
                                    QStringLiteral("--list")});
    if (!namespaceName.isEmpty())
        command.addArguments({QStringLiteral("--namespace"), namespaceName});
    return command;
}

} // namespace chartroom::rbac
