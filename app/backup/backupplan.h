#pragma once

#include "backup/backuprecord.h"
#include "backup/backuprepository.h"
#include "backup/backuprequest.h"
#include "catalog/profilecatalog.h"
#include "inventory/fleet.h"
#include "jobs/job.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace chartroom::backup {

/// What a backup of several releases will do, before anything runs: the backup wizard's review
/// page and `chartroom-cli backup --dry-run` show it; run() turns it into jobs.
///
/// Releases run in tier order (1 → 4, untiered last), one tier after the other; inside a tier in
/// parallel up to the per-cluster limit. Releases that cannot be backed up (no chart profile,
/// a profile without backup components, a release being installed) are listed as skipped with
/// the reason instead of silently dropped.
class BackupPlan final
{
public:
    struct Item
    {
        ReleaseRef release;
        std::optional<int> tier;
        catalog::ChartProfile profile;
        QStringList componentIds;        ///< empty: all
        qint64 estimatedBytes = -1;      ///< content bytes of the last complete backup, -1 unknown
        QString skipReason;              ///< non-empty: not backed up
    };

    BackupPlan(BackupRepository repository, const catalog::ProfileCatalog &catalog, const QList<inventory::Release> &releases);

    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] QList<Item> runnable() const;
    [[nodiscard]] QList<Item> skipped() const;
    [[nodiscard]] const BackupRepository &repository() const { return m_repository; }
    /// Restricts a release to some of its components (the wizard's per-release checkboxes).
    void setComponents(const QString &releaseKey, const QStringList &componentIds);
    /// A human summary of what will run, one line per release, tier by tier.
    [[nodiscard]] QStringList describe() const;

    /// The jobs: a sequence of tiers, each a parallel group of ReleaseBackupJobs. `key` must be
    /// the unlocked repository key when the repository is encrypted.
    [[nodiscard]] std::unique_ptr<jobs::Job> makeJob(const ClusterTools &tools, const std::optional<artifact::DataKey> &key,
                                                     int perClusterLimit) const;

private:
    BackupRepository m_repository;
    QList<Item> m_items;
};

} // namespace chartroom::backup
