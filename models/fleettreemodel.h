#pragma once

#include "inventory/fleet.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace chartroom::models {

/// The fleet as a tree: Context → group → Release, where the group is the DR tier
/// (Tier 1..4, then Untiered) or, switched with setGrouping(), the namespace.
///
/// Columns follow Column. DisplayRole gives formatted text; SortRole gives the raw value
/// (numbers, timestamps, enum order) so that sorting never compares formatted strings.
/// Group rows summarise their releases (counts per state); context rows show reachability,
/// server version, and how old the data is (a cached fleet is marked stale).
/// Updates are incremental per context: setContext() replaces one context's subtree with
/// row removals and insertions, so views keep the other contexts' expansion and selection.
class FleetTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTreeModel)

public:
    enum Column {
        NameColumn,
        NamespaceColumn,
        ChartColumn,
        ChartVersionColumn,
        AppVersionColumn,
        StatusColumn,
        RevisionColumn,
        UpdatedColumn,
        ReadyColumn,
        RpoStateColumn,
        LastBackupColumn,
        RpoTargetColumn,
        RtoTargetColumn,
        LastDrillColumn,   ///< age of the last successful restore drill
        MeasuredRtoColumn, ///< that drill's restore time, flagged when over the RTO target
        RbacColumn,        ///< the worst open finding of the last RBAC review (setRbacBadges)
        UpgradeColumn,     ///< a newer chart version at the release's remembered source (setUpgradeBadges)
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1,
        NodeKindRole,     ///< NodeKind
        ReleaseKeyRole,   ///< "context/namespace/name" on release rows
        ContextRole,      ///< context name on every row
        TierRole,         ///< 1..4, 0 = untiered (release and tier rows)
        StatusRole,       ///< helm status string (release rows)
        RpoStateRole,     ///< int(inventory::RpoState) (release rows)
        ProblemRole,      ///< bool: failed, pending, not ready, RPO breached or never backed up, RTO
                          ///< exceeded by the last drill, or the last drill failed
        DrillAlertRole,   ///< bool: the measured RTO exceeds the target or the last drill failed
        SearchTextRole,   ///< everything a free-text filter should match
    };

    enum class NodeKind { Context, Group, Release };
    enum class Grouping { ByTier, ByNamespace };

    explicit FleetTreeModel(QObject *parent = nullptr);
    ~FleetTreeModel() override;

    void setGrouping(Grouping grouping);
    [[nodiscard]] Grouping grouping() const { return m_grouping; }
    /// Replaces everything (e.g. with the cached fleet). `stale` marks data not from a live scan.
    void setFleet(const inventory::Fleet &fleet, bool stale);
    /// Replaces one context's status and releases (a scan answered).
    void setContext(const inventory::ContextStatus &status, const QList<inventory::Release> &releases);
    /// Lets `update` change releases in place (e.g. their backup and RPO fields after the backup
    /// repository was read again); it returns true for a release it changed. Only fields that do
    /// not move a release in the tree may change. Changed rows, their group and context rows
    /// report dataChanged; nothing is removed or inserted.
    void updateReleases(const std::function<bool(inventory::Release &)> &update);
    /// Reports dataChanged for `column` of every row.
    void touchColumn(int column);
    /// What the RBAC column shows for one release: the worst open finding of the last review.
    struct RbacBadge
    {
        int severity = -1; ///< int(rbac::Severity) of the worst open finding; -1: none open
        QString text;      ///< e.g. "Critical (2 open)", or "No open findings"
        QString toolTip;   ///< the open findings, one per line
    };
    /// Replaces the RBAC column's badges, keyed by release key; releases without one show nothing
    /// (not reviewed). Reports dataChanged for the column.
    void setRbacBadges(const QHash<QString, RbacBadge> &badges);
    [[nodiscard]] const QHash<QString, RbacBadge> &rbacBadges() const { return m_rbacBadges; }

    /// What the Upgrade column shows for one release: a newer chart version at its remembered source.
    struct UpgradeBadge
    {
        QString current; ///< the deployed chart version
        QString latest;  ///< the newer version; empty: at the newest (the cell stays empty)
        QString source;  ///< where it was looked up
        QString error;   ///< the source could not be asked: a warning icon with this as tooltip
    };
    /// Replaces the Upgrade column's badges, keyed by release key (releases without a remembered
    /// source have none). Reports dataChanged for the column.
    void setUpgradeBadges(const QHash<QString, UpgradeBadge> &badges);
    [[nodiscard]] const QHash<QString, UpgradeBadge> &upgradeBadges() const { return m_upgradeBadges; }

    /// The clock used for ages ("5 min ago"); tests set a fixed one.
    void setNow(const QDateTime &now);

    [[nodiscard]] const inventory::Release *release(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfRelease(const QString &key) const;
    [[nodiscard]] int releaseCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// True when the release needs attention (see ProblemRole).
    [[nodiscard]] static bool isProblem(const inventory::Release &release);
    /// True when the release's drills need attention (see DrillAlertRole).
    [[nodiscard]] static bool isDrillAlert(const inventory::Release &release);

private:
    struct Group
    {
        QString key;                       ///< "1".."4", "untiered", or the namespace
        int tier = 0;
        QList<inventory::Release> releases;
    };
    struct ContextNode
    {
        inventory::ContextStatus status;
        bool stale = false;
        QList<Group> groups;
    };

    [[nodiscard]] QList<Group> buildGroups(const QList<inventory::Release> &releases) const;
    [[nodiscard]] QVariant contextData(const ContextNode &node, int column, int role) const;
    [[nodiscard]] QVariant groupData(const Group &group, int column, int role) const;
    [[nodiscard]] QVariant releaseData(const inventory::Release &release, int column, int role) const;
    [[nodiscard]] QString drillToolTip(const inventory::Release &release) const;
    [[nodiscard]] QDateTime now() const;

    QList<ContextNode> m_contexts;
    Grouping m_grouping = Grouping::ByTier;
    QDateTime m_fixedNow;
    QHash<QString, RbacBadge> m_rbacBadges;
    QHash<QString, UpgradeBadge> m_upgradeBadges;
};

} // namespace chartroom::models
