#pragma once

#include "sha256.h"
#include "stagesource.h"

#include <memory>

namespace chartroom::artifact::detail {

/// Reads a file, counting and hashing the stored bytes on their way up the pipeline.
/// I/O errors become "artifact.io" with the system's message.
class HashingSource final : public StageSource
{
public:
    explicit HashingSource(const QString &path);
    ~HashingSource() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    qint64 size() const override;

    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    /// Valid once read() returned 0.
    [[nodiscard]] const QString &sha256() const { return m_sha256; }
    [[nodiscard]] bool atEnd() const { return m_atEnd; }

private:
    std::unique_ptr<jobs::ByteSource> m_file;
    Sha256 m_hash;
    qint64 m_bytes = 0;
    QString m_sha256;
    bool m_atEnd = false;
};

} // namespace chartroom::artifact::detail
