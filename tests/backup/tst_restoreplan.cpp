// RestorePlan's preview: the ordered steps and exact commands of an in-place restore and of a
// clone into another namespace, the refusals, and the config rewrite applied before kubectl apply.
#include "backup/restoreconfigjob.h"
#include "backup/restoreplan.h"
#include "backup/restorereleasejob.h"
#include "catalog/profilecatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;
using namespace chartroom::backup;
using namespace Qt::StringLiterals;

namespace {

ClusterTools fakeTools()
{
    ClusterTools tools;
    tools.commands = kube::ToolCommands(u"/opt/helm"_s, 3, u"/opt/kubectl"_s);
    return tools;
}

ComponentRecord okComponent(const QString &id, const QString &kind, const QString &artifact)
{
    ComponentRecord c;
    c.id = id;
    c.kind = kind;
    c.artifact = artifact;
    c.compression = u"zstd"_s;
    return c;
}

/// A Helm release Secret as `kubectl get secret -o json` shows it: base64 (Kubernetes) of
/// base64 (Helm) of the gzipped release JSON.
QByteArray releaseSecret(const QJsonObject &release)
{
    QProcess gzip;
    gzip.start(u"gzip"_s, {u"-c"_s});
    gzip.waitForStarted();
    gzip.write(QJsonDocument(release).toJson(QJsonDocument::Compact));
    gzip.closeWriteChannel();
    gzip.waitForFinished();
    const QByteArray helmEncoded = gzip.readAllStandardOutput().toBase64();
    return QJsonDocument(QJsonObject{{u"kind"_s, u"Secret"_s},
                                     {u"data"_s, QJsonObject{{u"release"_s, QString::fromLatin1(helmEncoded.toBase64())}}}})
        .toJson();
}

QJsonObject file(const QString &name, const QByteArray &data)
{
    return QJsonObject{{u"name"_s, name}, {u"data"_s, QString::fromLatin1(data.toBase64())}};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<RestorePlan::StepKind> kinds(const QList<RestorePlan::Step> &steps)
{
    QList<RestorePlan::StepKind> result;
    for (const RestorePlan::Step &s : steps)
        result.append(s.kind);
    return result;
}

} // namespace

class tst_RestorePlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<BackupRepository> m_repository;
    catalog::ChartProfile m_profile;

    BackupRecord record(BackupState state = BackupState::Verified) const
    {
        BackupManifest m;
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
        m.startedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
        m.components = {okComponent(u"helm-values"_s, u"helm-values"_s, u"values.yaml.zst"_s),
                        okComponent(u"config"_s, u"config-export"_s, u"main-db-config.yaml.zst"_s),
                        okComponent(u"pg-dumpall"_s, u"db-dump"_s, u"main-db-pg_dumpall.sql.gz"_s)};
        BackupRecord r;
        r.id = m.id;
        r.directory = m_dir.path() + u"/homelab/data/main-db/"_s + m.id;
        r.releaseKey = m.releaseKey();
        r.state = state;
        r.manifest = m;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        BackupRepository::InitOptions options;
        options.keyMode = RepositoryConfig::KeyMode::None;
        auto repository = BackupRepository::init(m_dir.path() + u"/repo"_s, options);
        QVERIFY(repository);
        m_repository = repository.value();
        catalog::ProfileCatalog catalog;
        catalog.loadFile(QStringLiteral(CHARTROOM_SOURCE_DIR "/resources/profiles/postgresql.yaml"));
        QVERIFY(catalog.profile(u"postgresql"_s));
        m_profile = *catalog.profile(u"postgresql"_s);
    }

    void inPlacePreview()
    {
        const RestorePlan plan(*m_repository, record(), {}, m_profile, std::nullopt);
        QVERIFY2(plan.problem().isEmpty(), qPrintable(plan.problem()));
        QVERIFY(plan.inPlace());
        const QList<RestorePlan::Step> steps = plan.steps(fakeTools());
        using K = RestorePlan::StepKind;
        // No quiesce for a dump replayed through the running server: a note says why.
        QCOMPARE(kinds(steps), (QList<K>{K::Verify, K::SafetyBackup, K::Note, K::Config, K::Data, K::Rollout, K::HealthCheck,
                                        K::HealthCheck}));
        QVERIFY(steps.at(0).commands.isEmpty());
        QVERIFY(steps.at(1).commands.contains(u"/opt/helm get values main-db --namespace data --kube-context homelab -o yaml"_s));
        QVERIFY(steps.at(2).title.contains(u"No quiesce"_s));
        QCOMPARE(steps.at(3).commands,
                 QStringList{u"/opt/kubectl --context homelab --namespace data apply -f - --request-timeout=60s < main-db-config.yaml.zst"_s});
        QCOMPARE(steps.at(4).commands.size(), 1);
        QVERIFY2(steps.at(4).commands.first().startsWith(
                     u"/opt/kubectl --context homelab --namespace data exec --stdin POD --container postgresql -- sh -c "_s),
                 qPrintable(steps.at(4).commands.first()));
        QVERIFY(steps.at(4).commands.first().endsWith(u" < main-db-pg_dumpall.sql.gz"_s));
        QVERIFY(steps.at(4).note.contains(u"app.kubernetes.io/instance=main-db"_s));
        QCOMPARE(steps.at(5).commands,
                 QStringList{u"/opt/kubectl --context homelab --namespace data rollout status statefulset/main-db-postgresql --timeout=300s"_s});
        QCOMPARE(steps.at(6).commands,
                 QStringList{u"/opt/kubectl --context homelab --namespace data exec POD --container postgresql -- pg_isready -U postgres -d postgres"_s});
        // Pure: the same preview every time.
        QCOMPARE(kinds(plan.steps(fakeTools())), kinds(steps));
        QCOMPARE(plan.steps(fakeTools()).at(4).commands, steps.at(4).commands);
        // No secret on any command line.
        for (const RestorePlan::Step &step : steps)
            for (const QString &command : step.commands)
                QVERIFY2(!command.contains(u"PGPASSWORD=s"_s), qPrintable(command));
    }

    void clonePreview()
    {
        RestoreTarget target;
        target.namespaceName = u"dr-test-202611"_s;
        const RestorePlan plan(*m_repository, record(), target, m_profile, std::nullopt);
        QVERIFY2(plan.problem().isEmpty(), qPrintable(plan.problem()));
        QVERIFY(!plan.inPlace());
        const QList<RestorePlan::Step> steps = plan.steps(fakeTools());
        using K = RestorePlan::StepKind;
        QCOMPARE(kinds(steps), (QList<K>{K::Verify, K::SafetyBackup, K::Note, K::Config, K::Data, K::Rollout, K::HealthCheck,
                                        K::HealthCheck}));
        QVERIFY(steps.at(1).title.contains(u"homelab/dr-test-202611/main-db"_s));
        QCOMPARE(steps.at(3).commands,
                 QStringList{u"/opt/kubectl --context homelab --namespace dr-test-202611 apply -f - --request-timeout=60s < main-db-config.yaml.zst"_s});
        QVERIFY(steps.at(3).note.contains(u"rewritten into namespace dr-test-202611"_s));
        QVERIFY(steps.at(3).note.contains(u"no Secrets"_s));
        for (int i = 4; i < steps.size(); ++i)
            for (const QString &command : steps.at(i).commands)
                QVERIFY2(command.contains(u"--namespace dr-test-202611 "_s), qPrintable(command));
        const QStringList text = plan.describe(fakeTools());
        QVERIFY(text.at(1).contains(u"clone"_s));
    }

    void withoutSafetyBackup()
    {
        RestoreOptions options;
        options.safetyBackup = false;
        const RestorePlan plan(*m_repository, record(), {}, m_profile, std::nullopt, options);
        const QList<RestorePlan::Step> steps = plan.steps(fakeTools());
        QCOMPARE(steps.at(1).kind, RestorePlan::StepKind::Note);
        QVERIFY(steps.at(1).title.contains(u"No safety backup"_s));
    }

    void quiesceOnlyForRestoresOutsideTheWorkload()
    {
        catalog::ChartProfile profile = m_profile;
        for (catalog::BackupComponent &c : profile.backupComponents)
            if (c.id == u"pg-dumpall")
                c.restore.selector = u"app=restore-helper,release={release}"_s;
        const RestorePlan plan(*m_repository, record(), {}, profile, std::nullopt);
        const QList<RestorePlan::Step> steps = plan.steps(fakeTools());
        using K = RestorePlan::StepKind;
        QCOMPARE(kinds(steps), (QList<K>{K::Verify, K::SafetyBackup, K::Quiesce, K::Config, K::Data, K::Resume, K::Rollout,
                                        K::HealthCheck, K::HealthCheck}));
        QVERIFY(steps.at(2).commands.contains(
            u"/opt/kubectl --context homelab --namespace data scale statefulset/main-db-postgresql --replicas=0 --request-timeout=60s"_s));
        QVERIFY(steps.at(4).note.contains(u"app=restore-helper,release=main-db"_s));
    }

    void reinstallPreview()
    {
        BackupRecord r = record();
        r.manifest->components.prepend(okComponent(u"helm-release"_s, u"helm-release"_s, u"helm-release.json.zst"_s));
        RestoreTarget target;
        target.namespaceName = u"dr-test"_s;
        target.releaseExists = false;
        const RestorePlan plan(*m_repository, r, target, m_profile, std::nullopt);
        QVERIFY2(plan.problem().isEmpty(), qPrintable(plan.problem()));
        const QList<RestorePlan::Step> steps = plan.steps(fakeTools());
        using K = RestorePlan::StepKind;
        // Nothing to keep, so no safety backup; the release is back and ready before data goes in.
        QCOMPARE(kinds(steps), (QList<K>{K::Verify, K::Note, K::Reinstall, K::Rollout, K::Config, K::Data, K::Rollout,
                                        K::HealthCheck, K::HealthCheck}));
        QCOMPARE(steps.at(2).commands, QStringList{u"/opt/helm upgrade --install main-db CHART --namespace dr-test --kube-context "
                                                   "homelab --create-namespace -f VALUES"_s});
        QVERIFY(steps.at(2).note.contains(u"helm-release.json.zst"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("releaseExists");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad") << int(BackupState::Bad) << true << u"is bad"_s;
        QTest::newRow("failed") << int(BackupState::Failed) << true << u"is failed"_s;
        QTest::newRow("incomplete") << int(BackupState::Incomplete) << true << u"is incomplete"_s;
        QTest::newRow("release gone, no Helm record") << int(BackupState::Verified) << false << u"holds no Helm release record"_s;
    }

    void refusals()
    {
        QFETCH(int, state);
        QFETCH(bool, releaseExists);
        QFETCH(QString, expected);
        BackupRecord r = record(static_cast<BackupState>(state));
        r.problem = u"checksum mismatch in main-db-pg_dumpall.sql.gz"_s;
        RestoreTarget target;
        target.releaseExists = releaseExists;
        const RestorePlan plan(*m_repository, r, target, m_profile, std::nullopt);
        QVERIFY2(plan.problem().contains(expected), qPrintable(plan.problem()));
        QVERIFY(!plan.makeJob(fakeTools()));
    }

    void chartFromHelmRecord()
    {
        QJsonObject chart{{u"metadata"_s, QJsonObject{{u"name"_s, u"postgresql"_s}, {u"version"_s, u"0.4.0"_s}, {u"apiVersion"_s, u"v2"_s}}},
                          {u"values"_s, QJsonObject{{u"replicas"_s, 1}}},
                          {u"templates"_s, QJsonArray{file(u"templates/statefulset.yaml"_s, "kind: StatefulSet\n")}},
                          {u"files"_s, QJsonArray{file(u".helmignore"_s, "*.tmp\n")}}};
        QJsonObject release{{u"name"_s, u"main-db"_s}, {u"chart"_s, chart}, {u"config"_s, QJsonObject{{u"auth"_s, u"x"_s}}}};
        QTemporaryDir dir;
        const QString chartDir = dir.filePath(u"chart"_s);
        const QString values = dir.filePath(u"values.json"_s);
        auto written = RestoreReleaseJob::writeChart(releaseSecret(release), chartDir, values);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->name, u"postgresql"_s);
        QCOMPARE(QJsonDocument::fromJson(readAll(chartDir + u"/Chart.yaml"_s)).object().value(u"version"_s).toString(), u"0.4.0"_s);
        QCOMPARE(QJsonDocument::fromJson(readAll(chartDir + u"/values.yaml"_s)).object().value(u"replicas"_s).toInt(), 1);
        QCOMPARE(readAll(chartDir + u"/templates/statefulset.yaml"_s), QByteArray("kind: StatefulSet\n"));
        QCOMPARE(readAll(chartDir + u"/.helmignore"_s), QByteArray("*.tmp\n"));
        QCOMPARE(QJsonDocument::fromJson(readAll(values)).object().value(u"auth"_s).toString(), u"x"_s);
        QCOMPARE(QFile::permissions(values) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        // Refused: a file escaping the chart directory, and subcharts Helm did not keep.
        chart.insert(u"templates"_s, QJsonArray{file(u"../../escape.yaml"_s, "x")});
        release.insert(u"chart"_s, chart);
        QVERIFY(!RestoreReleaseJob::writeChart(releaseSecret(release), dir.filePath(u"c2"_s), dir.filePath(u"v2"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"escape.yaml"_s)));
        chart.insert(u"templates"_s, QJsonArray{});
        chart.insert(u"metadata"_s, QJsonObject{{u"name"_s, u"app"_s}, {u"dependencies"_s, QJsonArray{QJsonObject{{u"name"_s, u"redis"_s}}}}});
        release.insert(u"chart"_s, chart);
        auto refused = RestoreReleaseJob::writeChart(releaseSecret(release), dir.filePath(u"c3"_s), dir.filePath(u"v3"_s));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"subcharts"_s));
        QVERIFY(!RestoreReleaseJob::writeChart("{}", dir.filePath(u"c4"_s), dir.filePath(u"v4"_s)));
    }

    void configRewrite()
    {
        const QByteArray list = "apiVersion: v1\n"
                                "items:\n"
                                "- apiVersion: v1\n"
                                "  data:\n"
                                "    postgresql.conf: |\n"
                                "      max_connections = 100\n"
                                "  kind: ConfigMap\n"
                                "  metadata:\n"
                                "    creationTimestamp: \"2026-11-26T08:00:00Z\"\n"
                                "    labels:\n"
                                "      app.kubernetes.io/instance: main-db\n"
                                "    name: main-db-postgresql-config\n"
                                "    namespace: data\n"
                                "    resourceVersion: \"123\"\n"
                                "    uid: 0b7c-11\n"
                                "kind: List\n"
                                "metadata:\n"
                                "  resourceVersion: \"\"\n";
        auto rewritten = RestoreConfigJob::rewriteForApply(list, u"dr-test"_s);
        QVERIFY(rewritten);
        const QByteArray out = rewritten.value();
        QVERIFY2(out.contains("namespace: dr-test"), out.constData());
        QVERIFY(!out.contains("namespace: data"));
        QVERIFY(!out.contains("resourceVersion"));
        QVERIFY(!out.contains("uid:"));
        QVERIFY(!out.contains("creationTimestamp"));
        QVERIFY(out.contains("max_connections = 100"));
        QVERIFY(out.contains("name: main-db-postgresql-config"));
        auto empty = RestoreConfigJob::rewriteForApply("apiVersion: v1\nitems: []\nkind: List\n", u"data"_s);
        QVERIFY(empty && empty.value().isEmpty());
        QVERIFY(!RestoreConfigJob::rewriteForApply("[: not yaml", u"data"_s));

        // Under another release name: the fullname prefix, the instance label and Helm's
        // ownership annotations name the target; other names and labels stay.
        const QByteArray secret = "apiVersion: v1\n"
                                  "kind: Secret\n"
                                  "metadata:\n"
                                  "  annotations:\n"
                                  "    meta.helm.sh/release-name: main-db\n"
                                  "    meta.helm.sh/release-namespace: data\n"
                                  "    note: main-db-postgresql stays in values\n"
                                  "  labels:\n"
                                  "    app.kubernetes.io/instance: main-db\n"
                                  "    app.kubernetes.io/name: postgresql\n"
                                  "  name: main-db-postgresql-secret\n"
                                  "  namespace: data\n"
                                  "data:\n"
                                  "  postgres-password: c2VjcmV0\n";
        const ReleaseRename rename{u"main-db"_s, u"main-db-postgresql"_s, u"copy"_s, u"copy-postgresql"_s};
        auto renamed = RestoreConfigJob::rewriteForApply(secret, u"clone"_s, rename);
        QVERIFY(renamed);
        const QByteArray r = renamed.value();
        QVERIFY2(r.contains("name: copy-postgresql-secret"), r.constData());
        QVERIFY(r.contains("app.kubernetes.io/instance: copy"));
        QVERIFY(r.contains("app.kubernetes.io/name: postgresql"));
        QVERIFY(r.contains("meta.helm.sh/release-name: copy"));
        QVERIFY(r.contains("meta.helm.sh/release-namespace: clone"));
        QVERIFY(r.contains("note: main-db-postgresql stays in values"));
        QVERIFY(r.contains("postgres-password: c2VjcmV0"));
        QVERIFY(!r.contains("name: main-db"));
        // Names that do not start with the fullname are left alone.
        auto other = RestoreConfigJob::rewriteForApply("kind: ConfigMap\nmetadata:\n  name: shared-config\n", u"data"_s, rename);
        QVERIFY(other && other.value().contains("name: shared-config"));
    }
};

QTEST_GUILESS_MAIN(tst_RestorePlan)
#include "tst_restoreplan.moc"
