#include "fleettreemodel.h"

#include "statusicons.h"

#include "inventory/formatting.h"

#include <QMap>

namespace chartroom::models {

using inventory::ContextStatus;
using inventory::Release;
using inventory::RpoState;

namespace {

constexpr quintptr ReleaseFlag = quintptr(1) << 62;

quintptr releaseId(int context, int group)
{
    return ReleaseFlag | (quintptr(context) << 31) | quintptr(group);
}

QString tierLabel(int tier)
{
    return tier > 0 ? FleetTreeModel::tr("Tier %1").arg(tier) : FleetTreeModel::tr("Untiered");
}

QString tierTitle(int tier)
{
    // The collection's own names for its DR tiers.
    switch (tier) {
    case 1: return FleetTreeModel::tr("Critical infrastructure");
    case 2: return FleetTreeModel::tr("Application platform");
    case 3: return FleetTreeModel::tr("Supporting services");
    case 4: return FleetTreeModel::tr("Auxiliary services");
    default: return FleetTreeModel::tr("No DR tier in the chart's profile");
    }
}

QString reachabilityText(ContextStatus::Reachability reachability)
{
    switch (reachability) {
    case ContextStatus::Reachability::Unknown: return FleetTreeModel::tr("Not scanned yet");
    case ContextStatus::Reachability::Reachable: return FleetTreeModel::tr("Reachable");
    case ContextStatus::Reachability::Unreachable: return FleetTreeModel::tr("Unreachable");
    case ContextStatus::Reachability::TimedOut: return FleetTreeModel::tr("No answer");
    case ContextStatus::Reachability::Unauthorized: return FleetTreeModel::tr("Unauthorized");
    case ContextStatus::Reachability::Forbidden: return FleetTreeModel::tr("Forbidden");
    case ContextStatus::Reachability::Error: return FleetTreeModel::tr("Error");
    }
    return {};
}

QString releaseCountText(int count)
{
    return count == 1 ? FleetTreeModel::tr("1 release") : FleetTreeModel::tr("%1 releases").arg(count);
}

int rpoOrder(RpoState state)
{
    // Worst first when sorting ascending by "problem-ness".
    switch (state) {
    case RpoState::Breached: return 0;
    case RpoState::NeverBackedUp: return 1;
    case RpoState::DueSoon: return 2;
    case RpoState::Ok: return 3;
    case RpoState::NotApplicable: return 4;
    }
    return 5;
}

} // namespace

FleetTreeModel::FleetTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

FleetTreeModel::~FleetTreeModel() = default;

bool FleetTreeModel::isProblem(const Release &release)
{
    if (release.isFailed() || release.isPending() || !release.isHealthy())
        return true;
    return release.rpoState == RpoState::Breached || release.rpoState == RpoState::NeverBackedUp || isDrillAlert(release);
}

bool FleetTreeModel::isDrillAlert(const Release &release)
{
    return release.rtoExceeded || release.lastDrillFailed;
}

void FleetTreeModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
}

QDateTime FleetTreeModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

QList<FleetTreeModel::Group> FleetTreeModel::buildGroups(const QList<Release> &releases) const
{
    QMap<QString, Group> groups; // ordered by key: "1".."4" then "untiered"; namespaces alphabetically
    for (const Release &release : releases) {
        QString key;
        int tier = release.tier.value_or(0);
        if (m_grouping == Grouping::ByTier)
            key = tier > 0 ? QString::number(tier) : QStringLiteral("untiered");
        else
            key = release.namespaceName;
        Group &group = groups[key];
        group.key = key;
        group.tier = m_grouping == Grouping::ByTier ? tier : 0;
        group.releases << release;
    }
    for (Group &group : groups)
        std::sort(group.releases.begin(), group.releases.end(),
                  [](const Release &a, const Release &b) { return a.name < b.name; });
    return groups.values();
}

void FleetTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    for (ContextNode &node : m_contexts) {
        QList<Release> all;
        for (const Group &group : std::as_const(node.groups))
            all << group.releases;
        node.groups = buildGroups(all);
    }
    endResetModel();
}

void FleetTreeModel::setFleet(const inventory::Fleet &fleet, bool stale)
{
    beginResetModel();
    m_contexts.clear();
    for (const ContextStatus &status : fleet.contexts) {
        QList<Release> releases;
        for (const Release &release : fleet.releases)
            if (release.context == status.name)
                releases << release;
        m_contexts << ContextNode{status, stale, buildGroups(releases)};
    }
    endResetModel();
}

void FleetTreeModel::setContext(const ContextStatus &status, const QList<Release> &releases)
{
    int row = -1;
    for (int i = 0; i < m_contexts.size(); ++i)
        if (m_contexts[i].status.name == status.name)
            row = i;
    const QList<Group> groups = buildGroups(releases);
    if (row < 0) {
        beginInsertRows({}, static_cast<int>(m_contexts.size()), static_cast<int>(m_contexts.size()));
        m_contexts << ContextNode{status, false, groups};
        endInsertRows();
        return;
    }
    const QModelIndex contextIndex = index(row, 0);
    ContextNode &node = m_contexts[row];
    if (!node.groups.isEmpty()) {
        beginRemoveRows(contextIndex, 0, static_cast<int>(node.groups.size()) - 1);
        node.groups.clear();
        endRemoveRows();
    }
    node.status = status;
    node.stale = false;
    if (!groups.isEmpty()) {
        beginInsertRows(contextIndex, 0, static_cast<int>(groups.size()) - 1);
        node.groups = groups;
        endInsertRows();
    }
    Q_EMIT dataChanged(contextIndex, index(row, ColumnCount - 1));
}

void FleetTreeModel::updateReleases(const std::function<bool(Release &)> &update)
{
    for (int c = 0; c < m_contexts.size(); ++c) {
        bool contextChanged = false;
        for (int g = 0; g < m_contexts[c].groups.size(); ++g) {
            QList<Release> &releases = m_contexts[c].groups[g].releases;
            int first = -1;
            int last = -1;
            for (int r = 0; r < releases.size(); ++r) {
                if (!update(releases[r]))
                    continue;
                first = first < 0 ? r : first;
                last = r;
            }
            if (first < 0)
                continue;
            contextChanged = true;
            Q_EMIT dataChanged(createIndex(first, 0, releaseId(c, g)), createIndex(last, ColumnCount - 1, releaseId(c, g)));
            Q_EMIT dataChanged(createIndex(g, 0, quintptr(c + 1)), createIndex(g, ColumnCount - 1, quintptr(c + 1)));
        }
        if (contextChanged)
            Q_EMIT dataChanged(index(c, 0), index(c, ColumnCount - 1));
    }
}

const Release *FleetTreeModel::release(const QModelIndex &index) const
{
    if (!index.isValid() || !(index.internalId() & ReleaseFlag))
        return nullptr;
    const int context = static_cast<int>((index.internalId() & ~ReleaseFlag) >> 31);
    const int group = static_cast<int>(index.internalId() & 0x7fffffff);
    return &m_contexts.at(context).groups.at(group).releases.at(index.row());
}

QModelIndex FleetTreeModel::indexOfRelease(const QString &key) const
{
    for (int c = 0; c < m_contexts.size(); ++c)
        for (int g = 0; g < m_contexts[c].groups.size(); ++g) {
            const QList<Release> &releases = m_contexts[c].groups[g].releases;
            for (int r = 0; r < releases.size(); ++r)
                if (releases[r].key() == key)
                    return createIndex(r, 0, releaseId(c, g));
        }
    return {};
}

int FleetTreeModel::releaseCount() const
{
    int count = 0;
    for (const ContextNode &node : m_contexts)
        for (const Group &group : node.groups)
            count += static_cast<int>(group.releases.size());
    return count;
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_contexts.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() & ReleaseFlag)
        return {};
    if (parent.internalId() == 0) { // a context: children are groups
        const ContextNode &node = m_contexts.at(parent.row());
        return row < node.groups.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
    }
    const int context = static_cast<int>(parent.internalId() - 1);
    const Group &group = m_contexts.at(context).groups.at(parent.row());
    return row < group.releases.size() ? createIndex(row, column, releaseId(context, parent.row())) : QModelIndex();
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() & ReleaseFlag) {
        const int context = static_cast<int>((child.internalId() & ~ReleaseFlag) >> 31);
        const int group = static_cast<int>(child.internalId() & 0x7fffffff);
        return createIndex(group, 0, quintptr(context + 1));
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_contexts.size());
    if (parent.column() > 0 || (parent.internalId() & ReleaseFlag))
        return 0;
    if (parent.internalId() == 0)
        return static_cast<int>(m_contexts.at(parent.row()).groups.size());
    return static_cast<int>(m_contexts.at(parent.internalId() - 1).groups.at(parent.row()).releases.size());
}

int FleetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Release");
    case NamespaceColumn: return tr("Namespace");
    case ChartColumn: return tr("Chart");
    case ChartVersionColumn: return tr("Chart version");
    case AppVersionColumn: return tr("App version");
    case StatusColumn: return tr("Status");
    case RevisionColumn: return tr("Revision");
    case UpdatedColumn: return tr("Last deployed");
    case ReadyColumn: return tr("Ready");
    case RpoStateColumn: return tr("RPO state");
    case LastBackupColumn: return tr("Last good backup");
    case RpoTargetColumn: return tr("RPO target");
    case RtoTargetColumn: return tr("RTO target");
    case LastDrillColumn: return tr("Last drill");
    case MeasuredRtoColumn: return tr("Measured RTO");
    case RbacColumn: return tr("RBAC");
    case UpgradeColumn: return tr("Upgrade");
    }
    return {};
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return contextData(m_contexts.at(index.row()), index.column(), role);
    if (index.internalId() & ReleaseFlag)
        return releaseData(*release(index), index.column(), role);
    return groupData(m_contexts.at(index.internalId() - 1).groups.at(index.row()), index.column(), role);
}

QVariant FleetTreeModel::contextData(const ContextNode &node, int column, int role) const
{
    const ContextStatus &status = node.status;
    switch (role) {
    case NodeKindRole: return QVariant::fromValue(static_cast<int>(NodeKind::Context));
    case ContextRole: return status.name;
    case ProblemRole: return !status.isOk() || !status.forbiddenNamespaces.isEmpty();
    case SearchTextRole: return status.name;
    case Qt::ToolTipRole: {
        QString tip = status.server;
        if (!status.error.isEmpty())
            tip += QLatin1Char('\n') + status.error;
        if (!status.forbiddenNamespaces.isEmpty())
            tip += QLatin1Char('\n') + tr("Not allowed to list in: %1").arg(status.forbiddenNamespaces.join(QStringLiteral(", ")));
        if (node.stale)
            tip += QLatin1Char('\n') + tr("Shown from the cache until the running scan answers");
        return tip.trimmed();
    }
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        if (status.reachability == ContextStatus::Reachability::Unknown)
            return StatusIcons::icon(StatusIcons::Kind::Unknown);
        return StatusIcons::icon(status.isOk() ? (status.forbiddenNamespaces.isEmpty() ? StatusIcons::Kind::Good
                                                                                       : StatusIcons::Kind::Warning)
                                               : StatusIcons::Kind::Bad);
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn: return status.name;
        case ChartColumn: return role == SortRole ? QVariant(status.server) : QVariant(status.serverVersion);
        case StatusColumn: {
            if (role == SortRole)
                return static_cast<int>(status.reachability);
            QString text = reachabilityText(status.reachability);
            if (!status.error.isEmpty() && status.reachability != ContextStatus::Reachability::Reachable)
                text += QStringLiteral(": ") + status.error;
            return text;
        }
        case UpdatedColumn: {
            if (role == SortRole)
                return status.scannedAt;
            if (!status.scannedAt.isValid())
                return QString();
            const QString age = inventory::formatAge(status.scannedAt.secsTo(now()));
            return node.stale ? tr("%1 (cached)").arg(age) : age;
        }
        case ReadyColumn:
            return role == SortRole ? QVariant(status.releaseCount) : QVariant(releaseCountText(status.releaseCount));
        default: return {};
        }
    default: return {};
    }
}

QVariant FleetTreeModel::groupData(const Group &group, int column, int role) const
{
    int problems = 0, ready = 0, desired = 0;
    QMap<RpoState, int> rpo;
    for (const Release &release : group.releases) {
        problems += isProblem(release);
        ready += release.replicasReady;
        desired += release.replicasDesired;
        ++rpo[release.rpoState];
    }
    switch (role) {
    case NodeKindRole: return QVariant::fromValue(static_cast<int>(NodeKind::Group));
    case TierRole: return group.tier;
    case ProblemRole: return problems > 0;
    case SearchTextRole: return group.key;
    case Qt::ToolTipRole:
        return m_grouping == Grouping::ByTier ? tierTitle(group.tier) : QVariant();
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        return StatusIcons::icon(problems > 0 ? StatusIcons::Kind::Warning : StatusIcons::Kind::Good);
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            if (role == SortRole)
                return m_grouping == Grouping::ByTier ? QVariant(group.tier > 0 ? group.tier : 99) : QVariant(group.key);
            return m_grouping == Grouping::ByTier ? tierLabel(group.tier) + QStringLiteral(" — ") + tierTitle(group.tier)
                                                  : group.key;
        case StatusColumn:
            if (role == SortRole)
                return problems;
            if (problems == 0)
                return tr("%1, all fine").arg(releaseCountText(static_cast<int>(group.releases.size())));
            return tr("%1, %2 need attention").arg(releaseCountText(static_cast<int>(group.releases.size()))).arg(problems);
        case ReadyColumn:
            return role == SortRole ? QVariant(desired - ready) : QVariant(QStringLiteral("%1/%2").arg(ready).arg(desired));
        case RpoStateColumn: {
            if (role == SortRole)
                return rpo.value(RpoState::Breached) * 1000 + rpo.value(RpoState::NeverBackedUp);
            QStringList parts;
            for (RpoState state : {RpoState::Ok, RpoState::DueSoon, RpoState::Breached, RpoState::NeverBackedUp})
                if (rpo.value(state) > 0)
                    parts << QStringLiteral("%1 %2").arg(rpo.value(state)).arg(inventory::rpoStateDisplayName(state));
            return parts.join(QStringLiteral(" · "));
        }
        default: return {};
        }
    default: return {};
    }
}

QVariant FleetTreeModel::releaseData(const Release &r, int column, int role) const
{
    switch (role) {
    case NodeKindRole: return QVariant::fromValue(static_cast<int>(NodeKind::Release));
    case ReleaseKeyRole: return r.key();
    case ContextRole: return r.context;
    case TierRole: return r.tier.value_or(0);
    case StatusRole: return r.status;
    case RpoStateRole: return static_cast<int>(r.rpoState);
    case ProblemRole: return isProblem(r);
    case DrillAlertRole: return isDrillAlert(r);
    case SearchTextRole:
        return QStringList{r.name, r.namespaceName, r.chartName, r.chartVersion, r.appVersion, r.status, r.displayName}
            .join(QLatin1Char(' '));
    case Qt::DecorationRole:
        if (column == NameColumn)
            return StatusIcons::icon(r.isFailed() ? StatusIcons::Kind::Bad
                                     : (r.isPending() || !r.isHealthy()) ? StatusIcons::Kind::Warning
                                                                         : StatusIcons::Kind::Good);
        if (column == RpoStateColumn)
            return StatusIcons::icon(StatusIcons::forRpo(r.rpoState));
        if ((column == LastDrillColumn && r.lastDrillFailed) || (column == MeasuredRtoColumn && r.rtoExceeded))
            return StatusIcons::icon(StatusIcons::Kind::Warning);
        if (column == UpgradeColumn && !m_upgradeBadges.value(r.key()).error.isEmpty())
            return StatusIcons::icon(StatusIcons::Kind::Warning);
        if (column == RbacColumn && m_rbacBadges.contains(r.key())) {
            const int severity = m_rbacBadges.value(r.key()).severity; // 4 critical, 3 high, 2 medium
            return severity >= 3 ? StatusIcons::icon(StatusIcons::Kind::Bad)
                   : severity == 2 ? StatusIcons::icon(StatusIcons::Kind::Warning)
                                   : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == LastDrillColumn || column == MeasuredRtoColumn)
            return drillToolTip(r);
        if (column == RbacColumn)
            return m_rbacBadges.value(r.key()).toolTip;
        if (column == UpgradeColumn && m_upgradeBadges.contains(r.key())) {
            const UpgradeBadge &b = m_upgradeBadges[r.key()];
            if (!b.error.isEmpty())
                return tr("Cannot ask %1 for newer versions: %2").arg(b.source, b.error);
            return b.latest.isEmpty() ? tr("%1 is the newest version at %2").arg(b.current, b.source)
                                      : tr("Version %1 is available at %2").arg(b.latest, b.source);
        }
        if (column == RpoStateColumn && r.rpoState == RpoState::NeverBackedUp)
            return tr("No verified backup of this release exists yet");
        if (column == StatusColumn && r.isStuck(now()))
            return tr("Stuck: this release has been %1 since %2. A helm operation died half-way, and helm refuses "
                      "further upgrades (\"another operation is in progress\") until the release is rolled back "
                      "to its last deployed revision.")
                .arg(r.status, inventory::formatAge(r.updated.secsTo(now())));
        if (column == StatusColumn && r.isPending())
            return tr("A helm operation on this release is under way.");
        if (column == NameColumn && !r.profileId.isEmpty())
            return r.displayName;
        return {};
    case Qt::TextAlignmentRole:
        if (column == RevisionColumn || column == ReadyColumn || column == MeasuredRtoColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default: return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case NameColumn: return r.name;
    case NamespaceColumn: return r.namespaceName;
    case ChartColumn: return r.chartName;
    case ChartVersionColumn: return r.chartVersion;
    case AppVersionColumn: return r.appVersion;
    case StatusColumn:
        if (!sort && r.isStuck(now()))
            return tr("%1 (stuck)").arg(r.status);
        return r.status;
    case RevisionColumn: return r.revision;
    case UpdatedColumn:
        if (sort)
            return r.updated;
        return r.updated.isValid() ? inventory::formatAge(r.updated.secsTo(now())) : QString();
    case ReadyColumn:
        if (sort)
            return r.replicasDesired - r.replicasReady;
        return r.workloads.isEmpty() ? QStringLiteral("—") : QStringLiteral("%1/%2").arg(r.replicasReady).arg(r.replicasDesired);
    case RpoStateColumn: return sort ? QVariant(rpoOrder(r.rpoState)) : QVariant(inventory::rpoStateDisplayName(r.rpoState));
    case LastBackupColumn:
        if (sort)
            return r.lastVerifiedBackup.value_or(QDateTime());
        return r.lastVerifiedBackup ? inventory::formatAge(r.lastVerifiedBackup->secsTo(now())) : QStringLiteral("—");
    case RpoTargetColumn:
        return sort ? QVariant(static_cast<qlonglong>(r.rpo ? r.rpo->count() : -1)) : QVariant(inventory::formatTarget(r.rpo ? r.rpo->count() : -1));
    case RtoTargetColumn:
        return sort ? QVariant(static_cast<qlonglong>(r.rto ? r.rto->count() : -1)) : QVariant(inventory::formatTarget(r.rto ? r.rto->count() : -1));
    case LastDrillColumn:
        if (sort)
            return r.lastSuccessfulDrill.value_or(QDateTime());
        if (r.lastSuccessfulDrill)
            return r.lastDrillFailed ? tr("%1 (last failed)").arg(inventory::formatAge(r.lastSuccessfulDrill->secsTo(now())))
                                     : inventory::formatAge(r.lastSuccessfulDrill->secsTo(now()));
        return r.lastDrillFailed ? tr("Failed") : QStringLiteral("—");
    case MeasuredRtoColumn:
        if (sort)
            return static_cast<qlonglong>(r.measuredRtoMs.value_or(-1));
        return r.measuredRtoMs ? inventory::formatDurationMs(*r.measuredRtoMs) : QStringLiteral("—");
    case RbacColumn:
        if (sort)
            return m_rbacBadges.contains(r.key()) ? m_rbacBadges.value(r.key()).severity : -2;
        return m_rbacBadges.value(r.key()).text;
    case UpgradeColumn: {
        const UpgradeBadge b = m_upgradeBadges.value(r.key());
        if (sort)
            return b.latest.isEmpty() ? (b.error.isEmpty() ? QString() : QStringLiteral(" ")) : b.latest;
        return b.latest.isEmpty() ? QString() : QString(b.current + QStringLiteral(" → ") + b.latest);
    }
    }
    return {};
}

void FleetTreeModel::setRbacBadges(const QHash<QString, RbacBadge> &badges)
{
    m_rbacBadges = badges;
    touchColumn(RbacColumn);
}

void FleetTreeModel::setUpgradeBadges(const QHash<QString, UpgradeBadge> &badges)
{
    m_upgradeBadges = badges;
    touchColumn(UpgradeColumn);
}

void FleetTreeModel::touchColumn(int column)
{
    // Every release row's cell may have changed: walk the tree once.
    const std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, column, parent), index(rows - 1, column, parent));
        for (int row = 0; row < rows; ++row)
            touch(index(row, 0, parent));
    };
    touch({});
}

QString FleetTreeModel::drillToolTip(const Release &r) const
{
    QStringList lines;
    if (r.recentDrills.isEmpty())
        return r.stateful ? tr("No restore drill of this release has been recorded") : QString();
    if (r.rtoExceeded && r.measuredRtoMs)
        lines << tr("RTO exceeded: the last successful drill took %1, the target is %2")
                     .arg(inventory::formatDurationMs(*r.measuredRtoMs),
                          inventory::formatTarget(r.rto ? r.rto->count() : r.recentDrills.constFirst().rtoSeconds.value_or(-1)));
    if (r.lastDrillFailed)
        lines << tr("The last drill failed: %1").arg(r.recentDrills.constFirst().error);
    if (r.lastSuccessfulDrill && !r.rtoExceeded && r.measuredRtoMs)
        lines << tr("Last successful drill %1, restored in %2")
                     .arg(inventory::formatAge(r.lastSuccessfulDrill->secsTo(now())), inventory::formatDurationMs(*r.measuredRtoMs));
    return lines.join(QLatin1Char('\n'));
}

} // namespace chartroom::models
