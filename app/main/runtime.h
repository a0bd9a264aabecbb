#pragma once

#include "appsettings.h"

#include "catalog/profilecatalog.h"
#include "inventory/backupindex.h"
#include "inventory/fleetcache.h"
#include "inventory/inventoryscanner.h"
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "kube/toolprobe.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace chartroom {

/// The services one Chartroom process runs on, built once by the composition root and
/// handed to the UI or the CLI (no singletons): settings, the job queue with its persistent
/// journal, and the tool probe.
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
    /// The chart profiles; loaded on a worker thread from construction on, waited for here.
    [[nodiscard]] const catalog::ProfileCatalog &catalog();
    [[nodiscard]] inventory::InventoryScanner &scanner() { return m_scanner; }
    [[nodiscard]] inventory::FleetCache &fleetCache() { return m_fleetCache; }
    /// Empty when the journal opened; else why not (the app runs on without persistence).
    [[nodiscard]] QString journalError() const { return m_journalError; }

    /// Applies the settings' limits to the queue (after the user changed them).
    void applySettings();
    /// Probes helm and kubectl with the configured paths; once usable, the scanner gets them.
    void probeTools();
    /// Applies the fleet settings (contexts, excluded namespaces) to the scanner.
    void applyFleetSettings();

private:
    AppSettings m_settings;
    jobs::JobQueue m_queue;
    std::unique_ptr<jobs::JobJournal> m_journal;
    kube::ToolProbe m_tools;
    QFuture<catalog::ProfileCatalog> m_catalogLoad;
    std::optional<catalog::ProfileCatalog> m_catalog;
    inventory::NoBackups m_backups; // until the backup repository fills it
    inventory::InventoryScanner m_scanner;
    inventory::FleetCache m_fleetCache;
    QString m_journalError;
};

} // namespace chartroom
