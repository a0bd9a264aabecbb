#include "backup/repositorybackupindex.h"

namespace chartroom::backup {

RepositoryBackupIndex::RepositoryBackupIndex(const QList<BackupRecord> &records)
    : m_count(static_cast<int>(records.size()))
{
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

std::optional<BackupRecord> RepositoryBackupIndex::latestBackup(const QString &releaseKey) const
{
    const auto it = m_latest.constFind(releaseKey);
    if (it == m_latest.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace chartroom::backup
