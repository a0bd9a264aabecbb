#include "verifyartifact.h"

#include "hashingsource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chartroom::artifact {

namespace {

constexpr qint64 kBufferSize = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("ArtifactReader", text);
}

Error canceled()
{
    return makeError(QStringLiteral("artifact.canceled"), tr("Verification was canceled."));
}

} // namespace

Result<ArtifactDigest> verifyStoredBytes(const QString &path, const std::function<bool(qint64)> &progress)
{
    detail::HashingSource source(path);
    QByteArray buffer(kBufferSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return source.error();
        if (n == 0)
            break;
        if (progress && !progress(source.bytes()))
            return canceled();
    }
    ArtifactDigest digest;
    digest.contentBytes = -1;
    digest.storedBytes = source.bytes();
    digest.storedSha256 = source.sha256();
    return digest;
}

Result<ArtifactDigest> verifyArtifact(const QString &path, const ReadOptions &options,
                                      const std::function<bool(qint64)> &progress)
{
    if (!options.key && isEncryptedArtifact(path).value_or(false)) {
        Result<ArtifactDigest> stored = verifyStoredBytes(path, progress);
        if (!stored)
            return stored.error();
        const QString name = QFileInfo(path).fileName();
        QString details = tr("stored: %1 bytes, sha256 %2").arg(stored->storedBytes).arg(stored->storedSha256);
        if (options.expected) {
            const ArtifactDigest &want = *options.expected;
            if (stored->storedBytes < want.storedBytes)
                return makeError(QStringLiteral("artifact.truncated"),
                                 tr("%1 is shorter than when it was written: the file is truncated.").arg(name), details);
            if (stored->storedBytes != want.storedBytes
                || (!want.storedSha256.isEmpty() && stored->storedSha256 != want.storedSha256))
                return makeError(QStringLiteral("artifact.checksum-mismatch"),
                                 tr("%1 does not match the checksum recorded when it was written.").arg(name), details);
            details += tr("; matches the recorded checksum");
        }
        return makeError(QStringLiteral("artifact.key-required"),
                         tr("%1 is encrypted: without its key only the stored checksum could be checked, "
                            "not the content.")
                             .arg(name),
                         details);
    }

    ArtifactReader reader(path, options);
    QByteArray buffer(kBufferSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = reader.read(buffer.data(), buffer.size());
        if (n < 0)
            return reader.error();
        if (n == 0)
            return reader.digest();
        if (progress && !progress(reader.storedBytesRead()))
            return canceled();
    }
}

} // namespace chartroom::artifact
