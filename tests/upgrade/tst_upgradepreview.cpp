// The preview without a cluster: per-object diffs (unified, by Debian's dtl), risk flags on fixture
// manifests, values modes and changed defaults, chart versions and the release source store.
#include "upgrade/chartsource.h"
#include "upgrade/chartversion.h"
#include "upgrade/manifestrisk.h"
#include "upgrade/releasesourcestore.h"
#include "upgrade/scheduledupgradestore.h"
#include "upgrade/unifieddiff.h"
#include "upgrade/upgradecheckpoint.h"
#include "upgrade/upgradepreview.h"
#include "upgrade/valuesflatten.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace chartroom;
using namespace chartroom::upgrade;

namespace {

QString fixture(const char *name)
{
    QFile file(QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/upgrade/data/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList flagsOf(const QList<RiskFlag> &flags)
{
    QStringList out;
    for (const RiskFlag &f : flags)
        out << riskKindId(f.kind) + u' ' + f.resource + (f.field.isEmpty() ? QString() : u' ' + f.field);
    out.sort();
    return out;
}

} // namespace

class tst_UpgradePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unifiedDiffHunks()
    {
        QStringList a, b;
        for (int i = 1; i <= 20; ++i)
            a << QString::number(i);
        b = a;
        b[1] = "two";      // line 2 changed
        b.removeAt(14);    // line 15 removed
        b.append("21");    // line added at the end
        const QString diff = unifiedDiff(a.join('\n') + '\n', b.join('\n') + '\n', "a/x", "b/x");
        QCOMPARE(diff, QStringLiteral("--- a/x\n+++ b/x\n"
                                      "@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"
                                      "@@ -12,9 +12,9 @@\n 12\n 13\n 14\n-15\n 16\n 17\n 18\n 19\n 20\n+21\n"));
        QCOMPARE(unifiedDiff("same\n", "same\n", "a", "b"), QString());
        QCOMPARE(unifiedDiff({}, "new\n", "a", "b"), QStringLiteral("--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n"));
    }

    void riskFlagsOnFixtureManifests()
    {
        const QList<RiskFlag> flags = assessManifestRisks(fixture("before.yaml"), fixture("after.yaml"));
        QCOMPARE(flagsOf(flags), (QStringList{
                                     "image-major Deployment/apps/web containers[web].image",
                                     "immutable-field Deployment/apps/web spec.selector",
                                     "immutable-field StatefulSet/apps/db spec.serviceName",
                                     "immutable-field StatefulSet/apps/db spec.volumeClaimTemplates",
                                     "rbac Role/apps/web rules",
                                     "removed ConfigMap/apps/legacy",
                                 }));
        // The registry's port is not a tag; a minor bump of the sidecar and of postgres is no jump.
        const auto jump = std::find_if(flags.begin(), flags.end(), [](const RiskFlag &f) { return f.kind == RiskFlag::Kind::ImageMajorJump; });
        QVERIFY(jump->detail.contains("1 → 2"));
        QVERIFY(std::any_of(flags.begin(), flags.end(), [](const RiskFlag &f) { return f.blocking(); }));
        // Same manifest: nothing.
        QVERIFY(assessManifestRisks(fixture("before.yaml"), fixture("before.yaml")).isEmpty());
    }

    void clusterIpChangeIsImmutable()
    {
        const QString a = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  clusterIP: 10.0.0.1\n";
        const QString b = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  clusterIP: 10.0.0.2\n";
        const QString unset = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: ClusterIP\n";
        QCOMPARE(flagsOf(assessManifestRisks(a, b)), QStringList{"immutable-field Service/s spec.clusterIP"});
        QVERIFY(assessManifestRisks(a, unset).isEmpty()); // unset keeps the assigned address
    }

    void previewDiffsAreRedacted()
    {
        UpgradePreview::Inputs in;
        in.releaseName = "web";
        in.currentManifest = fixture("before.yaml");
        in.newManifest = fixture("after.yaml");
        in.userValues = R"({"replicas": 2})";
        in.computedValues = R"({"replicas": 2, "image": {"tag": "1.25.3"}})";
        in.newDefaults = "replicas: 1\nimage:\n  tag: 2.0.1\n";
        const UpgradePreview p = UpgradePreview::build(in);
        QCOMPARE(p.instanceServices(), QStringList{"web"});
        QCOMPARE(p.workloads(), (QStringList{"deployment/web", "statefulset/db"}));
        QVERIFY(p.hasBlockingRisks());
        QStringList changed;
        for (const auto &r : p.resources())
            if (r.change != inventory::ResourceDiff::Change::Unchanged)
                changed << r.key;
        changed.sort();
        QCOMPARE(changed, (QStringList{"ConfigMap/apps/legacy", "Deployment/apps/web", "Role/apps/web", "Secret/apps/web-auth",
                                       "Service/apps/web", "StatefulSet/apps/db"}));
        const QString text = p.describe().join('\n');
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(text.contains("Secret values change"));
        QVERIFY(text.contains("+          image: \"registry.example.com:5000/team/web:2.0.1\""));
        QVERIFY(text.contains("BLOCKING"));
    }

    void valuesModes()
    {
        // The user set replicas; the old chart defaulted image.tag to 1.25.3 and had `legacy`; the new
        // chart defaults image.tag to 2.0.1, adds probes.enabled and drops legacy.
        const auto user = flattenValues(R"({"replicas": 3, "extra": {"a": "b"}})");
        const auto computed = flattenValues(R"({"replicas": 3, "extra": {"a": "b"}, "image": {"tag": "1.25.3"}, "legacy": true})");
        const auto defaults = flattenValues("replicas: 1\nextra: {}\nimage:\n  tag: 2.0.1  # comment\nprobes:\n  enabled: true\n");
        QVERIFY(user && computed && defaults);
        QStringList changes;
        for (const DefaultsChange &c : changedDefaults(*computed, *user, *defaults))
            changes << c.path + ": " + c.oldValue + " -> " + c.newValue;
        QCOMPARE(changes, (QStringList{"image.tag: 1.25.3 -> 2.0.1", "probes.enabled:  -> true", "legacy: true -> "}));

        UpgradePreview::Inputs in;
        in.userValues = R"({"replicas": 3, "password": "s3cret-value"})";
        in.computedValues = R"({"replicas": 3, "password": "s3cret-value", "image": {"tag": "1.25.3"}})";
        in.newDefaults = "replicas: 1\nimage:\n  tag: 2.0.1\n";
        in.mode = ValuesMode::ReuseValues;
        UpgradePreview reuse = UpgradePreview::build(in);
        QVERIFY(reuse.proposedValuesYaml().contains("tag: 1.25.3"));
        QVERIFY(reuse.valuesExplanation().contains("will NOT be applied"));
        QVERIFY(!reuse.describe().join('\n').contains("s3cret-value"));
        in.mode = ValuesMode::ResetThenReuseValues;
        const UpgradePreview reset = UpgradePreview::build(in);
        QVERIFY(!reset.proposedValuesYaml().contains("tag"));
        QVERIFY(reset.valuesExplanation().contains("change with the new chart"));
        in.mode = ValuesMode::ValuesFile;
        in.valuesFile = "replicas: 5\n";
        QCOMPARE(UpgradePreview::build(in).proposedValuesYaml(), QStringLiteral("replicas: 5\n"));
    }

    void semverOrder()
    {
        QVERIFY(compareChartVersions("0.10.0", "0.9.9") > 0);
        QVERIFY(compareChartVersions("v1.2.3", "1.2.3") == 0);
        QVERIFY(compareChartVersions("1.0.0-rc.1", "1.0.0") < 0);
        QVERIFY(compareChartVersions("1.0.0-rc.2", "1.0.0-rc.10") < 0);
        QVERIFY(compareChartVersions("1.0.0-alpha", "1.0.0-alpha.1") < 0);
        QVERIFY(compareChartVersions("1.0.0+build.5", "1.0.0") == 0);
        QVERIFY(compareChartVersions("1.2", "1.2.0") == 0);
        QVERIFY(compareChartVersions("latest", "0.0.1") < 0);
    }

    void upgradeAvailableFromSearch()
    {
        const QByteArray json = R"([
            {"name":"sb-charts/memcached","version":"0.5.0-rc.1","app_version":"1.6.33","description":"x"},
            {"name":"sb-charts/memcached","version":"0.4.0","app_version":"1.6.32","description":"x"},
            {"name":"sb-charts/memcached","version":"0.3.3","app_version":"1.6.31","description":"x"},
            {"name":"sb-charts/memcached-exporter","version":"9.0.0","app_version":"1","description":"x"}])";
        const auto versions = parseSearchVersions(json);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 4);
        QCOMPARE(upgradeAvailable(*versions, "sb-charts/memcached", "0.3.3")->version, QStringLiteral("0.4.0"));
        QCOMPARE(upgradeAvailable(*versions, "sb-charts/memcached", "0.3.3", true)->version, QStringLiteral("0.5.0-rc.1"));
        QVERIFY(!upgradeAvailable(*versions, "sb-charts/memcached", "0.4.0"));
        QVERIFY(!parseSearchVersions("not json"));
    }

    void chartSourcesAndStore()
    {
        QCOMPARE(ChartSource::fromReference("oci://ghcr.io/x/charts/web")->kind, ChartSource::Kind::Oci);
        QCOMPARE(ChartSource::fromReference("/srv/charts/web-1.0.0.tgz")->kind, ChartSource::Kind::Local);
        const auto repo = ChartSource::fromReference("sb-charts/memcached");
        QCOMPARE(repo->kind, ChartSource::Kind::Repository);
        QCOMPARE(repo->chartArgument(), QStringLiteral("sb-charts/memcached"));
        QVERIFY(!ChartSource::fromReference("memcached"));

        QTemporaryDir dir;
        const QString path = dir.filePath("sub/release-sources.json");
        ReleaseSourceStore store(path);
        QVERIFY(store.load().ok()); // missing file: empty
        ChartSource source = *repo;
        source.version = "0.4.0";
        source.repositoryUrl = "https://charts.example.com";
        store.setSource("prod/apps/cache", source);
        QVERIFY(store.save().ok());
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        ReleaseSourceStore again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.source("prod/apps/cache"), std::optional<ChartSource>(source));
        QVERIFY(!again.source("prod/apps/other"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ nope");
        broken.close();
        QVERIFY(!again.load().ok());
    }

    void checkpointsPerRelease()
    {
        QTemporaryDir dir;
        UpgradeCheckpointStore store(dir.filePath("upgrade-checkpoints.json"));
        UpgradeCheckpoint c;
        c.release = "prod/apps/cache";
        c.operation = "upgrade";
        c.strategy = "rolling";
        c.fromRevision = 3;
        c.toRevision = 4;
        c.backupSkipped = true;
        c.outcome = "succeeded";
        c.startedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        c.durationMs = 4200;
        QVERIFY(store.append(c).ok());
        c.release = "prod/apps/other";
        QVERIFY(store.append(c).ok());
        c.release = "prod/apps/cache";
        c.operation = "rollback";
        c.toRevision = 5;
        QVERIFY(store.append(c).ok());
        const auto list = store.list("prod/apps/cache");
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).toRevision, 4);
        QCOMPARE(list->at(1).operation, QStringLiteral("rollback"));
        QVERIFY(list->at(0).backupSkipped);
        QCOMPARE(list->at(0).startedAt, c.startedAt);
    }

    void scheduledUpgradesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("scheduled-upgrades.json");
        const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        UpgradeRequest q;
        q.release = *ReleaseTarget::fromKey("prod/apps/cache");
        q.release.revision = 4;
        q.source = *ChartSource::fromReference("sb-charts/memcached");
        q.source.version = "0.4.0";
        q.strategy = Strategy::MaintenanceWindow;
        q.valuesMode = ValuesMode::ReuseValues;
        q.workloads = {"deployment/cache-memcached"};
        q.windowStart = now.addSecs(2 * 3600);
        QString id;
        {
            const ScheduledUpgradeStore store(path);
            const auto added = store.add(q, now);
            QVERIFY(added);
            id = *added;
            UpgradeRequest later = q;
            later.windowStart = now.addDays(2);
            QVERIFY(store.add(later, now));
        }
        // A new store on the same file (the app started again) finds both; one window has opened.
        const ScheduledUpgradeStore reopened(path);
        const auto all = reopened.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        const UpgradeRequest &back = all->first().request;
        QCOMPARE(back.release.key(), q.release.key());
        QCOMPARE(back.release.revision, 4);
        QCOMPARE(back.source, q.source);
        QCOMPARE(back.strategy, Strategy::MaintenanceWindow);
        QCOMPARE(back.valuesMode, ValuesMode::ReuseValues);
        QCOMPARE(back.workloads, q.workloads);
        QCOMPARE(back.windowStart, q.windowStart);
        QVERIFY(reopened.missed(now)->isEmpty());
        const auto missed = reopened.missed(now.addSecs(3 * 3600));
        QCOMPARE(missed->size(), 1);
        QCOMPARE(missed->first().id, id);
        QVERIFY(reopened.remove(id).ok());
        QCOMPARE(reopened.list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_UpgradePreview)
#include "tst_upgradepreview.moc"
