#pragma once

#include "compression.h"
#include "stagesource.h"

#include <QByteArray>

#include <memory>
#include <optional>

struct ZSTD_DCtx_s;
struct z_stream_s;

namespace chartroom::artifact::detail {

/// Decompresses what `upstream` yields (zstd frames, gzip members, or pass-through). Returns 0
/// only once the upstream ended and the last frame or member was complete, so a cut-off
/// compressed stream is reported ("artifact.truncated") rather than silently ending early;
/// corrupt input is "artifact.decompress-failed".
class DecompressingSource final : public StageSource
{
public:
    DecompressingSource(StageSource *upstream, Compression compression, QString name);
    ~DecompressingSource() override;

    qint64 read(char *buffer, qint64 maxSize) override;

private:
    bool refill();
    /// The read() result when the stream ended (0) or failed (-1); nullopt to keep decoding.
    std::optional<qint64> prepareInput();
    qint64 readZstd(char *buffer, qint64 maxSize);
    qint64 readGzip(char *buffer, qint64 maxSize);
    qint64 failCodec(const QString &reason);
    qint64 failTruncated();

    StageSource *m_upstream;
    const Compression m_compression;
    const QString m_name;
    ZSTD_DCtx_s *m_zstd = nullptr;
    std::unique_ptr<z_stream_s> m_zlib;
    QByteArray m_in;
    qsizetype m_inPos = 0;
    qsizetype m_inSize = 0;
    bool m_upstreamEnd = false;
    bool m_sawInput = false;
    bool m_frameDone = false;
    bool m_outputPending = false;
};

} // namespace chartroom::artifact::detail
