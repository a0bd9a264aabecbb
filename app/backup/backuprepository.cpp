#include "backup/backuprepository.h"

#include "backup/backupid.h"
#include "core/apppaths.h"
#include "jobs/filesink.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

const QString ConfigFile = u"repository.json"_s;
const QString ManifestFile = u"manifest.json"_s;
const QString VerificationFile = u"verification.json"_s;
const QString LockFile = u".lock"_s;
const QString RemovingPrefix = u".removing-"_s;
const QString CreatingPrefix = u".creating-"_s;

QString keyModeName(RepositoryConfig::KeyMode mode)
{
    switch (mode) {
    case RepositoryConfig::KeyMode::None:
        return u"none"_s;
    case RepositoryConfig::KeyMode::Passphrase:
        return u"passphrase"_s;
    case RepositoryConfig::KeyMode::RepositoryKey:
        return u"key"_s;
    }
    return {};
}

Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"backup.io"_s, u"Cannot read %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(u"backup.bad-json"_s, u"%1 is not valid JSON (%2)."_s.arg(path, parseError.errorString()));
    return document.object();
}

/// True when someone holds the backup's lock (a backup job of this or another process).
bool isLocked(const QString &directory)
{
    const QByteArray path = QFile::encodeName(directory + u'/' + LockFile);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // Shared: only a backup job's exclusive lock conflicts, not another listing's look.
    const bool locked = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // also drops the lock we may just have taken
    return locked;
}

} // namespace

QJsonObject RepositoryConfig::toJson() const
{
    QJsonObject encryption{{u"algorithm"_s, encrypted() ? u"aes-256-gcm"_s : u"none"_s},
                           {u"keyMode"_s, keyModeName(keyMode)}};
    if (encrypted())
        encryption.insert(u"keyId"_s, keyId);
    if (keyMode == KeyMode::Passphrase)
        encryption.insert(u"wrappedKey"_s, wrappedKey);
    return QJsonObject{{u"format"_s, u"chartroom-repository"_s},
                       {u"formatVersion"_s, FormatVersion},
                       {u"id"_s, id},
                       {u"compression"_s, compression},
                       {u"encryption"_s, encryption}};
}

Result<RepositoryConfig> RepositoryConfig::fromJson(const QJsonObject &o)
{
    if (o.value(u"format"_s).toString() != u"chartroom-repository")
        return makeError(u"backup.not-a-repository"_s, u"This is not a Chartroom backup repository."_s);
    if (o.value(u"formatVersion"_s).toInt() != FormatVersion)
        return makeError(u"backup.unsupported-repository"_s,
                         u"The repository has format version %1; this Chartroom reads version %2."_s
                             .arg(o.value(u"formatVersion"_s).toInt())
                             .arg(FormatVersion));
    RepositoryConfig config;
    config.id = o.value(u"id"_s).toString();
    config.compression = o.value(u"compression"_s).toString();
    if (config.id.isEmpty() || !artifact::compressionFromName(config.compression))
        return makeError(u"backup.bad-repository"_s, u"repository.json has no id or an unknown compression."_s);
    const QJsonObject encryption = o.value(u"encryption"_s).toObject();
    const QString mode = encryption.value(u"keyMode"_s).toString();
    if (mode == u"none")
        config.keyMode = KeyMode::None;
    else if (mode == u"passphrase")
        config.keyMode = KeyMode::Passphrase;
    else if (mode == u"key")
        config.keyMode = KeyMode::RepositoryKey;
    else
        return makeError(u"backup.bad-repository"_s, u"repository.json names an unknown key mode \"%1\"."_s.arg(mode));
    config.keyId = encryption.value(u"keyId"_s).toString();
    config.wrappedKey = encryption.value(u"wrappedKey"_s).toObject();
    if (config.encrypted() && config.keyId.isEmpty())
        return makeError(u"backup.bad-repository"_s, u"repository.json is encrypted but names no key."_s);
    if (config.keyMode == KeyMode::Passphrase && config.wrappedKey.isEmpty())
        return makeError(u"backup.bad-repository"_s, u"repository.json has lost its wrapped key."_s);
    return config;
}

BackupSlot::BackupSlot(QString id, QString directory, int lockFd)
    : m_id(std::move(id))
    , m_directory(std::move(directory))
    , m_lockFd(lockFd)
{
}

BackupSlot::~BackupSlot()
{
    if (m_lockFd >= 0) {
        ::unlink(QFile::encodeName(m_directory + u'/' + LockFile).constData());
        ::close(m_lockFd);
    }
}

QString BackupSlot::filePath(const QString &name) const
{
    return m_directory + u'/' + name;
}

BackupRepository::BackupRepository(QString root, RepositoryConfig config)
    : m_root(std::move(root))
    , m_config(std::move(config))
{
}

QString BackupRepository::defaultLocation()
{
    return AppPaths::dataDir() + u"/backups"_s;
}

bool BackupRepository::exists(const QString &root)
{
    return QFileInfo::exists(root + u'/' + ConfigFile);
}

Result<BackupRepository> BackupRepository::init(const QString &root, const InitOptions &options,
                                                 artifact::DataKey *generatedKey)
{
    const QString absolute = QFileInfo(root).absoluteFilePath();
    QDir dir(absolute);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(u"backup.not-empty"_s,
                         u"%1 is not empty; a new repository needs an empty or new directory."_s.arg(absolute));
    if (!QDir().mkpath(absolute))
        return makeError(u"backup.io"_s, u"Cannot create %1."_s.arg(absolute));

    RepositoryConfig config;
    config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    config.compression = artifact::compressionName(options.compression);
    config.keyMode = options.keyMode;
    if (config.encrypted()) {
        const artifact::DataKey key = artifact::DataKey::generate();
        config.keyId = key.id;
        if (options.keyMode == RepositoryConfig::KeyMode::Passphrase) {
            if (options.passphrase.isEmpty())
                return makeError(u"backup.empty-passphrase"_s, u"An encrypted repository needs a passphrase."_s);
            auto wrapped = artifact::WrappedKey::wrap(key, options.passphrase, options.kdf);
            if (!wrapped)
                return wrapped.error();
            config.wrappedKey = wrapped.value();
        }
        if (generatedKey)
            *generatedKey = key;
    }
    const auto written = writeFileAtomically(absolute + u'/' + ConfigFile,
                                             QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
    if (!written)
        return written.error();
    return BackupRepository(absolute, config);
}

Result<BackupRepository> BackupRepository::open(const QString &root)
{
    const QString absolute = QFileInfo(root).absoluteFilePath();
    if (!exists(absolute))
        return makeError(u"backup.no-repository"_s,
                         u"There is no backup repository at %1 (create one with the backup wizard or `chartroom-cli init`)."_s
                             .arg(absolute));
    auto json = readJsonFile(absolute + u'/' + ConfigFile);
    if (!json)
        return json.error();
    auto config = RepositoryConfig::fromJson(json.value());
    if (!config)
        return config.error();
    return BackupRepository(absolute, std::move(config).value());
}

artifact::Compression BackupRepository::compression() const
{
    return artifact::compressionFromName(m_config.compression).value_or(artifact::Compression::Zstd);
}

QString BackupRepository::secretName() const
{
    return u"repository/"_s + m_config.id;
}

Result<artifact::DataKey> BackupRepository::unlock(const QByteArray &secret) const
{
    switch (m_config.keyMode) {
    case RepositoryConfig::KeyMode::None:
        return makeError(u"backup.not-encrypted"_s, u"This repository is not encrypted."_s);
    case RepositoryConfig::KeyMode::Passphrase: {
        auto key = artifact::WrappedKey::unwrap(m_config.wrappedKey, secret);
        if (key && key->id != m_config.keyId)
            return makeError(u"backup.wrong-key"_s, u"The repository's wrapped key does not match its key id."_s);
        return key;
    }
    case RepositoryConfig::KeyMode::RepositoryKey: {
        const auto key = artifact::DataKey::fromBytes(QByteArray::fromBase64(secret.trimmed()));
        if (!key || key->id != m_config.keyId)
            return makeError(u"backup.wrong-key"_s, u"This key does not belong to the repository (key id %1)."_s.arg(m_config.keyId));
        return *key;
    }
    }
    return makeError(u"backup.bad-repository"_s, u"Unknown key mode."_s);
}

QByteArray BackupRepository::keyToSecret(const artifact::DataKey &key)
{
    return key.bytes.toBase64();
}

QString BackupRepository::releaseDirectory(const QString &context, const QString &namespaceName,
                                           const QString &release) const
{
    return m_root + u'/' + encodePathSegment(context) + u'/' + encodePathSegment(namespaceName) + u'/'
        + encodePathSegment(release);
}

Result<std::unique_ptr<BackupSlot>> BackupRepository::createBackup(const QString &context, const QString &namespaceName,
                                                                   const QString &release, const QDateTime &now) const
{
    const QString parent = releaseDirectory(context, namespaceName, release);
    if (!QDir().mkpath(parent))
        return makeError(u"backup.io"_s, u"Cannot create %1."_s.arg(parent));
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString id = newBackupId(now);
        const QString directory = parent + u'/' + id;
        // Made and locked under a hidden name, then moved into the listing: a backup is never
        // listed without its lock (it would look Incomplete, and remove() would delete it).
        const QString staging = parent + u'/' + CreatingPrefix + id;
        const QByteArray stagingPath = QFile::encodeName(staging);
        const QByteArray stagingLock = QFile::encodeName(staging + u'/' + LockFile);
        if (::mkdir(stagingPath.constData(), 0700) != 0) {
            if (errno == EEXIST)
                continue;
            return makeError(u"backup.io"_s, u"Cannot create %1: %2"_s.arg(staging, QString::fromLocal8Bit(std::strerror(errno))));
        }
        const int fd = ::open(stagingLock.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            if (fd >= 0)
                ::close(fd);
            ::unlink(stagingLock.constData());
            ::rmdir(stagingPath.constData());
            return makeError(u"backup.io"_s, u"Cannot lock %1: %2"_s.arg(staging, reason));
        }
        // Never over an existing backup: two backups never share a directory. (Plain rename() where
        // the file system lacks RENAME_NOREPLACE still refuses any directory that is not empty.)
        const QByteArray target = QFile::encodeName(directory);
        int renamed = ::renameat2(AT_FDCWD, stagingPath.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
        if (renamed != 0 && (errno == EINVAL || errno == ENOSYS))
            renamed = ::rename(stagingPath.constData(), target.constData());
        if (renamed != 0) {
            const int error = errno;
            ::unlink(stagingLock.constData());
            ::close(fd);
            ::rmdir(stagingPath.constData());
            if (error == EEXIST || error == ENOTEMPTY)
                continue;
            return makeError(u"backup.io"_s, u"Cannot create %1: %2"_s.arg(directory, QString::fromLocal8Bit(std::strerror(error))));
        }
        return std::make_unique<BackupSlot>(id, directory, fd);
    }
    return makeError(u"backup.io"_s, u"Could not find a free backup id in %1."_s.arg(parent));
}

Result<void> BackupRepository::writeManifest(const BackupSlot &slot, const BackupManifest &manifest) const
{
    return writeFileAtomically(slot.filePath(ManifestFile), QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented));
}

BackupRecord BackupRepository::load(const QString &directory) const
{
    BackupRecord record;
    record.directory = directory;
    record.id = QFileInfo(directory).fileName();
    const QDir dir(directory);
    QDir up(directory);
    QStringList segments;
    for (int i = 0; i < 3 && up.cdUp(); ++i)
        segments.prepend(decodePathSegment(up.dirName()));
    record.releaseKey = segments.join(u'/');

    if (isLocked(directory)) {
        record.state = BackupState::InProgress;
        return record;
    }
    if (!dir.exists(ManifestFile)) {
        record.state = BackupState::Incomplete;
        record.problem = QObject::tr("No manifest: the backup was interrupted before it finished.");
        return record;
    }
    auto json = readJsonFile(dir.filePath(ManifestFile));
    auto manifest = json ? BackupManifest::fromJson(json.value()) : Result<BackupManifest>(json.error());
    if (!manifest) {
        record.state = BackupState::Incomplete;
        record.problem = manifest.error().message;
        return record;
    }
    record.manifest = std::move(manifest).value();
    record.releaseKey = record.manifest->releaseKey();
    if (!record.manifest->complete()) {
        record.state = BackupState::Failed;
        for (const ComponentRecord &c : record.manifest->components) {
            if (c.status == ComponentRecord::Status::Failed && !c.optional) {
                record.problem = QObject::tr("%1 failed: %2").arg(c.id, c.reason);
                break;
            }
        }
        return record;
    }
    record.state = BackupState::Unverified;
    if (dir.exists(VerificationFile)) {
        auto verification = readJsonFile(dir.filePath(VerificationFile));
        auto parsed = verification ? VerificationRecord::fromJson(verification.value())
                                   : Result<VerificationRecord>(verification.error());
        if (parsed) {
            record.verification = std::move(parsed).value();
            record.state = record.verification->ok ? BackupState::Verified : BackupState::Bad;
            record.problem = record.verification->error;
        }
    }
    return record;
}

QList<BackupRecord> BackupRepository::list(const QString &releaseKey) const
{
    QStringList directories;
    if (!releaseKey.isEmpty()) {
        // Namespaces and releases never contain "/", contexts may (an EKS context ARN does).
        const qsizetype releaseSlash = releaseKey.lastIndexOf(u'/');
        const qsizetype namespaceSlash = releaseSlash > 0 ? releaseKey.lastIndexOf(u'/', releaseSlash - 1) : -1;
        if (namespaceSlash < 0)
            return {};
        const QDir dir(releaseDirectory(releaseKey.left(namespaceSlash),
                                        releaseKey.mid(namespaceSlash + 1, releaseSlash - namespaceSlash - 1),
                                        releaseKey.mid(releaseSlash + 1)));
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            directories.append(dir.filePath(name));
    } else {
        // root/context/namespace/release/id: exactly four levels down.
        QStringList level{m_root};
        for (int depth = 0; depth < 4; ++depth) {
            QStringList next;
            for (const QString &path : std::as_const(level)) {
                const QDir dir(path);
                for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                    next.append(dir.filePath(name));
            }
            level = next;
        }
        directories = level;
    }
    QList<BackupRecord> records;
    for (const QString &directory : std::as_const(directories)) {
        if (isBackupId(QFileInfo(directory).fileName()))
            records.append(load(directory));
    }
    std::sort(records.begin(), records.end(), [](const BackupRecord &a, const BackupRecord &b) {
        return a.time() != b.time() ? a.time() < b.time() : a.id < b.id;
    });
    return records;
}

std::optional<BackupRecord> BackupRepository::find(const QString &id) const
{
    if (!isBackupId(id))
        return std::nullopt;
    for (const BackupRecord &record : list()) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

Result<void> BackupRepository::writeVerification(const BackupRecord &backup, const VerificationRecord &record) const
{
    return writeFileAtomically(backup.directory + u'/' + VerificationFile,
                               QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented));
}

Result<void> BackupRepository::remove(const BackupRecord &backup) const
{
    if (isLocked(backup.directory))
        return makeError(u"backup.in-progress"_s, u"Backup %1 is still being written."_s.arg(backup.id));
    const QFileInfo info(backup.directory);
    // Out of the listing first (ids never start with "."), then delete at leisure.
    const QString removing = info.absolutePath() + u'/' + RemovingPrefix + info.fileName();
    if (::rename(QFile::encodeName(backup.directory).constData(), QFile::encodeName(removing).constData()) != 0)
        return makeError(u"backup.io"_s, u"Cannot remove %1: %2"_s.arg(backup.directory, QString::fromLocal8Bit(std::strerror(errno))));
    if (!QDir(removing).removeRecursively())
        return makeError(u"backup.io"_s, u"Backup %1 is out of the repository but %2 could not be deleted completely."_s.arg(backup.id, removing));
    return {};
}

Result<void> BackupRepository::writeFileAtomically(const QString &path, const QByteArray &data)
{
    jobs::FileSink sink(path);
    if (!sink.write(data.constData(), data.size()) || !sink.close()) {
        sink.abort();
        return makeError(u"backup.io"_s, u"Cannot write %1: %2"_s.arg(path, sink.errorString()));
    }
    return {};
}

} // namespace chartroom::backup
