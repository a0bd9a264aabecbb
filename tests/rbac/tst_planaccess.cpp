// What each plan asks of the API server, step by step (rbac::PlanAccess): the kind → resource
// table, the check against a user's access (denied steps named with the reason, unloaded
// namespaces as unknown), and the mappings of backup, restore and upgrade plans — including what
// changes with the repository's encryption, the strategy and the upgrade preview's objects.
#include "backup/backupaccess.h"
#include "catalog/profilecatalog.h"
#include "rbac/planaccess.h"
#include "rbac/useraccess.h"
#include "upgrade/upgradeaccess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;
using namespace chartroom::rbac;
using namespace Qt::StringLiterals;

namespace {

const catalog::ProfileCatalog &profiles()
{
    static const catalog::ProfileCatalog catalog = [] {
        catalog::ProfileCatalog c;
        c.load(u"/nonexistent"_s);
        return c;
    }();
    return catalog;
}

/// Whether a step whose title contains `step` asks for `verb resource` in `ns`.
bool needs(const PlanAccess &access, const QString &step, const QString &verb, const QString &resource, const QString &ns)
{
    const AccessRequest wanted = AccessRequest::parse(verb, resource, ns);
    for (const StepAccess &s : access.steps())
        if (s.step.contains(step))
            for (const AccessRequest &r : s.requests)
                if (r.verb == wanted.verb && r.apiGroup == wanted.apiGroup && r.resource == wanted.resource &&
                    r.subresource == wanted.subresource && r.namespaceName == wanted.namespaceName)
                    return true;
    return false;
}

/// Whether any step asks for `verb resource` (any namespace).
bool anyNeeds(const PlanAccess &access, const QString &verb, const QString &resource)
{
    const AccessRequest wanted = AccessRequest::parse(verb, resource);
    for (const StepAccess &s : access.steps())
        for (const AccessRequest &r : s.requests)
            if (r.verb == wanted.verb && r.apiGroup == wanted.apiGroup && r.resource == wanted.resource &&
                r.subresource == wanted.subresource)
                return true;
    return false;
}

PolicyRule rule(const QStringList &groups, const QStringList &resources, const QStringList &verbs)
{
    PolicyRule r;
    r.apiGroups = groups;
    r.resources = resources;
    r.verbs = verbs;
    return r;
}

/// Everything in the namespace except changing ConfigMaps.
QList<PolicyRule> allButConfigMapWrites()
{
    return {rule({u""_s}, {u"pods"_s, u"pods/exec"_s, u"pods/proxy"_s, u"secrets"_s, u"services"_s}, {u"*"_s}),
            rule({u""_s}, {u"configmaps"_s}, {u"get"_s, u"list"_s, u"watch"_s}),
            rule({u"apps"_s}, {u"*"_s}, {u"*"_s})};
}

upgrade::UpgradeRequest cacheRequest(upgrade::Strategy strategy)
{
    upgrade::UpgradeRequest q;
    q.release.context = u"prod"_s;
    q.release.namespaceName = u"apps"_s;
    q.release.name = u"cache"_s;
    q.release.chartName = u"memcached"_s;
    q.release.chartVersion = u"0.3.3"_s;
    q.release.revision = 4;
    q.release.status = u"deployed"_s;
    q.source = *upgrade::ChartSource::fromReference(u"sb-charts/memcached"_s);
    q.source.version = u"0.4.0"_s;
    q.strategy = strategy;
    q.workloads = {u"deployment/cache-memcached"_s};
    q.services = {u"cache-memcached"_s};
    return q;
}

upgrade::BackupGate gate(bool fresh)
{
    upgrade::BackupGate::Input in;
    if (fresh) {
        in.lastVerified = QDateTime::currentDateTimeUtc().addSecs(-600);
        in.lastVerifiedId = u"20261126-100000-cache"_s;
    }
    in.canTakeBackup = true;
    return upgrade::BackupGate(in, QDateTime::currentDateTimeUtc());
}

QList<upgrade::UpgradePreview::ResourceChange> previewObjects()
{
    using C = inventory::ResourceDiff::Change;
    upgrade::UpgradePreview::ResourceChange deployment;
    deployment.key = u"Deployment/apps/cache-memcached"_s;
    deployment.change = C::Changed;
    upgrade::UpgradePreview::ResourceChange config;
    config.key = u"ConfigMap/apps/cache-memcached-extra"_s;
    config.change = C::Added;
    upgrade::UpgradePreview::ResourceChange pdb;
    pdb.key = u"PodDisruptionBudget/apps/cache-memcached"_s;
    pdb.change = C::Removed;
    upgrade::UpgradePreview::ResourceChange role;
    role.key = u"ClusterRole/cache-memcached"_s;
    role.change = C::Unchanged;
    upgrade::UpgradePreview::ResourceChange custom;
    custom.key = u"ServiceMonitor/apps/cache-memcached"_s;
    custom.change = C::Added;
    return {deployment, config, pdb, role, custom};
}

Result<backup::BackupRepository> unencryptedRepository(const QTemporaryDir &dir)
{
    backup::BackupRepository::InitOptions options;
    options.keyMode = backup::RepositoryConfig::KeyMode::None;
    return backup::BackupRepository::init(dir.path() + u"/repo"_s, options);
}

} // namespace

class tst_PlanAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsToResources()
    {
        QCOMPARE(PlanAccess::resourceOfKind(u"Deployment"_s)->resource, u"deployments.apps"_s);
        QCOMPARE(PlanAccess::resourceOfKind(u"statefulset/db-postgresql"_s)->resource, u"statefulsets.apps"_s);
        QCOMPARE(PlanAccess::resourceOfKind(u"cm"_s)->resource, u"configmaps"_s);
        QCOMPARE(PlanAccess::resourceOfKind(u"Ingress"_s)->resource, u"ingresses.networking.k8s.io"_s);
        QVERIFY(!PlanAccess::resourceOfKind(u"Ingress"_s)->clusterScoped);
        QVERIFY(PlanAccess::resourceOfKind(u"ClusterRoleBinding"_s)->clusterScoped);
        QVERIFY(!PlanAccess::resourceOfKind(u"ServiceMonitor"_s));
        // Cluster-scoped kinds are asked at cluster scope, namespaced ones in the namespace.
        QCOMPARE(PlanAccess::objects({u"get"_s}, u"ClusterRole"_s, u"apps"_s).first().namespaceName, QString());
        QCOMPARE(PlanAccess::objects({u"get"_s}, u"Service"_s, u"apps"_s).first().namespaceName, u"apps"_s);
        const QList<AccessRequest> scale = PlanAccess::scale(u"deployment/web"_s, u"apps"_s);
        QCOMPARE(scale.size(), 2);
        QCOMPARE(scale.last().verb, u"patch"_s);
        QCOMPARE(scale.last().resourceText(), u"deployments.apps/scale"_s);
    }

    void checkNamesTheStepAndTheReason()
    {
        PlanAccess plan;
        plan.add(u"homelab"_s, u"Restore config"_s, PlanAccess::objects({u"get"_s, u"patch"_s}, u"configmap"_s, u"db"_s));
        plan.add(u"homelab"_s, u"Restore data"_s, PlanAccess::podExec(u"db"_s));
        plan.add(u"homelab"_s, u"Restore data again"_s, PlanAccess::podExec(u"db"_s) + PlanAccess::podExec(u"db"_s));
        plan.add(u"homelab"_s, u"Nothing"_s, {});
        QCOMPARE(plan.steps().size(), 3); // a step that asks nothing is not listed

        UserAccess access;
        // Nothing loaded: every request is unknown, which does not block.
        QList<PlanAccess::Problem> problems = plan.check(access);
        QCOMPARE(problems.size(), 6); // duplicates inside a step are asked once
        QVERIFY(!PlanAccess::blocks(problems));
        QStringList lines = PlanAccess::describe(problems);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"in namespace db (context homelab) is not known yet"_s), qPrintable(lines.first()));

        access.setRules(u"homelab"_s, u"db"_s, allButConfigMapWrites());
        problems = plan.check(access);
        QCOMPARE(problems.size(), 1);
        QVERIFY(PlanAccess::blocks(problems));
        QCOMPARE(problems.first().step, u"Restore config"_s);
        QCOMPARE(problems.first().answer, UserAccess::Answer::Denied);
        QCOMPARE(problems.first().request.verb, u"patch"_s);
        lines = PlanAccess::describe(problems);
        QCOMPARE(lines, QStringList{u"Restore config: your kubeconfig user cannot patch configmaps in namespace db (context homelab)"_s});

        // Everything allowed: nothing to report.
        access.setRules(u"homelab"_s, u"db"_s, {rule({u"*"_s}, {u"*"_s}, {u"*"_s})});
        QVERIFY(plan.check(access).isEmpty());
    }

    void actionsCoverWhatTheyRun()
    {
        using A = UserAccess::Action;
        const auto has = [](const QList<AccessRequest> &requests, const QString &verb, const QString &resource) {
            return std::any_of(requests.cbegin(), requests.cend(), [&](const AccessRequest &r) {
                return r.verb == verb && r.resourceText() == resource;
            });
        };
        const QList<AccessRequest> upgrade = UserAccess::requiredFor(A::Upgrade, u"db"_s, {u"StatefulSet"_s});
        for (const char *verb : {"get", "list", "create", "update"})
            QVERIFY2(has(upgrade, QString::fromLatin1(verb), u"secrets"_s), verb); // Helm's release record
        QVERIFY(has(upgrade, u"patch"_s, u"statefulsets.apps"_s));
        QVERIFY(!has(upgrade, u"patch"_s, u"deployments.apps"_s)); // the release has no Deployment
        const QList<AccessRequest> scale = UserAccess::requiredFor(A::Scale, u"db"_s);
        QVERIFY(has(scale, u"patch"_s, u"deployments.apps/scale"_s) && has(scale, u"patch"_s, u"statefulsets.apps/scale"_s));
        QVERIFY(has(UserAccess::requiredFor(A::BackupExec, u"db"_s), u"get"_s, u"secrets"_s));
        QVERIFY(has(UserAccess::requiredFor(A::SwitchServices, u"db"_s), u"patch"_s, u"services"_s));
        QVERIFY(has(UserAccess::requiredFor(A::Install, u"db"_s, {u"Deployment"_s}), u"create"_s, u"deployments.apps"_s));

        QCOMPARE(upgrade::strategyActions(upgrade::Strategy::Rolling), QList<A>{A::Upgrade});
        QCOMPARE(upgrade::strategyActions(upgrade::Strategy::MaintenanceWindow), (QList<A>{A::Upgrade, A::Scale}));
        QCOMPARE(upgrade::strategyActions(upgrade::Strategy::BlueGreen), (QList<A>{A::Install, A::SwitchServices}));

        // A user who may upgrade but not scale: the maintenance window is denied with the reason.
        UserAccess access;
        access.setRules(u"prod"_s, u"apps"_s,
                        {rule({u""_s}, {u"secrets"_s}, {u"*"_s}), rule({u"apps"_s}, {u"deployments"_s}, {u"get"_s, u"patch"_s})});
        QCOMPARE(access.canPerform(u"prod"_s, A::Upgrade, u"apps"_s, {u"Deployment"_s}).answer, UserAccess::Answer::Allowed);
        const UserAccess::Decision scaling = access.canPerform(u"prod"_s, A::Scale, u"apps"_s, {u"Deployment"_s});
        QCOMPARE(scaling.answer, UserAccess::Answer::Denied);
        QVERIFY2(scaling.reason.contains(u"deployments.apps/scale"_s), qPrintable(scaling.reason));
    }

    void backupPlan()
    {
        QTemporaryDir dir;
        const auto repository = unencryptedRepository(dir);
        QVERIFY(repository);
        inventory::Release postgres;
        postgres.context = u"homelab"_s;
        postgres.namespaceName = u"db"_s;
        postgres.name = u"postgresql"_s;
        postgres.chart = u"postgresql-0.4.0"_s;
        postgres.chartName = u"postgresql"_s;
        postgres.profileId = u"postgresql"_s;
        postgres.status = u"deployed"_s;
        postgres.revision = 1;
        inventory::Release unknown = postgres;
        unknown.name = u"mystery"_s;
        unknown.chart = u"mystery-1.0.0"_s;
        unknown.chartName = u"mystery"_s;
        unknown.profileId.clear();
        const backup::BackupPlan plan(repository.value(), profiles(), {postgres, unknown});
        QCOMPARE(plan.runnable().size(), 1);

        const PlanAccess encrypted = backup::requiredAccess(plan, true);
        const QString key = u"Back up homelab/db/postgresql"_s;
        QVERIFY(needs(encrypted, key + u": Helm's record"_s, u"get"_s, u"secrets"_s, u"db"_s));
        QVERIFY(needs(encrypted, key + u": config"_s, u"get"_s, u"configmaps"_s, u"db"_s));
        QVERIFY(needs(encrypted, key + u": config"_s, u"get"_s, u"secrets"_s, u"db"_s));
        QVERIFY(needs(encrypted, key + u": pg-dumpall"_s, u"create"_s, u"pods/exec"_s, u"db"_s));
        QVERIFY(needs(encrypted, key + u": pg-dumpall"_s, u"list"_s, u"pods"_s, u"db"_s));
        for (const StepAccess &step : encrypted.steps())
            QVERIFY2(!step.step.contains(u"mystery"_s), qPrintable(step.step)); // skipped: needs nothing
        // Into an unencrypted repository the chart's Secret is not read.
        const PlanAccess plain = backup::requiredAccess(plan, false);
        QVERIFY(needs(plain, key + u": config"_s, u"get"_s, u"configmaps"_s, u"db"_s));
        QVERIFY(!needs(plain, key + u": config"_s, u"get"_s, u"secrets"_s, u"db"_s));

        // A user who may exec but not read ConfigMaps is stopped at the config export.
        UserAccess access;
        access.setRules(u"homelab"_s, u"db"_s, {rule({u""_s}, {u"pods"_s, u"pods/exec"_s, u"secrets"_s}, {u"*"_s})});
        const QList<PlanAccess::Problem> problems = encrypted.check(access);
        QVERIFY(PlanAccess::blocks(problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().step, u"Back up homelab/db/postgresql: config"_s);
        QCOMPARE(problems.first().reason, u"your kubeconfig user cannot get configmaps in namespace db (context homelab)"_s);
    }

    void restorePlan()
    {
        QTemporaryDir dir;
        const auto repository = unencryptedRepository(dir);
        QVERIFY(repository);
        const catalog::ChartProfile *profile = profiles().profile(u"postgresql"_s);
        QVERIFY(profile);
        backup::BackupManifest m;
        m.id = u"20261126-080000-abcd"_s;
        m.context = u"homelab"_s;
        m.releaseNamespace = u"data"_s;
        m.release = u"main-db"_s;
        m.chart = u"postgresql"_s;
        m.chartVersion = u"0.4.0"_s;
        m.helmRevision = 1;
        m.profileId = u"postgresql"_s;
        m.compression = u"zstd"_s;
        m.encryption = u"none"_s;
        m.startedAt = QDateTime::currentDateTimeUtc();
        const auto component = [](const QString &id, const QString &kind, const QString &artifact) {
            backup::ComponentRecord c;
            c.id = id;
            c.kind = kind;
            c.artifact = artifact;
            c.compression = u"zstd"_s;
            return c;
        };
        m.components = {component(u"helm-values"_s, u"helm-values"_s, u"values.yaml.zst"_s),
                        component(u"config"_s, u"config-export"_s, u"main-db-config.yaml.zst"_s),
                        component(u"pg-dumpall"_s, u"db-dump"_s, u"main-db-pg_dumpall.sql.gz"_s)};
        backup::BackupRecord record;
        record.id = m.id;
        record.directory = dir.path() + u"/repo/homelab/data/main-db/"_s + m.id;
        record.releaseKey = m.releaseKey();
        record.state = backup::BackupState::Verified;
        record.manifest = m;

        const backup::RestorePlan inPlace(repository.value(), record, {}, *profile, std::nullopt);
        const PlanAccess access = backup::requiredAccess(inPlace);
        QVERIFY(needs(access, u"Back up homelab/data/main-db: pg-dumpall"_s, u"create"_s, u"pods/exec"_s, u"data"_s)); // safety backup
        QVERIFY(needs(access, u"Restore config"_s, u"patch"_s, u"configmaps"_s, u"data"_s));
        QVERIFY(needs(access, u"Restore config"_s, u"create"_s, u"configmaps"_s, u"data"_s));
        QVERIFY(!needs(access, u"Restore config"_s, u"create"_s, u"secrets"_s, u"data"_s)); // not in an unencrypted backup
        QVERIFY(needs(access, u"Restore pg-dumpall"_s, u"create"_s, u"pods/exec"_s, u"data"_s));
        QVERIFY(needs(access, u"Wait until statefulset/main-db-postgresql"_s, u"watch"_s, u"statefulsets.apps"_s, u"data"_s));
        QVERIFY(needs(access, u"Health check"_s, u"create"_s, u"pods/exec"_s, u"data"_s));
        QVERIFY(!anyNeeds(access, u"patch"_s, u"statefulsets.apps/scale"_s)); // a dump needs no quiesce
        QVERIFY(!anyNeeds(access, u"create"_s, u"statefulsets.apps"_s));

        // Into another namespace where the release is not installed: reinstalled, no safety backup.
        backup::RestoreTarget clone;
        clone.namespaceName = u"dr-test"_s;
        clone.releaseExists = false;
        record.manifest->components.prepend(component(u"helm-release"_s, u"helm-release"_s, u"helm-release.json.zst"_s));
        const backup::RestorePlan reinstall(repository.value(), record, clone, *profile, std::nullopt);
        const PlanAccess cloned = backup::requiredAccess(reinstall);
        QVERIFY(needs(cloned, u"Reinstall main-db"_s, u"create"_s, u"secrets"_s, u"dr-test"_s));
        QVERIFY(needs(cloned, u"Reinstall main-db"_s, u"create"_s, u"statefulsets.apps"_s, u"dr-test"_s));
        QVERIFY(!needs(cloned, u"Back up"_s, u"create"_s, u"pods/exec"_s, u"dr-test"_s));
        for (const StepAccess &step : cloned.steps())
            for (const AccessRequest &r : step.requests)
                QCOMPARE(r.namespaceName, u"dr-test"_s);

        // The limited user is stopped at the config step, named as the preview names it.
        UserAccess user;
        user.setRules(u"homelab"_s, u"data"_s, allButConfigMapWrites());
        const QList<PlanAccess::Problem> problems = access.check(user);
        QVERIFY(PlanAccess::blocks(problems));
        for (const PlanAccess::Problem &p : problems)
            QVERIFY2(p.step.startsWith(u"Restore config config"_s), qPrintable(p.step));
    }

    void upgradePlans()
    {
        const catalog::ChartProfile *memcached = profiles().profile(u"memcached"_s);
        QVERIFY(memcached);
        using upgrade::Strategy;
        const auto objects = previewObjects();

        const upgrade::UpgradePlan rolling(cacheRequest(Strategy::Rolling), *memcached, gate(true));
        const PlanAccess r = upgrade::requiredAccess(rolling, objects, memcached, true);
        const QString step = u"Upgrade cache"_s;
        QVERIFY(needs(r, step, u"update"_s, u"secrets"_s, u"apps"_s));
        QVERIFY(needs(r, step, u"patch"_s, u"deployments.apps"_s, u"apps"_s));
        QVERIFY(needs(r, step, u"create"_s, u"configmaps"_s, u"apps"_s));
        QVERIFY(needs(r, step, u"delete"_s, u"poddisruptionbudgets.policy"_s, u"apps"_s));
        QVERIFY(needs(r, step, u"get"_s, u"clusterroles.rbac.authorization.k8s.io"_s, QString()));
        QVERIFY(!anyNeeds(r, u"patch"_s, u"clusterroles.rbac.authorization.k8s.io"_s)); // unchanged: only read
        QVERIFY(needs(r, u"Wait until deployment/cache-memcached"_s, u"watch"_s, u"deployments.apps"_s, u"apps"_s));
        QVERIFY(!anyNeeds(r, u"patch"_s, u"deployments.apps/scale"_s));
        QVERIFY(!anyNeeds(r, u"patch"_s, u"services"_s));
        QVERIFY(!r.steps().first().step.contains(u"Back up"_s)); // a fresh backup: the gate takes none

        const upgrade::UpgradePlan maintenance(cacheRequest(Strategy::MaintenanceWindow), *memcached, gate(true));
        const PlanAccess m = upgrade::requiredAccess(maintenance, objects, memcached, true);
        QVERIFY(needs(m, u"Scale deployment/cache-memcached to 0"_s, u"patch"_s, u"deployments.apps/scale"_s, u"apps"_s));
        QVERIFY(needs(m, u"Scale deployment/cache-memcached back"_s, u"patch"_s, u"deployments.apps/scale"_s, u"apps"_s));

        const upgrade::UpgradePlan blueGreen(cacheRequest(Strategy::BlueGreen), *memcached, gate(true));
        const PlanAccess b = upgrade::requiredAccess(blueGreen, objects, memcached, true);
        QVERIFY(needs(b, u"Install cache-green"_s, u"create"_s, u"deployments.apps"_s, u"apps"_s));
        QVERIFY(needs(b, u"Install cache-green"_s, u"create"_s, u"secrets"_s, u"apps"_s));
        QVERIFY(!needs(b, u"Install cache-green"_s, u"create"_s, u"poddisruptionbudgets.policy"_s, u"apps"_s)); // removed
        QVERIFY(needs(b, u"Switch Service cache-memcached"_s, u"patch"_s, u"services"_s, u"apps"_s));
        QVERIFY(!anyNeeds(b, u"patch"_s, u"deployments.apps"_s));

        // A stale backup: the gate's backup comes first, with what a backup needs.
        const upgrade::UpgradePlan gated(cacheRequest(Strategy::Rolling), *memcached, gate(false));
        QCOMPARE(gated.gate().decision(), upgrade::BackupGate::Decision::TakeBackup);
        const PlanAccess g = upgrade::requiredAccess(gated, objects, memcached, true);
        QVERIFY2(g.steps().first().step.startsWith(u"Back up prod/apps/cache"_s), qPrintable(g.steps().first().step));
        QVERIFY(needs(g, u"Back up prod/apps/cache"_s, u"get"_s, u"secrets"_s, u"apps"_s));

        // Without a preview only Helm's record is known for the upgrade step.
        const PlanAccess bare = upgrade::requiredAccess(rolling, {}, memcached, true);
        QVERIFY(needs(bare, step, u"create"_s, u"secrets"_s, u"apps"_s));
        QVERIFY(!needs(bare, step, u"patch"_s, u"deployments.apps"_s, u"apps"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PlanAccess)
#include "tst_planaccess.moc"
