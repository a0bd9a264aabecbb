#include "artifactreader.h"

#include "chunkcipher.h"
#include "core/result.h"
#include "decompressingsource.h"
#include "decryptingsource.h"
#include "hashingsource.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace chartroom::artifact {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ArtifactReader", text);
}
} // namespace

std::optional<bool> isEncryptedArtifact(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    char magic[sizeof detail::kMagic];
    return file.read(magic, sizeof magic) == qint64(sizeof magic)
           && std::memcmp(magic, detail::kMagic, sizeof magic) == 0;
}

ArtifactReader::ArtifactReader(QString path, ReadOptions options)
    : m_path(std::move(path))
    , m_options(std::move(options))
{
}

ArtifactReader::~ArtifactReader() = default;

qint64 ArtifactReader::size() const
{
    return m_options.expected ? m_options.expected->contentBytes : -1;
}

qint64 ArtifactReader::storedBytesRead() const
{
    return m_stored ? m_stored->bytes() : 0;
}

qint64 ArtifactReader::fail(Error error)
{
    if (m_error.isNull())
        m_error = std::move(error);
    return -1;
}

bool ArtifactReader::open()
{
    m_opened = true;
    const QString name = QFileInfo(m_path).fileName();
    if (m_options.key && !DataKey::fromBytes(m_options.key->bytes)) {
        fail(makeError(QStringLiteral("artifact.wrong-key"), tr("The key is not a 256-bit key.")));
        return false;
    }
    // Without a key an encrypted artifact would otherwise fail as a corrupt compressed stream.
    if (!m_options.key && isEncryptedArtifact(m_path).value_or(false)) {
        fail(makeError(QStringLiteral("artifact.key-required"),
                       tr("%1 is encrypted; its key is needed to read it.").arg(name)));
        return false;
    }
    m_stored = std::make_unique<detail::HashingSource>(m_path);
    detail::StageSource *upstream = m_stored.get();
    if (m_options.key) {
        const qint64 expectedStored = m_options.expected ? m_options.expected->storedBytes : -1;
        m_decrypted = std::make_unique<detail::DecryptingSource>(m_stored.get(), *DataKey::fromBytes(m_options.key->bytes),
                                                                 m_options.compression, name, expectedStored);
        upstream = m_decrypted.get();
    }
    m_content = std::make_unique<detail::DecompressingSource>(upstream, m_options.compression, name);
    m_contentHash = std::make_unique<detail::Sha256>();
    return true;
}

bool ArtifactReader::checkExpected()
{
    if (!m_options.expected)
        return true;
    const ArtifactDigest &want = *m_options.expected;
    const QString name = QFileInfo(m_path).fileName();
    if (m_digest.storedBytes < want.storedBytes) {
        fail(makeError(QStringLiteral("artifact.truncated"),
                       tr("%1 is %2 bytes long, but %3 bytes were written: the file is truncated.")
                           .arg(name)
                           .arg(m_digest.storedBytes)
                           .arg(want.storedBytes)));
        return false;
    }
    if (m_digest.storedBytes != want.storedBytes
        || (!want.storedSha256.isEmpty() && m_digest.storedSha256 != want.storedSha256)) {
        fail(makeError(QStringLiteral("artifact.checksum-mismatch"),
                       tr("%1 does not match the checksum recorded when it was written.").arg(name),
                       tr("stored: %1 bytes, sha256 %2; expected: %3 bytes, sha256 %4")
                           .arg(m_digest.storedBytes)
                           .arg(m_digest.storedSha256)
                           .arg(want.storedBytes)
                           .arg(want.storedSha256)));
        return false;
    }
    if (m_digest.contentBytes != want.contentBytes
        || (!want.contentSha256.isEmpty() && m_digest.contentSha256 != want.contentSha256)) {
        fail(makeError(QStringLiteral("artifact.checksum-mismatch"),
                       tr("The content of %1 does not match the checksum recorded when it was written.").arg(name),
                       tr("content: %1 bytes, sha256 %2; expected: %3 bytes, sha256 %4")
                           .arg(m_digest.contentBytes)
                           .arg(m_digest.contentSha256)
                           .arg(want.contentBytes)
                           .arg(want.contentSha256)));
        return false;
    }
    return true;
}

qint64 ArtifactReader::read(char *buffer, qint64 maxSize)
{
    if (!m_error.isNull())
        return -1;
    if (m_atEnd)
        return 0;
    if (maxSize <= 0) // 0 would read as "end of stream"
        return fail(makeError(QStringLiteral("artifact.io"), tr("Invalid read size.")));
    if (!m_opened && !open())
        return -1;
    const qint64 n = m_content->read(buffer, maxSize);
    if (n < 0)
        return fail(m_content->error());
    if (n > 0) {
        m_contentHash->update(buffer, n);
        m_digest.contentBytes += n;
        // Stop a stream that is already longer than recorded before more of it reaches the consumer.
        if (m_options.expected && m_digest.contentBytes > m_options.expected->contentBytes)
            return fail(makeError(QStringLiteral("artifact.checksum-mismatch"),
                                  tr("The content of %1 is longer than recorded (%2 bytes).")
                                      .arg(QFileInfo(m_path).fileName())
                                      .arg(m_options.expected->contentBytes)));
        return n;
    }
    // Every stage returns 0 only after its upstream did, so the file has been read to its end.
    Q_ASSERT(m_stored->atEnd());
    m_digest.contentSha256 = m_contentHash->finishHex();
    m_digest.storedBytes = m_stored->bytes();
    m_digest.storedSha256 = m_stored->sha256();
    if (!checkExpected())
        return -1;
    m_atEnd = true;
    return 0;
}

} // namespace chartroom::artifact
