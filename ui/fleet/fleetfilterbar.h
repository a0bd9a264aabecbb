#pragma once

#include "fleetfilter.h"

#include "models/fleettreemodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace chartroom::models {
class FleetFilterProxy;
}

namespace chartroom::ui {

/// The filter bar above the inventory: free-text search, status, tier and RPO-state menus,
/// "Only problems", the grouping switch and "Clear filters". A filter applied from elsewhere
/// (applyFilter) shows as a labelled chip with its own clear button.
class FleetFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterBar)

public:
    FleetFilterBar(models::FleetFilterProxy *proxy, models::FleetTreeModel *model, QWidget *parent = nullptr);
    ~FleetFilterBar() override;

    /// Replaces every filter with `filter` and shows its label.
    void applyFilter(const FleetFilter &filter);
    void clearFilters();
    void focusSearch();
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    /// The set of shown rows changed (the view re-expands its groups).
    void filtersChanged();
    void groupingChanged();

private:
    QToolButton *makeMenuButton(const QString &name, const QString &title,
                                const QList<std::pair<QString, int>> &choices);
    void applyFromWidgets();
    void updateButtonTexts();
    [[nodiscard]] static QSet<int> checkedValues(const QToolButton *button);
    static void setCheckedValues(QToolButton *button, const QSet<int> &values);

    models::FleetFilterProxy *m_proxy;
    models::FleetTreeModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_status;
    QToolButton *m_tier;
    QToolButton *m_rpo;
    QCheckBox *m_problems;
    QComboBox *m_grouping;
    QWidget *m_chip;
    QLabel *m_chipLabel;
    QToolButton *m_clear;
    QSet<QString> m_contexts;
    bool m_notReadyOnly = false;
    bool m_drillAlertsOnly = false;
};

} // namespace chartroom::ui
