#pragma once

#include "appsettings.h"

#include "backup/backuprecord.h"
#include "backup/backuprequest.h"
#include "backup/repositorybackupindex.h"

#include "catalog/profilecatalog.h"
#include "inventory/backupindex.h"
#include "inventory/fleetcache.h"
#include "inventory/inventoryscanner.h"
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "kube/toolprobe.h"
#include "rbac/useraccess.h"
#include "secrets/secretstore.h"

#include <QFuture>
#include <QObject>

#include <QHash>

#include <memory>

namespace chartroom {

/// The services one Chartroom process runs on, built once by the composition root and
/// handed to the UI or the CLI (no singletons): settings, the job queue with its persistent
/// journal, the tool probe, the OS keychain, and a snapshot of the backup repository.
///
/// Backups and RPO: the inventory asks the repository snapshot (a RepositoryBackupIndex) when a
/// release was last backed up with a verified backup. The snapshot is read off the UI thread
/// when first asked for (the GUI does at start), when the repository location changes and after
/// every job that backed up, verified or drilled something; backupsChanged() then tells the UI,
/// and applyBackupsTo() recomputes a fleet's RPO state and drill fields from it without asking
/// any cluster again. The snapshot includes the repository's restore drills (drills.json).
class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    struct Options
    {
        QString settingsFile;   ///< empty: the user's chartroom.ini
        QString journalDir;     ///< empty: AppPaths::journalDir()
        QString fleetCacheFile; ///< empty: <state dir>/fleet-cache.json
        bool openJournal = true;
    };

    explicit Runtime(const Options &options, QObject *parent = nullptr);
    ~Runtime() override;

    [[nodiscard]] AppSettings &settings() { return m_settings; }
    [[nodiscard]] jobs::JobQueue &queue() { return m_queue; }
    [[nodiscard]] jobs::JobJournal &journal() { return *m_journal; }
    [[nodiscard]] kube::ToolProbe &tools() { return m_tools; }
    /// helm and kubectl as the tool probe found them, for backup and restore jobs.
    [[nodiscard]] backup::ClusterTools clusterTools() const;
    /// The chart profiles; loaded on a worker thread from construction on, waited for here.
    [[nodiscard]] const catalog::ProfileCatalog &catalog();
    [[nodiscard]] inventory::InventoryScanner &scanner() { return m_scanner; }
    [[nodiscard]] inventory::FleetCache &fleetCache() { return m_fleetCache; }
    /// Empty when the journal opened; else why not (the app runs on without persistence).
    [[nodiscard]] QString journalError() const { return m_journalError; }
    /// The OS keychain (repository passphrases and keys).
    [[nodiscard]] secrets::SecretStore &secrets() { return m_secrets; }
    /// What the kubeconfig user may do (kubectl auth can-i --list), filled after each scan by the
    /// fleet page; actions and wizards ask it before offering or reviewing a plan.
    [[nodiscard]] rbac::UserAccess &userAccess() { return m_userAccess; }

    /// The repository location from the settings.
    [[nodiscard]] QString backupRepositoryLocation() const;
    /// Changes the repository location (saved in the settings) and reads the new one.
    void setBackupRepositoryLocation(const QString &path);
    /// Reads the repository again on a worker thread; backupsChanged() follows. Calls made while
    /// a read runs are coalesced into one more read after it. From the first call on, every job
    /// that backs up or verifies triggers a read when it finishes.
    void refreshBackups();
    /// Reads the repository (backups and drills) right here, for the CLI, which may block: the
    /// scanner's fleet then carries their RPO and drill fields.
    void loadBackupsNow();
    /// The last snapshot: never null (empty until the first read has finished).
    [[nodiscard]] std::shared_ptr<const backup::RepositoryBackupIndex> backupIndex() const { return m_backupIndex; }
    /// Every backup of one release in the last snapshot, oldest first.
    [[nodiscard]] QList<backup::BackupRecord> backupsOf(const QString &releaseKey) const;
    /// Why the repository could not be read (empty: readable, or simply not created yet).
    [[nodiscard]] QString backupError() const { return m_backupError; }
    /// Why the repository's drills.json could not be read (the file is left as it is; the
    /// backups are still read); empty when it was, or does not exist yet.
    [[nodiscard]] QString drillError() const { return m_drillError; }
    /// True once a snapshot has been read.
    [[nodiscard]] bool backupsLoaded() const { return m_backupsLoaded; }
    /// Sets each release's last verified backup, RPO state and drill fields from the snapshot at `now`;
    /// returns the keys of the releases that changed.
    QStringList applyBackupsTo(QList<inventory::Release> &releases, const QDateTime &now) const;
    /// The same for one release; true when it changed.
    bool applyBackupsTo(inventory::Release &release, const QDateTime &now) const;
    /// Applies the snapshot to the scanner's fleet (no cluster is asked); returns changed keys.
    QStringList applyBackupsToFleet();

    /// Applies the settings' limits to the queue (after the user changed them).
    void applySettings();
    /// Probes helm and kubectl with the configured paths; once usable, the scanner gets them.
    void probeTools();
    /// Applies the fleet settings (contexts, excluded namespaces) to the scanner.
    void applyFleetSettings();

Q_SIGNALS:
    /// A new repository snapshot is in backupIndex().
    void backupsChanged();
    /// The RBAC acceptance store was saved (a finding accepted or reopened): what shows the open
    /// findings evaluates them again, without collecting anew.
    void rbacAcceptancesChanged();

private:
    /// What the scanner holds on to: forwards to whichever snapshot is current.
    class CurrentBackups final : public inventory::BackupIndex
    {
    public:
        explicit CurrentBackups(const Runtime &runtime) : m_runtime(runtime) {}
        [[nodiscard]] std::optional<QDateTime> lastVerifiedBackup(const QString &releaseKey) const override;
        [[nodiscard]] QList<inventory::DrillOutcome> drills(const QString &releaseKey) const override;

    private:
        const Runtime &m_runtime;
    };
    struct BackupSnapshot
    {
        QString location;
        QString error;
        QList<backup::BackupRecord> records;
        QList<backup::DrillRecord> drills;
        QString drillError;
    };
    static BackupSnapshot readBackupSnapshot(const QString &location);
    void handleBackupSnapshot(const BackupSnapshot &snapshot);
    void handleJobFinished(jobs::Job *job);

    AppSettings m_settings;
    jobs::JobQueue m_queue;
    std::unique_ptr<jobs::JobJournal> m_journal;
    kube::ToolProbe m_tools;
    QFuture<catalog::ProfileCatalog> m_catalogLoad;
    std::optional<catalog::ProfileCatalog> m_catalog;
    std::shared_ptr<const backup::RepositoryBackupIndex> m_backupIndex;
    QHash<QString, QList<backup::BackupRecord>> m_backupsByRelease;
    QString m_backupError;
    QString m_drillError;
    bool m_backupsLoaded = false;
    bool m_backupReadRunning = false;
    bool m_backupReadAgain = false;
    bool m_watchingBackups = false; ///< refreshBackups() was called once: keep the snapshot current
    CurrentBackups m_backups;
    inventory::InventoryScanner m_scanner;
    inventory::FleetCache m_fleetCache;
    secrets::SecretStore m_secrets;
    rbac::UserAccess m_userAccess;
    QString m_journalError;
};

} // namespace chartroom
