#pragma once

#include "fleet/fleetfilter.h"
#include "inventory/fleet.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;

namespace chartroom::ui {

/// The dashboard tab: per-tier RPO compliance (stacked bars), each stateful release's backup
/// age as a share of its RPO target (never backed up shown as its own series), and fleet health
/// per context, and restore drill coverage per tier (stateful releases whose last successful
/// drill is at most 30 or 90 days old, older, never drilled, and those whose measured RTO
/// exceeds the target or whose last drill failed). Clicking a bar asks for the inventory filtered
/// to those releases.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setFleet(const inventory::Fleet &fleet, const QDateTime &now = QDateTime::currentDateTime());

    [[nodiscard]] QChartView *complianceChart() const { return m_compliance; }
    [[nodiscard]] QChartView *backupAgeChart() const { return m_backupAge; }
    [[nodiscard]] QChartView *healthChart() const { return m_health; }
    [[nodiscard]] QChartView *drillChart() const { return m_drills; }

    /// How recently a stateful release was drilled, as the drill chart counts it.
    enum class DrillCoverage { Alert, Within30Days, Within90Days, Older, Never };
    [[nodiscard]] static DrillCoverage drillCoverage(const inventory::Release &release, const QDateTime &now);

Q_SIGNALS:
    void filterRequested(const chartroom::ui::FleetFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildCompliance(const inventory::Fleet &fleet);
    void buildBackupAge(const inventory::Fleet &fleet, const QDateTime &now);
    void buildHealth(const inventory::Fleet &fleet);
    void buildDrills(const inventory::Fleet &fleet, const QDateTime &now);
    void styleChart(QChart *chart) const;
    void installChart(QChartView *view, QChart *chart) const;

    QLabel *m_summary;
    QChartView *m_compliance;
    QChartView *m_backupAge;
    QChartView *m_health;
    QChartView *m_drills;
    inventory::Fleet m_fleet;
    QDateTime m_now;
};

} // namespace chartroom::ui
