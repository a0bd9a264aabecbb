#pragma once

#include "backup/backuprequest.h"
#include "catalog/chartprofile.h"
#include "jobs/job.h"
#include "upgrade/backupgate.h"
#include "upgrade/upgradecommands.h"
#include "upgrade/upgraderequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace chartroom::upgrade {

/// One strategy as the chart supports it: what the wizard offers, with the expected downtime.
struct StrategyOffer
{
    Strategy strategy = Strategy::Rolling;
    QString downtime;
    QString description;
};

/// An upgrade of one release by one strategy, before anything runs (kpmcore's Operation: preview,
/// then apply; like backup::RestorePlan).
///
/// Steps by strategy (each with its exact, redacted commands in steps()):
///  - Rolling: backup gate → pre-upgrade checks → `helm upgrade --wait --timeout` with automatic
///    rollback on failure (`--atomic` on helm 3, `--rollback-on-failure` on helm 4) → `kubectl
///    rollout status` per workload → post-upgrade checks.
///  - In-place: backup gate → a values-only `helm upgrade` of the deployed chart version (same
///    flags) → rollout status → post-upgrade checks.
///  - Maintenance window: wait until the window opens (cancellable countdown) → backup gate →
///    scale each workload to 0 (replicas remembered) → helm upgrade → scale back up → rollout
///    status → post-upgrade checks. Compensation: scale back up what was scaled down.
///  - Blue-green: backup gate → `helm install NAME-green` with the release's values (stdin) →
///    post-upgrade checks on green → switch each Service's `app.kubernetes.io/instance` selector to
///    green → observation window. Compensation: switch the selectors back, uninstall green.
///    makeSwitchBackJob() is the one-click switch back; makeRetireBlueJob() uninstalls blue only on
///    an explicit confirmation (its Services, now selecting green, are created again as plain
///    objects after the uninstall: RetireBlueJob).
///
/// Contract: constructing a plan and calling problem()/steps()/describe() has no side effect and
/// can be repeated. A plan with a problem() makes no job (nullptr). Checks run in the release's
/// pods through exec (backup::RestorePodJob). A failing post-upgrade check fails the job; the
/// caller then offers rollbackPlan-style recovery (RollbackPlan), it is not automatic.
class UpgradePlan final
{
public:
    enum class StepKind { Wait, BackupGate, Check, Upgrade, Install, Scale, Rollout, Switch, Observe, Note };

    struct Step
    {
        StepKind kind = StepKind::Note;
        QString title;
        QStringList commands; ///< redacted display form; `POD` is the pod chosen at run time
        QString note;
    };

    using BackupJobFactory = std::function<std::unique_ptr<jobs::Job>()>;

    /// `profile` may be null (a chart without profile: generic rolling and in-place only, no checks).
    UpgradePlan(UpgradeRequest request, std::optional<catalog::ChartProfile> profile, BackupGate gate);

    /// Strategies the profile documents (canonical ones only), or rolling + in-place without profile.
    [[nodiscard]] static QList<StrategyOffer> offeredStrategies(const catalog::ChartProfile *profile);

    [[nodiscard]] const UpgradeRequest &request() const { return m_request; }
    [[nodiscard]] const BackupGate &gate() const { return m_gate; }
    /// "NAME-green".
    [[nodiscard]] QString greenName() const;
    /// Why the plan cannot run; empty when it can.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QList<Step> steps(const backup::ClusterTools &tools) const;
    [[nodiscard]] QStringList describe(const backup::ClusterTools &tools) const;

    /// The job that takes the gate's backup (needed when the gate decided TakeBackup).
    void setBackupJobFactory(BackupJobFactory factory) { m_backupFactory = std::move(factory); }
    [[nodiscard]] std::unique_ptr<jobs::Job> makeJob(const backup::ClusterTools &tools) const;
    /// Blue-green: the Services back to blue, then green uninstalled.
    [[nodiscard]] std::unique_ptr<jobs::Job> makeSwitchBackJob(const backup::ClusterTools &tools) const;
    /// Blue-green: uninstall blue, its Services kept serving green (RetireBlueJob). nullptr unless `confirmed`.
    [[nodiscard]] std::unique_ptr<jobs::Job> makeRetireBlueJob(const backup::ClusterTools &tools, bool confirmed) const;

private:
    [[nodiscard]] QList<catalog::HealthCheck> checks(bool post) const;
    [[nodiscard]] QString substitute(const QString &text, const QString &release) const;
    [[nodiscard]] QStringList substituteAll(const QStringList &texts, const QString &release) const;
    [[nodiscard]] CommandLine checkCommand(const backup::ClusterTools &tools, const catalog::HealthCheck &check,
                                           const QString &release, const QString &pod) const;
    [[nodiscard]] std::unique_ptr<jobs::Job> checkJob(const backup::ClusterTools &tools, const catalog::HealthCheck &check,
                                                      const QString &release, bool post) const;
    [[nodiscard]] CommandLine upgradeCommand(const UpgradeCommands &commands) const;
    [[nodiscard]] ChartSource effectiveSource() const;

    UpgradeRequest m_request;
    std::optional<catalog::ChartProfile> m_profile;
    BackupGate m_gate;
    BackupJobFactory m_backupFactory;
};

[[nodiscard]] QString upgradeStepKindName(UpgradePlan::StepKind kind);

/// A Job that runs one command in the given tools' environment (the plans' simple steps).
[[nodiscard]] std::unique_ptr<jobs::Job> makeToolJob(const QString &title, const CommandLine &command,
                                                     const backup::ClusterTools &tools, int timeoutSeconds = 0);

} // namespace chartroom::upgrade
