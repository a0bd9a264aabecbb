#pragma once

#include "artifact/datakey.h"
#include "backup/backuprecord.h"
#include "backup/backuprepository.h"
#include "backup/backuprequest.h"
#include "backup/restoreplan.h"
#include "catalog/chartprofile.h"
#include "core/commandline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace chartroom::catalog {
class ProfileCatalog;
}

namespace chartroom::backup {

class DrillJob;

/// The newest backup among `records` (oldest first, as BackupRepository::list() gives them) that
/// verified and has a manifest: what a drill restores.
std::optional<BackupRecord> latestVerifiedBackup(const QList<BackupRecord> &records);
/// For every release in `records` whose latest verified backup was taken with a profile of
/// `tier`: that backup, by release key.
QMap<QString, BackupRecord> latestVerifiedOfTier(const QList<BackupRecord> &records,
                                                 const catalog::ProfileCatalog &catalog, int tier);
/// The scratch namespace of a drill of `release` started at `at`:
/// `chartroom-drill-<release>-<yyyyMMddHHmmss>` (UTC), an RFC 1123 label of at most 63 characters.
QString drillNamespaceName(const QString &release, const QDateTime &at);

struct DrillOptions
{
    /// Leave the scratch namespace for inspection instead of deleting it.
    bool keepNamespace = false;
};

/// A restore drill of one backup, before anything runs: the backup restored with RestorePlan
/// into a new scratch namespace (a clone: the release is reinstalled there from the backup's Helm
/// record, no safety backup since nothing is there to save), the profile's health checks, the
/// measured restore time against the profile's RTO, and the scratch namespace deleted again.
///
/// Contract: like RestorePlan, constructing it and asking problem()/steps()/describe() has no side
/// effect and needs no key. makeJob() always returns a DrillJob (see there): a drill that cannot
/// run (problem(), or no key for an encrypted backup) is still recorded as failed, with the reason,
/// without touching the cluster.
class DrillPlan final
{
    Q_DECLARE_TR_FUNCTIONS(DrillPlan)

public:
    DrillPlan(BackupRepository repository, BackupRecord backup, catalog::ChartProfile profile,
              std::optional<artifact::DataKey> key, QDateTime at = QDateTime::currentDateTimeUtc(), DrillOptions options = {});

    [[nodiscard]] const BackupRecord &backup() const { return m_restore.backup(); }
    [[nodiscard]] QString releaseKey() const { return m_restore.backup().releaseKey; }
    [[nodiscard]] QString context() const { return m_restore.targetContext(); }
    [[nodiscard]] QString scratchNamespace() const { return m_namespace; }
    [[nodiscard]] const DrillOptions &options() const { return m_options; }
    [[nodiscard]] const RestorePlan &restorePlan() const { return m_restore; }
    /// Why the drill cannot run; empty when it can (a missing key is not a problem of the plan).
    [[nodiscard]] QString problem() const { return m_restore.problem(); }
    [[nodiscard]] bool needsKey() const { return m_restore.needsKey(); }
    /// `kubectl delete namespace` of the scratch namespace (not waiting; absent is fine).
    [[nodiscard]] CommandLine teardownCommand(const ClusterTools &tools) const;
    /// The restore's steps, then the teardown (a Note step) unless the namespace is kept. Pure.
    [[nodiscard]] QList<RestorePlan::Step> steps(const ClusterTools &tools) const;
    /// Human summary: what is drilled where, then the restore's numbered steps and the teardown.
    [[nodiscard]] QStringList describe(const ClusterTools &tools) const;
    /// The drill as one job; recorded in `<repository>/drills.json` when it ends.
    [[nodiscard]] std::unique_ptr<DrillJob> makeJob(const ClusterTools &tools) const;

private:
    QString m_root;
    QDateTime m_at;
    QString m_namespace;
    DrillOptions m_options;
    RestorePlan m_restore;
};

} // namespace chartroom::backup
