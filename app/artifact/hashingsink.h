#pragma once

#include "jobs/bytestream.h"
#include "sha256.h"

#include <memory>

namespace chartroom::artifact::detail {

/// Counts and hashes the bytes passing through to the next sink (the stored bytes, when placed
/// just before the file). Owns the next sink.
class HashingSink final : public jobs::ByteSink
{
public:
    explicit HashingSink(std::unique_ptr<jobs::ByteSink> next);

    bool write(const char *data, qsizetype size) override;
    bool close() override;
    void abort() override;
    QString errorString() const override { return m_next->errorString(); }

    /// Valid after a successful close().
    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] const QString &sha256() const { return m_sha256; }

private:
    std::unique_ptr<jobs::ByteSink> m_next;
    Sha256 m_hash;
    qint64 m_bytes = 0;
    QString m_sha256;
};

} // namespace chartroom::artifact::detail
