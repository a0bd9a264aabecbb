#include "hashingsink.h"

namespace chartroom::artifact::detail {

HashingSink::HashingSink(std::unique_ptr<jobs::ByteSink> next)
    : m_next(std::move(next))
{
}

bool HashingSink::write(const char *data, qsizetype size)
{
    m_hash.update(data, size);
    m_bytes += size;
    return m_next->write(data, size);
}

bool HashingSink::close()
{
    m_sha256 = m_hash.finishHex();
    return m_next->close();
}

void HashingSink::abort()
{
    m_next->abort();
}

} // namespace chartroom::artifact::detail
