// The pieces a backup is made of: manifest and verification JSON, masking of secret values in
// Helm values, the transforming sink, the choice of pod to exec in, and verification of the
// artifacts of a backup.

#include "artifact/artifactwriter.h"
#include "backup/backupmanifest.h"
#include "backup/podselection.h"
#include "backup/secretmasking.h"
#include "backup/verifybackupjob.h"
#include "core/redactor.h"
#include "jobs/filesink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace chartroom;
using namespace chartroom::backup;

namespace {

std::unique_ptr<QTemporaryDir> makeTempDir()
{
    const QString base = qEnvironmentVariable("CHARTROOM_TEST_TMP");
    if (base.isEmpty())
        return std::make_unique<QTemporaryDir>();
    QDir().mkpath(base);
    return std::make_unique<QTemporaryDir>(base + QStringLiteral("/parts-XXXXXX"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QDateTime utc(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 11, 26), QTime(h, m, s, ms), Qt::UTC);
}

ComponentRecord fullComponent()
{
    ComponentRecord c;
    c.id = QStringLiteral("pg-dump");
    c.kind = QStringLiteral("db-dump");
    c.description = QStringLiteral("pg_dumpall of every database");
    c.status = ComponentRecord::Status::Ok;
    c.reason = QStringLiteral("slow but fine");
    c.optional = true;
    c.artifact = QStringLiteral("pg-dump.sql.zst.crae");
    c.compression = QStringLiteral("zstd");
    c.pod = QStringLiteral("db-0");
    c.container = QStringLiteral("postgresql");
    c.command = {"pg_dumpall", "--username", "postgres", "--password", "***"};
    c.exitCode = 3;
    c.contentBytes = 5'000'000'123LL; // more than 32 bits
    c.storedBytes = 1'234'567'890LL;
    c.contentSha256 = QString(64, QLatin1Char('c'));
    c.storedSha256 = QString(64, QLatin1Char('d'));
    c.startedAt = utc(8, 15, 1, 250);
    c.finishedAt = utc(8, 16, 2, 999);
    return c;
}

BackupManifest fullManifest()
{
    BackupManifest m;
    m.id = QStringLiteral("20261126T081500Z-3fa9c1");
    m.context = QStringLiteral("arn:aws:eks:eu-west-1:123456789012:cluster/prod");
    m.releaseNamespace = QStringLiteral(u"donn\u00e9es");
    m.release = QStringLiteral("pg");
    m.chart = QStringLiteral("postgresql");
    m.chartVersion = QStringLiteral("15.5.0");
    m.appVersion = QStringLiteral("16.2.0");
    m.helmRevision = 7;
    m.profileId = QStringLiteral("bitnami-postgresql");
    m.profileVersion = 3;
    m.helmVersion = QStringLiteral("v3.14.2");
    m.kubectlVersion = QStringLiteral("v1.29.3");
    m.compression = QStringLiteral("zstd");
    m.encryption = QStringLiteral("aes-256-gcm");
    m.keyId = QStringLiteral("0123456789abcdef");
    m.startedAt = utc(8, 15, 0, 123);
    m.finishedAt = utc(8, 17, 30, 456);

    m.components.append(fullComponent());
    ComponentRecord failed;
    failed.id = QStringLiteral("metrics");
    failed.kind = QStringLiteral("exec");
    failed.status = ComponentRecord::Status::Failed;
    failed.reason = QStringLiteral("exit code 2");
    failed.optional = true;
    failed.exitCode = 2;
    m.components.append(failed);
    ComponentRecord skipped;
    skipped.id = QStringLiteral("helm-values");
    skipped.kind = QStringLiteral("helm-values");
    skipped.status = ComponentRecord::Status::Skipped;
    skipped.reason = QStringLiteral("no user-supplied values");
    m.components.append(skipped);
    return m;
}

void compareComponents(const ComponentRecord &a, const ComponentRecord &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.description, b.description);
    QCOMPARE(statusName(a.status), statusName(b.status));
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.optional, b.optional);
    QCOMPARE(a.artifact, b.artifact);
    QCOMPARE(a.compression, b.compression);
    QCOMPARE(a.pod, b.pod);
    QCOMPARE(a.container, b.container);
    QCOMPARE(a.command, b.command);
    QCOMPARE(a.exitCode, b.exitCode);
    QCOMPARE(a.contentBytes, b.contentBytes);
    QCOMPARE(a.storedBytes, b.storedBytes);
    QCOMPARE(a.contentSha256, b.contentSha256);
    QCOMPARE(a.storedSha256, b.storedSha256);
    QCOMPARE(a.startedAt, b.startedAt);
    QCOMPARE(a.finishedAt, b.finishedAt);
}

/// What fromJson() makes of what toJson() wrote, through the bytes of a file.
Result<BackupManifest> throughFile(const BackupManifest &m)
{
    return BackupManifest::fromJson(QJsonDocument::fromJson(QJsonDocument(m.toJson()).toJson()).object());
}

// ---- sinks ------------------------------------------------------------------------------------

struct SinkLog
{
    QByteArray data;
    int writes = 0;
    bool closed = false;
    bool aborted = false;
};

class RecordingSink final : public jobs::ByteSink
{
public:
    explicit RecordingSink(SinkLog *log, bool failWrites = false)
        : m_log(log)
        , m_failWrites(failWrites)
    {}
    bool write(const char *data, qsizetype size) override
    {
        ++m_log->writes;
        if (m_failWrites)
            return false;
        m_log->data.append(data, size);
        return true;
    }
    bool close() override
    {
        m_log->closed = true;
        return true;
    }
    void abort() override { m_log->aborted = true; }
    QString errorString() const override
    {
        return m_failWrites ? QStringLiteral("No space left on device") : QString();
    }

private:
    SinkLog *m_log;
    bool m_failWrites;
};

Result<QByteArray> upper(const QByteArray &data)
{
    return data.toUpper();
}

// ---- pods -------------------------------------------------------------------------------------

struct Container
{
    QString name;
    bool ready;
};

QJsonObject pod(const QString &name, const QString &phase, const QList<Container> &containers, bool terminating = false)
{
    QJsonObject metadata{{"name", name}, {"namespace", "db"}};
    if (terminating)
        metadata.insert("deletionTimestamp", "2026-11-26T08:00:00Z");
    QJsonArray statuses;
    for (const Container &c : containers)
        statuses.append(QJsonObject{{"name", c.name}, {"ready", c.ready}, {"restartCount", 0}});
    QJsonObject status;
    if (!phase.isEmpty())
        status.insert("phase", phase);
    if (!containers.isEmpty())
        status.insert("containerStatuses", statuses);
    return QJsonObject{{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", metadata}, {"status", status}};
}

QByteArray podList(const QList<QJsonObject> &pods)
{
    QJsonArray items;
    for (const QJsonObject &p : pods)
        items.append(p);
    return QJsonDocument(QJsonObject{{"apiVersion", "v1"}, {"kind", "List"}, {"items", items}}).toJson();
}

// ---- artifacts --------------------------------------------------------------------------------

QByteArray dumpLike(qsizetype size, quint32 seed)
{
    // Compressible text with some noise, like a SQL dump.
    QRandomGenerator generator(seed);
    QByteArray data;
    data.reserve(size + 64);
    while (data.size() < size)
        data += "INSERT INTO t VALUES (" + QByteArray::number(generator.generate() % 100000) + ", 'row');\n";
    data.truncate(size);
    return data;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

/// Writes `content` with ArtifactWriter and returns the component that records it.
std::optional<ComponentRecord> writeArtifact(const QString &directory, const QString &name, const QByteArray &content,
                                             artifact::Compression compression,
                                             const std::optional<artifact::DataKey> &key)
{
    artifact::WriteOptions options;
    options.compression = compression;
    options.key = key;
    options.chunkSize = 4096; // several chunks per artifact
    artifact::ArtifactWriter writer(directory + QLatin1Char('/') + name, options);
    for (qsizetype offset = 0; offset < content.size(); offset += 1000) {
        if (!writer.write(content.constData() + offset, std::min<qsizetype>(1000, content.size() - offset)))
            return std::nullopt;
    }
    if (!writer.close())
        return std::nullopt;
    const artifact::ArtifactDigest digest = writer.digest();
    ComponentRecord c;
    c.id = name.section(QLatin1Char('.'), 0, 0);
    c.kind = QStringLiteral("db-dump");
    c.status = ComponentRecord::Status::Ok;
    c.artifact = name;
    c.compression = artifact::compressionName(compression);
    c.contentBytes = digest.contentBytes;
    c.contentSha256 = digest.contentSha256;
    c.storedBytes = digest.storedBytes;
    c.storedSha256 = digest.storedSha256;
    return c;
}

bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (file.read(&byte, 1) != 1 || !file.seek(offset))
        return false;
    byte = static_cast<char>(byte ^ 0x20);
    return file.write(&byte, 1) == 1;
}

VerificationRecord verify(const QString &directory, const BackupManifest &manifest,
                          const std::optional<artifact::DataKey> &key)
{
    const std::atomic<bool> cancel = false;
    return VerifyBackupJob::verify(directory, manifest, key, cancel, {});
}

QString describe(const VerificationRecord &r)
{
    QStringList lines{QStringLiteral("ok=%1 error=%2").arg(r.ok).arg(r.error)};
    for (const auto &a : r.artifacts)
        lines << QStringLiteral("  %1 ok=%2 authenticated=%3 %4")
                     .arg(a.artifact)
                     .arg(a.ok)
                     .arg(a.authenticated)
                     .arg(a.error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_BackupParts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    /// A backup directory with three artifacts (and a failed and a skipped component without one).
    BackupManifest makeBackup(const std::optional<artifact::DataKey> &key)
    {
        m_dir = makeTempDir();
        BackupManifest m;
        m.id = QStringLiteral("20261126T081500Z-3fa9c1");
        m.context = QStringLiteral("ctx");
        m.releaseNamespace = QStringLiteral("ns");
        m.release = QStringLiteral("pg");
        m.compression = QStringLiteral("zstd");
        m.encryption = key ? QStringLiteral("aes-256-gcm") : QStringLiteral("none");
        m.keyId = key ? key->id : QString();
        const QString suffix = artifact::fileSuffix(artifact::Compression::Zstd, key.has_value());
        const auto dump = writeArtifact(m_dir->path(), QStringLiteral("pg-dump.sql") + suffix, dumpLike(100000, 1),
                                        artifact::Compression::Zstd, key);
        const auto values = writeArtifact(
            m_dir->path(),
            QStringLiteral("values.yaml") + artifact::fileSuffix(artifact::Compression::None, key.has_value()),
            "replicaCount: 1\nauth:\n  username: app\n", artifact::Compression::None, key);
        // Stored larger than the verifier's read buffer, so that it is read in several pieces.
        const auto data = writeArtifact(m_dir->path(),
                                        QStringLiteral("data.tar") +
                                            artifact::fileSuffix(artifact::Compression::None, key.has_value()),
                                        randomBytes(700 * 1024, 2), artifact::Compression::None, key);
        if (!dump || !values || !data)
            qFatal("cannot write the test artifacts");
        m.components = {*dump, *values, *data};
        ComponentRecord failed;
        failed.id = QStringLiteral("metrics");
        failed.status = ComponentRecord::Status::Failed;
        failed.optional = true;
        failed.reason = QStringLiteral("exit code 2");
        failed.artifact = QStringLiteral("metrics.txt");
        failed.compression = QStringLiteral("none");
        m.components.append(failed);
        ComponentRecord skipped;
        skipped.id = QStringLiteral("helm-manifest");
        skipped.status = ComponentRecord::Status::Skipped;
        m.components.append(skipped);
        return m;
    }

private Q_SLOTS:
    // ---- manifest and verification JSON ---------------------------------------------------------

    void manifestRoundTrip()
    {
        const BackupManifest m = fullManifest();
        const auto back = throughFile(m);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->id, m.id);
        QCOMPARE(back->context, m.context);
        QCOMPARE(back->releaseNamespace, m.releaseNamespace);
        QCOMPARE(back->release, m.release);
        QCOMPARE(back->chart, m.chart);
        QCOMPARE(back->chartVersion, m.chartVersion);
        QCOMPARE(back->appVersion, m.appVersion);
        QCOMPARE(back->helmRevision, m.helmRevision);
        QCOMPARE(back->profileId, m.profileId);
        QCOMPARE(back->profileVersion, m.profileVersion);
        QCOMPARE(back->helmVersion, m.helmVersion);
        QCOMPARE(back->kubectlVersion, m.kubectlVersion);
        QCOMPARE(back->compression, m.compression);
        QCOMPARE(back->encryption, m.encryption);
        QCOMPARE(back->keyId, m.keyId);
        QCOMPARE(back->startedAt, m.startedAt);
        QCOMPARE(back->finishedAt, m.finishedAt);
        QCOMPARE(back->startedAt.time().msec(), 123);
        QCOMPARE(back->components.size(), m.components.size());
        for (qsizetype i = 0; i < m.components.size(); ++i) {
            compareComponents(back->components[i], m.components[i]);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(back->releaseKey(), m.context + QStringLiteral(u"/donn\u00e9es/pg"));
        QCOMPARE(back->storedBytes(), m.storedBytes());
        QVERIFY(back->encrypted());
        QVERIFY(back->complete());
        // And the JSON says what the format documents.
        const QJsonObject json = m.toJson();
        QCOMPARE(json.value("format").toString(), QStringLiteral("chartroom-backup"));
        QCOMPARE(json.value("formatVersion").toInt(), 1);
        QCOMPARE(json.value("startedAt").toString(), QStringLiteral("2026-11-26T08:15:00.123Z"));
        QCOMPARE(json.value("components").toArray().at(1).toObject().value("status").toString(),
                 QStringLiteral("failed"));
    }

    void manifestCompleteness()
    {
        BackupManifest m = fullManifest();
        QVERIFY(m.complete()); // failed only optionally
        m.components[1].optional = false;
        QVERIFY(!m.complete());
        m.components.clear();
        QVERIFY(!m.complete()); // nothing at all is not a backup
        m.encryption = QStringLiteral("none");
        QVERIFY(!m.encrypted());
        m.encryption.clear();
        QVERIFY(!m.encrypted());
    }

    void manifestRejected_data()
    {
        QTest::addColumn<QString>("path");     // "key" at the top, or "components/0/key"
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
        QTest::addColumn<QString>("code");

        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("newer-version") << "formatVersion" << QJsonValue(2) << "backup.unsupported-manifest";
        QTest::newRow("zero-version") << "formatVersion" << QJsonValue(0) << "backup.unsupported-manifest";
        QTest::newRow("no-version") << "formatVersion" << remove << "backup.unsupported-manifest";
        QTest::newRow("no-format") << "format" << remove << "backup.bad-manifest";
        QTest::newRow("other-format") << "format" << QJsonValue("chartroom-repository") << "backup.bad-manifest";
        QTest::newRow("no-id") << "id" << remove << "backup.bad-manifest";
        QTest::newRow("no-context") << "context" << remove << "backup.bad-manifest";
        QTest::newRow("no-namespace") << "namespace" << remove << "backup.bad-manifest";
        QTest::newRow("no-release") << "release" << remove << "backup.bad-manifest";
        QTest::newRow("empty-release") << "release" << QJsonValue("") << "backup.bad-manifest";
        QTest::newRow("component-no-id") << "components/0/id" << remove << "backup.bad-manifest";
        QTest::newRow("component-no-status") << "components/0/status" << remove << "backup.bad-manifest";
        QTest::newRow("component-bad-status") << "components/0/status" << QJsonValue("done") << "backup.bad-manifest";
        QTest::newRow("artifact-parent") << "components/0/artifact" << QJsonValue("../x") << "backup.bad-manifest";
        QTest::newRow("artifact-dotdot") << "components/0/artifact" << QJsonValue("..") << "backup.bad-manifest";
        QTest::newRow("artifact-subdir") << "components/0/artifact" << QJsonValue("a/b") << "backup.bad-manifest";
        QTest::newRow("artifact-absolute")
            << "components/0/artifact" << QJsonValue("/etc/passwd") << "backup.bad-manifest";
        QTest::newRow("artifact-hidden") << "components/0/artifact" << QJsonValue(".lock") << "backup.bad-manifest";
        QTest::newRow("artifact-compression")
            << "components/0/compression" << QJsonValue("lz4") << "backup.bad-manifest";
        QTest::newRow("artifact-no-compression") << "components/0/compression" << remove << "backup.bad-manifest";
        QTest::newRow("artifact-no-sha") << "components/0/storedSha256" << remove << "backup.bad-manifest";
        QTest::newRow("artifact-short-sha")
            << "components/0/storedSha256" << QJsonValue("abc") << "backup.bad-manifest";
    }

    void manifestRejected()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject json = fullManifest().toJson();
        const QStringList parts = path.split(QLatin1Char('/'));
        auto edit = [&value](QJsonObject &o, const QString &key) {
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
        };
        if (parts.size() == 1) {
            edit(json, path);
        } else {
            QJsonArray components = json.value("components").toArray();
            QJsonObject c = components.at(parts[1].toInt()).toObject();
            edit(c, parts[2]);
            components[parts[1].toInt()] = c;
            json.insert("components", components);
        }
        const auto parsed = BackupManifest::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void manifestAcceptsFailedComponentWithoutChecksum()
    {
        BackupManifest m = fullManifest();
        m.components[0].status = ComponentRecord::Status::Failed;
        m.components[0].storedSha256.clear();
        const auto back = throughFile(m);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->components[0].storedSha256, QString());
    }

    void verificationRoundTrip()
    {
        VerificationRecord r;
        r.verifiedAt = utc(9, 0, 0, 42);
        r.ok = false;
        r.error = QStringLiteral("pg-dump.sql.zst.crae: chunk 3 failed authentication");
        r.artifacts.append(VerificationRecord::Artifact{"pg-dump.sql.zst.crae", false, false, r.error});
        r.artifacts.append(VerificationRecord::Artifact{"values.yaml.crae", true, true, {}});
        r.artifacts.append(VerificationRecord::Artifact{"secrets.yaml.crae", true, false, {}});

        const auto back =
            VerificationRecord::fromJson(QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object());
        QVERIFY(back.ok());
        QCOMPARE(back->verifiedAt, r.verifiedAt);
        QCOMPARE(back->ok, r.ok);
        QCOMPARE(back->error, r.error);
        QCOMPARE(back->artifacts.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(back->artifacts[i].artifact, r.artifacts[i].artifact);
            QCOMPARE(back->artifacts[i].ok, r.artifacts[i].ok);
            QCOMPARE(back->artifacts[i].authenticated, r.artifacts[i].authenticated);
            QCOMPARE(back->artifacts[i].error, r.artifacts[i].error);
        }

        r.ok = true;
        r.error.clear();
        const auto good = VerificationRecord::fromJson(r.toJson());
        QVERIFY(good.ok());
        QVERIFY(good->ok);
        QVERIFY(good->error.isEmpty());
        QVERIFY(!r.toJson().contains("error"));
    }

    void verificationRejected()
    {
        VerificationRecord r;
        r.verifiedAt = utc(9, 0, 0, 0);
        r.ok = true;
        QJsonObject json = r.toJson();
        json.remove("verifiedAt");
        const auto missing = VerificationRecord::fromJson(json);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("backup.bad-verification"));
        json.insert("verifiedAt", "yesterday");
        const auto garbled = VerificationRecord::fromJson(json);
        QVERIFY(!garbled.ok());
        QCOMPARE(garbled.error().code, QStringLiteral("backup.bad-verification"));
        // No "ok" means not ok.
        json = r.toJson();
        json.remove("ok");
        const auto noOk = VerificationRecord::fromJson(json);
        QVERIFY(noOk.ok());
        QVERIFY(!noOk->ok);
    }

    // ---- maskSecretValues -------------------------------------------------------------------------

    void secretNames()
    {
        // What counts as a secret name (Redactor::isSecretName), as the masking relies on it.
        for (const char *name : {"password", "postgresPassword", "replicationPassword", "existingSecret", "secretKey",
                                 "token", "apiKey", "api_key", "accessKey", "auth", "key", "tls.key", "rootPasswd"})
            QVERIFY2(Redactor::isSecretName(QString::fromLatin1(name)), name);
        for (const char *name : {"username", "database", "host", "port", "image", "repository", "tag", "replicaCount",
                                 "monkey", "enabled", "keys"})
            QVERIFY2(!Redactor::isSecretName(QString::fromLatin1(name)), name);
    }

    void maskNested()
    {
        const QByteArray yaml = "global:\n"
                                "  postgresql:\n"
                                "    auth:\n"
                                "      postgresPassword: s3cr3t-postgres\n"
                                "      username: app\n"
                                "      password: s3cr3t-app\n"
                                "      existingSecret: pg-credentials\n"
                                "      database: appdb\n"
                                "image:\n"
                                "  repository: bitnami/postgresql\n"
                                "  tag: 16.2.0\n"
                                "replicaCount: 3\n"
                                "users:\n"
                                "  - name: alice\n"
                                "    password: s3cr3t-alice\n"
                                "  - name: bob\n"
                                "    token: s3cr3t-bob\n"
                                "    extra: [1, 2, {apiKey: s3cr3t-key}]\n"
                                "redis:\n"
                                "  password: \"\"\n"
                                "  secretKey: 12345\n"
                                "tls:\n"
                                "  key: |\n"
                                "    -----BEGIN PRIVATE KEY-----\n"
                                "    s3cr3t-pem\n"
                                "    -----END PRIVATE KEY-----\n";
        int masked = -1;
        const auto result = maskSecretValues(yaml, &masked);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
        const QByteArray out = *result;
        QVERIFY2(!out.contains("s3cr3t") && !out.contains("12345"), out.constData());
        // postgresPassword, password, existingSecret (a Secret's name, but named like a secret),
        // alice's password, bob's token, apiKey, redis.secretKey, tls.key; the empty password stays.
        QCOMPARE(masked, 8);
        QVERIFY2(!out.contains("pg-credentials"), out.constData());
        for (const char *kept : {"username: app", "database: appdb", "repository: bitnami/postgresql", "tag: 16.2.0",
                                 "replicaCount: 3", "name: alice", "name: bob"})
            QVERIFY2(out.contains(kept), kept);
        QCOMPARE(out.count("***"), 8);
        QVERIFY(out.endsWith('\n'));

        // Masking what is masked changes nothing more (the mask itself is valid YAML).
        int again = -1;
        const auto twice = maskSecretValues(out, &again);
        QVERIFY(twice.ok());
        QCOMPARE(*twice, out);
        QCOMPARE(again, 8);
    }

    void maskMapValuedSecretKey()
    {
        // "auth" names a secret, but its value is a map: its children are judged one by one.
        int masked = -1;
        const auto result = maskSecretValues("auth:\n  username: app\n  password: hunter22\n", &masked);
        QVERIFY(result.ok());
        QCOMPARE(masked, 1);
        QVERIFY(result->contains("username: app"));
        QVERIFY(!result->contains("hunter22"));
    }

    void maskNothingToMask()
    {
        int masked = -1;
        const auto result = maskSecretValues("image:\n  tag: \"1.2\"\nreplicaCount: 2\n", &masked);
        QVERIFY(result.ok());
        QCOMPARE(masked, 0);
        QVERIFY(result->contains("replicaCount: 2"));
        QVERIFY(result->contains("1.2"));
    }

    void maskEmptyDocument_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("newline") << QByteArray("\n");
        QTest::newRow("comment") << QByteArray("# no values\n");
        QTest::newRow("null") << QByteArray("null\n");
    }

    void maskEmptyDocument()
    {
        QFETCH(QByteArray, yaml);
        int masked = -1;
        const auto result = maskSecretValues(yaml, &masked);
        QVERIFY(result.ok());
        QCOMPARE(masked, 0);
        QCOMPARE(*result, yaml);
    }

    void maskInvalidYaml_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("unclosed-flow") << QByteArray("password: [secret, 2\nother: 3\n");
        QTest::newRow("illegal-map-value") << QByteArray("password: secret: more\n");
        QTest::newRow("map-then-sequence") << QByteArray("password: secret\n- item\n");
        QTest::newRow("bad-indent") << QByteArray("a:\n  b: 1\n c: 2\n");
    }

    void maskInvalidYaml()
    {
        QFETCH(QByteArray, yaml);
        int masked = -1;
        const auto result = maskSecretValues(yaml, &masked);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("backup.values-unparsable"));
        QVERIFY(!result.error().message.contains("secret"));
    }

    // ---- TransformingSink -------------------------------------------------------------------------

    void transformingSinkPassesTransformedData()
    {
        SinkLog log;
        TransformingSink sink(upper, std::make_unique<RecordingSink>(&log));
        QVERIFY(sink.write("hello ", 6));
        QVERIFY(sink.write("world", 5));
        QCOMPARE(log.writes, 0); // nothing passes before close()
        QVERIFY(sink.close());
        QCOMPARE(log.data, QByteArray("HELLO WORLD"));
        QVERIFY(log.closed);
        QVERIFY(!log.aborted);
    }

    void transformingSinkIntoFile()
    {
        m_dir = makeTempDir();
        const QString path = m_dir->path() + QStringLiteral("/values.yaml");
        TransformingSink sink([](const QByteArray &data) { return maskSecretValues(data); },
                              std::make_unique<jobs::FileSink>(path));
        const QByteArray yaml = "auth:\n  password: hunter22\n  username: app\n";
        QVERIFY(sink.write(yaml.constData(), yaml.size()));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(sink.close(), qPrintable(sink.errorString()));
        const QByteArray stored = readAll(path);
        QVERIFY(!stored.contains("hunter22"));
        QVERIFY(stored.contains("username: app"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    }

    void transformingSinkLimit()
    {
        SinkLog log;
        TransformingSink sink(upper, std::make_unique<RecordingSink>(&log), 10);
        QVERIFY(sink.write("12345678", 8));
        QVERIFY(sink.write("90", 2)); // exactly the limit
        QVERIFY(!sink.write("x", 1));
        QVERIFY(!sink.errorString().isEmpty());
        sink.abort();
        QVERIFY(log.aborted);
        QVERIFY(!log.closed);
        QCOMPARE(log.writes, 0);
    }

    void transformingSinkTransformErrorAbortsNext()
    {
        m_dir = makeTempDir();
        const QString path = m_dir->path() + QStringLiteral("/values.yaml");
        TransformingSink sink([](const QByteArray &data) { return maskSecretValues(data); },
                              std::make_unique<jobs::FileSink>(path));
        const QByteArray yaml = "password: [hunter22\n";
        QVERIFY(sink.write(yaml.constData(), yaml.size()));
        QVERIFY(!sink.close());
        QVERIFY2(sink.errorString().contains("not valid YAML"), qPrintable(sink.errorString()));
        // Nothing stored, unmasked or otherwise.
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        SinkLog log;
        TransformingSink recorded([](const QByteArray &) -> Result<QByteArray> { return makeError("test.fail", "no"); },
                                  std::make_unique<RecordingSink>(&log));
        QVERIFY(recorded.write("abc", 3));
        QVERIFY(!recorded.close());
        QCOMPARE(recorded.errorString(), QStringLiteral("no"));
        QVERIFY(log.aborted);
        QVERIFY(!log.closed);
        QCOMPARE(log.writes, 0);
    }

    void transformingSinkNextFails()
    {
        SinkLog log;
        TransformingSink sink(upper, std::make_unique<RecordingSink>(&log, true));
        QVERIFY(sink.write("abc", 3));
        QVERIFY(!sink.close());
        QCOMPARE(sink.errorString(), QStringLiteral("No space left on device"));
        QVERIFY(log.aborted);
        QVERIFY(!log.closed);
    }

    // ---- choosePod --------------------------------------------------------------------------------

    void choosePodFirstReadyByName()
    {
        const QByteArray pods =
            podList({pod("db-2", "Running", {{"postgresql", true}}), pod("db-1", "Running", {{"postgresql", true}}),
                     pod("db-0", "Pending", {{"postgresql", false}})});
        const auto chosen = choosePod(pods, QStringLiteral("postgresql"));
        QVERIFY2(chosen.ok(), qPrintable(chosen ? QString() : chosen.error().toString()));
        QCOMPARE(*chosen, QStringLiteral("db-1"));
        QCOMPARE(*choosePod(pods, QString()), QStringLiteral("db-1"));
    }

    void choosePodSkips_data()
    {
        QTest::addColumn<QByteArray>("pods");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("expected");

        QTest::newRow("terminating") << podList({pod("db-0", "Running", {{"postgresql", true}}, true),
                                                 pod("db-1", "Running", {{"postgresql", true}})})
                                     << "postgresql"
                                     << "db-1";
        QTest::newRow("pending") << podList(
                                        {pod("db-0", "Pending", {}), pod("db-1", "Running", {{"postgresql", true}})})
                                 << "postgresql"
                                 << "db-1";
        QTest::newRow("succeeded") << podList({pod("db-0", "Succeeded", {{"postgresql", false}}),
                                               pod("db-1", "Running", {{"postgresql", true}})})
                                   << "postgresql"
                                   << "db-1";
        QTest::newRow("not-ready") << podList({pod("db-0", "Running", {{"postgresql", false}, {"metrics", true}}),
                                               pod("db-1", "Running", {{"postgresql", true}, {"metrics", false}})})
                                   << "postgresql"
                                   << "db-1";
        QTest::newRow("any-container-not-ready")
            << podList({pod("db-0", "Running", {{"postgresql", true}, {"metrics", false}}),
                        pod("db-1", "Running", {{"postgresql", true}, {"metrics", true}})})
            << ""
            << "db-1";
        QTest::newRow("missing-container")
            << podList({pod("db-0", "Running", {{"metrics", true}}), pod("db-1", "Running", {{"postgresql", true}})})
            << "postgresql"
            << "db-1";
        QTest::newRow("no-statuses-count-as-ready") << podList({pod("db-0", "Running", {})}) << "postgresql"
                                                    << "db-0";
    }

    void choosePodSkips()
    {
        QFETCH(QByteArray, pods);
        QFETCH(QString, container);
        QFETCH(QString, expected);
        const auto chosen = choosePod(pods, container);
        QVERIFY2(chosen.ok(), qPrintable(chosen ? QString() : chosen.error().toString()));
        QCOMPARE(*chosen, expected);
    }

    void choosePodNoneReadySaysWhy()
    {
        const QByteArray pods = podList({pod("db-0", "Pending", {{"postgresql", false}}),
                                         pod("db-1", "Running", {{"postgresql", true}}, true),
                                         pod("db-2", "Running", {{"postgresql", false}}),
                                         pod("db-3", "Running", {{"metrics", true}}), pod("db-4", "", {})});
        const auto chosen = choosePod(pods, QStringLiteral("postgresql"));
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().code, QStringLiteral("backup.no-ready-pod"));
        const QString message = chosen.error().message;
        for (const char *why : {"5 pod", "db-0 is Pending", "db-1 is terminating", "db-2 is not ready",
                                "db-3 has no container \"postgresql\"", "db-4 is without a phase"})
            QVERIFY2(message.contains(QString::fromLatin1(why)), qPrintable(message));
    }

    void choosePodErrors()
    {
        const auto empty = choosePod(podList({}), QStringLiteral("postgresql"));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("backup.no-pod"));
        const auto noItems = choosePod("{\"kind\": \"List\"}", QStringLiteral("postgresql"));
        QVERIFY(!noItems.ok());
        QCOMPARE(noItems.error().code, QStringLiteral("backup.no-pod"));

        for (const QByteArray &bad : {QByteArray("{\"items\": [ {"), QByteArray(), QByteArray("[]"),
                                      QByteArray("error: the server doesn't have a resource type \"pods\"")}) {
            const auto chosen = choosePod(bad, QStringLiteral("postgresql"));
            QVERIFY2(!chosen.ok(), bad.constData());
            QCOMPARE(chosen.error().code, QStringLiteral("backup.bad-pod-list"));
        }
    }

    // ---- VerifyBackupJob::verify ------------------------------------------------------------------

    void verifyGood_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }

    void verifyGood()
    {
        QFETCH(bool, encrypted);
        const auto key = encrypted ? std::optional(artifact::DataKey::generate()) : std::nullopt;
        const BackupManifest m = makeBackup(key);
        QCOMPARE(m.encrypted(), encrypted);
        qint64 progressed = 0;
        const std::atomic<bool> cancel = false;
        const VerificationRecord r =
            VerifyBackupJob::verify(m_dir->path(), m, key, cancel, [&progressed](qint64 n) { progressed += n; });
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.verifiedAt.isValid());
        // Only the three stored artifacts; failed and skipped components are not read.
        QCOMPARE(r.artifacts.size(), 3);
        for (const auto &a : r.artifacts) {
            QVERIFY(a.ok);
            QVERIFY(a.authenticated);
            QVERIFY(a.error.isEmpty());
        }
        QCOMPARE(r.artifacts[0].artifact, m.components[0].artifact);
        // Progress counts every stored byte once.
        QVERIFY(m.components[2].storedBytes > 2 * 256 * 1024);
        QCOMPARE(progressed, m.components[0].storedBytes + m.components[1].storedBytes + m.components[2].storedBytes);
    }

    void verifyFlippedByte_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<bool>("withKey");
        QTest::newRow("plain") << false << false;
        QTest::newRow("encrypted-with-key") << true << true;
        QTest::newRow("encrypted-without-key") << true << false;
    }

    void verifyFlippedByte()
    {
        QFETCH(bool, encrypted);
        QFETCH(bool, withKey);
        const auto key = encrypted ? std::optional(artifact::DataKey::generate()) : std::nullopt;
        const BackupManifest m = makeBackup(key);
        const ComponentRecord &dump = m.components[0];
        // In the middle of the stored file: compressed (and encrypted) payload, not a header.
        QVERIFY(flipByte(m_dir->path() + QLatin1Char('/') + dump.artifact, dump.storedBytes / 2));

        const VerificationRecord r = verify(m_dir->path(), m, withKey ? key : std::nullopt);
        QVERIFY2(!r.ok, qPrintable(describe(r)));
        QVERIFY2(r.error.contains(dump.artifact), qPrintable(r.error));
        QCOMPARE(r.artifacts.size(), 3);
        QCOMPARE(r.artifacts[0].artifact, dump.artifact);
        QVERIFY(!r.artifacts[0].ok);
        QCOMPARE(r.artifacts[0].error, r.error);
        // The other artifacts are still checked, and fine.
        for (int i : {1, 2}) {
            QVERIFY(r.artifacts[i].ok);
            QVERIFY(r.artifacts[i].error.isEmpty());
            QCOMPARE(r.artifacts[i].authenticated, !encrypted || withKey);
        }
        if (encrypted && !withKey)
            QVERIFY2(r.error.contains("SHA-256"), qPrintable(r.error));
    }

    void verifyMissingFile()
    {
        const auto key = std::optional(artifact::DataKey::generate());
        const BackupManifest m = makeBackup(key);
        QVERIFY(QFile::remove(m_dir->path() + QLatin1Char('/') + m.components[1].artifact));
        for (const auto &k : {key, std::optional<artifact::DataKey>()}) {
            const VerificationRecord r = verify(m_dir->path(), m, k);
            QVERIFY2(!r.ok, qPrintable(describe(r)));
            QCOMPARE(r.error, m.components[1].artifact + QStringLiteral(" is missing"));
            QCOMPARE(r.artifacts.size(), 3);
            QVERIFY(r.artifacts[0].ok);
            QVERIFY(!r.artifacts[1].ok);
            QVERIFY(!r.artifacts[1].authenticated);
            QVERIFY(r.artifacts[2].ok);
        }
    }

    void verifyTruncatedWithoutKey()
    {
        const auto key = std::optional(artifact::DataKey::generate());
        const BackupManifest m = makeBackup(key);
        const QString path = m_dir->path() + QLatin1Char('/') + m.components[0].artifact;
        QVERIFY(QFile::resize(path, m.components[0].storedBytes - 1));
        const VerificationRecord r = verify(m_dir->path(), m, std::nullopt);
        QVERIFY2(!r.ok, qPrintable(describe(r)));
        QVERIFY2(r.error.startsWith(m.components[0].artifact + QStringLiteral(" has ")), qPrintable(r.error));
        const VerificationRecord withKey = verify(m_dir->path(), m, key);
        QVERIFY2(!withKey.ok, qPrintable(describe(withKey)));
        QVERIFY2(withKey.error.startsWith(m.components[0].artifact + QStringLiteral(": ")), qPrintable(withKey.error));
    }

    void verifyEncryptedWithoutKey_data()
    {
        QTest::addColumn<bool>("otherKey");
        QTest::newRow("no-key") << false;
        QTest::newRow("other-key") << true;
    }

    void verifyEncryptedWithoutKey()
    {
        // Without the repository key only the stored checksums can be checked: the record is ok
        // (nothing is known to be wrong), nothing is authenticated, and the error says so.
        QFETCH(bool, otherKey);
        const BackupManifest m = makeBackup(artifact::DataKey::generate());
        const VerificationRecord r =
            verify(m_dir->path(), m, otherKey ? std::optional(artifact::DataKey::generate()) : std::nullopt);
        QVERIFY2(r.ok, qPrintable(describe(r)));
        QVERIFY2(r.error.contains("not available to authenticate"), qPrintable(r.error));
        QCOMPARE(r.artifacts.size(), 3);
        for (const auto &a : r.artifacts) {
            QVERIFY(a.ok);
            QVERIFY(!a.authenticated);
            QVERIFY(a.error.isEmpty());
        }
    }

    void verifyCanceled()
    {
        const BackupManifest m = makeBackup(std::nullopt);
        const std::atomic<bool> cancel = true;
        const VerificationRecord r = VerifyBackupJob::verify(m_dir->path(), m, std::nullopt, cancel, {});
        QVERIFY(r.artifacts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BackupParts)
#include "tst_backupparts.moc"
