#pragma once

#include "drilloutcome.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chartroom::inventory {

/// Where the inventory learns when a release was last backed up and verified, and how its
/// restore drills went.
///
/// The backup repository implements it; until a release has a verified backup, its stateful
/// releases honestly show "Never backed up". Keys are Release::key() ("context/namespace/name").
class BackupIndex
{
public:
    virtual ~BackupIndex();
    [[nodiscard]] virtual std::optional<QDateTime> lastVerifiedBackup(const QString &releaseKey) const = 0;
    /// The release's recorded restore drills, oldest first (none by default).
    [[nodiscard]] virtual QList<DrillOutcome> drills(const QString &releaseKey) const;
};

/// A BackupIndex that knows of no backup.
class NoBackups final : public BackupIndex
{
public:
    [[nodiscard]] std::optional<QDateTime> lastVerifiedBackup(const QString &) const override { return std::nullopt; }
};

} // namespace chartroom::inventory
