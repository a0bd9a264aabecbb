#include "backup/backupplan.h"

#include "backup/releasebackupjob.h"
#include "jobs/parallelgroupjob.h"
#include "jobs/sequencejob.h"

#include <QObject>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

qint64 lastContentBytes(const QList<BackupRecord> &history)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->manifest && (it->state == BackupState::Verified || it->state == BackupState::Unverified)) {
            qint64 total = 0;
            for (const ComponentRecord &c : it->manifest->components)
                total += c.contentBytes;
            return total;
        }
    }
    return -1;
}

int tierOrder(const std::optional<int> &tier)
{
    return tier.value_or(5);
}

} // namespace

BackupPlan::BackupPlan(BackupRepository repository, const catalog::ProfileCatalog &catalog,
                       const QList<inventory::Release> &releases)
    : m_repository(std::move(repository))
{
    const QList<BackupRecord> all = m_repository.list();
    QHash<QString, QList<BackupRecord>> byRelease;
    for (const BackupRecord &record : all)
        byRelease[record.releaseKey].append(record);

    for (const inventory::Release &release : releases) {
        Item item;
        item.release = ReleaseRef{release.context,   release.namespaceName, release.name,    release.chartName,
                                  release.chartVersion, release.appVersion,   release.revision};
        item.tier = release.tier;
        const catalog::ChartProfile *profile = release.profileId.isEmpty() ? catalog.match(release.chart)
                                                                           : catalog.profile(release.profileId);
        if (!profile) {
            item.skipReason = QObject::tr("no chart profile knows chart %1").arg(release.chart);
        } else {
            item.profile = *profile;
            item.tier = profile->tier;
            const bool hasData = std::any_of(profile->backupComponents.cbegin(), profile->backupComponents.cend(),
                                             [](const catalog::BackupComponent &c) {
                                                 return !c.backup.argv.isEmpty() || c.kind == u"config-export";
                                             });
            if (release.isPending())
                item.skipReason = QObject::tr("a Helm operation is in progress (%1)").arg(release.status);
            else if (!hasData && profile->backupComponents.isEmpty())
                item.skipReason = QObject::tr("profile %1 lists nothing to back up").arg(profile->id);
        }
        item.estimatedBytes = lastContentBytes(byRelease.value(release.key()));
        m_items.append(item);
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        return tierOrder(a.tier) < tierOrder(b.tier);
    });
}

QList<BackupPlan::Item> BackupPlan::runnable() const
{
    QList<Item> result;
    std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(result),
                 [](const Item &i) { return i.skipReason.isEmpty(); });
    return result;
}

QList<BackupPlan::Item> BackupPlan::skipped() const
{
    QList<Item> result;
    std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(result),
                 [](const Item &i) { return !i.skipReason.isEmpty(); });
    return result;
}

void BackupPlan::setComponents(const QString &releaseKey, const QStringList &componentIds)
{
    for (Item &item : m_items) {
        if (item.release.key() == releaseKey)
            item.componentIds = componentIds;
    }
}

QStringList BackupPlan::describe() const
{
    QStringList lines;
    std::optional<int> currentTier;
    bool first = true;
    for (const Item &item : m_items) {
        if (first || item.tier != currentTier) {
            lines.append(item.tier ? QObject::tr("Tier %1").arg(*item.tier) : QObject::tr("Untiered"));
            currentTier = item.tier;
            first = false;
        }
        if (!item.skipReason.isEmpty()) {
            lines.append(u"  - "_s + QObject::tr("%1: skipped, %2").arg(item.release.key(), item.skipReason));
            continue;
        }
        QStringList components;
        for (const catalog::BackupComponent &c : item.profile.backupComponents) {
            if (item.componentIds.isEmpty() || item.componentIds.contains(c.id))
                components.append(c.id);
        }
        lines.append(u"  - "_s + QObject::tr("%1 (%2): %3").arg(item.release.key(), item.profile.id, components.join(u", "_s)));
    }
    return lines;
}

std::unique_ptr<jobs::Job> BackupPlan::makeJob(const ClusterTools &tools, const std::optional<artifact::DataKey> &key,
                                               int perClusterLimit) const
{
    std::map<int, QList<Item>> tiers;
    for (const Item &item : runnable())
        tiers[tierOrder(item.tier)].append(item);
    auto sequence = std::make_unique<jobs::SequenceJob>(QObject::tr("Back up %n release(s)", nullptr,
                                                                    static_cast<int>(runnable().size())));
    // A failed release does not stop the others: every release gets its backup attempt.
    sequence->setPolicy(jobs::SequenceJob::Policy::ContinueOnError);
    for (const auto &[order, items] : tiers) {
        const QString title = order <= 4 ? QObject::tr("Tier %1").arg(order) : QObject::tr("Untiered");
        auto group = std::make_unique<jobs::ParallelGroupJob>(title, std::max(1, perClusterLimit));
        group->setPolicy(jobs::ParallelGroupJob::Policy::ContinueOnError);
        for (const Item &item : items) {
            BackupRequest request{item.release, item.profile, item.componentIds, key};
            group->addJob(std::make_unique<ReleaseBackupJob>(m_repository, request, tools));
        }
        sequence->addStep(std::move(group));
    }
    return sequence;
}

} // namespace chartroom::backup
