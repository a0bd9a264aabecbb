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

QString formatDurationMs(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return QCoreApplication::translate("Formatting", "%1 ms").arg(qMax<qint64>(0, milliseconds));
    if (milliseconds < 60 * 1000)
        return QCoreApplication::translate("Formatting", "%1 s").arg(static_cast<double>(milliseconds) / 1000.0, 0, 'f', 1);
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 3600)
        return QCoreApplication::translate("Formatting", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Formatting", "%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
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
