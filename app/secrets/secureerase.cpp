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
    // size(), not capacity(): Qt 6 counts free space *before* data() in capacity(), so writing
    // capacity() bytes from data() could run past the allocation.
    if (bytes.isDetached() && !bytes.isEmpty())
        secureErase(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace chartroom::secrets
