#include "compressingsink.h"

#include <QCoreApplication>

#include <zlib.h>
#include <zstd.h>

namespace chartroom::artifact::detail {

CompressingSink::CompressingSink(Compression compression, int level, std::unique_ptr<jobs::ByteSink> next)
    : m_compression(compression)
    , m_next(std::move(next))
{
    if (compression == Compression::Zstd) {
        m_zstd = ZSTD_createCCtx();
        // Levels above 19 ("ultra") need windows of up to 128 MiB to decompress: not for streams.
        const int zlevel = qBound(1, level, 19);
        if (!m_zstd || ZSTD_isError(ZSTD_CCtx_setParameter(m_zstd, ZSTD_c_compressionLevel, zlevel))
            || ZSTD_isError(ZSTD_CCtx_setParameter(m_zstd, ZSTD_c_checksumFlag, 1)))
            failCodec(QStringLiteral("zstd initialisation failed"));
        m_out.resize(qsizetype(ZSTD_CStreamOutSize()));
    } else if (compression == Compression::Gzip) {
        m_zlib = std::make_unique<z_stream>();
        // windowBits 15 + 16 selects the gzip wrapper (header + CRC-32 + size trailer).
        if (deflateInit2(m_zlib.get(), qBound(1, level, 9), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            m_zlib.reset();
            failCodec(QStringLiteral("zlib initialisation failed"));
        }
        m_out.resize(128 * 1024);
    }
}

CompressingSink::~CompressingSink()
{
    ZSTD_freeCCtx(m_zstd);
    if (m_zlib)
        deflateEnd(m_zlib.get());
}

bool CompressingSink::failCodec(const QString &message)
{
    m_error = QCoreApplication::translate("ArtifactWriter", "Compression failed: %1").arg(message);
    return false;
}

bool CompressingSink::write(const char *data, qsizetype size)
{
    if (!m_error.isEmpty())
        return false;
    switch (m_compression) {
    case Compression::None:
        return m_next->write(data, size);
    case Compression::Gzip:
        return gzip(data, size, false);
    case Compression::Zstd:
        return zstd(data, size, false);
    }
    return false;
}

bool CompressingSink::close()
{
    if (!m_error.isEmpty())
        return false;
    if (m_compression == Compression::Zstd && !zstd(nullptr, 0, true))
        return false;
    if (m_compression == Compression::Gzip && !gzip(nullptr, 0, true))
        return false;
    return m_next->close();
}

void CompressingSink::abort()
{
    m_next->abort();
}

bool CompressingSink::zstd(const char *data, qsizetype size, bool end)
{
    ZSTD_inBuffer in{data, static_cast<size_t>(size), 0};
    for (;;) {
        ZSTD_outBuffer out{m_out.data(), static_cast<size_t>(m_out.size()), 0};
        const size_t remaining = ZSTD_compressStream2(m_zstd, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(remaining))
            return failCodec(QString::fromLatin1(ZSTD_getErrorName(remaining)));
        if (out.pos > 0 && !m_next->write(m_out.constData(), qsizetype(out.pos)))
            return false;
        const bool done = end ? remaining == 0 : in.pos == in.size;
        if (done)
            return true;
    }
}

bool CompressingSink::gzip(const char *data, qsizetype size, bool end)
{
    // zlib counts in uInt; feed huge writes in pieces.
    constexpr qsizetype kPiece = 1 << 30;
    do {
        const qsizetype piece = qMin(size, kPiece);
        m_zlib->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_zlib->avail_in = static_cast<uInt>(piece);
        data += piece;
        size -= piece;
        const int flush = end && size == 0 ? Z_FINISH : Z_NO_FLUSH;
        for (;;) {
            m_zlib->next_out = reinterpret_cast<Bytef *>(m_out.data());
            m_zlib->avail_out = static_cast<uInt>(m_out.size());
            const int ret = deflate(m_zlib.get(), flush);
            if (ret == Z_STREAM_ERROR)
                return failCodec(QStringLiteral("zlib stream error"));
            const qsizetype produced = m_out.size() - qsizetype(m_zlib->avail_out);
            if (produced > 0 && !m_next->write(m_out.constData(), produced))
                return false;
            if (flush == Z_FINISH ? ret == Z_STREAM_END : m_zlib->avail_in == 0 && m_zlib->avail_out != 0)
                break;
        }
    } while (size > 0);
    return true;
}

} // namespace chartroom::artifact::detail
