#pragma once

#include "backup/backuprepository.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace chartroom {

class Runtime;

/// The backup commands of chartroom-cli, on the same engine as the backup wizard:
///   init     create a repository (encrypted with a passphrase by default)
///   backup   back up releases (one, a tier, or all) in tier order
///   backups  list a repository's backups with their state
///   verify   re-read backups and record the result
///   prune    apply the retention policy (shows the plan; --dry-run deletes nothing)
/// Exit codes as CliApp: 0 ok, 1 something failed (a backup, a verification), 2 usage,
/// 3 a prerequisite is missing (tools, repository, key).
class BackupCommands final
{
public:
    BackupCommands(Runtime &runtime, QTextStream &out, QTextStream &err);

    int init(const QStringList &arguments);
    int backup(const QStringList &arguments);
    int list(const QStringList &arguments);
    int verify(const QStringList &arguments);
    int prune(const QStringList &arguments);

private:
    /// The repository named by --repo (or the default one), or an exit code after a message.
    std::optional<backup::BackupRepository> openRepository(const QString &path);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
