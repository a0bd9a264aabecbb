#include "catalog/placeholders.h"
#include "catalog/profilecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace chartroom::catalog;
using namespace std::chrono_literals;

namespace {

const QString kDataDir = QStringLiteral(CHARTROOM_TEST_DATA_DIR);
const QString kProfilesDir = QStringLiteral(CHARTROOM_SOURCE_DIR "/resources/profiles");

QString errorsText(const QList<ProfileError> &errors)
{
    QStringList lines;
    for (const ProfileError &e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

/// The 28 tiered charts and their per-chart targets, from the DR guide's "RTO/RPO Targets by Chart"
/// table (sb-helm-charts-facts.md §1).
struct TierRow
{
    const char *chart;
    int tier;
    std::chrono::seconds rto;
    std::chrono::seconds rpo;
};
// clang-format off
const TierRow kTiers[] = {
    {"postgresql", 1, 1h, 15min},     {"mysql", 1, 1h, 15min},        {"redis", 1, 30min, 1h},
    {"prometheus", 1, 1h, 1h},        {"loki", 1, 2h, 24h},           {"tempo", 1, 2h, 24h},
    {"keycloak", 2, 1h, 24h},         {"airflow", 2, 2h, 24h},        {"harbor", 2, 2h, 24h},
    {"mlflow", 2, 1h, 24h},           {"grafana", 2, 1h, 24h},        {"nextcloud", 2, 2h, 24h},
    {"vaultwarden", 2, 1h, 24h},      {"wordpress", 2, 2h, 24h},      {"kafka", 3, 2h, 1h},
    {"elasticsearch", 3, 2h, 24h},    {"mimir", 3, 2h, 24h},          {"minio", 3, 2h, 24h},
    {"mongodb", 3, 2h, 24h},          {"rabbitmq", 3, 1h, 24h},       {"paperless-ngx", 3, 2h, 24h},
    {"immich", 3, 2h, 24h},           {"opentelemetry-collector", 4, 30min, 0s},
    {"promtail", 4, 30min, 0s},       {"alertmanager", 4, 30min, 1h}, {"jellyfin", 4, 4h, 24h},
    {"uptime-kuma", 4, 1h, 24h},      {"memcached", 4, 15min, 0s},
};
const char *const kUntiered[] = {
    "blackbox-exporter", "browserless-chrome", "devpi", "jenkins", "kube-state-metrics", "node-exporter",
    "pgadmin", "phpmyadmin", "pushgateway", "rsshub", "rustfs", "wireguard", "thanos-compactor", "thanos-query",
    "thanos-query-frontend", "thanos-receive", "thanos-ruler", "thanos-sidecar", "thanos-store",
};
// clang-format on

QList<PodCommand> commandsOf(const ChartProfile &p)
{
    QList<PodCommand> commands;
    for (const BackupComponent &c : p.backupComponents)
        commands << c.backup << c.restore;
    for (const QList<HealthCheck> *checks : {&p.healthChecks, &p.preUpgradeChecks, &p.postUpgradeChecks}) {
        for (const HealthCheck &h : *checks)
            commands << h.command;
    }
    return commands;
}

} // namespace

class tst_ProfileCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceReadableFromTheLibrary()
    {
        ProfileCatalog catalog;
        catalog.load(); // registers the resources
        QFile file(QStringLiteral(":/profiles/postgresql.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("id: postgresql"));
    }

    void builtInProfilesLoad()
    {
        ProfileCatalog catalog;
        catalog.load();
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(errorsText(catalog.errors())));
        const QList<ChartProfile> profiles = catalog.profiles();
        QCOMPARE(profiles.size(), 47);
        QString previous;
        for (const ChartProfile &p : profiles) {
            QVERIFY(p.id > previous); // sorted by id
            previous = p.id;
            QCOMPARE(p.sourceFile, QStringLiteral(":/profiles/%1.yaml").arg(p.id));
            QVERIFY2(!p.displayName.isEmpty() && !p.category.isEmpty(), qPrintable(p.id));
            QVERIFY2(p.podSelector.contains(QStringLiteral("app.kubernetes.io/instance={release}")), qPrintable(p.id));
            QVERIFY2(!p.upgradeStrategies.isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.healthChecks.isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.backupComponents.isEmpty(), qPrintable(p.id));
            QCOMPARE(p.backupComponents.first().kind, QStringLiteral("helm-values"));
            for (qsizetype i = 1; i < p.backupComponents.size(); ++i)
                QVERIFY(p.backupComponents.at(i - 1).order <= p.backupComponents.at(i).order);
            for (const PodCommand &c : commandsOf(p)) {
                // Profiles encode the commands: never the collection's make targets.
                QVERIFY2(!c.argv.contains(QStringLiteral("make")), qPrintable(p.id));
                for (const QString &arg : c.argv)
                    QVERIFY2(!arg.contains(QStringLiteral("make -f")), qPrintable(p.id));
            }
        }
    }

    void everyProfileIsInTheQrc()
    {
        QFile qrc(kProfilesDir + QStringLiteral("/profiles.qrc"));
        QVERIFY(qrc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(qrc.readAll());
        QStringList listed;
        static const QRegularExpression fileTag(QStringLiteral("<file>([^<]+)</file>"));
        for (auto it = fileTag.globalMatch(text); it.hasNext();)
            listed.append(it.next().captured(1));
        QStringList onDisk = QDir(kProfilesDir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        listed.sort();
        QCOMPARE(listed, onDisk);
        QCOMPARE(onDisk.size(), 47);
    }

    void shellScriptsParse()
    {
        // Every "sh -c" script of the built-ins is valid POSIX sh (Debian's /bin/sh is dash, like most images).
        ProfileCatalog catalog;
        catalog.load();
        int scripts = 0;
        for (const ChartProfile &p : catalog.profiles()) {
            for (const PodCommand &c : commandsOf(p)) {
                if (c.argv.size() != 3 || c.argv.at(0) != QLatin1String("sh") || c.argv.at(1) != QLatin1String("-c"))
                    continue;
                QVERIFY2(!c.argv.at(2).contains(QStringLiteral("pipefail")), qPrintable(p.id)); // not in dash/ash
                QProcess shell;
                shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), QStringLiteral("-c"), c.argv.at(2)});
                QVERIFY(shell.waitForFinished(5000));
                QVERIFY2(shell.exitCode() == 0,
                         qPrintable(p.id + QStringLiteral(": ") + c.argv.at(2) + QLatin1Char('\n') +
                                    QString::fromLocal8Bit(shell.readAllStandardError())));
                ++scripts;
            }
        }
        QVERIFY(scripts > 50);
    }

    void tiersMatchTheDrGuide()
    {
        ProfileCatalog catalog;
        catalog.load();
        for (const TierRow &row : kTiers) {
            const ChartProfile *p = catalog.profile(QLatin1String(row.chart));
            QVERIFY2(p, row.chart);
            QCOMPARE(p->tier, std::optional<int>(row.tier));
            QCOMPARE(p->rto, std::optional<std::chrono::seconds>(row.rto));
            QCOMPARE(p->rpo, std::optional<std::chrono::seconds>(row.rpo));
        }
        for (const char *chart : kUntiered) {
            const ChartProfile *p = catalog.profile(QLatin1String(chart));
            QVERIFY2(p, chart);
            QVERIFY2(!p->tier && !p->rto && !p->rpo, chart);
        }
        QCOMPARE(std::size(kTiers) + std::size(kUntiered), size_t(47));
    }

    void statefulTieredChartsBackUpData()
    {
        // Every stateful tiered chart has at least one component that runs in a pod (or, for kafka, exports
        // its layout), not just values and config.
        ProfileCatalog catalog;
        catalog.load();
        for (const TierRow &row : kTiers) {
            const ChartProfile *p = catalog.profile(QLatin1String(row.chart));
            QVERIFY2(p, row.chart);
            if (!p->stateful)
                continue;
            const bool runsInPod = std::any_of(p->backupComponents.cbegin(), p->backupComponents.cend(),
                                               [](const BackupComponent &c) { return !c.backup.argv.isEmpty(); });
            QVERIFY2(runsInPod, row.chart);
        }
    }

    void realCommands()
    {
        ProfileCatalog catalog;
        catalog.load();
        auto backupOf = [&](const char *chart, const char *component) {
            const ChartProfile *p = catalog.profile(QLatin1String(chart));
            for (const BackupComponent &c : p->backupComponents) {
                if (c.id == QLatin1String(component))
                    return c;
            }
            return BackupComponent{};
        };
        QVERIFY(backupOf("postgresql", "pg-dumpall").backup.argv.join(u' ').contains(QStringLiteral("pg_dumpall")));
        QVERIFY(backupOf("postgresql", "pg-dumpall").restore.stdinFromArtifact);
        QVERIFY(backupOf("mysql", "mysqldump").backup.argv.join(u' ').contains(QStringLiteral("mysqldump")));
        QVERIFY(backupOf("redis", "rdb").backup.argv.join(u' ').contains(QStringLiteral("redis-cli --rdb")));
        QVERIFY(backupOf("grafana", "data").backup.argv.contains(QStringLiteral("/var/lib/grafana")));
        QVERIFY(backupOf("vaultwarden", "data").backup.argv.contains(QStringLiteral("/data")));
        QVERIFY(backupOf("uptime-kuma", "database").backup.argv.join(u' ').contains(QStringLiteral(".backup")));
        QVERIFY(backupOf("mongodb", "mongodump").backup.argv.join(u' ').contains(QStringLiteral("mongodump")));
        QCOMPARE(backupOf("postgresql", "config").objects, QStringList({QStringLiteral("configmap/{fullname}-config"),
                                                                        QStringLiteral("secret/{fullname}-secret")}));
        const ChartProfile *pg = catalog.profile(QStringLiteral("postgresql"));
        QCOMPARE(pg->credentialsSecret, QStringLiteral("{fullname}-secret"));
        QCOMPARE(pg->credentialsKey, QStringLiteral("postgres-password"));
        QCOMPARE(pg->container, QStringLiteral("postgresql"));
        QCOMPARE(pg->workload, QStringLiteral("statefulset/{fullname}"));
    }

    void rbacFromTheTemplates()
    {
        ProfileCatalog catalog;
        catalog.load();
        const ChartProfile *prometheus = catalog.profile(QStringLiteral("prometheus"));
        QVERIFY(prometheus->rbac.createsClusterRole);
        QVERIFY(!prometheus->rbac.createsRole);
        QVERIFY(std::any_of(prometheus->rbac.rules.cbegin(), prometheus->rbac.rules.cend(),
                            [](const RbacRule &r) { return r.resources.contains(QStringLiteral("/metrics")); }));
        const ChartProfile *airflow = catalog.profile(QStringLiteral("airflow"));
        QVERIFY(airflow->rbac.createsRole);
        QVERIFY(airflow->rbac.verbs.contains(QStringLiteral("create"))); // KubernetesExecutor launches pods
        QVERIFY(airflow->rbac.resources.contains(QStringLiteral("pods/exec")));
        const ChartProfile *keycloak = catalog.profile(QStringLiteral("keycloak"));
        QVERIFY(std::any_of(keycloak->rbac.rules.cbegin(), keycloak->rbac.rules.cend(), [](const RbacRule &r) {
            return r.resources == QStringList{"endpoints"} && r.when == QLatin1String(".Values.clustering.enabled");
        }));
        const ChartProfile *nodeExporter = catalog.profile(QStringLiteral("node-exporter"));
        QVERIFY(!nodeExporter->rbac.createsRole && !nodeExporter->rbac.createsClusterRole);
        QVERIFY(nodeExporter->rbac.rules.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad yaml") << "bad-yaml.yaml" << 7 << 1 << "end of sequence flow not found";
        QTest::newRow("unknown key") << "unknown-key.yaml" << 2 << 1 << "unknown key \"displayNmae\"";
        QTest::newRow("wrong type") << "wrong-type.yaml" << 4 << 11 << "\"stateful\" must be true or false";
        QTest::newRow("tier 7") << "tier-seven.yaml" << 4 << 7 << "\"tier\" must be between 1 and 4, not 7";
        QTest::newRow("unknown placeholder")
            << "unknown-placeholder.yaml" << 12 << 22 << "unknown placeholder {relase}";
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QString path = kDataDir + QStringLiteral("/malformed/") + file;
        ProfileCatalog catalog;
        catalog.loadFile(path);
        catalog.loadFile(kDataDir + QStringLiteral("/user/mychart.yaml")); // a good one after the bad one
        QVERIFY(!catalog.errors().isEmpty()); // e.g. an unknown key also leaves a required one missing
        for (const ProfileError &other : catalog.errors())
            QCOMPARE(other.file, path);
        const ProfileError e = catalog.errors().constFirst();
        QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QCOMPARE(catalog.profiles().size(), 1);
        QVERIFY(catalog.profile(QStringLiteral("mychart")));
    }

    void malformedUserDirDoesNotStopTheBuiltIns()
    {
        ProfileCatalog catalog;
        catalog.load(kDataDir + QStringLiteral("/malformed"));
        QVERIFY(catalog.errors().size() >= 5);
        QSet<QString> files;
        for (const ProfileError &e : catalog.errors())
            files.insert(QFileInfo(e.file).fileName());
        QCOMPARE(files.size(), 5);
        QCOMPARE(catalog.profiles().size(), 47);
        for (const ProfileError &e : catalog.errors())
            QVERIFY2(e.line > 0 && e.column > 0, qPrintable(e.toString()));
    }

    void moreValidationErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        const QByteArray head = "id: x\ndisplayName: X\ncategory: c\nstateful: true\npods: {selector: 'a={release}'}\n";
        QTest::newRow("missing pods") << QByteArray("id: x\ndisplayName: X\ncategory: c\nstateful: true\n")
                                      << "a profile needs \"pods\"";
        QTest::newRow("missing displayName") << QByteArray("id: x\ncategory: c\nstateful: true\npods: {selector: s}\n")
                                             << "a profile needs \"displayName\"";
        QTest::newRow("bad id") << QByteArray(
                                       "id: Bad_Id\ndisplayName: X\ncategory: c\nstateful: true\npods: {selector: s}\n")
                                << "must be a chart name";
        QTest::newRow("bad duration") << head + "rpo: soon\n"
                                      << "\"rpo\" is not a duration";
        QTest::newRow("argv scalar") << head +
                                            "backup: [{id: d, kind: db-dump, fileName: f, backup: {argv: pg_dump}}]\n"
                                     << "\"argv\" must be a list";
        QTest::newRow("unknown kind") << head + "backup: [{id: d, kind: tape, fileName: f, backup: {argv: [x]}}]\n"
                                      << "unknown backup kind \"tape\"";
        QTest::newRow("duplicate component")
            << head + "backup: [{id: d, kind: helm-values, fileName: f}, {id: d, kind: helm-values, fileName: g}]\n"
            << "duplicate id \"d\"";
        QTest::newRow("config without objects") << head + "backup: [{id: c, kind: config-export, fileName: f}]\n"
                                                << "needs \"objects\"";
        QTest::newRow("stdin on backup")
            << head + "backup: [{id: d, kind: db-dump, fileName: f, backup: {argv: [x], stdinFromArtifact: true}}]\n"
            << "only restore commands read the artifact";
        QTest::newRow("check with both") << head + "healthChecks: [{id: h, argv: [x], http: {port: 80, path: /}}]\n"
                                         << "exactly one of \"argv\" and \"http\"";
        QTest::newRow("http port") << head + "healthChecks: [{id: h, http: {port: 70000, path: /}}]\n"
                                   << "\"port\" must be between 1 and 65535";
        QTest::newRow("unknown strategy") << head + "upgradeStrategies: [{id: yolo, downtime: none}]\n"
                                          << "unknown upgrade strategy \"yolo\"";
        QTest::newRow("cluster rule without clusterRole")
            << head + "rbac: {role: true, clusterRole: false, rules: [{resources: [nodes], verbs: [get], scope: "
                      "cluster}]}\n"
            << "needs \"clusterRole: true\"";
        QTest::newRow("env placeholder without name")
            << head + "backup: [{id: d, kind: db-dump, fileName: '{env:}', backup: {argv: [x]}}]\n"
            << "needs an environment variable name";
        QTest::newRow("duplicate key") << head + "category: again\n"
                                       << "duplicate key \"category\"";
        QTest::newRow("empty document") << QByteArray("# nothing\n") << "holds no profile";
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << "a profile must be a mapping";
    }

    void moreValidationErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        ProfileCatalog catalog;
        catalog.loadData(yaml, QStringLiteral("inline.yaml"));
        QVERIFY2(!catalog.errors().isEmpty(), qPrintable(message));
        QVERIFY2(catalog.errors().constFirst().message.contains(message), qPrintable(errorsText(catalog.errors())));
        QVERIFY(catalog.profiles().isEmpty());
    }

    void userDirectoryOverridesById()
    {
        ProfileCatalog catalog;
        catalog.load(kDataDir + QStringLiteral("/user"));
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(errorsText(catalog.errors())));
        QCOMPARE(catalog.profiles().size(), 48);
        const ChartProfile *pg = catalog.profile(QStringLiteral("postgresql"));
        QVERIFY(pg);
        QCOMPARE(pg->displayName, QStringLiteral("PostgreSQL (home lab)"));
        QCOMPARE(pg->tier, std::optional<int>(2));
        QCOMPARE(pg->rto, std::optional<std::chrono::seconds>(4h));
        QCOMPARE(pg->sourceFile, kDataDir + QStringLiteral("/user/postgresql.yaml"));
        QVERIFY(catalog.profile(QStringLiteral("mychart")));
        QVERIFY(!catalog.profile(QStringLiteral("mychart"))->tier);
        QCOMPARE(catalog.match(QStringLiteral("mychart-1.2.3"))->id, QStringLiteral("mychart"));
        // load() starts over: without the user dir the built-in comes back.
        catalog.load();
        QCOMPARE(catalog.profile(QStringLiteral("postgresql"))->tier, std::optional<int>(1));
        QCOMPARE(catalog.profiles().size(), 47);
    }

    void match_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "postgresql-0.4.0"
                               << "postgresql";
        QTest::newRow("dashes and digits") << "kube-state-metrics-5.1.0"
                                           << "kube-state-metrics";
        QTest::newRow("otel") << "opentelemetry-collector-0.3.0"
                              << "opentelemetry-collector";
        QTest::newRow("longest prefix wins") << "thanos-query-frontend-0.1.0"
                                             << "thanos-query-frontend";
        QTest::newRow("shorter sibling") << "thanos-query-0.2.1"
                                         << "thanos-query";
        QTest::newRow("pre-release version") << "postgresql-1.0.0-rc.1"
                                             << "postgresql";
        QTest::newRow("v prefix") << "mysql-v8.0.1"
                                  << "mysql";
        QTest::newRow("no version") << "redis"
                                    << "redis";
        QTest::newRow("no version, dashes") << "uptime-kuma"
                                            << "uptime-kuma";
        QTest::newRow("unknown chart") << "kube-prometheus-stack-61.3.2"
                                       << "";
        QTest::newRow("unknown, no version") << "foo"
                                             << "";
        QTest::newRow("name continues") << "postgresql-ha-14.0.0"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void match()
    {
        QFETCH(QString, chart);
        QFETCH(QString, expected);
        ProfileCatalog catalog;
        catalog.load();
        const ChartProfile *p = catalog.match(chart);
        QCOMPARE(p ? p->id : QString(), expected);
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: not a duration
        QTest::newRow("15m") << "15m" << qint64(900);
        QTest::newRow("1h") << "1h" << qint64(3600);
        QTest::newRow("24h") << "24h" << qint64(86400);
        QTest::newRow("<1h") << "<1h" << qint64(3600);
        QTest::newRow("< 2h") << "< 2h" << qint64(7200);
        QTest::newRow("<=30min") << "<=30min" << qint64(1800);
        QTest::newRow("30min") << "30min" << qint64(1800);
        QTest::newRow("15min") << "15min" << qint64(900);
        QTest::newRow("0") << "0" << qint64(0);
        QTest::newRow("1h30m") << "1h30m" << qint64(5400);
        QTest::newRow("2 hours") << "2 hours" << qint64(7200);
        QTest::newRow("1 hour 30 minutes") << "1 hour 30 minutes" << qint64(5400);
        QTest::newRow("1d") << "1d" << qint64(86400);
        QTest::newRow("45s") << "45s" << qint64(45);
        QTest::newRow("upper case") << "1H" << qint64(3600);
        QTest::newRow("spaces") << "  4h " << qint64(14400);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("bare number") << "15" << qint64(-1);
        QTest::newRow("negative") << "-1h" << qint64(-1);
        QTest::newRow("unknown unit") << "3 fortnights" << qint64(-1);
        QTest::newRow("word") << "soon" << qint64(-1);
        QTest::newRow("only <") << "<" << qint64(-1);
        QTest::newRow("fraction") << "1.5h" << qint64(-1);
        QTest::newRow("trailing junk") << "1h!" << qint64(-1);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = chartroom::catalog::parseDuration(text);
        if (seconds < 0)
            QVERIFY2(!parsed, qPrintable(QString::number(parsed ? parsed->count() : 0)));
        else
            QCOMPARE(parsed, std::optional<std::chrono::seconds>(std::chrono::seconds(seconds)));
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("problems");
        QTest::newRow("known") << "{release}-{fullname}.{namespace}" << QStringList{"release", "fullname", "namespace"}
                               << 0;
        QTest::newRow("env") << "{env:PGPASSWORD}" << QStringList{"env"} << 0;
        QTest::newRow("shell ${VAR}") << "echo ${POSTGRES_PASSWORD:-x}" << QStringList{} << 0;
        QTest::newRow("json body") << "-d '{\"indices\":\"*\"}'" << QStringList{} << 0;
        QTest::newRow("shell group") << "{ a; b; } | gzip" << QStringList{} << 0;
        QTest::newRow("jsonpath") << "{.items[0].metadata.name}" << QStringList{} << 0;
        QTest::newRow("javascript object") << "db.adminCommand({listDatabases: 1})" << QStringList{} << 0;
        QTest::newRow("typo") << "{relase}" << QStringList{"relase"} << 1;
        QTest::newRow("argument on release") << "{release:x}" << QStringList{"release"} << 1;
        QTest::newRow("bad env name") << "{env:1X}" << QStringList{"env"} << 1;
    }

    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(int, problems);
        QStringList found;
        int bad = 0;
        for (const Placeholder &p : findPlaceholders(text)) {
            found.append(p.name);
            if (!placeholderProblem(p).isEmpty())
                ++bad;
        }
        QCOMPARE(found, names);
        QCOMPARE(bad, problems);
    }

    void substitute_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("names") << "{release}/{namespace}/{fullname}/{chart}/{pod}" << "db/apps/db-postgresql/postgresql/db-0";
        QTest::newRow("env stays in the pod") << "PGPASSWORD={env:POSTGRES_PASSWORD} psql" << "PGPASSWORD=${POSTGRES_PASSWORD} psql";
        QTest::newRow("shell and json untouched") << "echo ${X} '{\"a\":1}' { a; }" << "echo ${X} '{\"a\":1}' { a; }";
        QTest::newRow("no value leaves it") << "{database}.sql" << "{database}.sql";
        QTest::newRow("adjacent") << "{release}{release}" << "dbdb";
    }

    void substitute()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        PlaceholderValues values;
        values.release = "db";
        values.releaseNamespace = "apps";
        values.fullname = chartFullname("db", "postgresql");
        values.chart = "postgresql";
        values.pod = "db-0";
        QCOMPARE(substitutePlaceholders(text, values), expected);
    }

    void fullname()
    {
        QCOMPARE(chartFullname("postgresql", "postgresql"), QString("postgresql"));
        QCOMPARE(chartFullname("my-postgresql-main", "postgresql"), QString("my-postgresql-main"));
        QCOMPARE(chartFullname("db", "postgresql"), QString("db-postgresql"));
        QCOMPARE(chartFullname("db", "postgresql", "main-db"), QString("main-db"));
        QCOMPARE(chartFullname("db", "postgresql", {}, "pg"), QString("db-pg"));
        QCOMPARE(chartFullname(QString(60, 'a') + "-b", "postgresql"), QString(60, 'a') + "-b"); // 63 chars, trailing "-" dropped
    }

    void errorToString()
    {
        QCOMPARE((ProfileError{"a.yaml", 3, 7, "boom"}.toString()), QStringLiteral("a.yaml:3:7: boom"));
        QCOMPARE((ProfileError{"a.yaml", 0, 0, "cannot read"}.toString()), QStringLiteral("a.yaml: cannot read"));
    }

    void schemaExampleIsValid()
    {
        QFile schema(kProfilesDir + QStringLiteral("/SCHEMA.md"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(schema.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("```yaml\n"));
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf(QStringLiteral("```"), start + 8);
        ProfileCatalog catalog;
        catalog.loadData(text.mid(start + 8, end - start - 8).toUtf8(), QStringLiteral("SCHEMA.md example"));
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(errorsText(catalog.errors())));
        const ChartProfile *p = catalog.profile(QStringLiteral("postgresql"));
        QVERIFY(p);
        QCOMPARE(p->healthChecks.at(1).httpPort, 9187);
        QCOMPARE(p->rbac.resources, QStringList({"configmaps", "pods", "secrets"}));
    }

    void unreadableFile()
    {
        ProfileCatalog catalog;
        catalog.loadFile(kDataDir + QStringLiteral("/does-not-exist.yaml"));
        QCOMPARE(catalog.errors().size(), 1);
        QVERIFY(catalog.errors().constFirst().message.startsWith(QStringLiteral("cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileCatalog)
#include "tst_profilecatalog.moc"
