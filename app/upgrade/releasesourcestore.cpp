#include "upgrade/releasesourcestore.h"

#include "core/apppaths.h"
#include "upgrade/jsonfile.h"

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

ReleaseSourceStore::ReleaseSourceStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString ReleaseSourceStore::defaultPath()
{
    return AppPaths::dataDir() + u"/release-sources.json"_s;
}

Result<void> ReleaseSourceStore::load()
{
    const Result<QJsonObject> root = readJsonObject(m_filePath);
    if (!root)
        return root.error();
    m_sources.clear();
    const QJsonObject releases = root->value(u"releases"_s).toObject();
    for (auto it = releases.begin(); it != releases.end(); ++it)
        if (const auto source = ChartSource::fromJson(it.value().toObject()))
            m_sources.insert(it.key(), *source);
    return {};
}

Result<void> ReleaseSourceStore::save() const
{
    QJsonObject releases;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it)
        releases.insert(it.key(), it.value().toJson());
    return writeJsonObject(m_filePath, QJsonObject{{u"version"_s, 1}, {u"releases"_s, releases}});
}

std::optional<ChartSource> ReleaseSourceStore::source(const QString &releaseKey) const
{
    const auto it = m_sources.constFind(releaseKey);
    if (it == m_sources.constEnd())
        return std::nullopt;
    return *it;
}

void ReleaseSourceStore::setSource(const QString &releaseKey, const ChartSource &source)
{
    m_sources.insert(releaseKey, source);
}

void ReleaseSourceStore::removeSource(const QString &releaseKey)
{
    m_sources.remove(releaseKey);
}

} // namespace chartroom::upgrade
