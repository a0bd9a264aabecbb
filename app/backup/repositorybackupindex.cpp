#include "backup/repositorybackupindex.h"

namespace chartroom::backup {

RepositoryBackupIndex::RepositoryBackupIndex(const QList<BackupRecord> &records, const QList<DrillRecord> &drills)
    : m_drillCount(static_cast<int>(drills.size()))
    , m_count(static_cast<int>(records.size()))
{
    for (const DrillRecord &drill : drills)
        m_drills[drill.releaseKey].append(drill.outcome());
    for (const BackupRecord &record : records) {
        const QDateTime time = record.time();
        if (isGood(record.state)) {
            auto it = m_lastVerified.find(record.releaseKey);
            if (it == m_lastVerified.end() || *it < time)
                m_lastVerified.insert(record.releaseKey, time);
        }
        auto latest = m_latest.find(record.releaseKey);
        if (latest == m_latest.end() || latest->time() < time)
            m_latest.insert(record.releaseKey, record);
    }
}

std::optional<QDateTime> RepositoryBackupIndex::lastVerifiedBackup(const QString &releaseKey) const
{
    const auto it = m_lastVerified.constFind(releaseKey);
    if (it == m_lastVerified.constEnd())
        return std::nullopt;
    return *it;
}

QList<inventory::DrillOutcome> RepositoryBackupIndex::drills(const QString &releaseKey) const
{
    return m_drills.value(releaseKey);
}

std::optional<BackupRecord> RepositoryBackupIndex::latestBackup(const QString &releaseKey) const
{
    const auto it = m_latest.constFind(releaseKey);
    if (it == m_latest.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace chartroom::backup
