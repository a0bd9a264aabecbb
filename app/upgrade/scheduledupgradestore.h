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
};

/// The upgrades waiting for a maintenance window, kept on disk (`scheduled-upgrades.json` in
/// Chartroom's state dir) so that closing Chartroom does not lose them.
///
/// Contract: whoever queues a maintenance-window plan add()s it and remove()s it once its job
/// finished (succeeded, failed or canceled). On start the app asks missed(now): plans whose window
/// opened while nothing ran them, to tell the user (running them unattended comes later). Every
/// change rewrites the file atomically; file I/O, so not on the UI thread.
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

    [[nodiscard]] static QString defaultPath();

private:
    Result<void> write(const QList<ScheduledUpgrade> &items) const;

    QString m_filePath;
};

} // namespace chartroom::upgrade
