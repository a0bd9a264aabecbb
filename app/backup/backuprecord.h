#pragma once

#include "backup/backupmanifest.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chartroom::backup {

/// What Chartroom may say about a backup found in a repository.
enum class BackupState {
    InProgress, ///< a backup job holds its lock right now
    Incomplete, ///< no manifest: interrupted, killed or failed before the end; never restorable
    Failed,     ///< a manifest, but a required component failed
    Unverified, ///< complete, not (yet) re-read
    Verified,   ///< complete and its last verification passed
    Bad,        ///< a verification failed: checksums, authentication or missing files
};

QString backupStateName(BackupState state);
/// Only verified backups count for RPO, retention's protection and restores.
inline bool isGood(BackupState state) { return state == BackupState::Verified; }

/// One backup directory as the repository found it.
struct BackupRecord
{
    QString id;
    QString directory;  ///< absolute path
    QString releaseKey; ///< "context/namespace/release"
    BackupState state = BackupState::Incomplete;
    QString problem;    ///< why it is Incomplete, Failed or Bad
    std::optional<BackupManifest> manifest;
    std::optional<VerificationRecord> verification;

    /// When the backup started (from the manifest, or from its id when there is none).
    [[nodiscard]] QDateTime time() const;
    [[nodiscard]] qint64 storedBytes() const { return manifest ? manifest->storedBytes() : 0; }
};

} // namespace chartroom::backup
