#include "decryptingsource.h"

#include "core/result.h"
#include "hashingsource.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

#include <cstring>

namespace chartroom::artifact::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ArtifactReader", text);
}
} // namespace

DecryptingSource::DecryptingSource(HashingSource *stored, DataKey key, Compression compression, QString name,
                                   qint64 expectedStoredBytes)
    : m_stored(stored)
    , m_key(std::move(key))
    , m_compression(compression)
    , m_name(std::move(name))
    , m_expectedStoredBytes(expectedStoredBytes)
{
}

DecryptingSource::~DecryptingSource()
{
    OPENSSL_cleanse(m_plain.data(), size_t(m_plain.size()));
}

bool DecryptingSource::failWith(const char *code, const QString &message)
{
    fail(makeError(QString::fromLatin1(code), message));
    return false;
}

bool DecryptingSource::fillInput(qsizetype want)
{
    while (m_inSize < want && !m_storedEnd) {
        const qint64 n = m_stored->read(m_in.data() + m_inSize, want - m_inSize);
        if (n < 0) {
            fail(m_stored->error());
            return false;
        }
        if (n == 0)
            m_storedEnd = true;
        m_inSize += n;
    }
    return true;
}

bool DecryptingSource::readHeader()
{
    m_in.resize(kHeaderSize);
    if (!fillInput(kHeaderSize))
        return false;
    const QByteArray header = m_in.left(m_inSize);
    m_inSize = 0;
    HeaderFields fields;
    const HeaderProblem problem = parseHeader(header, fields);
    if (problem == HeaderProblem::NotEncrypted)
        return failWith("artifact.bad-format", tr("%1 is not an encrypted Chartroom artifact.").arg(m_name));
    if (header.size() < kHeaderSize)
        return failWith("artifact.truncated", tr("%1 ends inside its header.").arg(m_name));
    if (problem == HeaderProblem::UnsupportedVersion)
        return failWith("artifact.bad-format",
                        tr("%1 uses artifact format version %2, which this Chartroom cannot read.")
                            .arg(m_name)
                            .arg(fields.version));
    // The key id sits at a fixed offset, so a wrong key is recognised even in a damaged header.
    if (header.mid(16, kKeyIdSize) != QByteArray::fromHex(m_key.id.toLatin1()))
        return failWith("artifact.wrong-key", tr("The key does not match this artifact (%1).").arg(m_name));
    m_cipher = std::make_unique<ChunkCipher>(m_key, header.left(kHeaderBodySize));
    if (!m_cipher->headerTagMatches(header.mid(kHeaderBodySize)))
        return failWith("artifact.authentication-failed",
                        tr("The header of %1 failed authentication: the file was modified or is damaged.").arg(m_name));
    // Authenticated from here on: a structural problem can only come from a faulty writer.
    if (problem != HeaderProblem::None || fields.chunkSize < quint32(kMinChunkSize)
        || fields.chunkSize > quint32(kMaxChunkSize))
        return failWith("artifact.bad-format", tr("The header of %1 is malformed.").arg(m_name));
    if (fields.compression != m_compression)
        return failWith("artifact.bad-format", tr("%1 holds %2 content, not %3 as expected.")
                                                   .arg(m_name, compressionName(fields.compression),
                                                        compressionName(m_compression)));
    m_chunkSize = qsizetype(fields.chunkSize);
    m_in.resize(m_chunkSize + kTagSize + 1);
    m_plain.resize(m_chunkSize);
    return true;
}

bool DecryptingSource::nextChunk()
{
    const qsizetype sealed = m_chunkSize + kTagSize;
    if (!fillInput(sealed + 1)) // the extra byte shows whether another chunk follows
        return false;
    const bool final = m_inSize <= sealed;
    const qsizetype size = final ? m_inSize : sealed;
    if (final && size < kTagSize) {
        return failWith("artifact.truncated", m_index == 0 && size == 0
                                                  ? tr("%1 ends right after its header.").arg(m_name)
                                                  : tr("%1 ends inside chunk %2.").arg(m_name).arg(m_index));
    }
    if (!m_cipher->open(m_index, final, m_in.constData(), size, m_plain.data())) {
        // Tell the common kinds of damage apart; each case is still a failed authentication.
        if (final && size == sealed && m_cipher->open(m_index, false, m_in.constData(), size, m_plain.data()))
            return failWith("artifact.truncated",
                            tr("%1 ends after chunk %2, which is not its final chunk: the file is truncated.")
                                .arg(m_name)
                                .arg(m_index));
        if (!final && m_cipher->open(m_index, true, m_in.constData(), size, m_plain.data()))
            return failWith("artifact.authentication-failed",
                            tr("%1 has data after its final chunk %2.").arg(m_name).arg(m_index));
        if (final && m_expectedStoredBytes >= 0 && m_stored->bytes() < m_expectedStoredBytes)
            return failWith("artifact.truncated", tr("%1 ends inside chunk %2: the file is truncated.")
                                                      .arg(m_name)
                                                      .arg(m_index));
        return failWith("artifact.authentication-failed",
                        tr("Chunk %1 of %2 failed authentication: the file was modified, reordered or is damaged.")
                            .arg(m_index)
                            .arg(m_name));
    }
    m_plainPos = 0;
    m_plainSize = size - kTagSize;
    if (final) {
        m_inSize = 0;
    } else {
        m_in[0] = m_in[sealed];
        m_inSize = 1;
    }
    m_finalSeen = final;
    ++m_index;
    return true;
}

qint64 DecryptingSource::read(char *buffer, qint64 maxSize)
{
    if (failed())
        return -1;
    if (!m_cipher && !readHeader())
        return -1;
    while (m_plainPos == m_plainSize) {
        if (m_finalSeen)
            return 0;
        if (!nextChunk())
            return -1;
    }
    const qsizetype n = qMin(qsizetype(maxSize), m_plainSize - m_plainPos);
    std::memcpy(buffer, m_plain.constData() + m_plainPos, size_t(n));
    m_plainPos += n;
    return n;
}

} // namespace chartroom::artifact::detail
