#include "upgradebadgeupdater.h"

#include "runtime.h"

#include "details/releasedetailspane.h"
#include "fleet/fleetworkspace.h"
#include "models/fleettreemodel.h"
#include "upgrade/releasesourcestore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

namespace {

using Items = QList<upgrade::UpgradeAvailabilityCheck::Item>;

} // namespace

UpgradeBadgeUpdater::UpgradeBadgeUpdater(Runtime &runtime, FleetWorkspace *workspace, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_workspace(workspace)
    , m_check(runtime.queue())
{
    connect(&m_runtime.scanner(), &inventory::InventoryScanner::scanFinished, this, &UpgradeBadgeUpdater::check);
    connect(&m_check, &upgrade::UpgradeAvailabilityCheck::finished, this, &UpgradeBadgeUpdater::apply);
    m_workspace->detailsPane()->setUpgradeSource([this](const QString &key) { return describe(key); });
}

UpgradeBadgeUpdater::~UpgradeBadgeUpdater() = default;

void UpgradeBadgeUpdater::check()
{
    const int generation = ++m_generation;
    const QList<inventory::Release> releases = m_runtime.scanner().fleet().releases;
    // The sources file is read off the UI thread; the check itself only enqueues jobs.
    auto *watcher = new QFutureWatcher<Items>(this);
    connect(watcher, &QFutureWatcher<Items>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_runtime.tools().helm().isUsable())
            return;
        m_check.start(m_runtime.clusterTools(), watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([releases] {
        Items items;
        upgrade::ReleaseSourceStore store(upgrade::ReleaseSourceStore::defaultPath());
        if (!store.load())
            return items;
        for (const inventory::Release &r : releases)
            if (const auto source = store.source(r.key()))
                items.append({r.key(), r.context, r.chartVersion, *source});
        return items;
    }));
}

void UpgradeBadgeUpdater::apply()
{
    QHash<QString, models::FleetTreeModel::UpgradeBadge> badges;
    for (auto it = m_check.results().cbegin(); it != m_check.results().cend(); ++it)
        badges.insert(it.key(), {it->current, it->latest, it->source, it->error});
    m_workspace->model()->setUpgradeBadges(badges);
    m_workspace->detailsPane()->refreshBackups(); // its Upgrade row
    Q_EMIT updated();
}

QString UpgradeBadgeUpdater::describe(const QString &releaseKey) const
{
    const auto found = m_check.results().constFind(releaseKey);
    if (found == m_check.results().cend())
        return {};
    if (!found->error.isEmpty())
        return tr("Cannot ask %1 for newer versions: %2").arg(found->source, found->error);
    if (found->available())
        return tr("%1 → %2 available at %3").arg(found->current, found->latest, found->source);
    return tr("%1 is the newest version at %2").arg(found->current, found->source);
}

} // namespace chartroom::ui
