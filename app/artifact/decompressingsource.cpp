#include "decompressingsource.h"

#include "core/result.h"

#include <QCoreApplication>

#include <zlib.h>
#include <zstd.h>

namespace chartroom::artifact::detail {

DecompressingSource::DecompressingSource(StageSource *upstream, Compression compression, QString name)
    : m_upstream(upstream)
    , m_compression(compression)
    , m_name(std::move(name))
{
    if (compression == Compression::Zstd) {
        m_zstd = ZSTD_createDCtx();
        m_in.resize(qsizetype(ZSTD_DStreamInSize()));
    } else if (compression == Compression::Gzip) {
        m_zlib = std::make_unique<z_stream>();
        if (inflateInit2(m_zlib.get(), 15 + 16) != Z_OK) // gzip wrapper only
            m_zlib.reset();
        m_in.resize(128 * 1024);
    }
}

DecompressingSource::~DecompressingSource()
{
    ZSTD_freeDCtx(m_zstd);
    if (m_zlib)
        inflateEnd(m_zlib.get());
}

qint64 DecompressingSource::failCodec(const QString &reason)
{
    return fail(makeError(QStringLiteral("artifact.decompress-failed"),
                          QCoreApplication::translate("ArtifactReader", "Decompressing %1 failed: %2")
                              .arg(m_name, reason)));
}

qint64 DecompressingSource::failTruncated()
{
    return fail(makeError(QStringLiteral("artifact.truncated"),
                          QCoreApplication::translate("ArtifactReader", "The %1 stream in %2 ends early: the file is truncated.")
                              .arg(compressionName(m_compression), m_name)));
}

bool DecompressingSource::refill()
{
    const qint64 n = m_upstream->read(m_in.data(), m_in.size());
    if (n < 0) {
        fail(m_upstream->error());
        return false;
    }
    m_inPos = 0;
    m_inSize = qsizetype(n);
    if (n == 0)
        m_upstreamEnd = true;
    else
        m_sawInput = true;
    return true;
}

std::optional<qint64> DecompressingSource::prepareInput()
{
    // Input is fetched only when the decoder has nothing left to flush from earlier input.
    if (m_inPos == m_inSize && !m_upstreamEnd && !m_outputPending && !refill())
        return -1;
    // An empty file is not a compressed artifact either: the writer always emits a frame.
    if (m_inPos == m_inSize && m_upstreamEnd && !m_outputPending)
        return m_frameDone ? 0 : failTruncated();
    return std::nullopt;
}

qint64 DecompressingSource::read(char *buffer, qint64 maxSize)
{
    if (failed())
        return -1;
    switch (m_compression) {
    case Compression::None: {
        const qint64 n = m_upstream->read(buffer, maxSize);
        return n < 0 ? fail(m_upstream->error()) : n;
    }
    case Compression::Zstd:
        return m_zstd ? readZstd(buffer, maxSize) : failCodec(QStringLiteral("zstd initialisation failed"));
    case Compression::Gzip:
        return m_zlib ? readGzip(buffer, maxSize) : failCodec(QStringLiteral("zlib initialisation failed"));
    }
    return -1;
}

qint64 DecompressingSource::readZstd(char *buffer, qint64 maxSize)
{
    for (;;) {
        if (const auto result = prepareInput())
            return *result;
        ZSTD_inBuffer in{m_in.constData(), size_t(m_inSize), size_t(m_inPos)};
        ZSTD_outBuffer out{buffer, size_t(maxSize), 0};
        const size_t ret = ZSTD_decompressStream(m_zstd, &out, &in);
        if (ZSTD_isError(ret))
            return failCodec(QString::fromLatin1(ZSTD_getErrorName(ret)));
        if (in.pos > size_t(m_inPos))
            m_frameDone = false;
        m_inPos = qsizetype(in.pos);
        if (ret == 0)
            m_frameDone = true;
        m_outputPending = out.pos == out.size;
        if (out.pos > 0)
            return qint64(out.pos);
    }
}

qint64 DecompressingSource::readGzip(char *buffer, qint64 maxSize)
{
    for (;;) {
        if (const auto result = prepareInput())
            return *result;
        if (m_frameDone && m_inPos < m_inSize) {
            // More bytes after a complete member: a further member, as gzip(1) accepts.
            inflateReset(m_zlib.get());
            m_frameDone = false;
        }
        m_zlib->next_in = reinterpret_cast<Bytef *>(m_in.data() + m_inPos);
        m_zlib->avail_in = uInt(m_inSize - m_inPos);
        m_zlib->next_out = reinterpret_cast<Bytef *>(buffer);
        m_zlib->avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
        const uInt outSize = m_zlib->avail_out;
        const int ret = inflate(m_zlib.get(), Z_NO_FLUSH);
        if (ret != Z_OK && ret != Z_STREAM_END && ret != Z_BUF_ERROR)
            return failCodec(QString::fromLatin1(m_zlib->msg ? m_zlib->msg : "corrupt data"));
        m_inPos = m_inSize - qsizetype(m_zlib->avail_in);
        if (ret == Z_STREAM_END)
            m_frameDone = true;
        const qint64 produced = qint64(outSize - m_zlib->avail_out);
        m_outputPending = produced > 0 && m_zlib->avail_out == 0;
        if (produced > 0)
            return produced;
    }
}

} // namespace chartroom::artifact::detail
