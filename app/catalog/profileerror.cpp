#include "catalog/profileerror.h"

namespace chartroom::catalog {

QString ProfileError::toString() const
{
    if (line <= 0)
        return file % QStringLiteral(": ") % message;
    return file % QLatin1Char(':') % QString::number(line) % QLatin1Char(':') % QString::number(column) %
           QStringLiteral(": ") % message;
}

} // namespace chartroom::catalog
