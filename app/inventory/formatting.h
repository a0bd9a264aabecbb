#pragma once

#include <QString>

namespace chartroom::inventory {

/// "15 min", "1 h", "24 h", "—" for an RTO/RPO target in seconds (negative = none).
[[nodiscard]] QString formatTarget(qint64 seconds);
/// "850 ms", "12.4 s", "3 min 05 s", "1 h 02 min" for a measured duration in milliseconds.
[[nodiscard]] QString formatDurationMs(qint64 milliseconds);
/// "just now", "5 min ago", "3 h ago", "2 d ago" for an age in seconds.
[[nodiscard]] QString formatAge(qint64 seconds);

} // namespace chartroom::inventory
