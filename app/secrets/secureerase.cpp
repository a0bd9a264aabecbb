#include "secureerase.h"

#include <string.h>

namespace chartroom::secrets {

void secureErase(void *data, std::size_t size)
{
    if (data && size > 0)
        explicit_bzero(data, size); // glibc: not removed as a dead store
}

void secureErase(QByteArray &bytes)
{
    // capacity(), not size(): a buffer that shrank still holds the old tail.
    if (bytes.isDetached() && bytes.capacity() > 0)
        secureErase(bytes.data(), static_cast<std::size_t>(bytes.capacity()));
    bytes.clear();
}

} // namespace chartroom::secrets
