#include "hashingsource.h"

#include "core/result.h"
#include "jobs/filesource.h"

namespace chartroom::artifact::detail {

HashingSource::HashingSource(const QString &path)
    : m_file(std::make_unique<jobs::FileSource>(path))
{
}

HashingSource::~HashingSource() = default;

qint64 HashingSource::size() const
{
    return m_file->size();
}

qint64 HashingSource::read(char *buffer, qint64 maxSize)
{
    if (failed())
        return -1;
    if (m_atEnd)
        return 0;
    const qint64 n = m_file->read(buffer, maxSize);
    if (n < 0)
        return fail(makeError(QStringLiteral("artifact.io"), m_file->errorString()));
    if (n == 0) {
        m_atEnd = true;
        m_sha256 = m_hash.finishHex();
        return 0;
    }
    m_hash.update(buffer, n);
    m_bytes += n;
    return n;
}

} // namespace chartroom::artifact::detail
