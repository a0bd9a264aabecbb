#pragma once

#include <QTreeView>

namespace chartroom::ui {

/// The inventory tree: sortable by clicking a header (raw values), single selection, keyboard
/// navigation, column widths sized for their content, a header context menu to show or hide
/// columns, and contexts and groups expanded as they appear.
class FleetTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTreeView)

public:
    explicit FleetTreeView(QWidget *parent = nullptr);
    ~FleetTreeView() override;

    void setModel(QAbstractItemModel *model) override;
    /// Expands every context and group row (releases are leaves).
    void expandGroups();
    /// Column widths for a first run; restoreHeaderState() replaces them.
    void applyDefaultColumnWidths();
    [[nodiscard]] QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void headerStateChanged();

private:
    void showHeaderMenu(const QPoint &position);
    void expandInserted(const QModelIndex &parent, int first, int last);
};

} // namespace chartroom::ui
