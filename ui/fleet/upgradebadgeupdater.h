#pragma once

#include "upgrade/upgradeavailability.h"

#include <QObject>

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

class FleetWorkspace;

/// Keeps the inventory's Upgrade column and the details' Upgrade row current: after every scan it
/// reads the remembered chart sources off the UI thread, asks each distinct source for its newest
/// version as jobs in the queue (UpgradeAvailabilityCheck, answers cached for 30 min) and hands
/// the answers to the model; a source that cannot be asked shows as a warning with its reason.
class UpgradeBadgeUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeBadgeUpdater)

public:
    UpgradeBadgeUpdater(Runtime &runtime, FleetWorkspace *workspace, QObject *parent = nullptr);
    ~UpgradeBadgeUpdater() override;

    /// The details' line for one release (empty without a remembered source).
    [[nodiscard]] QString describe(const QString &releaseKey) const;

    /// Reads the sources and starts a check (after each scan; public for tests).
    void check();

Q_SIGNALS:
    /// The model has the answers of a check.
    void updated();

private:
    void apply();

    Runtime &m_runtime;
    FleetWorkspace *m_workspace;
    upgrade::UpgradeAvailabilityCheck m_check;
    int m_generation = 0;
};

} // namespace chartroom::ui
