#include "upgrade/upgradecommands.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

UpgradeCommands::UpgradeCommands(kube::ToolCommands tools, QVersionNumber helmVersion)
    : m_tools(std::move(tools))
    , m_helmVersion(std::move(helmVersion))
{
    if (m_helmVersion.isNull())
        m_helmVersion = QVersionNumber(m_tools.helmMajor());
}

QStringList UpgradeCommands::releaseScope(const QString &context, const QString &namespaceName) const
{
    return {u"--namespace"_s, namespaceName, u"--kube-context"_s, context};
}

CommandLine UpgradeCommands::kubectl(const QString &context, const QString &namespaceName, const QStringList &arguments) const
{
    return CommandLine(m_tools.kubectl(), QStringList{u"--context"_s, context, u"--namespace"_s, namespaceName} + arguments);
}

QString UpgradeCommands::rollbackOnFailureFlag() const
{
    return m_tools.helmMajor() >= 4 ? u"--rollback-on-failure"_s : u"--atomic"_s;
}

QStringList UpgradeCommands::valuesArguments(ValuesMode mode, const QString &valuesFile) const
{
    switch (mode) {
    case ValuesMode::ReuseValues: return {u"--reuse-values"_s};
    case ValuesMode::ResetThenReuseValues: return {u"--reset-then-reuse-values"_s};
    case ValuesMode::ValuesFile: return {u"--reset-values"_s, u"-f"_s, valuesFile};
    }
    return {};
}

CommandLine UpgradeCommands::upgrade(const ReleaseTarget &release, const ChartSource &source, ValuesMode mode,
                                     const QString &valuesFile, const UpgradeFlags &flags) const
{
    CommandLine command(m_tools.helm(), {u"upgrade"_s, release.name, source.chartArgument()});
    command.addArguments(source.sourceArguments());
    command.addArguments(releaseScope(release.context, release.namespaceName));
    command.addArguments(valuesArguments(mode, valuesFile));
    if (flags.dryRunServer) {
        command.addArguments({u"--dry-run=server"_s, u"-o"_s, u"json"_s});
        return command;
    }
    if (flags.wait)
        command.addArgument(u"--wait"_s);
    command.addArgument(u"--timeout=%1s"_s.arg(flags.timeoutSeconds));
    if (flags.rollbackOnFailure)
        command.addArgument(rollbackOnFailureFlag());
    return command;
}

CommandLine UpgradeCommands::templateRender(const ReleaseTarget &release, const ChartSource &source,
                                            const QString &valuesFile) const
{
    CommandLine command(m_tools.helm(), {u"template"_s, release.name, source.chartArgument()});
    command.addArguments(source.sourceArguments());
    command.addArguments(releaseScope(release.context, release.namespaceName));
    command.addArguments({u"-f"_s, valuesFile.isEmpty() ? u"-"_s : valuesFile});
    return command;
}

CommandLine UpgradeCommands::installGreen(const ReleaseTarget &release, const QString &greenName, const ChartSource &source,
                                          const QString &valuesFile, int timeoutSeconds) const
{
    CommandLine command(m_tools.helm(), {u"install"_s, greenName, source.chartArgument()});
    command.addArguments(source.sourceArguments());
    command.addArguments(releaseScope(release.context, release.namespaceName));
    command.addArguments({u"-f"_s, valuesFile.isEmpty() ? u"-"_s : valuesFile, u"--wait"_s,
                          u"--timeout=%1s"_s.arg(timeoutSeconds)});
    return command;
}

CommandLine UpgradeCommands::uninstall(const QString &context, const QString &namespaceName, const QString &release,
                                       int timeoutSeconds) const
{
    CommandLine command(m_tools.helm(), {u"uninstall"_s, release});
    command.addArguments(releaseScope(context, namespaceName));
    command.addArguments({u"--wait"_s, u"--timeout=%1s"_s.arg(timeoutSeconds)});
    return command;
}

CommandLine UpgradeCommands::rollback(const QString &context, const QString &namespaceName, const QString &release,
                                      int revision, int timeoutSeconds) const
{
    CommandLine command(m_tools.helm(), {u"rollback"_s, release});
    if (revision > 0)
        command.addArgument(QString::number(revision));
    command.addArguments(releaseScope(context, namespaceName));
    command.addArguments({u"--wait"_s, u"--timeout=%1s"_s.arg(timeoutSeconds)});
    return command;
}

CommandLine UpgradeCommands::showValues(const ChartSource &source) const
{
    CommandLine command(m_tools.helm(), {u"show"_s, u"values"_s, source.chartArgument()});
    command.addArguments(source.sourceArguments());
    return command;
}

CommandLine UpgradeCommands::showChart(const ChartSource &source) const
{
    CommandLine command(m_tools.helm(), {u"show"_s, u"chart"_s, source.chartArgument()});
    command.addArguments(source.sourceArguments());
    return command;
}

CommandLine UpgradeCommands::getValuesJson(const ReleaseTarget &release, bool all) const
{
    CommandLine command(m_tools.helm(), {u"get"_s, u"values"_s, release.name});
    command.addArguments(releaseScope(release.context, release.namespaceName));
    if (all)
        command.addArgument(u"--all"_s);
    command.addArguments({u"-o"_s, u"json"_s});
    return command;
}

CommandLine UpgradeCommands::getManifest(const ReleaseTarget &release) const
{
    CommandLine command(m_tools.helm(), {u"get"_s, u"manifest"_s, release.name});
    command.addArguments(releaseScope(release.context, release.namespaceName));
    return command;
}

CommandLine UpgradeCommands::history(const ReleaseTarget &release) const
{
    CommandLine command(m_tools.helm(), {u"history"_s, release.name});
    command.addArguments(releaseScope(release.context, release.namespaceName));
    command.addArguments({u"--max"_s, u"256"_s, u"-o"_s, u"json"_s});
    return command;
}

CommandLine UpgradeCommands::repoAdd(const QString &name, const QString &url) const
{
    return CommandLine(m_tools.helm(), {u"repo"_s, u"add"_s, name, url, u"--force-update"_s});
}

CommandLine UpgradeCommands::repoUpdate(const QString &name) const
{
    return CommandLine(m_tools.helm(), {u"repo"_s, u"update"_s, name});
}

CommandLine UpgradeCommands::searchVersions(const QString &repoChart) const
{
    // A substring search ("memcached" also finds "memcached-exporter"): callers keep the exact name.
    return CommandLine(m_tools.helm(), {u"search"_s, u"repo"_s, repoChart, u"--versions"_s, u"-o"_s, u"json"_s});
}

CommandLine UpgradeCommands::rolloutStatus(const QString &context, const QString &namespaceName, const QString &workload,
                                           int timeoutSeconds) const
{
    return kubectl(context, namespaceName, {u"rollout"_s, u"status"_s, workload, u"--timeout=%1s"_s.arg(timeoutSeconds)});
}

CommandLine UpgradeCommands::switchServiceInstance(const QString &context, const QString &namespaceName,
                                                   const QString &service, const QString &instance) const
{
    const QJsonObject patch{{u"spec"_s, QJsonObject{{u"selector"_s, QJsonObject{{InstanceLabel, instance}}}}}};
    return kubectl(context, namespaceName, {u"patch"_s, u"service"_s, service, u"--type"_s, u"merge"_s, u"-p"_s,
                                            QString::fromUtf8(QJsonDocument(patch).toJson(QJsonDocument::Compact))});
}

CommandLine UpgradeCommands::getService(const QString &context, const QString &namespaceName, const QString &service) const
{
    return kubectl(context, namespaceName, {u"get"_s, u"service"_s, service, u"-o"_s, u"json"_s, u"--request-timeout=60s"_s});
}

} // namespace chartroom::upgrade
