#pragma once

#include <QDir>
#include <QProcessEnvironment>
#include <QString>

namespace chartroom::test {

/// The environment the backup, restore and drill tests run chartroom-cli, helm and kubectl in:
/// their own HOME and helm dirs (kubectl caches discovery per host:port), Chartroom's state,
/// data and config under `base`, the pinned tools, and no OS keychain (no session bus, no
/// display), so a passphrase can only come from CHARTROOM_PASSPHRASE_FILE.
inline QProcessEnvironment cliTestEnvironment(const QString &base, const QString &tools)
{
    const QString home = base + QStringLiteral("/home");
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("HELM_CACHE_HOME"), home + QStringLiteral("/.cache/helm"));
    env.insert(QStringLiteral("HELM_CONFIG_HOME"), home + QStringLiteral("/.config/helm"));
    env.insert(QStringLiteral("HELM_DATA_HOME"), home + QStringLiteral("/.local/share/helm"));
    env.insert(QStringLiteral("CHARTROOM_STATE_DIR"), base + QStringLiteral("/state"));
    env.insert(QStringLiteral("CHARTROOM_DATA_DIR"), base + QStringLiteral("/data"));
    env.insert(QStringLiteral("CHARTROOM_CONFIG_DIR"), base + QStringLiteral("/config"));
    env.insert(QStringLiteral("CHARTROOM_HELM"), tools + QStringLiteral("/helm"));
    env.insert(QStringLiteral("CHARTROOM_KUBECTL"), tools + QStringLiteral("/kubectl"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

} // namespace chartroom::test
