#include "fleettreeview.h"

#include "models/fleettreemodel.h"

#include <QHeaderView>
#include <QMenu>

namespace chartroom::ui {

using models::FleetTreeModel;

FleetTreeView::FleetTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("fleetTree"));
    setSortingEnabled(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setExpandsOnDoubleClick(true);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setToolTip(tr("Click to sort; right-click to choose the columns"));
    connect(header(), &QHeaderView::customContextMenuRequested, this, &FleetTreeView::showHeaderMenu);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header(), signal, this, &FleetTreeView::headerStateChanged);
    connect(header(), &QHeaderView::sortIndicatorChanged, this, &FleetTreeView::headerStateChanged);
}

FleetTreeView::~FleetTreeView() = default;

void FleetTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FleetTreeView::expandInserted);
    connect(model, &QAbstractItemModel::modelReset, this, &FleetTreeView::expandGroups);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FleetTreeView::expandGroups);
    sortByColumn(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    applyDefaultColumnWidths();
}

void FleetTreeView::applyDefaultColumnWidths()
{
    const int ch = fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths{
        {FleetTreeModel::NameColumn, 40},     {FleetTreeModel::NamespaceColumn, 14}, {FleetTreeModel::ChartColumn, 16},
        {FleetTreeModel::ChartVersionColumn, 13}, {FleetTreeModel::AppVersionColumn, 10}, {FleetTreeModel::StatusColumn, 30},
        {FleetTreeModel::RevisionColumn, 6},  {FleetTreeModel::UpdatedColumn, 14},   {FleetTreeModel::ReadyColumn, 11},
        {FleetTreeModel::RpoStateColumn, 30}, {FleetTreeModel::LastBackupColumn, 11}, {FleetTreeModel::RpoTargetColumn, 8},
        {FleetTreeModel::RtoTargetColumn, 8}, {FleetTreeModel::LastDrillColumn, 16}, {FleetTreeModel::MeasuredRtoColumn, 12},
        {FleetTreeModel::RbacColumn, 18},     {FleetTreeModel::UpgradeColumn, 16},
    };
    for (const auto &[column, chars] : widths)
        setColumnWidth(column, chars * ch + 16);
    // What a narrow window can do without: shown again from the header menu.
    for (int column : {FleetTreeModel::AppVersionColumn, FleetTreeModel::RevisionColumn, FleetTreeModel::LastBackupColumn,
                       FleetTreeModel::RtoTargetColumn})
        setColumnHidden(column, true);
}

QByteArray FleetTreeView::headerState() const
{
    return header()->saveState();
}

void FleetTreeView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        header()->restoreState(state);
}

void FleetTreeView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("fleetHeaderMenu"));
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        action->setEnabled(column != FleetTreeModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            Q_EMIT headerStateChanged();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, [this] {
        for (int column = 0; column < model()->columnCount(); ++column) {
            setColumnHidden(column, false);
            header()->moveSection(header()->visualIndex(column), column);
        }
        applyDefaultColumnWidths();
        Q_EMIT headerStateChanged();
    });
    menu.exec(header()->viewport()->mapToGlobal(position));
}

void FleetTreeView::expandGroups()
{
    if (!model())
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex context = model()->index(row, 0);
        expand(context);
        for (int group = 0; group < model()->rowCount(context); ++group)
            expand(model()->index(group, 0, context));
    }
}

void FleetTreeView::expandInserted(const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, parent);
        const auto kind = static_cast<FleetTreeModel::NodeKind>(index.data(FleetTreeModel::NodeKindRole).toInt());
        if (kind == FleetTreeModel::NodeKind::Release)
            continue;
        expand(index);
        if (kind == FleetTreeModel::NodeKind::Context)
            for (int group = 0; group < model()->rowCount(index); ++group)
                expand(model()->index(group, 0, index));
    }
}

} // namespace chartroom::ui
