#pragma once

#include "core/result.h"
#include "upgrade/chartsource.h"

#include <QHash>
#include <QString>

#include <optional>

namespace chartroom::upgrade {

/// Remembers where each release's chart comes from (Helm does not), keyed by "CTX/NS/NAME", in
/// one JSON file (`releases-sources.json` under Chartroom's data dir).
///
/// Contract: load() reads the file (a missing file is an empty store); setSource() changes memory
/// only, save() writes the whole store atomically (QSaveFile: a crash leaves the old file). Not
/// thread-safe; the GUI does the file work through a job or off the UI thread.
class ReleaseSourceStore final
{
public:
    explicit ReleaseSourceStore(QString filePath);

    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    Result<void> load();
    Result<void> save() const;

    [[nodiscard]] std::optional<ChartSource> source(const QString &releaseKey) const;
    void setSource(const QString &releaseKey, const ChartSource &source);
    void removeSource(const QString &releaseKey);
    [[nodiscard]] qsizetype size() const { return m_sources.size(); }

    /// `<data dir>/release-sources.json`.
    [[nodiscard]] static QString defaultPath();

private:
    QString m_filePath;
    QHash<QString, ChartSource> m_sources;
};

} // namespace chartroom::upgrade
