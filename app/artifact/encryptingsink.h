#pragma once

#include "chunkcipher.h"
#include "jobs/bytestream.h"

#include <memory>

namespace chartroom::artifact::detail {

/// Writes the encrypted container (header, then AES-256-GCM chunks) to the next sink, which it
/// owns. A full chunk is held back until more data arrives, so that the last chunk written is
/// always the one flagged final, even when the stream length is a multiple of the chunk size.
/// Memory: one plaintext chunk and one ciphertext chunk.
class EncryptingSink final : public jobs::ByteSink
{
public:
    EncryptingSink(const DataKey &key, Compression compression, qint32 chunkSize,
                   std::unique_ptr<jobs::ByteSink> next);

    bool write(const char *data, qsizetype size) override;
    bool close() override;
    void abort() override;
    QString errorString() const override { return m_error.isEmpty() ? m_next->errorString() : m_error; }

private:
    bool writeHeader();
    bool sealChunk(bool final);

    std::unique_ptr<jobs::ByteSink> m_next;
    std::unique_ptr<ChunkCipher> m_cipher;
    const qsizetype m_chunkSize;
    QByteArray m_plain;
    qsizetype m_plainSize = 0;
    QByteArray m_sealed;
    quint64 m_index = 0;
    bool m_headerWritten = false;
    QString m_error;
};

} // namespace chartroom::artifact::detail
