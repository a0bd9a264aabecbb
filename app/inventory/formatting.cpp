#include "formatting.h"

#include <QCoreApplication>

namespace chartroom::inventory {

QString formatTarget(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds == 0)
        return QStringLiteral("0");
    if (seconds % 3600 == 0)
        return QCoreApplication::translate("Formatting", "%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QCoreApplication::translate("Formatting", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("Formatting", "%1 s").arg(seconds);
}

QString formatAge(qint64 seconds)
{
    if (seconds < 120)
        return QCoreApplication::translate("Formatting", "just now");
    if (seconds < 2 * 3600)
        return QCoreApplication::translate("Formatting", "%1 min ago").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("Formatting", "%1 h ago").arg(seconds / 3600);
    return QCoreApplication::translate("Formatting", "%1 d ago").arg(seconds / 86400);
}

} // namespace chartroom::inventory
