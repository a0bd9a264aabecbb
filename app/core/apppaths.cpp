#include "apppaths.h"

#include <QDir>
#include <QStandardPaths>

namespace chartroom {

namespace {

QString resolve(const char *overrideVar, const char *xdgVar, const QString &fallbackBelowHome)
{
    QString dir = qEnvironmentVariable(overrideVar);
    if (dir.isEmpty()) {
        const QString xdg = qEnvironmentVariable(xdgVar);
        const QString base = xdg.isEmpty() ? QDir::homePath() + fallbackBelowHome : xdg;
        dir = base + QStringLiteral("/chartroom");
    }
    QDir().mkpath(dir);
    return dir;
}

} // namespace

QString AppPaths::stateDir()
{
    return resolve("CHARTROOM_STATE_DIR", "XDG_STATE_HOME", QStringLiteral("/.local/state"));
}

QString AppPaths::dataDir()
{
    return resolve("CHARTROOM_DATA_DIR", "XDG_DATA_HOME", QStringLiteral("/.local/share"));
}

QString AppPaths::configDir()
{
    return resolve("CHARTROOM_CONFIG_DIR", "XDG_CONFIG_HOME", QStringLiteral("/.config"));
}

QString AppPaths::logDir()
{
    const QString dir = stateDir() + QStringLiteral("/log");
    QDir().mkpath(dir);
    return dir;
}

QString AppPaths::journalDir()
{
    const QString dir = stateDir() + QStringLiteral("/journal");
    QDir().mkpath(dir);
    return dir;
}

} // namespace chartroom
