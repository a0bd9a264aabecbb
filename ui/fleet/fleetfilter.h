#pragma once

#include "models/fleetfilterproxy.h"

#include <QSet>
#include <QString>

namespace chartroom::ui {

/// A filter asked for from outside the filter bar (a dashboard bar click): which releases to
/// show, and how to name that choice to the user ("Tier 1 · Breached").
struct FleetFilter
{
    QString label;
    QString text;
    QSet<QString> contexts;
    QSet<int> tiers;
    QSet<int> rpoStates;
    QSet<models::FleetFilterProxy::StatusClass> statusClasses;
    bool notReadyOnly = false;
    bool drillAlertsOnly = false; ///< RTO exceeded by the last drill, or the last drill failed
};

} // namespace chartroom::ui
