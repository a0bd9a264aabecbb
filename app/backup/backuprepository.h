#pragma once

#include "artifact/compression.h"
#include "artifact/datakey.h"
#include "artifact/wrappedkey.h"
#include "backup/backupmanifest.h"
#include "backup/backuprecord.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace chartroom::backup {

/// The repository's own settings (repository.json at its root). Holds no secret: in passphrase
/// mode the repository key is stored wrapped (scrypt + AES-256-GCM), in key mode not at all.
struct RepositoryConfig
{
    static constexpr int FormatVersion = 1;
    enum class KeyMode { None, Passphrase, RepositoryKey };

    QString id;
    QString compression = QStringLiteral("zstd");
    KeyMode keyMode = KeyMode::None;
    QString keyId;
    QJsonObject wrappedKey;

    [[nodiscard]] bool encrypted() const { return keyMode != KeyMode::None; }
    [[nodiscard]] QJsonObject toJson() const;
    static Result<RepositoryConfig> fromJson(const QJsonObject &object);
};

/// A backup being written: its directory and the lock that marks it in progress. The lock is an
/// flock() on a file inside, so it vanishes with the process, even after SIGKILL: a backup left
/// behind by a killed Chartroom is then listed as Incomplete, never as in progress forever.
class BackupSlot final
{
public:
    BackupSlot(QString id, QString directory, int lockFd);
    ~BackupSlot();
    BackupSlot(const BackupSlot &) = delete;
    BackupSlot &operator=(const BackupSlot &) = delete;

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] const QString &directory() const { return m_directory; }
    [[nodiscard]] QString filePath(const QString &name) const;

private:
    QString m_id;
    QString m_directory;
    int m_lockFd;
};

/// A local backup repository: one directory holding backups of many clusters, laid out as
/// `<context>/<namespace>/<release>/<backup id>/`, each backup its artifacts plus `manifest.json`.
///
/// Guarantees:
/// - Honest listing: a backup counts only with a complete manifest, which is written (atomically,
///   fsynced) after every artifact; anything else is listed as in progress or incomplete, with
///   the reason, and can be removed. Verification results are stored beside the manifest and
///   make a backup Verified or Bad everywhere it is shown.
/// - Two backups never share a directory: ids carry a random part and directories are created
///   exclusively.
/// - Removal of a backup renames it out of the listing first, so an interrupted removal leaves
///   no half backup that looks whole.
/// - Cheap to copy; every call reads the disk (the repository may be shared by the GUI, the CLI
///   and cron jobs), and none holds state in memory between calls.
class BackupRepository final
{
public:
    /// `$XDG_DATA_HOME/chartroom/backups` (or CHARTROOM_DATA_DIR/backups).
    static QString defaultLocation();
    static bool exists(const QString &root);

    struct InitOptions
    {
        artifact::Compression compression = artifact::Compression::Zstd;
        RepositoryConfig::KeyMode keyMode = RepositoryConfig::KeyMode::Passphrase;
        QByteArray passphrase; ///< KeyMode::Passphrase
        artifact::KdfParameters kdf;
    };
    /// Creates a repository in an empty or missing directory. In RepositoryKey mode the new
    /// random key is returned through `generatedKey` for the caller to put in the keychain.
    static Result<BackupRepository> init(const QString &root, const InitOptions &options,
                                         artifact::DataKey *generatedKey = nullptr);
    static Result<BackupRepository> open(const QString &root);

    [[nodiscard]] const QString &root() const { return m_root; }
    [[nodiscard]] const RepositoryConfig &config() const { return m_config; }
    [[nodiscard]] bool encrypted() const { return m_config.encrypted(); }
    [[nodiscard]] artifact::Compression compression() const;
    /// The keychain entry that holds this repository's passphrase or key.
    [[nodiscard]] QString secretName() const;

    /// The repository key from the passphrase (passphrase mode) or from the key itself as
    /// base64 text (key mode). Errors: "artifact.wrong-passphrase", "backup.wrong-key".
    [[nodiscard]] Result<artifact::DataKey> unlock(const QByteArray &secret) const;
    /// The text form of a repository key (what key mode keeps in the keychain).
    static QByteArray keyToSecret(const artifact::DataKey &key);

    [[nodiscard]] Result<std::unique_ptr<BackupSlot>> createBackup(const QString &context, const QString &namespaceName,
                                                                   const QString &release, const QDateTime &now) const;
    [[nodiscard]] Result<void> writeManifest(const BackupSlot &slot, const BackupManifest &manifest) const;

    /// Every backup, oldest first; only those of one release when `releaseKey` is given.
    [[nodiscard]] QList<BackupRecord> list(const QString &releaseKey = {}) const;
    [[nodiscard]] std::optional<BackupRecord> find(const QString &id) const;
    [[nodiscard]] BackupRecord load(const QString &directory) const;

    [[nodiscard]] Result<void> writeVerification(const BackupRecord &backup, const VerificationRecord &record) const;
    /// Deletes a backup; refuses one in progress.
    [[nodiscard]] Result<void> remove(const BackupRecord &backup) const;

    /// Writes a small file the crash-safe way: temporary name, fsync, rename, fsync the directory.
    static Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

private:
    BackupRepository(QString root, RepositoryConfig config);
    [[nodiscard]] QString releaseDirectory(const QString &context, const QString &namespaceName,
                                           const QString &release) const;

    QString m_root;
    RepositoryConfig m_config;
};

} // namespace chartroom::backup
