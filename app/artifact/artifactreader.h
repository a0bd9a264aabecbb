#pragma once

#include "artifactdigest.h"
#include "compression.h"
#include "core/error.h"
#include "datakey.h"
#include "jobs/bytestream.h"

#include <memory>
#include <optional>

namespace chartroom::artifact {

namespace detail {
class HashingSource;
class Sha256;
class StageSource;
} // namespace detail

struct ReadOptions
{
    Compression compression = Compression::Zstd;
    /// Required for encrypted artifacts; giving one for a plain artifact is an error.
    std::optional<DataKey> key;
    /// When set, checked at the end of the stream. Empty sha256 fields are not compared
    /// (a manifest may know only the stored digest); sizes are always compared.
    std::optional<ArtifactDigest> expected;
};

/// Reads one backup artifact back as its plaintext content (restores stream it into
/// `kubectl exec -i`): file → SHA-256 of the stored bytes → decrypt/authenticate →
/// decompress → SHA-256 of the content.
///
/// Guarantees: no plaintext of an encrypted chunk is returned before that chunk is
/// authenticated, and read() returns 0 (end) only after the chunk flagged final was
/// authenticated, the compressed stream was complete, the file ended, and — when
/// ReadOptions::expected is set — sizes and checksums matched. Every other outcome is -1 with
/// a coded error(): "artifact.io", "artifact.key-required", "artifact.wrong-key",
/// "artifact.bad-format", "artifact.authentication-failed" (naming the header or chunk),
/// "artifact.truncated", "artifact.decompress-failed", "artifact.checksum-mismatch".
/// Memory is bounded by one chunk plus the decompressor's window. Single-threaded, like every
/// ByteSource.
class ArtifactReader final : public jobs::ByteSource
{
public:
    ArtifactReader(QString path, ReadOptions options);
    ~ArtifactReader() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override { return m_error.message; }
    /// Content size when known from ReadOptions::expected, else -1.
    qint64 size() const override;

    /// The coded error after read() returned -1.
    [[nodiscard]] const Error &error() const { return m_error; }
    /// True once read() returned 0: the whole artifact was read and checked.
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    /// Digest of what was read; complete once atEnd().
    [[nodiscard]] ArtifactDigest digest() const { return m_digest; }
    /// Bytes of the file consumed so far (for progress against the file size).
    [[nodiscard]] qint64 storedBytesRead() const;

private:
    bool open();
    qint64 fail(Error error);
    bool checkExpected();

    const QString m_path;
    const ReadOptions m_options;
    std::unique_ptr<detail::HashingSource> m_stored;
    std::unique_ptr<detail::StageSource> m_decrypted;
    std::unique_ptr<detail::StageSource> m_content;
    std::unique_ptr<detail::Sha256> m_contentHash;
    ArtifactDigest m_digest;
    Error m_error;
    bool m_opened = false;
    bool m_atEnd = false;
};

/// True when the file starts with the encrypted container's magic; nullopt when it cannot be read.
std::optional<bool> isEncryptedArtifact(const QString &path);

} // namespace chartroom::artifact
