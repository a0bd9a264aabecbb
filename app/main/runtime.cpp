#include "runtime.h"

#include "core/apppaths.h"
#include "core/logging.h"

#include <QtConcurrent/QtConcurrentRun>

namespace chartroom {

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

void Runtime::probeTools()
{
    m_tools.probe(m_settings.helmPath(), m_settings.kubectlPath());
}

} // namespace chartroom
