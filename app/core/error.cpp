#include "error.h"

namespace chartroom {

QString Error::toString() const
{
    if (details.isEmpty())
        return message;
    return message + QStringLiteral(": ") + details;
}

} // namespace chartroom
