#pragma once

#include "inventory/fleet.h"
#include "rbac/acceptancestore.h"
#include "rbac/rbacreview.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom {
class Runtime;
}

class QLabel;

namespace chartroom::ui {

/// The state every page of the RBAC review wizard shares: the scope chosen on the Scope page,
/// the review the Collection page produced (acceptances applied) and the acceptance store the
/// Findings page records decisions in. The wizard owns it; pages read and fill it in page order.
struct RbacSession
{
    enum class Scope { Fleet, Context, Namespace, Release };

    explicit RbacSession(Runtime &runtime)
        : runtime(runtime)
    {}

    Runtime &runtime;
    QList<inventory::Release> selection; ///< what the inventory had selected

    Scope scope = Scope::Fleet;
    QString context;       ///< for Context, Namespace and Release scopes
    QString namespaceName; ///< for Namespace and Release scopes
    QString release;       ///< for the Release scope: the release name

    rbac::RbacReview review;    ///< the last collection's result, in scope, acceptances applied
    rbac::AcceptanceStore store; ///< loaded by the Collection page
    QString storeError;         ///< why the acceptances could not be read or written
    QStringList failures;       ///< contexts whose collection failed, with the reason

    /// The contexts the scope covers: the chosen one, or every context of the scanned fleet.
    [[nodiscard]] QStringList contexts() const;
    /// "the whole fleet", "context homelab", "namespace homelab/data", "release homelab/data/airflow".
    [[nodiscard]] QString scopeText() const;
    /// Shows the review's collection warnings ("Review incomplete for context homelab: cannot list
    /// clusterroles: …") prominently in `label`, or hides it when the collection was complete.
    void showWarnings(QLabel *label) const;
};

} // namespace chartroom::ui
