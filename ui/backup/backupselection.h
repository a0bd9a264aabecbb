#pragma once

#include "inventory/fleet.h"

#include <QList>
#include <QString>

namespace chartroom::catalog {
class ProfileCatalog;
}

namespace chartroom::ui {

/// Why a release cannot be backed up (empty: it can), by the same rules as BackupPlan: a chart
/// profile must know the chart and list something to back up, and no Helm operation may run.
[[nodiscard]] QString backupSkipReason(const inventory::Release &release, const catalog::ProfileCatalog &catalog);

/// What the "Back up…" action would start from: the releases under the inventory's selection,
/// and, when none of them can be backed up, the reason (the action's tooltip).
struct BackupSelection
{
    QList<inventory::Release> releases;
    int backupable = 0;
    QString disabledReason; ///< empty when at least one release can be backed up

    static BackupSelection from(const QList<inventory::Release> &releases, const catalog::ProfileCatalog &catalog);
    /// The reason when nothing is selected (needs no catalog).
    static QString noSelectionReason();
};

} // namespace chartroom::ui
