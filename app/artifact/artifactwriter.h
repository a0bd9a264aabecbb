#pragma once

#include "artifactdigest.h"
#include "compression.h"
#include "datakey.h"
#include "jobs/bytestream.h"

#include <atomic>
#include <memory>
#include <optional>

namespace chartroom::artifact {

namespace detail {
class HashingSink;
class Sha256;
} // namespace detail

struct WriteOptions
{
    Compression compression = Compression::Zstd;
    /// zstd: 1..19 (clamped); gzip: 1..9 (clamped); ignored for None.
    int level = 3;
    /// Encrypt with this key (AES-256-GCM chunks, FORMAT.md); plain compressed stream when unset.
    std::optional<DataKey> key;
    /// Plaintext bytes per encrypted chunk, 4 KiB..16 MiB. Only tests need to change it.
    qint32 chunkSize = 1 << 20;
};

/// Writes one backup artifact in a single pass with bounded memory:
/// content → compression → optional encryption → SHA-256 of the stored bytes → atomic file.
///
/// Guarantees: nothing exists at `path` unless close() returned true (the bytes go to
/// "<path>.partial", which is fsynced and renamed on close and removed on abort or failure);
/// after any failed write() or close() the partial file is already gone and errorString()
/// keeps the system's message ("No space left on device"). Memory stays around one chunk plus
/// the compressor's state however long the stream is. Like every ByteSink it is driven by one
/// worker thread; only contentBytes() may be read from another thread.
class ArtifactWriter final : public jobs::ByteSink
{
public:
    ArtifactWriter(QString path, WriteOptions options);
    ~ArtifactWriter() override;

    bool write(const char *data, qsizetype size) override;
    bool close() override;
    void abort() override;
    QString errorString() const override;

    /// Digest of what was written; valid after a successful close().
    [[nodiscard]] ArtifactDigest digest() const { return m_digest; }
    /// Plaintext bytes accepted so far (for progress, from any thread).
    [[nodiscard]] qint64 contentBytes() const { return m_contentBytes.load(std::memory_order_relaxed); }
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    bool fail();

    const QString m_path;
    std::unique_ptr<jobs::ByteSink> m_chain;
    detail::HashingSink *m_stored = nullptr; // owned by m_chain
    std::unique_ptr<detail::Sha256> m_contentHash;
    std::atomic<qint64> m_contentBytes = 0;
    ArtifactDigest m_digest;
    QString m_error;
    bool m_finished = false;
};

} // namespace chartroom::artifact
