#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom::backup {

/// What one component of a backup produced (a dump, a data archive, the Helm values...).
struct ComponentRecord
{
    enum class Status { Ok, Failed, Skipped };

    QString id;          ///< the profile's component id, or "helm-manifest" / "helm-release"
    QString kind;        ///< the profile's kind ("db-dump", "data-archive", "helm-values"...)
    QString description;
    Status status = Status::Ok;
    QString reason;      ///< why it failed or was skipped; empty when Ok
    bool optional = false;
    QString artifact;    ///< file name inside the backup directory; empty when nothing was stored
    QString compression; ///< of this artifact: "zstd", "gzip" or "none" (a dump that arrives gzipped is not compressed twice)
    QString pod;         ///< the pod the command ran in (exec components)
    QString container;
    QStringList command; ///< the redacted argv that was run (program first)
    int exitCode = 0;
    qint64 contentBytes = 0;  ///< bytes the command produced
    qint64 storedBytes = 0;   ///< bytes on disk after compression and encryption
    QString contentSha256;    ///< of the produced bytes
    QString storedSha256;     ///< of the file as stored
    QDateTime startedAt;
    QDateTime finishedAt;
};

/// The manifest of one backup: written last, so a backup without one is incomplete.
///
/// It names everything needed to judge and restore the backup without the cluster: the release
/// and its chart, the profile recipe that was used, the exact (redacted) commands, the tool
/// versions, how artifacts are compressed and encrypted, and per artifact its size and SHA-256.
/// It holds no secret: values, release records and Secrets live in (encrypted) artifacts.
struct BackupManifest
{
    static constexpr int FormatVersion = 1;

    QString id;
    QString context;
    QString releaseNamespace;
    QString release;
    QString chart;
    QString chartVersion;
    QString appVersion;
    int helmRevision = 0;
    QString profileId;
    int profileVersion = 0;
    QString helmVersion;
    QString kubectlVersion;
    QString compression;   ///< "zstd", "gzip" or "none"
    QString encryption;    ///< "aes-256-gcm" or "none"
    QString keyId;         ///< the repository key's id when encrypted
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<ComponentRecord> components;

    [[nodiscard]] QString releaseKey() const { return context + u'/' + releaseNamespace + u'/' + release; }
    [[nodiscard]] qint64 storedBytes() const;
    [[nodiscard]] bool encrypted() const { return encryption != u"none" && !encryption.isEmpty(); }
    /// True when every non-optional component is Ok.
    [[nodiscard]] bool complete() const;

    [[nodiscard]] QJsonObject toJson() const;
    static Result<BackupManifest> fromJson(const QJsonObject &object);
};

/// The outcome of re-reading a backup: written beside the manifest after each verification.
struct VerificationRecord
{
    struct Artifact
    {
        QString artifact;
        bool ok = false;
        bool authenticated = false; ///< decrypted and checked content (false: only the stored checksum)
        QString error;
    };

    QDateTime verifiedAt;
    bool ok = false;
    QString error; ///< the first problem, one sentence
    QList<Artifact> artifacts;

    [[nodiscard]] QJsonObject toJson() const;
    static Result<VerificationRecord> fromJson(const QJsonObject &object);
};

QString statusName(ComponentRecord::Status status);

} // namespace chartroom::backup
