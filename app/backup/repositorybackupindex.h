#pragma once

#include "backup/backuprecord.h"
#include "backup/drillrecord.h"
#include "inventory/backupindex.h"

#include <QHash>
#include <QList>

namespace chartroom::backup {

/// The inventory's view of a repository: when each release was last backed up with a backup
/// that verified, and its restore drills (from drills.json). A snapshot (taken from BackupRepository::list() off the UI thread), so the
/// inventory can ask for thousands of releases without touching the disk.
class RepositoryBackupIndex final : public inventory::BackupIndex
{
public:
    RepositoryBackupIndex() = default;
    explicit RepositoryBackupIndex(const QList<BackupRecord> &records, const QList<DrillRecord> &drills = {});

    [[nodiscard]] std::optional<QDateTime> lastVerifiedBackup(const QString &releaseKey) const override;
    [[nodiscard]] QList<inventory::DrillOutcome> drills(const QString &releaseKey) const override;
    /// The newest backup of a release whatever its state (to show "last backup failed").
    [[nodiscard]] std::optional<BackupRecord> latestBackup(const QString &releaseKey) const;
    [[nodiscard]] int backupCount() const { return m_count; }
    [[nodiscard]] int drillCount() const { return m_drillCount; }

private:
    QHash<QString, QList<inventory::DrillOutcome>> m_drills; ///< per release, oldest first
    int m_drillCount = 0;
    QHash<QString, QDateTime> m_lastVerified;
    QHash<QString, BackupRecord> m_latest;
    int m_count = 0;
};

} // namespace chartroom::backup
