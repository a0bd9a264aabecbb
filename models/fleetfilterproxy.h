#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace chartroom::models {

/// Sorting (by the raw SortRole values) and filtering of the fleet tree: free text, helm
/// status class, DR tier, RPO state, context, "only problems" and "RTO exceeded or drill failed". Context rows always stay
/// visible (an unreachable context must not vanish); group rows show while any of their
/// releases matches. Each setter returns whether the filter changed.
class FleetFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterProxy)

public:
    /// Helm statuses grouped as users think of them.
    enum class StatusClass { Deployed, Failed, Pending, Other };

    explicit FleetFilterProxy(QObject *parent = nullptr);

    bool setText(const QString &text);
    bool setStatusClasses(const QSet<StatusClass> &classes); ///< empty: all
    bool setTiers(const QSet<int> &tiers);                    ///< 0 = untiered; empty: all
    bool setRpoStates(const QSet<int> &states);               ///< int(RpoState); empty: all
    bool setContexts(const QSet<QString> &contexts);          ///< empty: all
    bool setProblemsOnly(bool problemsOnly);
    /// Only releases whose workloads are not all ready (the dashboard's "Not ready" bar).
    bool setNotReadyOnly(bool notReadyOnly);
    /// Only releases whose last drill exceeded the RTO target or failed (the dashboard's drill bars).
    bool setDrillAlertsOnly(bool drillAlertsOnly);
    void clearFilters();
    [[nodiscard]] bool hasFilters() const;

    [[nodiscard]] static StatusClass statusClassOf(const QString &helmStatus);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QSet<StatusClass> m_statusClasses;
    QSet<int> m_tiers;
    QSet<int> m_rpoStates;
    QSet<QString> m_contexts;
    bool m_problemsOnly = false;
    bool m_notReadyOnly = false;
    bool m_drillAlertsOnly = false;
};

} // namespace chartroom::models
