#include "catalog/duration.h"

#include <QRegularExpression>

namespace chartroom::catalog {

namespace {

/// Seconds per unit, or 0 for an unknown unit.
qint64 unitSeconds(QStringView unit)
{
    static const struct
    {
        const char *name;
        qint64 seconds;
    } units[] = {
        // clang-format off
        {"s", 1},       {"sec", 1},      {"secs", 1},    {"second", 1},    {"seconds", 1},
        {"m", 60},      {"min", 60},     {"mins", 60},   {"minute", 60},   {"minutes", 60},
        {"h", 3600},    {"hr", 3600},    {"hrs", 3600},  {"hour", 3600},   {"hours", 3600},
        {"d", 86400},   {"day", 86400},  {"days", 86400},
        // clang-format on
    };
    for (const auto &u : units) {
        if (unit == QLatin1String(u.name))
            return u.seconds;
    }
    return 0;
}

} // namespace

std::optional<std::chrono::seconds> parseDuration(const QString &text)
{
    QString s = text.trimmed().toLower();
    if (s.startsWith(QLatin1String("<=")))
        s = s.mid(2).trimmed();
    else if (s.startsWith(QLatin1Char('<')))
        s = s.mid(1).trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (s == QLatin1String("0"))
        return std::chrono::seconds(0);

    // One or more "<number> <unit>" parts, e.g. "1h30m" or "1 hour 30 minutes".
    static const QRegularExpression part(QStringLiteral("\\G\\s*(\\d+)\\s*([a-z]+)\\s*"));
    qint64 total = 0;
    qsizetype pos = 0;
    while (pos < s.size()) {
        const QRegularExpressionMatch m = part.match(s, pos);
        if (!m.hasMatch())
            return std::nullopt;
        const qint64 unit = unitSeconds(m.capturedView(2));
        bool ok = false;
        const qint64 value = m.capturedView(1).toLongLong(&ok);
        if (unit == 0 || !ok || value > 100'000'000)
            return std::nullopt;
        total += value * unit;
        pos = m.capturedEnd(0);
    }
    return std::chrono::seconds(total);
}

} // namespace chartroom::catalog
