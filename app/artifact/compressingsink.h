#pragma once

#include "compression.h"
#include "jobs/bytestream.h"

#include <QByteArray>

#include <memory>

struct ZSTD_CCtx_s;
struct z_stream_s;

namespace chartroom::artifact::detail {

/// Compresses a stream (zstd frame with content checksum, gzip member, or pass-through) into
/// the next sink, which it owns. Memory is one output buffer plus the codec state.
class CompressingSink final : public jobs::ByteSink
{
public:
    CompressingSink(Compression compression, int level, std::unique_ptr<jobs::ByteSink> next);
    ~CompressingSink() override;

    bool write(const char *data, qsizetype size) override;
    bool close() override;
    void abort() override;
    QString errorString() const override { return m_error.isEmpty() ? m_next->errorString() : m_error; }

private:
    bool zstd(const char *data, qsizetype size, bool end);
    bool gzip(const char *data, qsizetype size, bool end);
    bool failCodec(const QString &message);

    const Compression m_compression;
    std::unique_ptr<jobs::ByteSink> m_next;
    ZSTD_CCtx_s *m_zstd = nullptr;
    std::unique_ptr<z_stream_s> m_zlib;
    QByteArray m_out;
    QString m_error;
};

} // namespace chartroom::artifact::detail
