#include "runtime.h"

#include "backup/backuprepository.h"
#include "backup/drilljob.h"
#include "backup/drillrecord.h"
#include "backup/releasebackupjob.h"
#include "backup/verifybackupjob.h"
#include "core/apppaths.h"
#include "core/logging.h"
#include "jobs/parallelgroupjob.h"
#include "jobs/sequencejob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace chartroom {

namespace {

/// True when `job` or one of its steps wrote or verified a backup or recorded a drill
/// (composites hold their children as steps, not as QObject children).
bool touchesBackups(const jobs::Job *job)
{
    if (qobject_cast<const backup::ReleaseBackupJob *>(job) || qobject_cast<const backup::VerifyBackupJob *>(job)
        || qobject_cast<const backup::DrillJob *>(job))
        return true;
    if (const auto *sequence = qobject_cast<const jobs::SequenceJob *>(job)) {
        for (int i = 0; i < sequence->stepCount(); ++i)
            if (touchesBackups(sequence->step(i)))
                return true;
    }
    if (const auto *group = qobject_cast<const jobs::ParallelGroupJob *>(job)) {
        for (int i = 0; i < group->jobCount(); ++i)
            if (touchesBackups(group->job(i)))
                return true;
    }
    return false;
}

} // namespace

std::optional<QDateTime> Runtime::CurrentBackups::lastVerifiedBackup(const QString &releaseKey) const
{
    return m_runtime.m_backupIndex->lastVerifiedBackup(releaseKey);
}

QList<inventory::DrillOutcome> Runtime::CurrentBackups::drills(const QString &releaseKey) const
{
    return m_runtime.m_backupIndex->drills(releaseKey);
}

Runtime::Runtime(const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(options.settingsFile)
    , m_journal(std::make_unique<jobs::JobJournal>(options.journalDir.isEmpty() ? AppPaths::journalDir()
                                                                              : options.journalDir))
    , m_tools(&m_queue)
    , m_catalogLoad(QtConcurrent::run([] {
        catalog::ProfileCatalog profiles;
        profiles.load(AppPaths::configDir() + QStringLiteral("/profiles"));
        return profiles;
    }))
    , m_backupIndex(std::make_shared<const backup::RepositoryBackupIndex>())
    , m_backups(*this)
    , m_scanner(&m_queue, [this]() -> const catalog::ProfileCatalog & { return catalog(); }, &m_backups)
    , m_fleetCache(options.fleetCacheFile.isEmpty() ? AppPaths::stateDir() + QStringLiteral("/fleet-cache.json")
                                                    : options.fleetCacheFile)
{
    applySettings();
    applyFleetSettings();
    connect(&m_tools, &kube::ToolProbe::finished, this, [this] {
        if (m_tools.helm().isUsable() && m_tools.kubectl().isUsable())
            m_scanner.setTools(kube::ToolCommands(m_tools.helm().path, m_tools.helm().majorVersion(),
                                                  m_tools.kubectl().path));
    });
    connect(&m_queue, &jobs::JobQueue::jobFinished, this, &Runtime::handleJobFinished);
    m_secrets.setTimeout(std::chrono::seconds(30)); // a keychain that never answers must not hang a wizard
    if (options.openJournal) {
        if (m_journal->open())
            m_journal->attach(&m_queue);
        else
            m_journalError = m_journal->errorString();
        if (!m_journalError.isEmpty())
            qCWarning(lcApp) << "job journal unavailable:" << m_journalError;
    }
}

Runtime::~Runtime()
{
    // Jobs still running die with the process; stop them first so none is left orphaned.
    m_queue.cancelAll();
    m_journal->flush();
}

void Runtime::applySettings()
{
    m_queue.setMaxConcurrent(m_settings.maxConcurrentJobs());
    m_queue.setMaxPerCluster(m_settings.maxJobsPerCluster());
}

const catalog::ProfileCatalog &Runtime::catalog()
{
    if (!m_catalog) {
        m_catalog = m_catalogLoad.result(); // normally long done: profiles are compiled in
        for (const catalog::ProfileError &error : m_catalog->errors())
            qCWarning(lcApp).noquote() << "chart profile:" << error.toString();
    }
    return *m_catalog;
}

void Runtime::applyFleetSettings()
{
    m_scanner.setSelectedContexts(m_settings.fleetContexts());
    const QStringList excluded = m_settings.excludedNamespaces();
    m_scanner.setExcludedNamespaces(QSet<QString>(excluded.cbegin(), excluded.cend()));
}

backup::ClusterTools Runtime::clusterTools() const
{
    backup::ClusterTools tools;
    tools.commands = kube::ToolCommands(m_tools.helm().path, m_tools.helm().majorVersion(), m_tools.kubectl().path);
    tools.helmVersion = m_tools.helm().version.toString();
    tools.kubectlVersion = m_tools.kubectl().version.toString();
    return tools;
}

QString Runtime::backupRepositoryLocation() const
{
    return m_settings.backupRepository();
}

void Runtime::setBackupRepositoryLocation(const QString &path)
{
    if (path == backupRepositoryLocation())
        return;
    m_settings.setBackupRepository(path);
    m_settings.sync();
    refreshBackups();
}

void Runtime::refreshBackups()
{
    m_watchingBackups = true;
    if (m_backupReadRunning) {
        m_backupReadAgain = true;
        return;
    }
    m_backupReadRunning = true;
    const QString location = backupRepositoryLocation();
    auto *watcher = new QFutureWatcher<BackupSnapshot>(this);
    connect(watcher, &QFutureWatcher<BackupSnapshot>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_backupReadRunning = false;
        handleBackupSnapshot(watcher->result());
        if (std::exchange(m_backupReadAgain, false))
            refreshBackups();
    });
    // Listing reads every manifest: thousands of small files on a network share, never on the UI thread.
    watcher->setFuture(QtConcurrent::run([location] { return readBackupSnapshot(location); }));
}

Runtime::BackupSnapshot Runtime::readBackupSnapshot(const QString &location)
{
    BackupSnapshot snapshot;
    snapshot.location = location;
    if (!backup::BackupRepository::exists(location))
        return snapshot; // not created yet: no backups, and nothing wrong
    auto repository = backup::BackupRepository::open(location);
    if (!repository) {
        snapshot.error = repository.error().message;
        return snapshot;
    }
    snapshot.records = repository->list();
    // A drills file that cannot be read is reported and left alone; the backups still count.
    auto drills = backup::readDrills(location);
    if (drills)
        snapshot.drills = std::move(drills).value();
    else
        snapshot.drillError = drills.error().message;
    return snapshot;
}

void Runtime::loadBackupsNow()
{
    handleBackupSnapshot(readBackupSnapshot(backupRepositoryLocation()));
}

void Runtime::handleBackupSnapshot(const BackupSnapshot &snapshot)
{
    if (snapshot.location != backupRepositoryLocation())
        return refreshBackups(); // the location changed while reading
    m_backupIndex = std::make_shared<const backup::RepositoryBackupIndex>(snapshot.records, snapshot.drills);
    m_backupsByRelease.clear();
    for (const backup::BackupRecord &record : snapshot.records)
        m_backupsByRelease[record.releaseKey].append(record);
    m_backupError = snapshot.error;
    m_drillError = snapshot.drillError;
    m_backupsLoaded = true;
    if (!m_backupError.isEmpty())
        qCWarning(lcApp).noquote() << "backup repository" << snapshot.location << "unreadable:" << m_backupError;
    if (!m_drillError.isEmpty())
        qCWarning(lcApp).noquote() << "restore drills unreadable:" << m_drillError;
    applyBackupsToFleet();
    Q_EMIT backupsChanged();
}

void Runtime::handleJobFinished(jobs::Job *job)
{
    // Only once someone looks at backups (the GUI); the CLI reads the repository itself.
    if (m_watchingBackups && touchesBackups(job))
        refreshBackups();
}

QList<backup::BackupRecord> Runtime::backupsOf(const QString &releaseKey) const
{
    return m_backupsByRelease.value(releaseKey);
}

bool Runtime::applyBackupsTo(inventory::Release &release, const QDateTime &now) const
{
    const std::optional<QDateTime> last = m_backupIndex->lastVerifiedBackup(release.key());
    const inventory::RpoState state = inventory::computeRpoState(release.stateful, release.rpo, last, now);
    const bool drillsChanged = inventory::applyDrills(release, m_backupIndex->drills(release.key()));
    if (last == release.lastVerifiedBackup && state == release.rpoState)
        return drillsChanged;
    release.lastVerifiedBackup = last;
    release.rpoState = state;
    return true;
}

QStringList Runtime::applyBackupsTo(QList<inventory::Release> &releases, const QDateTime &now) const
{
    QStringList changed;
    for (inventory::Release &release : releases)
        if (applyBackupsTo(release, now))
            changed.append(release.key());
    return changed;
}

QStringList Runtime::applyBackupsToFleet()
{
    inventory::Fleet fleet = m_scanner.fleet();
    const QStringList changed = applyBackupsTo(fleet.releases, QDateTime::currentDateTimeUtc());
    if (!changed.isEmpty())
        m_scanner.setFleet(fleet); // same releases, new RPO fields: safe even while a scan runs
    return changed;
}

void Runtime::probeTools()
{
    m_tools.probe(m_settings.helmPath(), m_settings.kubectlPath());
}

} // namespace chartroom
