#pragma once

#include "models/fleettreemodel.h"
#include "rbac/finding.h"

#include <QHash>
#include <QList>

namespace chartroom::ui {

/// The inventory's RBAC column for a review: per release key ("context/namespace/name") of the
/// reviewed contexts, the worst open finding about that release (its severity, the number open,
/// and the open findings as the tooltip), or "No open findings". Releases of contexts that were
/// not reviewed get no badge. Pure function.
[[nodiscard]] QHash<QString, models::FleetTreeModel::RbacBadge>
rbacBadges(const QList<rbac::Finding> &findings, const QList<inventory::Release> &releases, const QStringList &reviewedContexts);

} // namespace chartroom::ui
