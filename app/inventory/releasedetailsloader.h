#pragma once

#include "fleet.h"

#include "kube/parsers/helmhistory.h"
#include "kube/toolcommands.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace chartroom::jobs {
class Job;
class JobQueue;
}

namespace chartroom::inventory {

/// Fetches what the release detail pane shows, on demand, through the job queue: user-supplied
/// and computed values, the rendered manifest and the notes (at the current or any earlier
/// revision) and the revision history.
///
/// Texts are redacted before they leave this class: secret-like values, and every value of
/// every Secret object in a manifest, read "***". Answers are cached per release, part and
/// revision until invalidate(); a request already under way is not sent twice.
class ReleaseDetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseDetailsLoader)

public:
    using Part = kube::ToolCommands::ReleasePart;

    explicit ReleaseDetailsLoader(jobs::JobQueue *queue, QObject *parent = nullptr);

    void setTools(const kube::ToolCommands &tools) { m_tools = tools; }
    [[nodiscard]] bool hasTools() const { return m_tools.has_value(); }

    void requestPart(const Release &release, Part part, int revision = 0);
    void requestHistory(const Release &release);
    /// Forgets cached answers for one release (after a refresh showed a new revision).
    void invalidate(const QString &releaseKey);

Q_SIGNALS:
    void partLoaded(const QString &releaseKey, int part, int revision, const QString &text);
    void partFailed(const QString &releaseKey, int part, int revision, const QString &error);
    void historyLoaded(const QString &releaseKey, const QList<chartroom::kube::HelmRevision> &revisions);
    void historyFailed(const QString &releaseKey, const QString &error);

private:
    [[nodiscard]] static QString cacheKey(const QString &releaseKey, int part, int revision);

    jobs::JobQueue *m_queue;
    std::optional<kube::ToolCommands> m_tools;
    QHash<QString, QString> m_texts;
    QHash<QString, QList<kube::HelmRevision>> m_histories;
    QSet<QString> m_pending;
};

} // namespace chartroom::inventory
