#pragma once

#include "bytestream.h"

namespace chartroom::jobs {

/// Writes a stream to a file, atomically by default.
///
/// Atomic mode writes to "<path>.partial", fsyncs it on close(), renames it over <path> and
/// fsyncs the directory; abort() removes the partial file. A reader therefore sees either no
/// file or the complete one, even if Chartroom is killed mid-stream. Write errors keep their
/// system message ("No space left on device").
class FileSink final : public ByteSink
{
public:
    enum class Mode { Atomic, Direct };

    explicit FileSink(QString path, Mode mode = Mode::Atomic);
    ~FileSink() override;

    bool write(const char *data, qsizetype size) override;
    bool close() override;
    void abort() override;
    QString errorString() const override { return m_error; }

    [[nodiscard]] qint64 bytesWritten() const { return m_written; }

private:
    bool open();
    bool fail(const QString &what, int errnum);

    const QString m_path;
    const Mode m_mode;
    int m_fd = -1;
    bool m_failed = false;
    bool m_closed = false;
    qint64 m_written = 0;
    QString m_error;
};

} // namespace chartroom::jobs
