#include "toollocator.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace chartroom::kube {

namespace {

QString executableOrEmpty(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

} // namespace

QString ToolLocator::developmentToolsDir()
{
    return QStringLiteral(CHARTROOM_DEV_TOOLS_BIN);
}

QString ToolLocator::locate(const QString &tool, const QString &configuredPath)
{
    if (!configuredPath.isEmpty()) {
        // A configured bare name is looked up on PATH; a path is taken as it is.
        if (!configuredPath.contains(QLatin1Char('/')))
            return QStandardPaths::findExecutable(configuredPath);
        return executableOrEmpty(configuredPath);
    }
    const QString variable = QStringLiteral("CHARTROOM_") + tool.toUpper();
    const QString fromEnvironment = qEnvironmentVariable(variable.toLatin1().constData());
    if (!fromEnvironment.isEmpty())
        return executableOrEmpty(fromEnvironment);
    const QString onPath = QStandardPaths::findExecutable(tool);
    if (!onPath.isEmpty())
        return onPath;
    return executableOrEmpty(developmentToolsDir() + QLatin1Char('/') + tool);
}

} // namespace chartroom::kube
