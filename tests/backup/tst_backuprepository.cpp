// The local backup repository: init and unlock, backup slots and their locks, honest listing
// (in progress, incomplete, failed, unverified, verified, bad), removal, path segments and the
// inventory's view of it.

#include "backup/backupid.h"
#include "backup/backuprepository.h"
#include "backup/repositorybackupindex.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <thread>

using namespace chartroom;
using namespace chartroom::backup;

namespace {

artifact::KdfParameters fastKdf()
{
    artifact::KdfParameters p;
    p.n = 1 << 10; // tests only: real repositories use the 64 MiB default
    return p;
}

/// A fresh temporary directory under $CHARTROOM_TEST_TMP when set.
std::unique_ptr<QTemporaryDir> makeTempDir()
{
    const QString base = qEnvironmentVariable("CHARTROOM_TEST_TMP");
    if (base.isEmpty())
        return std::make_unique<QTemporaryDir>();
    QDir().mkpath(base);
    return std::make_unique<QTemporaryDir>(base + QStringLiteral("/repo-XXXXXX"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/// Every regular file below `root`, hidden ones included.
QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

const QDateTime T0 = QDateTime(QDate(2026, 11, 26), QTime(8, 15, 0), Qt::UTC);

ComponentRecord component(const QString &id, ComponentRecord::Status status, bool optional = false)
{
    ComponentRecord c;
    c.id = id;
    c.kind = QStringLiteral("db-dump");
    c.status = status;
    c.optional = optional;
    if (status != ComponentRecord::Status::Ok)
        c.reason = QStringLiteral("pg_dump exited with code 1");
    return c;
}

BackupManifest manifestFor(const BackupSlot &slot, const QString &context, const QString &ns, const QString &release,
                           const QDateTime &startedAt, QList<ComponentRecord> components)
{
    BackupManifest m;
    m.id = slot.id();
    m.context = context;
    m.releaseNamespace = ns;
    m.release = release;
    m.chart = QStringLiteral("postgresql");
    m.chartVersion = QStringLiteral("15.5.0");
    m.compression = QStringLiteral("zstd");
    m.encryption = QStringLiteral("none");
    m.startedAt = startedAt;
    m.finishedAt = startedAt.addSecs(30);
    m.components = std::move(components);
    return m;
}

QString stateName(const std::optional<BackupRecord> &record)
{
    return record ? backupStateName(record->state) : QStringLiteral("<not found>");
}

std::optional<BackupRecord> fromList(const QList<BackupRecord> &records, const QString &id)
{
    for (const BackupRecord &r : records) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

} // namespace

class tst_BackupRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString freshRoot()
    {
        m_dir = makeTempDir();
        if (!m_dir->isValid())
            qFatal("cannot create a temporary directory");
        return m_dir->path() + QStringLiteral("/repo");
    }

    BackupRepository unencrypted()
    {
        BackupRepository::InitOptions options;
        options.keyMode = RepositoryConfig::KeyMode::None;
        auto repo = BackupRepository::init(freshRoot(), options);
        if (!repo)
            qFatal("init failed: %s", qPrintable(repo.error().toString()));
        return repo.value();
    }

    /// list() and find() must both report `state` for `id`; returns the listed record.
    static std::optional<BackupRecord> expectState(const BackupRepository &repo, const QString &id, BackupState state,
                                                   const QString &releaseKey = {})
    {
        const auto listed = fromList(repo.list(releaseKey), id);
        const auto found = repo.find(id);
        if (stateName(listed) != backupStateName(state) || stateName(found) != backupStateName(state)) {
            qWarning("backup %s: list() says %s, find() says %s, expected %s", qPrintable(id),
                     qPrintable(stateName(listed)), qPrintable(stateName(found)), qPrintable(backupStateName(state)));
            return std::nullopt;
        }
        return listed;
    }

private Q_SLOTS:
    // ---- init, open, unlock -------------------------------------------------------------------

    void initUnencrypted()
    {
        const QString root = freshRoot();
        BackupRepository::InitOptions options;
        options.keyMode = RepositoryConfig::KeyMode::None;
        options.compression = artifact::Compression::Gzip;
        artifact::DataKey generated;
        auto repo = BackupRepository::init(root, options, &generated);
        QVERIFY2(repo.ok(), qPrintable(repo ? QString() : repo.error().toString()));
        QVERIFY(!repo->encrypted());
        QVERIFY(generated.bytes.isEmpty());
        QVERIFY(BackupRepository::exists(root));

        auto opened = BackupRepository::open(root);
        QVERIFY(opened.ok());
        QCOMPARE(opened->config().keyMode, RepositoryConfig::KeyMode::None);
        QCOMPARE(opened->config().id, repo->config().id);
        QCOMPARE(opened->compression(), artifact::Compression::Gzip);
        QVERIFY(!opened->encrypted());
        QCOMPARE(opened->secretName(), QStringLiteral("repository/") + repo->config().id);

        const QJsonObject json = QJsonDocument::fromJson(readAll(root + QStringLiteral("/repository.json"))).object();
        QCOMPARE(json.value("format").toString(), QStringLiteral("chartroom-repository"));
        QCOMPARE(json.value("encryption").toObject().value("algorithm").toString(), QStringLiteral("none"));
        QVERIFY(!json.value("encryption").toObject().contains("wrappedKey"));

        const auto unlocked = opened->unlock("anything");
        QVERIFY(!unlocked.ok());
        QCOMPARE(unlocked.error().code, QStringLiteral("backup.not-encrypted"));
    }

    void initPassphrase()
    {
        const QString root = freshRoot();
        const QByteArray passphrase = "correct horse battery staple";
        BackupRepository::InitOptions options;
        options.keyMode = RepositoryConfig::KeyMode::Passphrase;
        options.passphrase = passphrase;
        options.kdf = fastKdf();
        artifact::DataKey generated;
        auto repo = BackupRepository::init(root, options, &generated);
        QVERIFY2(repo.ok(), qPrintable(repo ? QString() : repo.error().toString()));
        QCOMPARE(generated.bytes.size(), artifact::DataKey::Size);
        QVERIFY(repo->encrypted());

        auto opened = BackupRepository::open(root);
        QVERIFY(opened.ok());
        QCOMPARE(opened->config().keyMode, RepositoryConfig::KeyMode::Passphrase);
        QCOMPARE(opened->config().keyId, generated.id);

        // Right passphrase: the same key. Wrong one: the artifact library's error.
        const auto key = opened->unlock(passphrase);
        QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(key->bytes, generated.bytes);
        QCOMPARE(key->id, generated.id);
        const auto wrong = opened->unlock("correct horse battery stapler");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("artifact.wrong-passphrase"));

        // repository.json: the wrapped key and its id, nothing else secret.
        const QJsonObject json = QJsonDocument::fromJson(readAll(root + QStringLiteral("/repository.json"))).object();
        const QJsonObject encryption = json.value("encryption").toObject();
        QCOMPARE(encryption.value("keyMode").toString(), QStringLiteral("passphrase"));
        QCOMPARE(encryption.value("keyId").toString(), generated.id);
        QVERIFY(encryption.value("wrappedKey").isObject());
        QStringList keys = encryption.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({"algorithm", "keyId", "keyMode", "wrappedKey"}));

        for (const QString &file : allFiles(root)) {
            const QByteArray bytes = readAll(file);
            QVERIFY2(!bytes.contains(generated.bytes.toBase64()), qPrintable(file));
            QVERIFY2(!bytes.contains(
                         generated.bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                     qPrintable(file));
            QVERIFY2(!bytes.contains(generated.bytes.toHex()), qPrintable(file));
            QVERIFY2(!bytes.contains(generated.bytes), qPrintable(file));
            QVERIFY2(!bytes.contains(passphrase), qPrintable(file));
        }
    }

    void initRepositoryKey()
    {
        const QString root = freshRoot();
        BackupRepository::InitOptions options;
        options.keyMode = RepositoryConfig::KeyMode::RepositoryKey;
        artifact::DataKey generated;
        auto repo = BackupRepository::init(root, options, &generated);
        QVERIFY2(repo.ok(), qPrintable(repo ? QString() : repo.error().toString()));
        QCOMPARE(generated.bytes.size(), artifact::DataKey::Size);

        auto opened = BackupRepository::open(root);
        QVERIFY(opened.ok());
        QCOMPARE(opened->config().keyMode, RepositoryConfig::KeyMode::RepositoryKey);
        QCOMPARE(opened->config().keyId, generated.id);
        QVERIFY(opened->config().wrappedKey.isEmpty());

        // The key's text form unlocks (also with the newline a keychain or file may add).
        const QByteArray secret = BackupRepository::keyToSecret(generated);
        const auto key = opened->unlock(secret);
        QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(key->bytes, generated.bytes);
        QVERIFY(opened->unlock(secret + "\n").ok());

        const auto other = opened->unlock(BackupRepository::keyToSecret(artifact::DataKey::generate()));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("backup.wrong-key"));
        const auto garbage = opened->unlock("not a key");
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, QStringLiteral("backup.wrong-key"));

        // No key material at all on disk: not in repository.json, not after a backup either.
        const QJsonObject encryption = QJsonDocument::fromJson(readAll(root + QStringLiteral("/repository.json")))
                                           .object()
                                           .value("encryption")
                                           .toObject();
        QCOMPARE(encryption.value("keyMode").toString(), QStringLiteral("key"));
        QVERIFY(!encryption.contains("wrappedKey"));
        {
            auto slot = opened->createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            BackupManifest m =
                manifestFor(*slot.value(), "ctx", "ns", "rel", T0, {component("values", ComponentRecord::Status::Ok)});
            m.encryption = QStringLiteral("aes-256-gcm");
            m.keyId = generated.id;
            QVERIFY(opened->writeManifest(*slot.value(), m).ok());
        }
        const QStringList files = allFiles(root);
        QVERIFY(files.size() >= 2);
        for (const QString &file : files) {
            const QByteArray bytes = readAll(file);
            QVERIFY2(!bytes.contains(secret), qPrintable(file));
            QVERIFY2(!bytes.contains(
                         generated.bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                     qPrintable(file));
            QVERIFY2(!bytes.contains(generated.bytes.toHex()), qPrintable(file));
            QVERIFY2(!bytes.contains(generated.bytes.toHex().toUpper()), qPrintable(file));
            QVERIFY2(!bytes.contains(generated.bytes), qPrintable(file));
        }
    }

    void initRefusesNonEmptyDirectory()
    {
        const QString root = freshRoot();
        QVERIFY(QDir().mkpath(root));
        QVERIFY(writeAll(root + QStringLiteral("/.hidden"), "x"));
        BackupRepository::InitOptions options;
        options.keyMode = RepositoryConfig::KeyMode::None;
        const auto repo = BackupRepository::init(root, options);
        QVERIFY(!repo.ok());
        QCOMPARE(repo.error().code, QStringLiteral("backup.not-empty"));
        QVERIFY(!BackupRepository::exists(root));

        // Nor over an existing repository.
        const QString other = m_dir->path() + QStringLiteral("/other");
        QVERIFY(BackupRepository::init(other, options).ok());
        const auto again = BackupRepository::init(other, options);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("backup.not-empty"));
    }

    void initPassphraseNeedsPassphrase()
    {
        BackupRepository::InitOptions options;
        options.keyMode = RepositoryConfig::KeyMode::Passphrase;
        options.kdf = fastKdf();
        const QString root = freshRoot();
        const auto repo = BackupRepository::init(root, options);
        QVERIFY(!repo.ok());
        QCOMPARE(repo.error().code, QStringLiteral("backup.empty-passphrase"));
        QVERIFY(!BackupRepository::exists(root));
    }

    void openMissing()
    {
        const QString root = freshRoot();
        const auto missing = BackupRepository::open(root);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("backup.no-repository"));
        QVERIFY(QDir().mkpath(root));
        const auto empty = BackupRepository::open(root);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("backup.no-repository"));
    }

    void openRejectsForeignOrNewerConfig()
    {
        const BackupRepository repo = unencrypted();
        const QString path = repo.root() + QStringLiteral("/repository.json");
        QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
        json.insert("formatVersion", 2);
        QVERIFY(writeAll(path, QJsonDocument(json).toJson()));
        auto newer = BackupRepository::open(repo.root());
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, QStringLiteral("backup.unsupported-repository"));

        json.insert("format", "something-else");
        QVERIFY(writeAll(path, QJsonDocument(json).toJson()));
        auto foreign = BackupRepository::open(repo.root());
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, QStringLiteral("backup.not-a-repository"));

        QVERIFY(writeAll(path, "{\"format\": \"chartroom-repo"));
        auto truncated = BackupRepository::open(repo.root());
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, QStringLiteral("backup.bad-json"));
    }

    // ---- createBackup ---------------------------------------------------------------------------

    void fiftyBackupsInOneSecond()
    {
        const BackupRepository repo = unencrypted();
        std::vector<std::unique_ptr<BackupSlot>> held;
        QSet<QString> ids;
        QSet<QString> directories;
        for (int i = 0; i < 50; ++i) {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0.addMSecs(i));
            QVERIFY2(slot.ok(), qPrintable(slot ? QString() : slot.error().toString()));
            const BackupSlot &s = *slot.value();
            QVERIFY2(isBackupId(s.id()), qPrintable(s.id()));
            QCOMPARE(backupIdTime(s.id()), T0);
            QVERIFY(s.id().startsWith(QStringLiteral("20261126T081500Z-")));
            QVERIFY(QFileInfo(s.directory()).isDir());
            QCOMPARE(QFileInfo(s.directory()).fileName(), s.id());
            QCOMPARE(s.filePath("dump.sql.zst"), s.directory() + QStringLiteral("/dump.sql.zst"));
            ids.insert(s.id());
            directories.insert(s.directory());
            held.push_back(std::move(slot.value()));
        }
        QCOMPARE(ids.size(), 50);
        QCOMPARE(directories.size(), 50);
        // Nothing else in the release directory, hidden or not.
        QCOMPARE(QDir(repo.root() + QStringLiteral("/ctx/ns/rel"))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .size(),
                 50);
        const auto listed = repo.list("ctx/ns/rel");
        QCOMPARE(listed.size(), 50);
        for (const BackupRecord &r : listed) {
            QVERIFY(ids.contains(r.id));
            QCOMPARE(r.state, BackupState::InProgress);
            QCOMPARE(r.releaseKey, QStringLiteral("ctx/ns/rel"));
            QCOMPARE(r.time(), T0);
        }
    }

    void backupIdFormat()
    {
        const QString id = newBackupId(T0.toTimeZone(QTimeZone(3600)));
        QVERIFY(isBackupId(id));
        QVERIFY(id.startsWith(QStringLiteral("20261126T081500Z-")));
        QCOMPARE(backupIdTime(id), T0);
        QCOMPARE(backupIdTime(id).timeSpec(), Qt::UTC);
        QVERIFY(!isBackupId(QStringLiteral(".removing-") + id));
        QVERIFY(isBackupId(QStringLiteral("20261126T081500Z-3fa9c1")));
        QVERIFY(!isBackupId(QStringLiteral("20261126T081500Z-3FA9C1")));
        QVERIFY(!isBackupId(id + QStringLiteral("0")));
        QVERIFY(!isBackupId(QStringLiteral("x") + id));
        QVERIFY(!backupIdTime(QStringLiteral("manifest.json")).isValid());
    }

    // ---- listing states -------------------------------------------------------------------------

    void heldSlotIsInProgress()
    {
        const BackupRepository repo = unencrypted();
        auto slot = repo.createBackup("ctx", "ns", "rel", T0);
        QVERIFY(slot.ok());
        const QString id = slot.value()->id();
        const auto record = expectState(repo, id, BackupState::InProgress);
        QVERIFY(record);
        QCOMPARE(record->releaseKey, QStringLiteral("ctx/ns/rel"));
        QCOMPARE(record->directory, slot.value()->directory());
        QVERIFY(!record->manifest);
        // Listing does not disturb the holder: still in progress on a second look.
        QVERIFY(expectState(repo, id, BackupState::InProgress));
    }

    void droppedSlotWithoutManifestIsIncomplete()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            QVERIFY(writeAll(slot.value()->filePath("dump.sql.zst"), "partial"));
        }
        const auto record = expectState(repo, id, BackupState::Incomplete);
        QVERIFY(record);
        QVERIFY(!record->problem.isEmpty());
        QVERIFY(!record->manifest);
        QCOMPARE(record->releaseKey, QStringLiteral("ctx/ns/rel"));
        QCOMPARE(record->time(), T0);
        QCOMPARE(record->storedBytes(), qint64(0));
    }

    void failedRequiredComponentIsFailed()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            QVERIFY(
                repo.writeManifest(*slot.value(), manifestFor(*slot.value(), "ctx", "ns", "rel", T0,
                                                              {component("values", ComponentRecord::Status::Ok),
                                                               component("pg-dump", ComponentRecord::Status::Failed)}))
                    .ok());
        }
        const auto record = expectState(repo, id, BackupState::Failed);
        QVERIFY(record);
        QVERIFY(record->manifest);
        QVERIFY2(record->problem.contains("pg-dump") && record->problem.contains("pg_dump exited with code 1"),
                 qPrintable(record->problem));
    }

    void failedOptionalComponentIsUnverified()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            QVERIFY(repo.writeManifest(*slot.value(),
                                       manifestFor(*slot.value(), "ctx", "ns", "rel", T0,
                                                   {component("values", ComponentRecord::Status::Ok),
                                                    component("metrics", ComponentRecord::Status::Failed, true)}))
                        .ok());
        }
        const auto record = expectState(repo, id, BackupState::Unverified);
        QVERIFY(record);
        QVERIFY(record->problem.isEmpty());
    }

    void completeIsUnverifiedThenVerifiedOrBad()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            BackupManifest m = manifestFor(*slot.value(), "ctx", "ns", "rel", T0.addSecs(2),
                                           {component("values", ComponentRecord::Status::Ok),
                                            component("pg-dump", ComponentRecord::Status::Skipped)});
            m.components[0].storedBytes = 1234;
            QVERIFY(repo.writeManifest(*slot.value(), m).ok());
            // The lock still holds while the slot lives, manifest or not.
            QVERIFY(expectState(repo, id, BackupState::InProgress));
        }
        auto record = expectState(repo, id, BackupState::Unverified);
        QVERIFY(record);
        QVERIFY(record->manifest);
        QCOMPARE(record->time(), T0.addSecs(2)); // the manifest's start time wins over the id's
        QCOMPARE(record->storedBytes(), qint64(1234));
        QVERIFY(!record->verification);

        VerificationRecord good;
        good.verifiedAt = T0.addSecs(60);
        good.ok = true;
        good.artifacts.append(VerificationRecord::Artifact{"values.yaml.zst", true, true, {}});
        QVERIFY(repo.writeVerification(*record, good).ok());
        record = expectState(repo, id, BackupState::Verified);
        QVERIFY(record);
        QVERIFY(record->verification);
        QCOMPARE(record->verification->verifiedAt, good.verifiedAt);
        QVERIFY(record->problem.isEmpty());

        VerificationRecord bad;
        bad.verifiedAt = T0.addSecs(120);
        bad.ok = false;
        bad.error = QStringLiteral("dump.sql.zst does not match its SHA-256 in the manifest");
        bad.artifacts.append(VerificationRecord::Artifact{"dump.sql.zst", false, false, bad.error});
        QVERIFY(repo.writeVerification(*record, bad).ok());
        record = expectState(repo, id, BackupState::Bad);
        QVERIFY(record);
        QCOMPARE(record->problem, bad.error);
        QCOMPARE(record->verification->artifacts.size(), 1);
    }

    void truncatedManifestIsIncomplete()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            const QByteArray json = QJsonDocument(manifestFor(*slot.value(), "ctx", "ns", "rel", T0,
                                                              {component("values", ComponentRecord::Status::Ok)})
                                                      .toJson())
                                        .toJson();
            QVERIFY(writeAll(slot.value()->filePath("manifest.json"), json.left(json.size() / 2)));
        }
        const auto record = expectState(repo, id, BackupState::Incomplete);
        QVERIFY(record);
        QVERIFY(!record->manifest);
        QVERIFY2(record->problem.contains("not valid JSON"), qPrintable(record->problem));
    }

    void manifestWithEscapingArtifactIsIncomplete()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            QJsonObject json =
                manifestFor(*slot.value(), "ctx", "ns", "rel", T0, {component("values", ComponentRecord::Status::Ok)})
                    .toJson();
            QJsonObject c = json.value("components").toArray().first().toObject();
            c.insert("artifact", "../x");
            c.insert("compression", "zstd");
            c.insert("storedSha256", QString(64, QLatin1Char('a')));
            json.insert("components", QJsonArray{c});
            QVERIFY(writeAll(slot.value()->filePath("manifest.json"), QJsonDocument(json).toJson()));
        }
        const auto record = expectState(repo, id, BackupState::Incomplete);
        QVERIFY(record);
        QVERIFY(!record->manifest);
        QVERIFY2(record->problem.contains("../x"), qPrintable(record->problem));
    }

    void unreadableVerificationLeavesUnverified()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        QString directory;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            directory = slot.value()->directory();
            QVERIFY(repo.writeManifest(*slot.value(), manifestFor(*slot.value(), "ctx", "ns", "rel", T0,
                                                                  {component("values", ComponentRecord::Status::Ok)}))
                        .ok());
        }
        QVERIFY(writeAll(directory + QStringLiteral("/verification.json"), "{\"ok\": tr"));
        QVERIFY(expectState(repo, id, BackupState::Unverified));
    }

    // ---- SIGKILL ------------------------------------------------------------------------------

    void killedBackupIsIncompleteNeverInProgress()
    {
        const BackupRepository repo = unencrypted();
        const QString releaseDir = repo.root() + QStringLiteral("/ctx/ns/rel");

        int ready[2];
        QCOMPARE(::pipe2(ready, O_CLOEXEC), 0);
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            ::close(ready[0]);
            auto opened = BackupRepository::open(repo.root());
            if (!opened)
                ::_exit(2);
            auto slot = opened->createBackup("ctx", "ns", "rel", T0);
            if (!slot)
                ::_exit(3);
            if (::write(ready[1], "x", 1) != 1)
                ::_exit(4);
            for (;;)
                ::pause(); // holds the lock until killed
        }
        ::close(ready[1]);
        auto reap = qScopeGuard([pid] {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        });

        // As soon as the directory is there, the backup is in progress.
        QString id;
        QElapsedTimer timer;
        timer.start();
        while (id.isEmpty()) {
            const QStringList entries = QDir(releaseDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            if (!entries.isEmpty()) {
                QCOMPARE(entries.size(), 1);
                id = entries.first();
                break;
            }
            QVERIFY2(timer.elapsed() < 30000, "the child never created its backup");
            QThread::yieldCurrentThread();
        }
        QVERIFY(isBackupId(id));
        QVERIFY(expectState(repo, id, BackupState::InProgress));

        // The child has its slot (it says so), and still holds the lock.
        pollfd fd{ready[0], POLLIN, 0};
        QCOMPARE(::poll(&fd, 1, 30000), 1);
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), 1);
        ::close(ready[0]);
        QVERIFY(expectState(repo, id, BackupState::InProgress));
        QCOMPARE(repo.remove(*repo.find(id)).error().code, QStringLiteral("backup.in-progress"));

        QCOMPARE(::kill(pid, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        reap.dismiss();
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

        const auto record = expectState(repo, id, BackupState::Incomplete);
        QVERIFY(record);
        QVERIFY(!record->problem.isEmpty());
        // And it can be removed now.
        QVERIFY(repo.remove(*record).ok());
        QVERIFY(!repo.find(id));
    }

    // ---- remove -------------------------------------------------------------------------------

    void removeRefusesInProgress()
    {
        const BackupRepository repo = unencrypted();
        auto slot = repo.createBackup("ctx", "ns", "rel", T0);
        QVERIFY(slot.ok());
        const auto record = repo.find(slot.value()->id());
        QVERIFY(record);
        const auto removed = repo.remove(*record);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("backup.in-progress"));
        QVERIFY(QFileInfo(slot.value()->directory()).isDir());
        QVERIFY(expectState(repo, slot.value()->id(), BackupState::InProgress));
    }

    void removeDeletesFinishedBackup()
    {
        const BackupRepository repo = unencrypted();
        QString keep;
        QString id;
        QString directory;
        {
            auto other = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(other.ok());
            keep = other.value()->id();
            QVERIFY(repo.writeManifest(*other.value(), manifestFor(*other.value(), "ctx", "ns", "rel", T0,
                                                                   {component("values", ComponentRecord::Status::Ok)}))
                        .ok());
            auto slot = repo.createBackup("ctx", "ns", "rel", T0.addSecs(1));
            QVERIFY(slot.ok());
            id = slot.value()->id();
            directory = slot.value()->directory();
            QVERIFY(writeAll(slot.value()->filePath("dump.sql.zst"), QByteArray(4096, 'x')));
            QVERIFY(repo.writeManifest(*slot.value(), manifestFor(*slot.value(), "ctx", "ns", "rel", T0.addSecs(1),
                                                                  {component("values", ComponentRecord::Status::Ok)}))
                        .ok());
        }
        const auto record = repo.find(id);
        QVERIFY(record);
        QVERIFY(repo.remove(*record).ok());
        QVERIFY(!QFileInfo::exists(directory));
        QVERIFY(!repo.find(id));
        // Nothing left behind in the release directory but the other backup.
        QCOMPARE(QDir(repo.root() + QStringLiteral("/ctx/ns/rel"))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{keep});
        QCOMPARE(repo.list().size(), 1);
        QVERIFY(repo.find(keep));
    }

    void leftoverRemovingDirectoryIsNeverListed()
    {
        const BackupRepository repo = unencrypted();
        QString id;
        QString directory;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            directory = slot.value()->directory();
            QVERIFY(repo.writeManifest(*slot.value(), manifestFor(*slot.value(), "ctx", "ns", "rel", T0,
                                                                  {component("values", ComponentRecord::Status::Ok)}))
                        .ok());
        }
        // What an interrupted remove() leaves: the backup renamed out of the listing.
        const QString removing = QFileInfo(directory).absolutePath() + QStringLiteral("/.removing-") + id;
        QVERIFY(QDir().rename(directory, removing));
        QVERIFY(QFileInfo(removing + QStringLiteral("/manifest.json")).isFile());
        QVERIFY(repo.list().isEmpty());
        QVERIFY(repo.list("ctx/ns/rel").isEmpty());
        QVERIFY(!repo.find(id));
        QVERIFY(!repo.find(QStringLiteral(".removing-") + id));

        // Nor what a backup killed while it was being created leaves.
        const QString creating = QFileInfo(directory).absolutePath() + QStringLiteral("/.creating-") + id;
        QVERIFY(QDir().mkpath(creating));
        QVERIFY(writeAll(creating + QStringLiteral("/.lock"), {}));
        QVERIFY(repo.list().isEmpty());
        QVERIFY(repo.list("ctx/ns/rel").isEmpty());
    }

    void concurrentListingsOfKilledBackup()
    {
        // A killed backup leaves its (unlocked) lock file. Listings running at the same time
        // (the GUI, a cron prune) must not take each other's look at it for a backup job.
        const BackupRepository repo = unencrypted();
        QString id;
        {
            auto slot = repo.createBackup("ctx", "ns", "rel", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            QVERIFY(writeAll(slot.value()->filePath("dump.sql.zst"), "partial"));
        }
        const QString directory = repo.find(id)->directory;
        QVERIFY(writeAll(directory + QStringLiteral("/.lock"), {}));
        QVERIFY(expectState(repo, id, BackupState::Incomplete));

        std::atomic<int> wrong = 0;
        auto probe = [&repo, &wrong, &directory] {
            for (int i = 0; i < 3000; ++i) {
                if (repo.load(directory).state != BackupState::Incomplete)
                    ++wrong;
            }
        };
        std::thread a(probe);
        std::thread b(probe);
        a.join();
        b.join();
        QCOMPARE(wrong.load(), 0);
    }

    // ---- names --------------------------------------------------------------------------------

    void pathSegments_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("eks-arn") << QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/prod");
        QTest::newRow("gke") << QStringLiteral("gke_my-project_europe-west1_prod");
        QTest::newRow("unicode") << QStringLiteral(u"donn\u00e9es-\u00df-\u65e5\u672c");
        QTest::newRow("dotdot") << QStringLiteral("..");
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("hidden") << QStringLiteral(".hidden");
        QTest::newRow("empty") << QString();
        QTest::newRow("percent") << QStringLiteral("100%2E");
        QTest::newRow("spaces") << QStringLiteral("a b\tc");
        QTest::newRow("backslash") << QStringLiteral("a\\..\\b");
    }

    void pathSegments()
    {
        QFETCH(QString, name);
        const QString segment = encodePathSegment(name);
        QCOMPARE(decodePathSegment(segment), name);
        QVERIFY(!segment.isEmpty());
        QVERIFY2(!segment.startsWith(QLatin1Char('.')), qPrintable(segment));
        QVERIFY2(!segment.contains(QLatin1Char('/')), qPrintable(segment));
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._%-]+$"));
        QVERIFY2(safe.match(segment).hasMatch(), qPrintable(segment));
    }

    void contextNamesRoundTripThroughListing()
    {
        const BackupRepository repo = unencrypted();
        const QString context = QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/prod");
        const QString ns = QStringLiteral(u"donn\u00e9es");
        const QString release = QStringLiteral("pg");
        const QString key = context + QLatin1Char('/') + ns + QLatin1Char('/') + release;

        QString finished;
        QString incomplete;
        {
            auto slot = repo.createBackup(context, ns, release, T0);
            QVERIFY(slot.ok());
            finished = slot.value()->id();
            const QString dir = slot.value()->directory();
            QVERIFY2(dir.startsWith(repo.root() + QLatin1Char('/')), qPrintable(dir));
            const QStringList parts = dir.mid(repo.root().size() + 1).split(QLatin1Char('/'));
            QCOMPARE(parts.size(), 4);
            QCOMPARE(decodePathSegment(parts[0]), context);
            QCOMPARE(decodePathSegment(parts[1]), ns);
            QCOMPARE(decodePathSegment(parts[2]), release);
            QVERIFY(repo.writeManifest(*slot.value(), manifestFor(*slot.value(), context, ns, release, T0,
                                                                  {component("values", ComponentRecord::Status::Ok)}))
                        .ok());
            auto dropped = repo.createBackup(context, ns, release, T0.addSecs(5));
            QVERIFY(dropped.ok());
            incomplete = dropped.value()->id();
        }
        // Another release in the same context and namespace stays apart.
        {
            auto other = repo.createBackup(context, ns, QStringLiteral("redis"), T0);
            QVERIFY(other.ok());
        }

        // The release key is the same from the manifest and from the path of a backup without one.
        const auto finishedRecord = expectState(repo, finished, BackupState::Unverified, key);
        QVERIFY(finishedRecord);
        QCOMPARE(finishedRecord->releaseKey, key);
        const auto incompleteRecord = expectState(repo, incomplete, BackupState::Incomplete, key);
        QVERIFY(incompleteRecord);
        QCOMPARE(incompleteRecord->releaseKey, key);
        const auto listed = repo.list(key);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].id, finished); // oldest first
        QCOMPARE(listed[1].id, incomplete);
        QCOMPARE(repo.list().size(), 3);
        QCOMPARE(repo.list(context + QLatin1Char('/') + ns + QStringLiteral("/redis")).size(), 1);
        QVERIFY(repo.list(QStringLiteral("no-such/ns/pg")).isEmpty());
        QVERIFY(repo.list(QStringLiteral("pg")).isEmpty());
    }

    void dotDotCannotEscape()
    {
        const BackupRepository repo = unencrypted();
        const QString canonicalRoot = QFileInfo(repo.root()).canonicalFilePath();
        QString id;
        {
            auto slot = repo.createBackup("..", "..", "..", T0);
            QVERIFY(slot.ok());
            id = slot.value()->id();
            const QString canonical = QFileInfo(slot.value()->directory()).canonicalFilePath();
            QVERIFY2(canonical.startsWith(canonicalRoot + QLatin1Char('/')), qPrintable(canonical));
            QCOMPARE(canonical.count(QLatin1Char('/')) - canonicalRoot.count(QLatin1Char('/')), 4);
            QVERIFY(repo.writeManifest(*slot.value(), manifestFor(*slot.value(), "..", "..", "..", T0,
                                                                  {component("values", ComponentRecord::Status::Ok)}))
                        .ok());
        }
        // Nothing appeared beside the repository.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"repo"});
        const auto record = expectState(repo, id, BackupState::Unverified, QStringLiteral("../../.."));
        QVERIFY(record);
        QCOMPARE(record->releaseKey, QStringLiteral("../../.."));
        QCOMPARE(repo.list().size(), 1);

        // A slash inside a name is no way out either.
        auto slash = repo.createBackup("../..", "a/../../b", "../../../etc", T0);
        QVERIFY(slash.ok());
        const QString canonical = QFileInfo(slash.value()->directory()).canonicalFilePath();
        QVERIFY2(canonical.startsWith(canonicalRoot + QLatin1Char('/')), qPrintable(canonical));
        QCOMPARE(canonical.count(QLatin1Char('/')) - canonicalRoot.count(QLatin1Char('/')), 4);
    }

    // ---- RepositoryBackupIndex ----------------------------------------------------------------

    void backupIndex()
    {
        const BackupRepository repo = unencrypted();
        const QString key = QStringLiteral("ctx/ns/pg");
        auto finish = [&repo](const QString &release, const QDateTime &time, const std::optional<bool> verified) {
            auto slot = repo.createBackup("ctx", "ns", release, time);
            if (!slot)
                return QString();
            const QString id = slot.value()->id();
            if (!repo.writeManifest(*slot.value(), manifestFor(*slot.value(), "ctx", "ns", release, time,
                                                               {component("values", ComponentRecord::Status::Ok)})))
                return QString();
            slot.value().reset();
            if (verified) {
                VerificationRecord v;
                v.verifiedAt = time.addSecs(60);
                v.ok = *verified;
                v.error = *verified ? QString() : QStringLiteral("dump.sql.zst is missing");
                if (!repo.writeVerification(*repo.find(id), v))
                    return QString();
            }
            return id;
        };

        const QString oldVerified = finish("pg", T0, true);
        const QString newVerified = finish("pg", T0.addSecs(3600), true);
        const QString newerUnverified = finish("pg", T0.addSecs(7200), std::nullopt);
        const QString newerBad = finish("pg", T0.addSecs(10800), false);
        QString newestIncomplete;
        {
            auto slot = repo.createBackup("ctx", "ns", "pg", T0.addSecs(14400));
            QVERIFY(slot.ok());
            newestIncomplete = slot.value()->id();
        }
        const QString redisUnverified = finish("redis", T0.addSecs(100), std::nullopt);
        const QString mysqlBad = finish("mysql", T0.addSecs(100), false);
        for (const QString &id : {oldVerified, newVerified, newerUnverified, newerBad, redisUnverified, mysqlBad})
            QVERIFY(!id.isEmpty());
        QVERIFY(expectState(repo, newerBad, BackupState::Bad));
        QVERIFY(expectState(repo, newestIncomplete, BackupState::Incomplete));

        const RepositoryBackupIndex index(repo.list());
        QCOMPARE(index.backupCount(), 7);
        QCOMPARE(index.lastVerifiedBackup(key).value_or(QDateTime()), T0.addSecs(3600));
        QVERIFY(!index.lastVerifiedBackup("ctx/ns/redis"));
        QVERIFY(!index.lastVerifiedBackup("ctx/ns/mysql"));
        QVERIFY(!index.lastVerifiedBackup("ctx/ns/unknown"));

        const auto latest = index.latestBackup(key);
        QVERIFY(latest);
        QCOMPARE(latest->id, newestIncomplete);
        QCOMPARE(latest->state, BackupState::Incomplete);
        QCOMPARE(index.latestBackup("ctx/ns/redis")->id, redisUnverified);
        QCOMPARE(index.latestBackup("ctx/ns/mysql")->state, BackupState::Bad);
        QVERIFY(!index.latestBackup("ctx/ns/unknown"));

        // The order of the records does not matter.
        QList<BackupRecord> reversed = repo.list();
        std::reverse(reversed.begin(), reversed.end());
        const RepositoryBackupIndex again(reversed);
        QCOMPARE(again.lastVerifiedBackup(key).value_or(QDateTime()), T0.addSecs(3600));
        QCOMPARE(again.latestBackup(key)->id, newestIncomplete);

        const RepositoryBackupIndex empty;
        QCOMPARE(empty.backupCount(), 0);
        QVERIFY(!empty.lastVerifiedBackup(key));
    }
};

QTEST_GUILESS_MAIN(tst_BackupRepository)
#include "tst_backuprepository.moc"
