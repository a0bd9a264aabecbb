#pragma once

#include "chunkcipher.h"
#include "stagesource.h"

#include <memory>

namespace chartroom::artifact::detail {

class HashingSource;

/// Reads the encrypted container from `stored`, authenticating each chunk before releasing
/// any of its plaintext. Returns 0 only after the chunk flagged final was authenticated and
/// the file ended right after it. One byte of look-ahead tells a non-final chunk from the final
/// one; memory is one sealed chunk plus one plaintext chunk.
///
/// Errors: "artifact.bad-format" (not this format, unsupported version, compression differs
/// from the one expected), "artifact.wrong-key", "artifact.authentication-failed" (header or a
/// named chunk modified, reordered, duplicated, or data appended), "artifact.truncated".
class DecryptingSource final : public StageSource
{
public:
    /// `expectedStoredBytes` (or -1) only sharpens the diagnosis of a short final chunk.
    DecryptingSource(HashingSource *stored, DataKey key, Compression compression, QString name,
                     qint64 expectedStoredBytes);
    ~DecryptingSource() override;

    qint64 read(char *buffer, qint64 maxSize) override;

private:
    bool readHeader();
    bool fillInput(qsizetype want);
    bool nextChunk();
    bool failWith(const char *code, const QString &message);

    HashingSource *m_stored;
    const DataKey m_key;
    const Compression m_compression;
    const QString m_name;
    const qint64 m_expectedStoredBytes;
    std::unique_ptr<ChunkCipher> m_cipher;
    qsizetype m_chunkSize = 0;
    QByteArray m_in;
    qsizetype m_inSize = 0;
    bool m_storedEnd = false;
    QByteArray m_plain;
    qsizetype m_plainPos = 0;
    qsizetype m_plainSize = 0;
    quint64 m_index = 0;
    bool m_finalSeen = false;
};

} // namespace chartroom::artifact::detail
