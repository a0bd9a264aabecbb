#pragma once

#include "backup/backupplan.h"
#include "backup/restoreplan.h"
#include "catalog/chartprofile.h"
#include "rbac/planaccess.h"

#include <QString>
#include <QStringList>

namespace chartroom::backup {

/// What a backup and a restore ask of the API server, step by step (rbac::PlanAccess), for the
/// wizards to check against the kubeconfig user's own access before they show the plan for review.
///
/// A release's backup (ReleaseBackupJob): `helm get` of the release record, values and manifest
/// (get and list secrets); `kubectl get` of the config exports' objects (their Secrets only into an
/// encrypted repository); list pods and create pods/exec for each in-pod dump or archive.
///
/// A restore (RestorePlan::steps()): the safety backup as above; a reinstall writes Helm's record
/// and creates the profile's workload; quiesce and scale back read the replicas and patch the
/// scale subresource; config is `kubectl apply` (get, create, patch) of the exports' kinds (no
/// Secrets from an unencrypted backup); data and exec health checks need list pods and create
/// pods/exec, HTTP health checks get pods/proxy; a restart patches the workload; waiting for the
/// rollout gets, lists and watches it.
///
/// Contract: pure functions of the plans; nothing runs.
void addReleaseBackupAccess(rbac::PlanAccess &access, const QString &context, const QString &namespaceName,
                            const QString &releaseName, const catalog::ChartProfile &profile,
                            const QStringList &componentIds, bool encrypted);
/// The releases the plan backs up (skipped ones need nothing). `encrypted`: the destination repository is.
[[nodiscard]] rbac::PlanAccess requiredAccess(const BackupPlan &plan, bool encrypted);
[[nodiscard]] rbac::PlanAccess requiredAccess(const RestorePlan &plan);

} // namespace chartroom::backup
