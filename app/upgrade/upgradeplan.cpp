#include "upgrade/upgradeplan.h"

#include "backup/restorepodjob.h"
#include "backup/restorescalejob.h"
#include "catalog/placeholders.h"
#include "core/redactor.h"
#include "jobs/processjob.h"
#include "jobs/sequencejob.h"
#include "upgrade/greeninstalljob.h"
#include "upgrade/retirebluejob.h"
#include "upgrade/upgradepreviewjob.h"
#include "upgrade/waituntiljob.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::upgrade", text);
}

QString display(const CommandLine &command)
{
    return command.toDisplayString(Redactor::shared());
}

const QString kPod = u"POD"_s;

} // namespace

QString upgradeStepKindName(UpgradePlan::StepKind kind)
{
    switch (kind) {
    case UpgradePlan::StepKind::Wait: return u"wait"_s;
    case UpgradePlan::StepKind::BackupGate: return u"backup-gate"_s;
    case UpgradePlan::StepKind::Check: return u"check"_s;
    case UpgradePlan::StepKind::Upgrade: return u"upgrade"_s;
    case UpgradePlan::StepKind::Install: return u"install"_s;
    case UpgradePlan::StepKind::Scale: return u"scale"_s;
    case UpgradePlan::StepKind::Rollout: return u"rollout"_s;
    case UpgradePlan::StepKind::Switch: return u"switch"_s;
    case UpgradePlan::StepKind::Observe: return u"observe"_s;
    case UpgradePlan::StepKind::Note: return u"note"_s;
    }
    return {};
}

std::unique_ptr<jobs::Job> makeToolJob(const QString &title, const CommandLine &command, const backup::ClusterTools &tools,
                                       int timeoutSeconds)
{
    auto job = std::make_unique<jobs::ProcessJob>(title, command);
    job->setBaseEnvironment(tools.environment);
    if (timeoutSeconds > 0)
        job->setTimeout(std::chrono::seconds(timeoutSeconds));
    return job;
}

UpgradePlan::UpgradePlan(UpgradeRequest request, std::optional<catalog::ChartProfile> profile, BackupGate gate)
    : m_request(std::move(request))
    , m_profile(std::move(profile))
    , m_gate(std::move(gate))
{
}

QList<StrategyOffer> UpgradePlan::offeredStrategies(const catalog::ChartProfile *profile)
{
    QList<StrategyOffer> offers;
    if (!profile || profile->upgradeStrategies.isEmpty()) {
        offers << StrategyOffer{Strategy::Rolling, tr("depends on the chart (no profile)"), tr("helm upgrade --wait")}
               << StrategyOffer{Strategy::InPlace, tr("none expected"), tr("values-only helm upgrade")};
        return offers;
    }
    for (const catalog::UpgradeStrategy &s : profile->upgradeStrategies)
        if (const auto strategy = strategyFromId(s.id))
            offers << StrategyOffer{*strategy, s.downtime, s.description};
    return offers;
}

QString UpgradePlan::greenName() const
{
    return m_request.release.name + u"-green"_s;
}

ChartSource UpgradePlan::effectiveSource() const
{
    ChartSource source = m_request.source;
    // In-place keeps the deployed chart version: a configuration change, not a version change.
    if (m_request.strategy == Strategy::InPlace && source.version.isEmpty() && source.kind != ChartSource::Kind::Local)
        source.version = m_request.release.chartVersion;
    return source;
}

QString UpgradePlan::problem() const
{
    const ReleaseTarget &r = m_request.release;
    if (r.status.startsWith(u"pending-"))
        return tr("%1 is stuck in %2: recover it to its last deployed revision first (chartroom-cli rollback).").arg(r.key(), r.status);
    if (m_profile && !m_profile->upgradeStrategies.isEmpty()) {
        const QList<StrategyOffer> offers = offeredStrategies(&*m_profile);
        if (std::none_of(offers.begin(), offers.end(), [&](const StrategyOffer &o) { return o.strategy == m_request.strategy; })) {
            QStringList ids;
            for (const StrategyOffer &o : offers)
                ids << strategyId(o.strategy);
            return tr("The %1 profile does not support the %2 strategy (it supports: %3).")
                .arg(m_profile->id, strategyId(m_request.strategy), ids.join(u", "_s));
        }
    }
    if (m_request.valuesMode == ValuesMode::ValuesFile && m_request.valuesFile.isEmpty())
        return tr("The values-file mode needs a values file.");
    if (m_request.strategy == Strategy::InPlace && !m_request.source.version.isEmpty() && !r.chartVersion.isEmpty()
        && m_request.source.version != r.chartVersion)
        return tr("In-place is a values-only change of the deployed chart %1; a new version (%2) needs another strategy.")
            .arg(r.chartVersion, m_request.source.version);
    if (m_request.strategy == Strategy::BlueGreen && m_request.services.isEmpty())
        return tr("Blue-green needs a Service whose selector names app.kubernetes.io/instance=%1 to switch; %1 has none.").arg(r.name);
    if (m_request.strategy == Strategy::MaintenanceWindow && m_request.workloads.isEmpty())
        return tr("The maintenance window scales the release's workloads to zero; %1 has no Deployment or StatefulSet.").arg(r.name);
    if (m_gate.decision() == BackupGate::Decision::Blocked)
        return m_gate.describe();
    if (m_request.blockingRisks && !m_request.risksConfirmed)
        return tr("The preview found changes the API server will reject (immutable fields): the upgrade would fail. "
                  "Review them; going on needs an explicit confirmation.");
    return {};
}

QList<catalog::HealthCheck> UpgradePlan::checks(bool post) const
{
    if (!m_profile)
        return {};
    return post ? m_profile->postUpgradeChecks : m_profile->preUpgradeChecks;
}

QString UpgradePlan::substitute(const QString &text, const QString &release) const
{
    catalog::PlaceholderValues values;
    values.release = release;
    values.releaseNamespace = m_request.release.namespaceName;
    values.chart = m_request.release.chartName.isEmpty() && m_profile ? m_profile->id : m_request.release.chartName;
    values.fullname = catalog::chartFullname(release, values.chart);
    return catalog::substitutePlaceholders(text, values);
}

QStringList UpgradePlan::substituteAll(const QStringList &texts, const QString &release) const
{
    QStringList out;
    for (const QString &t : texts)
        out << substitute(t, release);
    return out;
}

CommandLine UpgradePlan::checkCommand(const backup::ClusterTools &tools, const catalog::HealthCheck &check,
                                      const QString &release, const QString &pod) const
{
    const QString &ns = m_request.release.namespaceName;
    if (check.httpPort > 0)
        return CommandLine(tools.commands.kubectl(), {u"--context"_s, m_request.release.context, u"get"_s, u"--raw"_s,
                                                      u"/api/v1/namespaces/%1/pods/%2:%3/proxy%4"_s.arg(ns, pod).arg(check.httpPort).arg(check.httpPath)});
    const QString container = check.command.container.isEmpty() ? m_profile->container : check.command.container;
    return tools.commands.exec(m_request.release.context, ns, pod, container, substituteAll(check.command.argv, release));
}

std::unique_ptr<jobs::Job> UpgradePlan::checkJob(const backup::ClusterTools &tools, const catalog::HealthCheck &check,
                                                 const QString &release, bool post) const
{
    backup::RestorePodJob::Target target{m_request.release.context, m_request.release.namespaceName,
                                         substitute(check.command.selector.isEmpty() ? m_profile->podSelector : check.command.selector, release),
                                         check.command.container.isEmpty() ? m_profile->container : check.command.container};
    const UpgradePlan self = *this;
    auto command = [self, tools, check, release](const QString &pod) { return self.checkCommand(tools, check, release, pod); };
    return std::make_unique<backup::RestorePodJob>(
        (post ? tr("Post-upgrade check %1: %2") : tr("Pre-upgrade check %1: %2")).arg(check.id, check.description), tools,
        target, command);
}

CommandLine UpgradePlan::upgradeCommand(const UpgradeCommands &commands) const
{
    UpgradeCommands::UpgradeFlags flags;
    flags.timeoutSeconds = m_request.timeoutSeconds;
    return commands.upgrade(m_request.release, effectiveSource(), m_request.valuesMode, m_request.valuesFile, flags);
}

QList<UpgradePlan::Step> UpgradePlan::steps(const backup::ClusterTools &tools) const
{
    const UpgradeCommands commands = upgradeCommandsFor(tools);
    const ReleaseTarget &r = m_request.release;
    const Strategy strategy = m_request.strategy;
    QList<Step> steps;
    if (strategy == Strategy::MaintenanceWindow) {
        const bool later = m_request.windowStart.isValid() && m_request.windowStart > QDateTime::currentDateTimeUtc();
        steps.append({StepKind::Wait,
                      later ? tr("Wait for the maintenance window: %1 UTC").arg(m_request.windowStart.toUTC().toString(Qt::ISODate))
                            : tr("Maintenance window: starts at once"),
                      {}, tr("cancellable; the plan is kept when Chartroom closes")});
    }
    steps.append({StepKind::BackupGate, m_gate.describe(), {}, {}});
    const bool checkBlue = strategy != Strategy::InPlace;
    if (checkBlue)
        for (const catalog::HealthCheck &c : checks(false))
            steps.append({StepKind::Check, tr("Pre-upgrade check %1: %2").arg(c.id, c.description),
                          {display(checkCommand(tools, c, r.name, kPod))}, {}});

    auto rollouts = [&] {
        for (const QString &w : m_request.workloads)
            steps.append({StepKind::Rollout, tr("Wait until %1 is rolled out").arg(w),
                          {display(commands.rolloutStatus(r.context, r.namespaceName, w, m_request.timeoutSeconds))}, {}});
    };
    auto postChecks = [&](const QString &release) {
        for (const catalog::HealthCheck &c : checks(true))
            steps.append({StepKind::Check, tr("Post-upgrade check %1: %2").arg(c.id, c.description),
                          {display(checkCommand(tools, c, release, kPod))}, {}});
    };

    const QString automatic = tr("on failure helm rolls back to revision %1 itself (%2)")
                                  .arg(r.revision).arg(commands.rollbackOnFailureFlag());
    switch (strategy) {
    case Strategy::Rolling:
    case Strategy::InPlace:
        steps.append({StepKind::Upgrade,
                      strategy == Strategy::InPlace ? tr("Values-only upgrade of %1 (chart %2 stays)").arg(r.name, effectiveSource().displayName())
                                                    : tr("Upgrade %1 to %2").arg(r.name, effectiveSource().displayName()),
                      {display(upgradeCommand(commands))}, automatic});
        rollouts();
        postChecks(r.name);
        break;
    case Strategy::MaintenanceWindow:
        for (const QString &w : m_request.workloads)
            steps.append({StepKind::Scale, tr("Scale %1 to 0 (replicas remembered)").arg(w),
                          {display(backup::RestoreScaleJob::scaleCommand(tools, r.context, r.namespaceName, w, u"0"_s))},
                          tr("downtime starts")});
        steps.append({StepKind::Upgrade, tr("Upgrade %1 to %2").arg(r.name, effectiveSource().displayName()),
                      {display(upgradeCommand(commands))}, automatic});
        for (const QString &w : m_request.workloads)
            steps.append({StepKind::Scale, tr("Scale %1 back to its replicas").arg(w),
                          {display(backup::RestoreScaleJob::scaleCommand(tools, r.context, r.namespaceName, w, u"N"_s))}, {}});
        rollouts();
        postChecks(r.name);
        steps.append({StepKind::Note, tr("On failure: %1 scaled back up").arg(m_request.workloads.join(u", "_s)), {}, {}});
        break;
    case Strategy::BlueGreen: {
        steps.append({StepKind::Install, tr("Install %1 (%2) beside %3").arg(greenName(), effectiveSource().displayName(), r.name),
                      {display(commands.installGreen(r, greenName(), effectiveSource(),
                                                     m_request.valuesMode == ValuesMode::ValuesFile ? m_request.valuesFile : QString(),
                                                     m_request.timeoutSeconds))},
                      m_request.valuesMode == ValuesMode::ValuesFile ? QString() : tr("-f -: the values of %1, read with helm get values, on stdin").arg(r.name)});
        postChecks(greenName());
        for (const QString &s : m_request.services)
            steps.append({StepKind::Switch, tr("Switch Service %1 to %2").arg(s, greenName()),
                          {display(commands.switchServiceInstance(r.context, r.namespaceName, s, greenName()))}, tr("traffic moves to green")});
        if (m_request.observationSeconds > 0)
            steps.append({StepKind::Observe, tr("Observe for %1 s (switch back in one click)").arg(m_request.observationSeconds), {}, {}});
        steps.append({StepKind::Note,
                      tr("Afterwards: switch back (selectors to %1, %2 uninstalled) or, on your confirmation, retire %1 "
                         "(its Services saved, helm uninstall %1, the Services created again as plain objects)").arg(r.name, greenName()),
                      {}, {}});
        steps.append({StepKind::Note, tr("On failure: selectors back to %1, %2 uninstalled").arg(r.name, greenName()), {}, {}});
        break;
    }
    }
    return steps;
}

QStringList UpgradePlan::describe(const backup::ClusterTools &tools) const
{
    const ReleaseTarget &r = m_request.release;
    QStringList lines;
    lines << tr("Upgrade plan: %1 (%2, revision %3) → %4, strategy %5, values %6")
                 .arg(r.key(), r.chartName.isEmpty() ? tr("chart unknown") : r.chartName + u'-' + r.chartVersion)
                 .arg(r.revision)
                 .arg(effectiveSource().displayName(), strategyId(m_request.strategy), valuesModeId(m_request.valuesMode));
    for (const StrategyOffer &o : offeredStrategies(m_profile ? &*m_profile : nullptr))
        if (o.strategy == m_request.strategy)
            lines << tr("Expected downtime: %1").arg(o.downtime);
    int n = 0;
    for (const Step &s : steps(tools)) {
        lines << u"%1. [%2] %3"_s.arg(++n, 2).arg(upgradeStepKindName(s.kind), s.title);
        for (const QString &c : s.commands)
            lines << u"      $ "_s + c;
        if (!s.note.isEmpty())
            lines << u"      ("_s + s.note + u')';
    }
    if (const QString p = problem(); !p.isEmpty())
        lines << tr("Cannot run: %1").arg(p);
    return lines;
}

std::unique_ptr<jobs::Job> UpgradePlan::makeJob(const backup::ClusterTools &tools) const
{
    if (!problem().isEmpty())
        return nullptr;
    if (m_gate.decision() == BackupGate::Decision::TakeBackup && !m_backupFactory)
        return nullptr;
    const UpgradeCommands commands = upgradeCommandsFor(tools);
    const ReleaseTarget &r = m_request.release;
    const Strategy strategy = m_request.strategy;
    auto sequence = std::make_unique<jobs::SequenceJob>(
        tr("Upgrade %1 to %2 (%3)").arg(r.key(), effectiveSource().displayName(), strategyName(strategy)));

    if (strategy == Strategy::MaintenanceWindow && m_request.windowStart.isValid())
        sequence->addStep(std::make_unique<WaitUntilJob>(tr("Wait for the maintenance window"), m_request.windowStart));
    if (m_gate.decision() == BackupGate::Decision::TakeBackup)
        sequence->addStep(m_backupFactory());
    if (strategy != Strategy::InPlace)
        for (const catalog::HealthCheck &c : checks(false))
            sequence->addStep(checkJob(tools, c, r.name, false));

    auto addRollouts = [&] {
        for (const QString &w : m_request.workloads)
            sequence->addStep(makeToolJob(tr("Wait until %1 is rolled out").arg(w),
                                          commands.rolloutStatus(r.context, r.namespaceName, w, m_request.timeoutSeconds), tools));
    };
    auto addPostChecks = [&](const QString &release) {
        for (const catalog::HealthCheck &c : checks(true))
            sequence->addStep(checkJob(tools, c, release, true));
    };
    const int helmTimeout = m_request.timeoutSeconds + 120; // helm's own --timeout ends first, then its rollback
    auto helmUpgrade = [&] {
        auto job = std::make_unique<jobs::ProcessJob>(tr("helm upgrade %1").arg(r.name), upgradeCommand(commands));
        job->setBaseEnvironment(tools.environment);
        job->setTimeout(std::chrono::seconds(helmTimeout * 2));
        if (m_request.valuesMode == ValuesMode::ValuesFile && m_request.valuesFile == u"-"_s)
            job->setStdinData(m_request.valuesData); // `-f -`: the edited values never touch the disk
        return job;
    };

    switch (strategy) {
    case Strategy::Rolling:
    case Strategy::InPlace:
        sequence->addStep(helmUpgrade());
        addRollouts();
        addPostChecks(r.name);
        break;
    case Strategy::MaintenanceWindow: {
        auto state = std::make_shared<backup::RestoreState>();
        for (const QString &w : m_request.workloads)
            sequence->addStep(std::make_unique<backup::RestoreScaleJob>(tr("Scale %1 to 0").arg(w), tools, r.context, r.namespaceName, w,
                                                                        backup::RestoreScaleJob::Direction::Down, state));
        sequence->addStep(helmUpgrade());
        for (const QString &w : m_request.workloads)
            sequence->addStep(std::make_unique<backup::RestoreScaleJob>(tr("Scale %1 back up").arg(w), tools, r.context, r.namespaceName,
                                                                        w, backup::RestoreScaleJob::Direction::Up, state));
        addRollouts();
        addPostChecks(r.name);
        auto compensation = std::make_unique<jobs::SequenceJob>(tr("Scale %1 back up").arg(m_request.workloads.join(u", "_s)));
        compensation->setPolicy(jobs::SequenceJob::Policy::ContinueOnError);
        for (const QString &w : m_request.workloads)
            compensation->addStep(std::make_unique<backup::RestoreScaleJob>(tr("Scale %1 back up").arg(w), tools, r.context,
                                                                            r.namespaceName, w, backup::RestoreScaleJob::Direction::Up, state));
        sequence->setCompensation(std::move(compensation));
        break;
    }
    case Strategy::BlueGreen: {
        UpgradeRequest request = m_request;
        request.source = effectiveSource();
        sequence->addStep(std::make_unique<GreenInstallJob>(tools, request, greenName()));
        addPostChecks(greenName());
        for (const QString &s : m_request.services)
            sequence->addStep(makeToolJob(tr("Switch Service %1 to %2").arg(s, greenName()),
                                          commands.switchServiceInstance(r.context, r.namespaceName, s, greenName()), tools, 120));
        if (m_request.observationSeconds > 0)
            sequence->addStep(std::make_unique<WaitUntilJob>(tr("Observe %1 on green").arg(r.name),
                                                             QDateTime::currentDateTimeUtc().addSecs(m_request.observationSeconds)));
        sequence->setCompensation(makeSwitchBackJob(tools));
        break;
    }
    }
    return sequence;
}

std::unique_ptr<jobs::Job> UpgradePlan::makeSwitchBackJob(const backup::ClusterTools &tools) const
{
    const UpgradeCommands commands = upgradeCommandsFor(tools);
    const ReleaseTarget &r = m_request.release;
    auto sequence = std::make_unique<jobs::SequenceJob>(tr("Switch %1 back from %2").arg(r.key(), greenName()));
    sequence->setPolicy(jobs::SequenceJob::Policy::ContinueOnError);
    for (const QString &s : m_request.services)
        sequence->addStep(makeToolJob(tr("Switch Service %1 back to %2").arg(s, r.name),
                                      commands.switchServiceInstance(r.context, r.namespaceName, s, r.name), tools, 120));
    sequence->addStep(makeToolJob(tr("Uninstall %1").arg(greenName()),
                                  commands.uninstall(r.context, r.namespaceName, greenName(), m_request.timeoutSeconds), tools,
                                  m_request.timeoutSeconds + 60));
    return sequence;
}

std::unique_ptr<jobs::Job> UpgradePlan::makeRetireBlueJob(const backup::ClusterTools &tools, bool confirmed) const
{
    if (!confirmed)
        return nullptr;
    return std::make_unique<RetireBlueJob>(tools, m_request.release, m_request.services, m_request.timeoutSeconds);
}

} // namespace chartroom::upgrade
