#include "fleetfilterproxy.h"

#include "fleettreemodel.h"

namespace chartroom::models {

FleetFilterProxy::FleetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(FleetTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

FleetFilterProxy::StatusClass FleetFilterProxy::statusClassOf(const QString &status)
{
    if (status == QLatin1String("deployed"))
        return StatusClass::Deployed;
    if (status == QLatin1String("failed"))
        return StatusClass::Failed;
    if (status.startsWith(QLatin1String("pending-")))
        return StatusClass::Pending;
    return StatusClass::Other;
}

template<typename T>
static bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

bool FleetFilterProxy::setText(const QString &text)
{
    if (!assign(m_text, text.trimmed()))
        return false;
    invalidateRowsFilter();
    return true;
}

bool FleetFilterProxy::setStatusClasses(const QSet<StatusClass> &classes)
{
    if (!assign(m_statusClasses, classes))
        return false;
    invalidateRowsFilter();
    return true;
}

bool FleetFilterProxy::setTiers(const QSet<int> &tiers)
{
    if (!assign(m_tiers, tiers))
        return false;
    invalidateRowsFilter();
    return true;
}

bool FleetFilterProxy::setRpoStates(const QSet<int> &states)
{
    if (!assign(m_rpoStates, states))
        return false;
    invalidateRowsFilter();
    return true;
}

bool FleetFilterProxy::setContexts(const QSet<QString> &contexts)
{
    if (!assign(m_contexts, contexts))
        return false;
    invalidateRowsFilter();
    return true;
}

bool FleetFilterProxy::setProblemsOnly(bool problemsOnly)
{
    if (!assign(m_problemsOnly, problemsOnly))
        return false;
    invalidateRowsFilter();
    return true;
}

bool FleetFilterProxy::setNotReadyOnly(bool notReadyOnly)
{
    if (!assign(m_notReadyOnly, notReadyOnly))
        return false;
    invalidateRowsFilter();
    return true;
}

bool FleetFilterProxy::setDrillAlertsOnly(bool drillAlertsOnly)
{
    if (!assign(m_drillAlertsOnly, drillAlertsOnly))
        return false;
    invalidateRowsFilter();
    return true;
}

void FleetFilterProxy::clearFilters()
{
    m_text.clear();
    m_statusClasses.clear();
    m_tiers.clear();
    m_rpoStates.clear();
    m_contexts.clear();
    m_problemsOnly = false;
    m_notReadyOnly = false;
    m_drillAlertsOnly = false;
    invalidateRowsFilter();
}

bool FleetFilterProxy::hasFilters() const
{
    return !m_text.isEmpty() || !m_statusClasses.isEmpty() || !m_tiers.isEmpty() || !m_rpoStates.isEmpty()
           || !m_contexts.isEmpty() || m_problemsOnly || m_notReadyOnly
           || m_drillAlertsOnly;
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<FleetTreeModel::NodeKind>(index.data(FleetTreeModel::NodeKindRole).toInt());
    const QString context = index.data(FleetTreeModel::ContextRole).toString();
    if (kind == FleetTreeModel::NodeKind::Context)
        return m_contexts.isEmpty() || m_contexts.contains(context);
    if (kind == FleetTreeModel::NodeKind::Group)
        return !hasFilters(); // otherwise shown through its matching releases (recursive filtering)
    if (!m_contexts.isEmpty() && !m_contexts.contains(context))
        return false;
    if (m_problemsOnly && !index.data(FleetTreeModel::ProblemRole).toBool())
        return false;
    if (m_drillAlertsOnly && !index.data(FleetTreeModel::DrillAlertRole).toBool())
        return false;
    // The Ready column sorts by desired - ready replicas.
    if (m_notReadyOnly
        && sourceModel()->index(sourceRow, FleetTreeModel::ReadyColumn, sourceParent).data(FleetTreeModel::SortRole).toInt() <= 0)
        return false;
    if (!m_tiers.isEmpty() && !m_tiers.contains(index.data(FleetTreeModel::TierRole).toInt()))
        return false;
    if (!m_rpoStates.isEmpty() && !m_rpoStates.contains(index.data(FleetTreeModel::RpoStateRole).toInt()))
        return false;
    if (!m_statusClasses.isEmpty()
        && !m_statusClasses.contains(statusClassOf(index.data(FleetTreeModel::StatusRole).toString())))
        return false;
    if (!m_text.isEmpty()
        && !index.data(FleetTreeModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace chartroom::models
