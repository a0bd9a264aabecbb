#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace chartroom::inventory {

/// One restore drill of a release as the inventory shows it: when it ended, which backup it
/// restored, how long the restore took and whether it worked.
///
/// Contract: a plain value; the backup repository's drill records are converted into it, so the
/// inventory needs no backup library. "Measured RTO" is the duration of a successful drill.
struct DrillOutcome
{
    QDateTime finishedAt; ///< UTC
    QString backupId;
    qint64 durationMs = 0;
    bool ok = false;
    QString error;                    ///< why it failed; empty when ok
    std::optional<qint64> rtoSeconds; ///< the RTO target at the time of the drill, if any

    /// Whether the restore took longer than `target` (else the drill's own rtoSeconds); false
    /// without any target.
    [[nodiscard]] bool exceeds(std::optional<std::chrono::seconds> target = std::nullopt) const;

    [[nodiscard]] QJsonObject toJson() const;
    static DrillOutcome fromJson(const QJsonObject &json);

    bool operator==(const DrillOutcome &other) const = default;
};

} // namespace chartroom::inventory
