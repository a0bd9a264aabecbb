#include "upgrade/upgradeavailability.h"

#include "upgrade/chartversion.h"
#include "upgrade/chartversionsjob.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

QJsonObject AvailableUpgrade::toJson() const
{
    QJsonObject json{{u"current"_s, current}, {u"source"_s, source}, {u"checkedAt"_s, checkedAt.toString(Qt::ISODate)}};
    if (!latest.isEmpty())
        json.insert(u"latest"_s, latest);
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    return json;
}

UpgradeAvailabilityCheck::UpgradeAvailabilityCheck(jobs::JobQueue &queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
}

UpgradeAvailabilityCheck::~UpgradeAvailabilityCheck() = default;

QString UpgradeAvailabilityCheck::sourceId(const ChartSource &source)
{
    return chartSourceKindId(source.kind) + u' ' + source.chartArgument() + u' ' + source.repositoryUrl;
}

void UpgradeAvailabilityCheck::start(const backup::ClusterTools &tools, const QList<Item> &items)
{
    const int generation = ++m_generation;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The sources to ask: each once, unless its answer is still fresh.
    QHash<QString, std::pair<ChartSource, QString>> ask; // id → source, context
    for (const Item &item : items) {
        const QString id = sourceId(item.source);
        const auto cached = m_listings.constFind(id);
        if (cached != m_listings.cend() && cached->at.secsTo(now) < m_ttlSeconds)
            continue;
        if (!ask.contains(id)) {
            ChartSource source = item.source;
            source.version.clear();
            ask.insert(id, {source, item.context});
        }
    }
    if (ask.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, generation, items] { complete(generation, items); }, Qt::QueuedConnection);
        return;
    }
    auto pending = std::make_shared<qsizetype>(ask.size());
    for (auto it = ask.cbegin(); it != ask.cend(); ++it) {
        const QString id = it.key();
        jobs::Job *job = m_queue.enqueue(std::make_unique<ChartVersionsJob>(tools, it->first), jobs::JobOptions{0, it->second});
        connect(job, &jobs::Job::finished, this, [this, id, generation, items, pending](jobs::Job *finished) {
            Listing listing;
            listing.at = QDateTime::currentDateTimeUtc();
            const auto *versions = qobject_cast<ChartVersionsJob *>(finished);
            if (versions && finished->state() == jobs::JobState::Succeeded) {
                for (const ChartVersionEntry &entry : versions->versions())
                    listing.versions << entry.version;
            } else {
                listing.error = finished->errorString().isEmpty() ? tr("the source could not be asked") : finished->errorString();
            }
            m_listings.insert(id, listing);
            if (--*pending == 0)
                complete(generation, items);
        });
    }
}

void UpgradeAvailabilityCheck::complete(int generation, const QList<Item> &items)
{
    if (generation != m_generation)
        return;
    m_results.clear();
    for (const Item &item : items) {
        const Listing listing = m_listings.value(sourceId(item.source));
        AvailableUpgrade answer;
        answer.current = item.currentVersion;
        answer.source = item.source.chartArgument();
        answer.checkedAt = listing.at;
        answer.error = listing.error;
        QList<ChartVersionEntry> entries;
        for (const QString &version : listing.versions)
            entries.append({answer.source, version, {}, {}});
        if (const auto newer = upgradeAvailable(entries, answer.source, item.currentVersion))
            answer.latest = newer->version;
        m_results.insert(item.releaseKey, answer);
    }
    Q_EMIT finished();
}

} // namespace chartroom::upgrade
