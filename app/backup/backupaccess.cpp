#include "backupaccess.h"

#include <QCoreApplication>

namespace chartroom::backup {

using namespace Qt::StringLiterals;
using rbac::AccessRequest;
using rbac::PlanAccess;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::backup", text);
}

/// The kinds of a config export's objects ("configmap/{fullname}" → "configmap"), Secrets left
/// out when they are not stored (or not in the backup).
QStringList configKinds(const catalog::BackupComponent &component, bool withSecrets)
{
    QStringList kinds;
    for (const QString &object : component.objects) {
        const QString kind = object.section(u'/', 0, 0).toLower();
        const auto resource = PlanAccess::resourceOfKind(kind);
        if (!resource || (!withSecrets && resource->resource == u"secrets") || kinds.contains(kind))
            continue;
        kinds << kind;
    }
    return kinds;
}

QList<AccessRequest> onKinds(const QStringList &verbs, const QStringList &kinds, const QString &ns)
{
    QList<AccessRequest> out;
    for (const QString &kind : kinds)
        out << PlanAccess::objects(verbs, kind, ns);
    return out;
}

} // namespace

void addReleaseBackupAccess(PlanAccess &access, const QString &context, const QString &ns, const QString &release,
                            const catalog::ChartProfile &profile, const QStringList &componentIds, bool encrypted)
{
    const QString key = context + u'/' + ns + u'/' + release;
    access.add(context, tr("Back up %1: Helm's record, values and manifest").arg(key), PlanAccess::helmRead(ns));
    for (const catalog::BackupComponent &component : profile.backupComponents) {
        if (component.kind == u"helm-values" || (!componentIds.isEmpty() && !componentIds.contains(component.id)))
            continue;
        const QString step = tr("Back up %1: %2").arg(key, component.id);
        if (component.kind == u"config-export")
            access.add(context, step, onKinds({u"get"_s}, configKinds(component, encrypted), ns));
        else if (!component.backup.argv.isEmpty())
            access.add(context, step, PlanAccess::podExec(ns));
    }
}

PlanAccess requiredAccess(const BackupPlan &plan, bool encrypted)
{
    PlanAccess access;
    for (const BackupPlan::Item &item : plan.runnable())
        addReleaseBackupAccess(access, item.release.context, item.release.namespaceName, item.release.name, item.profile,
                               item.componentIds, encrypted);
    return access;
}

PlanAccess requiredAccess(const RestorePlan &plan)
{
    PlanAccess access;
    if (!plan.backup().manifest)
        return access;
    const QString context = plan.targetContext();
    const QString ns = plan.targetNamespace();
    const QString work = plan.workload();
    const catalog::ChartProfile &profile = plan.profile();
    const bool encrypted = plan.backup().manifest->encrypted();
    QStringList configs;
    for (const catalog::BackupComponent &component : profile.backupComponents)
        if (component.kind == u"config-export")
            for (const QString &kind : configKinds(component, encrypted))
                if (!configs.contains(kind))
                    configs << kind;
    qsizetype check = 0; // health-check steps come in the profile's order
    for (const RestorePlan::Step &step : plan.steps(ClusterTools{})) {
        QList<AccessRequest> requests;
        switch (step.kind) {
        case RestorePlan::StepKind::Verify:
        case RestorePlan::StepKind::Note:
            break;
        case RestorePlan::StepKind::SafetyBackup:
            addReleaseBackupAccess(access, context, ns, plan.targetRelease(), profile, {}, encrypted);
            break;
        case RestorePlan::StepKind::Reinstall:
            requests = PlanAccess::helmWrite(ns) + PlanAccess::objects({u"create"_s}, work, ns);
            break;
        case RestorePlan::StepKind::Quiesce:
            requests = PlanAccess::scale(work, ns);
            break;
        case RestorePlan::StepKind::Config:
            requests = onKinds({u"get"_s, u"create"_s, u"patch"_s}, configs, ns);
            break;
        case RestorePlan::StepKind::Data:
            requests = PlanAccess::podExec(ns);
            break;
        case RestorePlan::StepKind::Resume:
            // Either the scale back up or a `kubectl rollout restart` (a patch of the workload).
            requests = step.commands.join(u' ').contains(u" rollout restart "_s) ? PlanAccess::objects({u"patch"_s}, work, ns)
                                                                                 : PlanAccess::scale(work, ns);
            break;
        case RestorePlan::StepKind::Rollout:
            requests = PlanAccess::rollout(work, ns);
            break;
        case RestorePlan::StepKind::HealthCheck: {
            const bool http = check < profile.healthChecks.size() && profile.healthChecks.at(check).httpPort > 0;
            ++check;
            requests = http ? QList<AccessRequest>{AccessRequest::parse(u"list"_s, u"pods"_s, ns),
                                                   AccessRequest::parse(u"get"_s, u"pods/proxy"_s, ns)}
                            : PlanAccess::podExec(ns);
            break;
        }
        }
        access.add(context, step.title, requests);
    }
    return access;
}

} // namespace chartroom::backup
