#include "toolcommands.h"

namespace chartroom::kube {

ToolCommands::ToolCommands(QString helm, int helmMajor, QString kubectl)
    : m_helm(std::move(helm))
    , m_helmMajor(helmMajor)
    , m_kubectl(std::move(kubectl))
{
}

CommandLine ToolCommands::configView() const
{
    return CommandLine(m_kubectl, {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("-o"), QStringLiteral("json")});
}

CommandLine ToolCommands::serverVersion(const QString &context, int timeoutSeconds) const
{
    return CommandLine(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("version"), QStringLiteral("-o"),
                                   QStringLiteral("json"),
                                   QStringLiteral("--request-timeout=%1s").arg(timeoutSeconds)});
}

CommandLine ToolCommands::listReleases(const QString &context, const QString &namespaceName) const
{
    CommandLine command(m_helm, {QStringLiteral("list"), QStringLiteral("--kube-context"), context});
    if (namespaceName.isEmpty())
        command.addArgument(QStringLiteral("--all-namespaces"));
    else
        command.addArguments({QStringLiteral("--namespace"), namespaceName});
    // helm 4 dropped --all; naming every status works with both majors. --max 0 lifts the
    // default limit of 256 releases.
    command.addArguments({QStringLiteral("--deployed"), QStringLiteral("--failed"), QStringLiteral("--pending"),
                          QStringLiteral("--superseded"), QStringLiteral("--uninstalling"), QStringLiteral("--max"),
                          QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("json")});
    return command;
}

CommandLine ToolCommands::getNamespaces(const QString &context) const
{
    return CommandLine(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("get"), QStringLiteral("namespaces"),
                                   QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--request-timeout=30s")});
}

CommandLine ToolCommands::getWorkloads(const QString &context, const QString &namespaceName) const
{
    CommandLine command(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("get"),
                                    QStringLiteral("deployments,statefulsets,daemonsets,pods,persistentvolumeclaims")});
    if (namespaceName.isEmpty())
        command.addArgument(QStringLiteral("--all-namespaces"));
    else
        command.addArguments({QStringLiteral("--namespace"), namespaceName});
    command.addArguments({QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--request-timeout=60s")});
    return command;
}

CommandLine ToolCommands::getReleasePart(const QString &context, const QString &namespaceName, const QString &release,
                                         ReleasePart part, int revision) const
{
    CommandLine command(m_helm, {QStringLiteral("get")});
    switch (part) {
    case ReleasePart::UserValues:
    case ReleasePart::ComputedValues: command.addArgument(QStringLiteral("values")); break;
    case ReleasePart::Manifest: command.addArgument(QStringLiteral("manifest")); break;
    case ReleasePart::Notes: command.addArgument(QStringLiteral("notes")); break;
    }
    command.addArguments({release, QStringLiteral("--namespace"), namespaceName, QStringLiteral("--kube-context"), context});
    if (part == ReleasePart::ComputedValues)
        command.addArgument(QStringLiteral("--all"));
    if (part == ReleasePart::UserValues || part == ReleasePart::ComputedValues)
        command.addArguments({QStringLiteral("-o"), QStringLiteral("yaml")});
    if (revision > 0)
        command.addArguments({QStringLiteral("--revision"), QString::number(revision)});
    return command;
}

CommandLine ToolCommands::releaseHistory(const QString &context, const QString &namespaceName, const QString &release) const
{
    return CommandLine(m_helm, {QStringLiteral("history"), release, QStringLiteral("--namespace"), namespaceName,
                                QStringLiteral("--kube-context"), context, QStringLiteral("--max"), QStringLiteral("256"),
                                QStringLiteral("-o"), QStringLiteral("json")});
}

CommandLine ToolCommands::getPods(const QString &context, const QString &namespaceName, const QString &selector) const
{
    return CommandLine(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("--namespace"), namespaceName,
                                   QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("--selector"), selector,
                                   QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--request-timeout=30s")});
}

CommandLine ToolCommands::getObjects(const QString &context, const QString &namespaceName, const QStringList &objects,
                                     const QString &output) const
{
    CommandLine command(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("--namespace"), namespaceName,
                                    QStringLiteral("get")});
    command.addArguments(objects);
    command.addArguments({QStringLiteral("--ignore-not-found"), QStringLiteral("-o"), output,
                          QStringLiteral("--request-timeout=60s")});
    return command;
}

CommandLine ToolCommands::exec(const QString &context, const QString &namespaceName, const QString &pod,
                               const QString &container, const QStringList &argv, bool withStdin) const
{
    CommandLine command(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("--namespace"), namespaceName,
                                    QStringLiteral("exec")});
    if (withStdin)
        command.addArgument(QStringLiteral("--stdin"));
    command.addArgument(pod);
    if (!container.isEmpty())
        command.addArguments({QStringLiteral("--container"), container});
    command.addArgument(QStringLiteral("--"));
    command.addArguments(argv);
    return command;
}

CommandLine ToolCommands::getReleaseRecord(const QString &context, const QString &namespaceName, const QString &release,
                                           int revision) const
{
    return CommandLine(m_kubectl, {QStringLiteral("--context"), context, QStringLiteral("--namespace"), namespaceName,
                                   QStringLiteral("get"), QStringLiteral("secret"),
                                   QStringLiteral("sh.helm.release.v1.%1.v%2").arg(release).arg(revision),
                                   QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--request-timeout=60s")});
}

} // namespace chartroom::kube
