#pragma once

#include <QString>
#include <QtGlobal>

namespace chartroom::jobs {

/// Where a streaming job's bytes go (a file, a hash, a compressor, an encryptor...).
///
/// Called from a worker thread, never the UI thread; implementations need no locking but
/// must not touch QObjects living elsewhere. write() may block (that is the backpressure:
/// while it blocks nothing more is read from the producing process). Sinks may chain by
/// owning the next sink. close() ends a complete stream and is called at most once; abort()
/// is called instead when the stream failed or was canceled, and must discard or mark any
/// partial output so that nothing half-written is taken for complete.
class ByteSink
{
public:
    virtual ~ByteSink();
    [[nodiscard]] virtual bool write(const char *data, qsizetype size) = 0;
    [[nodiscard]] virtual bool close() = 0;
    virtual void abort() {}
    [[nodiscard]] virtual QString errorString() const = 0;
};

/// Where a streaming job's stdin comes from. Same threading rules as ByteSink.
/// read() returns the number of bytes read, 0 at the end of the stream, -1 on error.
class ByteSource
{
public:
    virtual ~ByteSource();
    [[nodiscard]] virtual qint64 read(char *buffer, qint64 maxSize) = 0;
    [[nodiscard]] virtual QString errorString() const = 0;
    /// Total size when known (for progress), else -1.
    [[nodiscard]] virtual qint64 size() const { return -1; }
};

} // namespace chartroom::jobs
