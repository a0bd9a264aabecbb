#include "upgradeaccess.h"

#include "backup/backupaccess.h"

namespace chartroom::upgrade {

using namespace Qt::StringLiterals;
using rbac::AccessRequest;
using rbac::PlanAccess;
using Change = inventory::ResourceDiff::Change;

namespace {

QString kindOf(const UpgradePreview::ResourceChange &change)
{
    return change.key.section(u'/', 0, 0);
}

QList<AccessRequest> helmUpgradeObjects(const QList<UpgradePreview::ResourceChange> &resources, const QString &ns)
{
    QList<AccessRequest> out;
    for (const UpgradePreview::ResourceChange &r : resources) {
        switch (r.change) {
        case Change::Added: out << PlanAccess::objects({u"create"_s}, kindOf(r), ns); break;
        case Change::Changed: out << PlanAccess::objects({u"get"_s, u"patch"_s}, kindOf(r), ns); break;
        case Change::Unchanged: out << PlanAccess::objects({u"get"_s}, kindOf(r), ns); break;
        case Change::Removed: out << PlanAccess::objects({u"delete"_s}, kindOf(r), ns); break;
        }
    }
    return out;
}

QList<AccessRequest> helmInstallObjects(const QList<UpgradePreview::ResourceChange> &resources, const QString &ns)
{
    QList<AccessRequest> out;
    for (const UpgradePreview::ResourceChange &r : resources)
        if (r.change != Change::Removed)
            out << PlanAccess::objects({u"create"_s, u"delete"_s}, kindOf(r), ns);
    return out;
}

/// The workloads (or Services) a step's title names.
QStringList named(const QString &title, const QStringList &candidates)
{
    QStringList out;
    for (const QString &candidate : candidates)
        if (title.contains(candidate))
            out << candidate;
    return out;
}

} // namespace

PlanAccess requiredAccess(const UpgradePlan &plan, const QList<UpgradePreview::ResourceChange> &resources,
                          const catalog::ChartProfile *profile, bool encryptedRepository)
{
    PlanAccess access;
    const ReleaseTarget &r = plan.request().release;
    const QString &ns = r.namespaceName;
    for (const UpgradePlan::Step &step : plan.steps(backup::ClusterTools{})) {
        QList<AccessRequest> requests;
        switch (step.kind) {
        case UpgradePlan::StepKind::Wait:
        case UpgradePlan::StepKind::Observe:
        case UpgradePlan::StepKind::Note:
            break;
        case UpgradePlan::StepKind::BackupGate:
            if (plan.gate().decision() == BackupGate::Decision::TakeBackup && profile)
                backup::addReleaseBackupAccess(access, r.context, ns, r.name, *profile, {}, encryptedRepository);
            break;
        case UpgradePlan::StepKind::Check:
            requests = PlanAccess::podExec(ns);
            break;
        case UpgradePlan::StepKind::Upgrade:
            requests = PlanAccess::helmWrite(ns) + helmUpgradeObjects(resources, ns);
            break;
        case UpgradePlan::StepKind::Install:
            requests = PlanAccess::helmWrite(ns) + QList<AccessRequest>{AccessRequest::parse(u"delete"_s, u"secrets"_s, ns)} +
                       helmInstallObjects(resources, ns);
            break;
        case UpgradePlan::StepKind::Scale:
            for (const QString &w : named(step.title, plan.request().workloads))
                requests << PlanAccess::scale(w, ns);
            break;
        case UpgradePlan::StepKind::Rollout:
            for (const QString &w : named(step.title, plan.request().workloads))
                requests << PlanAccess::rollout(w, ns);
            break;
        case UpgradePlan::StepKind::Switch:
            requests = PlanAccess::objects({u"get"_s, u"patch"_s}, u"service"_s, ns);
            break;
        }
        access.add(r.context, step.title, requests);
    }
    return access;
}

QList<rbac::UserAccess::Action> strategyActions(Strategy strategy)
{
    using A = rbac::UserAccess::Action;
    switch (strategy) {
    case Strategy::Rolling:
    case Strategy::InPlace: return {A::Upgrade};
    case Strategy::MaintenanceWindow: return {A::Upgrade, A::Scale};
    case Strategy::BlueGreen: return {A::Install, A::SwitchServices};
    }
    return {};
}

} // namespace chartroom::upgrade
