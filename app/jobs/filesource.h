#pragma once

#include "bytestream.h"

namespace chartroom::jobs {

/// Reads a stream from a file (restores feed `kubectl exec -i` from it).
class FileSource final : public ByteSource
{
public:
    explicit FileSource(QString path);
    ~FileSource() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    QString errorString() const override { return m_error; }
    qint64 size() const override;

private:
    const QString m_path;
    int m_fd = -1;
    bool m_failed = false;
    QString m_error;
};

} // namespace chartroom::jobs
