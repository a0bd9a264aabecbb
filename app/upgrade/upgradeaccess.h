#pragma once

#include "backup/backuprequest.h"
#include "catalog/chartprofile.h"
#include "rbac/planaccess.h"
#include "rbac/useraccess.h"
#include "upgrade/upgradeplan.h"
#include "upgrade/upgradepreview.h"

#include <QList>

namespace chartroom::upgrade {

/// What an upgrade plan asks of the API server, step by step (rbac::PlanAccess), for the wizard
/// to check against the kubeconfig user's own access before its review page:
///  - the backup gate, when it takes a backup: what a backup of the release needs
///    (backup::addReleaseBackupAccess);
///  - checks: list pods, create pods/exec;
///  - `helm upgrade`: Helm's record (get, list, create, update secrets) and, per object of the
///    preview, what helm does to it: create the added, get and patch the changed, get the
///    unchanged, delete the removed (without a preview only the record is known);
///  - blue-green's `helm install NAME-green`: the release's values (helm get), Helm's record and
///    create of every object kind of the new manifest, plus delete of them for the compensating
///    uninstall; the switch gets and patches each Service;
///  - scaling reads the replicas and patches the scale subresource; waiting for a rollout gets,
///    lists and watches the workload.
///
/// `profile` is the release's chart profile (null: none), `encryptedRepository` whether the gate's
/// backup would go into an encrypted repository (then the chart's Secrets are read too).
/// Contract: pure; nothing runs.
[[nodiscard]] rbac::PlanAccess requiredAccess(const UpgradePlan &plan, const QList<UpgradePreview::ResourceChange> &resources,
                                              const catalog::ChartProfile *profile, bool encryptedRepository);

/// The actions a strategy's steps need beyond reading (rbac::UserAccess::canPerform): rolling and
/// in-place: Upgrade; maintenance window: Upgrade and Scale; blue-green: Install and SwitchServices.
[[nodiscard]] QList<rbac::UserAccess::Action> strategyActions(Strategy strategy);

} // namespace chartroom::upgrade
