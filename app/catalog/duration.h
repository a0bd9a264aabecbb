#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace chartroom::catalog {

/// Parses a recovery objective as the DR documents write it: "15m", "15min", "1h", "24h", "1h30m",
/// "2 hours", "1d", "30s", "0". A leading "<" or "<=" (an upper bound, "RTO < 1h") is accepted and
/// means the bound itself. A bare number other than 0 has no unit and is rejected, as are negative
/// values and anything else. Returns std::nullopt when the text is not a duration.
std::optional<std::chrono::seconds> parseDuration(const QString &text);

} // namespace chartroom::catalog
