#pragma once

#include "core/result.h"
#include "upgrade/upgraderequest.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chartroom::upgrade {

/// An upgrade that waits for its maintenance window.
struct ScheduledUpgrade
{
    QString id;          ///< unique, from add()
    QDateTime createdAt; ///< UTC
    UpgradeRequest request;
    /// When the user was told (and dismissed the notice) that its window passed while Chartroom
    /// was not running; invalid until then.
    QDateTime missedAt;
};

/// The upgrades waiting for a maintenance window, kept on disk (`scheduled-upgrades.json` in
/// Chartroom's state dir) so that closing Chartroom does not lose them.
///
/// Contract: whoever queues a maintenance-window plan add()s it and remove()s it once its job
/// finished (succeeded, failed or canceled). On start the app asks untold(now): plans whose window
/// opened while nothing ran them and the user has not been told of yet; once told (the notice
/// dismissed) markMissed() records it, so a plan is told once (running them unattended comes
/// later). They stay listed (`chartroom-cli upgrade --list-scheduled`) until removed. Every change
/// rewrites the file atomically; file I/O, so not on the UI thread.
class ScheduledUpgradeStore final
{
public:
    explicit ScheduledUpgradeStore(QString filePath);

    [[nodiscard]] Result<QList<ScheduledUpgrade>> list() const;
    /// Stores the request; returns its id.
    [[nodiscard]] Result<QString> add(const UpgradeRequest &request, const QDateTime &now) const;
    Result<void> remove(const QString &id) const;
    /// Scheduled upgrades whose window started before `now`.
    [[nodiscard]] Result<QList<ScheduledUpgrade>> missed(const QDateTime &now) const;
    /// missed(now) without those already marked missed.
    [[nodiscard]] Result<QList<ScheduledUpgrade>> untold(const QDateTime &now) const;
    /// Records that the user was told of `ids` at `at`.
    Result<void> markMissed(const QStringList &ids, const QDateTime &at) const;

    [[nodiscard]] static QString defaultPath();

private:
    Result<void> write(const QList<ScheduledUpgrade> &items) const;

    QString m_filePath;
};

} // namespace chartroom::upgrade
