#pragma once

#include "dbservers.h"

#include "backup/backuprecord.h"

#include <QDir>
#include <QFile>
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

/// Runs chartroom-cli with `passphrase` in a file named by CHARTROOM_PASSPHRASE_FILE (never in
/// argv or the environment), as a script would.
inline CommandResult runCliWithPassphrase(const QString &cli, const QStringList &args, const QProcessEnvironment &base,
                                          const QString &passphraseFile, const QByteArray &passphrase, int timeoutMs = 300000)
{
    QFile file(passphraseFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the passphrase file");
    file.write(passphrase + '\n');
    file.close();
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("CHARTROOM_PASSPHRASE_FILE"), file.fileName());
    return runCommand(QStringList{cli} + args, {}, timeoutMs, env);
}

/// Flips one bit in the middle of `record`'s artifact of component `componentId` (a damaged
/// backup for verification to find); false when there is no such artifact.
inline bool flipByteInComponent(const backup::BackupRecord &record, const QString &componentId)
{
    if (!record.manifest)
        return false;
    for (const backup::ComponentRecord &c : record.manifest->components) {
        if (c.id != componentId)
            continue;
        QFile f(record.directory + QLatin1Char('/') + c.artifact);
        if (!f.open(QIODevice::ReadWrite) || !f.seek(f.size() / 2))
            return false;
        char byte = 0;
        if (!f.getChar(&byte) || !f.seek(f.size() / 2))
            return false;
        return f.putChar(static_cast<char>(byte ^ 0x10));
    }
    return false;
}

} // namespace chartroom::test
