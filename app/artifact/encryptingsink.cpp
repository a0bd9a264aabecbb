#include "encryptingsink.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace chartroom::artifact::detail {

EncryptingSink::EncryptingSink(const DataKey &key, Compression compression, qint32 chunkSize,
                               std::unique_ptr<jobs::ByteSink> next)
    : m_next(std::move(next))
    , m_chunkSize(chunkSize)
{
    HeaderFields fields;
    fields.compression = compression;
    fields.chunkSize = static_cast<quint32>(chunkSize);
    fields.keyId = QByteArray::fromHex(key.id.toLatin1());
    fields.fileId = QByteArray(kFileIdSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(fields.fileId.data()), int(kFileIdSize)) != 1) {
        m_error = QCoreApplication::translate("ArtifactWriter", "The random generator failed.");
        return;
    }
    m_cipher = std::make_unique<ChunkCipher>(key, fields.serialize());
    if (!m_cipher->isValid())
        m_error = QCoreApplication::translate("ArtifactWriter", "Cannot set up AES-256-GCM encryption.");
    m_plain.resize(m_chunkSize);
    m_sealed.resize(m_chunkSize + kTagSize);
}

bool EncryptingSink::writeHeader()
{
    m_headerWritten = true;
    return m_next->write(m_cipher->header().constData(), m_cipher->header().size());
}

bool EncryptingSink::sealChunk(bool final)
{
    if (!m_cipher->seal(m_index, final, m_plain.constData(), m_plainSize, m_sealed.data())) {
        m_error = QCoreApplication::translate("ArtifactWriter", "Encrypting chunk %1 failed.").arg(m_index);
        return false;
    }
    ++m_index;
    const qsizetype size = m_plainSize + kTagSize;
    m_plainSize = 0;
    return m_next->write(m_sealed.constData(), size);
}

bool EncryptingSink::write(const char *data, qsizetype size)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_headerWritten && !writeHeader())
        return false;
    while (size > 0) {
        // Seal a full chunk only now that more data exists: it is therefore not the final one.
        if (m_plainSize == m_chunkSize && !sealChunk(false))
            return false;
        const qsizetype take = qMin(size, m_chunkSize - m_plainSize);
        std::memcpy(m_plain.data() + m_plainSize, data, static_cast<size_t>(take));
        m_plainSize += take;
        data += take;
        size -= take;
    }
    return true;
}

bool EncryptingSink::close()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_headerWritten && !writeHeader())
        return false;
    // The final chunk may be empty (empty stream) or full (length a multiple of the chunk size).
    if (!sealChunk(true))
        return false;
    OPENSSL_cleanse(m_plain.data(), size_t(m_plain.size()));
    return m_next->close();
}

void EncryptingSink::abort()
{
    OPENSSL_cleanse(m_plain.data(), size_t(m_plain.size()));
    m_next->abort();
}

} // namespace chartroom::artifact::detail
