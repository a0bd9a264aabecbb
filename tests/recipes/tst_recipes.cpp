// The built-in chart profiles' backup and restore recipes, run the way Chartroom runs them:
// `kubectl exec POD -- argv` with stdout streamed into the artifact, and `kubectl exec -i POD --
// argv` with the artifact streamed in. Where Debian has the tools, the pods are kubesim host-backed
// pods whose data and socket dirs are real PostgreSQL 15 / MariaDB 10.11 / Redis 7 servers, sqlite
// files and directory trees; a restore goes into an empty fresh server or dir and the content
// digests must match exactly. Every other in-pod command of the 28 tiered profiles is checked for
// its exact argv and container against kubesim's scripted exec ("command shape").
#include "dbservers.h"
#include "kubesimprocess.h"

#include "catalog/placeholders.h"
#include "catalog/profilecatalog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

#include <unistd.h>

using namespace chartroom;
using namespace chartroom::catalog;
using chartroom::test::CommandResult;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCharts = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/data/charts");
const QString kNs = QStringLiteral("recipes");

/// Charts with a test chart under tests/data/charts: installed with helm, release name → chart.
const QList<QPair<QString, QString>> kHelmReleases = {
    {QStringLiteral("main-db"), QStringLiteral("postgresql")}, {QStringLiteral("shop"), QStringLiteral("mysql")},
    {QStringLiteral("cache"), QStringLiteral("redis")},        {QStringLiteral("grafana"), QStringLiteral("grafana")},
    {QStringLiteral("vault"), QStringLiteral("vaultwarden")},  {QStringLiteral("files"), QStringLiteral("nextcloud")},
    {QStringLiteral("memo"), QStringLiteral("memcached")},     {QStringLiteral("metrics"), QStringLiteral("prometheus")},
};
/// Every other tiered chart gets a generated Deployment per pod selector, release "demo".
const QString kGeneratedRelease = QStringLiteral("demo");

/// What one `kubectl exec` did.
struct ExecResult
{
    int exitCode = -1;
    QByteArray out; ///< when not streamed to a file
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1; stderr: %2").arg(exitCode).arg(QString::fromUtf8(err.right(1500)));
    }
};

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions mode = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    file.close();
    return mode == QFileDevice::Permissions{} || file.setPermissions(mode);
}

QByteArray pseudoRandom(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = static_cast<char>(generator.bounded(256));
    return data;
}

/// A data dir with what tar must carry: nested dirs, binary data, modes, an empty dir and file,
/// hidden files, symlinks (one dangling) and names with spaces and non-ASCII characters.
bool makeTree(const QString &dir, quint32 seed)
{
    const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    bool ok = writeFile(dir + QStringLiteral("/a.txt"), "alpha\n")
              && writeFile(dir + QStringLiteral("/nested/deeper/still deeper/blob.bin"), pseudoRandom(200 * 1024, seed))
              && writeFile(dir + QStringLiteral("/nested/small.bin"), pseudoRandom(3, seed + 1))
              && writeFile(dir + QStringLiteral("/with space ünïcødé ✓.txt"), "unicode name\n")
              && writeFile(dir + QStringLiteral("/.hidden"), "hidden\n")
              && writeFile(dir + QStringLiteral("/empty.txt"), {})
              && writeFile(dir + QStringLiteral("/exec.sh"), "#!/bin/sh\necho hi\n",
                           rw | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                               | QFileDevice::ReadOther | QFileDevice::ExeOther)
              && writeFile(dir + QStringLiteral("/private.key"), "secret-ish\n", rw)
              && QDir().mkpath(dir + QStringLiteral("/empty dir"));
    ok = ok && ::symlink("a.txt", QFile::encodeName(dir + QStringLiteral("/link to a")).constData()) == 0
         && ::symlink("../a.txt", QFile::encodeName(dir + QStringLiteral("/nested/up-link")).constData()) == 0
         && ::symlink("nowhere/x", QFile::encodeName(dir + QStringLiteral("/dangling")).constData()) == 0;
    return ok;
}

/// A sqlite database with a few tables, an index, a view and a trigger.
bool makeSqlite(const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QString sql = QStringLiteral(
        "PRAGMA journal_mode=WAL;\n"
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, name TEXT, avatar BLOB);\n"
        "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER REFERENCES users(id), "
        "kind TEXT, at REAL, payload TEXT);\n"
        "CREATE INDEX events_by_user ON events(user_id, at);\n"
        "CREATE VIEW active AS SELECT u.email, count(*) AS n FROM users u JOIN events e ON e.user_id = u.id GROUP BY 1;\n"
        "CREATE TABLE audit (msg TEXT);\n"
        "CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN INSERT INTO audit VALUES ('new ' || NEW.email); END;\n"
        "BEGIN;\n");
    for (int i = 1; i <= 300; ++i)
        sql += QStringLiteral("INSERT INTO users VALUES (%1, 'u%1@example.org', 'Ünïcødé %1 ✓', randomblob(%2));\n")
                   .arg(i)
                   .arg(16 + i % 50);
    for (int i = 1; i <= 1000; ++i)
        sql += QStringLiteral("INSERT INTO events (user_id, kind, at, payload) VALUES (%1, 'k%2', %3.5, "
                              "'line one\nline two %4');\n")
                   .arg(1 + i % 300)
                   .arg(i % 7)
                   .arg(i)
                   .arg(i);
    sql += QStringLiteral("COMMIT;\n");
    return test::runCommand({QStringLiteral("sqlite3"), file}, sql.toUtf8()).ok();
}

QMap<QString, QString> parseSelector(const QString &selector)
{
    QMap<QString, QString> labels;
    for (const QString &part : selector.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels.insert(part.section(QLatin1Char('='), 0, 0).trimmed(), part.section(QLatin1Char('='), 1).trimmed());
    return labels;
}

} // namespace

class tst_Recipes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/recipes-XXXXXX")};
    QTemporaryDir m_serverDir{test::serverTempBase() + QStringLiteral("/chartroom-recipes-XXXXXX")};
    test::KubeSimProcess m_kube;
    ProfileCatalog m_catalog;
    QString m_kubectl = kTools + QStringLiteral("/kubectl");
    QString m_helm = kTools + QStringLiteral("/helm");
    QProcessEnvironment m_env;
    QMap<QString, QString> m_releaseOf; ///< chart → release
    QElapsedTimer m_clock;
    /// Secrets of the generated releases (known to the test, never printed).
    QMap<QString, QString> m_generatedSecrets;
    bool m_execReset = false; ///< the shape rows run on scripted (not host-backed) pods
    bool m_sandboxed = false; ///< kubesim maps host-backed pods' paths (bubblewrap works here)

    // ---- tools ----------------------------------------------------------------------------

    CommandResult kubectl(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000)
    {
        return test::runCommand(QStringList{m_kubectl} + args, input, timeoutMs, m_env);
    }

    CommandResult helm(const QStringList &args)
    {
        return test::runCommand(QStringList{m_helm} + args, {}, 120000, m_env);
    }

    const ChartProfile &profile(const QString &id)
    {
        const ChartProfile *p = m_catalog.profile(id);
        if (!p)
            qFatal("profile %s missing", qPrintable(id));
        return *p;
    }

    static const BackupComponent *component(const ChartProfile &p, const QString &id)
    {
        for (const BackupComponent &c : p.backupComponents)
            if (c.id == id)
                return &c;
        return nullptr;
    }

    QString release(const QString &chart) const { return m_releaseOf.value(chart, kGeneratedRelease); }

    PlaceholderValues values(const ChartProfile &p, const QString &pod = {})
    {
        PlaceholderValues v;
        v.release = release(p.id);
        v.releaseNamespace = kNs;
        v.chart = p.id;
        v.fullname = chartFullname(v.release, p.id);
        v.pod = pod;
        v.timestamp = QStringLiteral("20260101-000000");
        return v;
    }

    /// The pod the engine would pick for a command: its selector, else the profile's; first pod.
    QString podFor(const ChartProfile &p, const PodCommand &command)
    {
        const QString selector =
            substitutePlaceholders(command.selector.isEmpty() ? p.podSelector : command.selector, values(p));
        return podForSelector(selector);
    }

    QString podForSelector(const QString &selector)
    {
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            const CommandResult r = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), kNs,
                                             QStringLiteral("-l"), selector, QStringLiteral("-o"),
                                             QStringLiteral("jsonpath={.items[*].metadata.name}")});
            const QStringList pods = QString::fromUtf8(r.out).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (r.ok() && !pods.isEmpty())
                return pods.first();
            m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=5"));
        }
        return {};
    }

    static QString containerFor(const ChartProfile &p, const PodCommand &command)
    {
        return command.container.isEmpty() ? p.container : command.container;
    }

    QString secretValue(const QString &name, const QString &key)
    {
        const CommandResult r = kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), kNs,
                                         QStringLiteral("-o"), QStringLiteral("jsonpath={.data.%1}").arg(key)});
        return r.ok() ? QString::fromUtf8(QByteArray::fromBase64(r.out.trimmed())) : QString();
    }

    /// The profile's credential, read from the chart's Secret as the pod's env gets it.
    QString credential(const ChartProfile &p)
    {
        return secretValue(substitutePlaceholders(p.credentialsSecret, values(p)), p.credentialsKey);
    }

    /// `kubectl exec [-i] -n NS POD [-c C] -- argv`, stdout to `outFile` (or captured), stdin from `inFile`.
    ExecResult exec(const QString &pod, const QString &container, const QStringList &argv, const QString &inFile = {},
                    const QString &outFile = {}, const QByteArray &input = {})
    {
        QStringList args{QStringLiteral("exec"), QStringLiteral("-n"), kNs};
        if (!inFile.isEmpty() || !input.isEmpty())
            args << QStringLiteral("-i");
        args << pod;
        if (!container.isEmpty())
            args << QStringLiteral("-c") << container;
        args << QStringLiteral("--") << argv;
        QProcess process;
        process.setProcessEnvironment(m_env);
        if (!outFile.isEmpty())
            process.setStandardOutputFile(outFile);
        if (!inFile.isEmpty())
            process.setStandardInputFile(inFile);
        process.start(m_kubectl, args);
        ExecResult result;
        if (!process.waitForStarted(15000))
            return result;
        if (!input.isEmpty())
            process.write(input);
        if (inFile.isEmpty())
            process.closeWriteChannel();
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished(5000);
            result.err = "timed out";
            return result;
        }
        if (outFile.isEmpty())
            result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        return result;
    }

    /// Runs a component's backup command into `artifact`.
    ExecResult backup(const ChartProfile &p, const BackupComponent &c, const QString &artifact)
    {
        const QString pod = podFor(p, c.backup);
        return exec(pod, containerFor(p, c.backup), substitutePlaceholders(c.backup.argv, values(p, pod)), {}, artifact);
    }

    /// Runs a component's restore command with `artifact` streamed on stdin.
    ExecResult restore(const ChartProfile &p, const BackupComponent &c, const QString &artifact)
    {
        const QString pod = podFor(p, c.restore);
        return exec(pod, containerFor(p, c.restore), substitutePlaceholders(c.restore.argv, values(p, pod)),
                    c.restore.stdinFromArtifact ? artifact : QString());
    }

    bool hostBacked(const ChartProfile &p, const PodCommand &command, const QMap<QString, QString> &paths,
                    const QMap<QString, QString> &env = {})
    {
        const QString pod = podFor(p, command);
        return !pod.isEmpty()
               && test::registerHostBackedPod(m_kube, kNs + QLatin1Char('/') + pod, containerFor(p, command), paths, env);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Data dirs of the database servers.
    QString serverPath(const QString &name) const { return m_serverDir.filePath(name); }

    static QString truncatedCopy(const QString &artifact)
    {
        QFile in(artifact);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QByteArray data = in.readAll();
        const QString out = artifact + QStringLiteral(".truncated");
        return writeFile(out, data.left(data.size() / 2)) ? out : QString();
    }

    void timing(const char *what)
    {
        qInfo("%s: %.1f s", what, double(m_clock.restart()) / 1000.0);
    }

    // ---- generated pods for the charts without a test chart ----------------------------------

    QJsonArray envFor(const QString &chart)
    {
        auto plain = [](const QString &name, const QString &value) {
            return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
        };
        auto secret = [&](const QString &name, const QString &key) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("valueFrom"),
                                QJsonObject{{QStringLiteral("secretKeyRef"),
                                             QJsonObject{{QStringLiteral("name"), chartFullname(kGeneratedRelease, chart)},
                                                         {QStringLiteral("key"), key}}}}}};
        };
        // The external database settings the charts' values put in the pod environment; the host
        // is the socket dir, which the test maps to a real server.
        if (chart == QLatin1String("paperless-ngx"))
            return {plain(QStringLiteral("PAPERLESS_DBHOST"), QStringLiteral("/var/run/postgresql")),
                    plain(QStringLiteral("PAPERLESS_DBPORT"), QStringLiteral("5432")),
                    plain(QStringLiteral("PAPERLESS_DBUSER"), QStringLiteral("paperless")),
                    plain(QStringLiteral("PAPERLESS_DBNAME"), QStringLiteral("paperless")),
                    secret(QStringLiteral("PAPERLESS_DBPASS"), QStringLiteral("db-password"))};
        if (chart == QLatin1String("immich"))
            return {plain(QStringLiteral("DB_HOSTNAME"), QStringLiteral("/var/run/postgresql")),
                    plain(QStringLiteral("DB_USERNAME"), QStringLiteral("immich")),
                    plain(QStringLiteral("DB_DATABASE_NAME"), QStringLiteral("immich")),
                    secret(QStringLiteral("DB_PASSWORD"), QStringLiteral("db-password"))};
        if (chart == QLatin1String("uptime-kuma"))
            return {plain(QStringLiteral("DATA_DIR"), QStringLiteral("/app/data"))};
        if (chart == QLatin1String("minio"))
            return {plain(QStringLiteral("MINIO_ROOT_USER"), QStringLiteral("admin")),
                    secret(QStringLiteral("MINIO_ROOT_PASSWORD"), QStringLiteral("root-password"))};
        if (chart == QLatin1String("mongodb"))
            return {secret(QStringLiteral("MONGO_INITDB_ROOT_PASSWORD"), QStringLiteral("root-password"))};
        return {};
    }

    /// A Secret and one Deployment per distinct pod selector of the profile, carrying its labels
    /// and the containers its commands name.
    QList<QJsonObject> generatedObjects(const ChartProfile &p)
    {
        QList<QJsonObject> objects;
        const PlaceholderValues v = values(p);
        QString password = test::sha256Hex(pseudoRandom(16, qHash(p.id))).left(24);
        m_generatedSecrets.insert(p.id, password);
        objects << QJsonObject{
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Secret")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), v.fullname}, {QStringLiteral("namespace"), kNs}}},
            {QStringLiteral("stringData"), QJsonObject{{QStringLiteral("db-password"), password},
                                                       {QStringLiteral("root-password"), password}}}};

        QMap<QString, QStringList> containersBySelector; // selector → containers
        auto add = [&](const PodCommand &command) {
            if (command.argv.isEmpty())
                return;
            QStringList &list = containersBySelector[command.selector];
            const QString c = containerFor(p, command);
            if (!c.isEmpty() && !list.contains(c))
                list << c;
        };
        for (const BackupComponent &c : p.backupComponents) {
            add(c.backup);
            add(c.restore);
        }
        // The profile's own selector always gets pods (it is what finds "the release's pods").
        if (!containersBySelector.contains(QString()) && !p.container.isEmpty())
            containersBySelector[QString()] << p.container;
        else
            containersBySelector[QString()];
        int index = 0;
        for (auto it = containersBySelector.begin(); it != containersBySelector.end(); ++it, ++index) {
            const QMap<QString, QString> labels = parseSelector(substitutePlaceholders(
                it.key().isEmpty() ? p.podSelector : it.key(), v));
            QJsonObject labelObject;
            for (auto l = labels.begin(); l != labels.end(); ++l)
                labelObject.insert(l.key(), l.value());
            QStringList containers = it.value();
            if (containers.isEmpty())
                containers << QStringLiteral("main");
            QJsonArray containerArray;
            for (const QString &c : containers)
                containerArray.append(QJsonObject{{QStringLiteral("name"), c},
                                                  {QStringLiteral("image"), QStringLiteral("example.org/%1:test").arg(c)},
                                                  {QStringLiteral("env"), envFor(p.id)}});
            const QString name = index == 0 ? v.fullname : QStringLiteral("%1-%2").arg(v.fullname).arg(index);
            objects << QJsonObject{
                {QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                {QStringLiteral("kind"), QStringLiteral("Deployment")},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                         {QStringLiteral("namespace"), kNs},
                                                         {QStringLiteral("labels"), labelObject}}},
                {QStringLiteral("spec"),
                 QJsonObject{{QStringLiteral("replicas"), 1},
                             {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), labelObject}}},
                             {QStringLiteral("template"),
                              QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labelObject}}},
                                          {QStringLiteral("spec"),
                                           QJsonObject{{QStringLiteral("containers"), containerArray}}}}}}}};
        }
        return objects;
    }

    QList<const ChartProfile *> tieredProfiles()
    {
        QList<const ChartProfile *> out;
        for (const ChartProfile &p : m_catalog.profiles())
            if (p.tier)
                out << m_catalog.profile(p.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(m_helm) || !QFile::exists(m_kubectl))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        QVERIFY(m_dir.isValid() && m_serverDir.isValid());
        QFile::setPermissions(m_serverDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                      | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther);
        m_clock.start();
        m_catalog.load(path(QStringLiteral("no-user-profiles")));
        QVERIFY2(m_catalog.errors().isEmpty(),
                 qPrintable(m_catalog.errors().isEmpty() ? QString() : m_catalog.errors().first().toString()));
        QCOMPARE(tieredProfiles().size(), 28);

        // Each client gets its own HOME and helm dirs (kubectl caches discovery per host:port).
        const QString home = path(QStringLiteral("home"));
        QDir().mkpath(home);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("HELM_CACHE_HOME"), home + QStringLiteral("/.cache/helm"));
        m_env.insert(QStringLiteral("HELM_CONFIG_HOME"), home + QStringLiteral("/.config/helm"));
        m_env.insert(QStringLiteral("HELM_DATA_HOME"), home + QStringLiteral("/.local/share/helm"));
        QVERIFY2(m_kube.start(m_dir.path(), QStringLiteral("recipes")), qPrintable(m_kube.errorString()));
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
        QVERIFY(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), kNs}).ok());

        // The helm installs run side by side (each mostly waits on the server).
        std::vector<std::unique_ptr<QProcess>> installs;
        for (const auto &[name, chart] : kHelmReleases) {
            m_releaseOf.insert(chart, name);
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(m_env);
            process->start(m_helm, {QStringLiteral("install"), name, kCharts + QLatin1Char('/') + chart + QStringLiteral("-0.4.0"),
                                    QStringLiteral("-n"), kNs});
            installs.push_back(std::move(process));
        }
        for (auto &process : installs) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     process->readAllStandardError().constData());
        }
        QByteArray manifests;
        for (const ChartProfile *p : tieredProfiles()) {
            if (m_releaseOf.contains(p->id))
                continue;
            for (const QJsonObject &o : generatedObjects(*p))
                manifests += "---\n" + QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        const CommandResult applied = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, manifests);
        QVERIFY2(applied.ok(), qPrintable(applied.describe()));
        QVERIFY(m_kube.admin("GET", QStringLiteral("/__test/settle?timeout=20")));
        const QJsonObject status = QJsonDocument::fromJson(
            test::kubesimAdminJson(m_kube.url(), "GET", QStringLiteral("/__test/exec/status"))).object();
        // Without bubblewrap kubesim runs host-backed commands unmapped: only the shape rows mean anything.
        m_sandboxed = status.value(QStringLiteral("sandbox")).toString() == QLatin1String("bwrap");
        timing("kubesim, 8 helm installs, 20 generated releases");
    }

    // ---- end to end: PostgreSQL ------------------------------------------------------------

    void postgresqlDumpall()
    {
        if (!m_sandboxed)
            QSKIP("kubesim has no bubblewrap sandbox here: host-backed pods would not map their paths");
        if (!test::PostgresServer::available())
            QSKIP("PostgreSQL 15 server not installed");
        const ChartProfile &p = profile(QStringLiteral("postgresql"));
        const BackupComponent *c = component(p, QStringLiteral("pg-dumpall"));
        QVERIFY(c);
        const QString password = credential(p);
        QVERIFY(!password.isEmpty());

        test::PostgresServer source;
        QVERIFY2(source.start(serverPath(QStringLiteral("pg-source")), password), qPrintable(source.errorString()));
        timing("PostgreSQL start");
        const QString setup = QStringLiteral(
            "CREATE ROLE app_owner LOGIN PASSWORD 'app-owner-pw';\n"
            "CREATE ROLE readers NOLOGIN;\n"
            "GRANT readers TO app_owner;\n"
            "CREATE DATABASE app OWNER app_owner;\n"
            "CREATE DATABASE \"analytics db\";\n");
        CommandResult r = source.psql(QStringLiteral("postgres"), setup);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = source.psql(QStringLiteral("app"), QStringLiteral(
            "SET ROLE app_owner;\n"
            "CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, payload bytea, doc jsonb, at timestamptz, note text);\n"
            "INSERT INTO items (name, payload, doc, at, note) SELECT 'item ' || g || ' ✓', decode(md5(g::text), 'hex'), "
            "jsonb_build_object('n', g, 'tags', jsonb_build_array('a', g % 3)), '2026-01-01'::timestamptz + g * interval "
            "'1 minute', CASE WHEN g % 5 = 0 THEN NULL ELSE E'tab\\there\\nnew line ' || g END FROM generate_series(1, 3000) g;\n"
            "CREATE VIEW recent AS SELECT id, name FROM items WHERE id > 2990;\n"
            "GRANT SELECT ON items TO readers;\n"
            "SELECT lo_from_bytea(0, decode(repeat('deadbeef', 4096), 'hex'));\n"
            "SELECT lo_from_bytea(0, convert_to('second large object ✓', 'UTF8'));\n"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = source.psql(QStringLiteral("analytics db"), QStringLiteral(
            "CREATE SCHEMA metrics;\n"
            "CREATE TABLE metrics.samples (series text, t timestamptz, v double precision, labels json);\n"
            "INSERT INTO metrics.samples SELECT 's' || (g % 10), '2026-01-01'::timestamptz + g * interval '15 s', "
            "g / 7.0, json_build_object('k', g) FROM generate_series(1, 2000) g;\n"
            "CREATE SEQUENCE metrics.ids START 100; SELECT nextval('metrics.ids'); SELECT nextval('metrics.ids');\n"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QStringList before = source.digest();
        QVERIFY2(!before.join(QLatin1Char('\n')).contains(QLatin1String("ERROR")), qPrintable(before.join(QLatin1Char('\n'))));
        QVERIFY(before.size() > 8);

        QVERIFY(hostBacked(p, c->backup, {{QStringLiteral("/var/run/postgresql"), source.socketDir()}}));
        const QString artifact = path(QStringLiteral("main-db-pg_dumpall.sql.gz"));
        ExecResult e = backup(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        QVERIFY(test::runCommand({QStringLiteral("gzip"), QStringLiteral("-t"), artifact}).ok());
        timing("PostgreSQL data + pg_dumpall through kubectl exec");

        // Restore into an empty fresh server (same superuser password: the chart's Secret is
        // restored before the database).
        test::PostgresServer target;
        QVERIFY2(target.start(serverPath(QStringLiteral("pg-target")), password), qPrintable(target.errorString()));
        QVERIFY(hostBacked(p, c->restore, {{QStringLiteral("/var/run/postgresql"), target.socketDir()}}));
        e = restore(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        // Replaying over a live server reports the roles that exist already; nothing else.
        for (const QByteArray &line : e.err.split('\n'))
            if (line.contains("ERROR:"))
                QVERIFY2(line.contains("already exists") || line.contains("current user cannot be dropped"), line.constData());
        const QStringList after = target.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));
        // The restored role logs in with its own password.
        QProcessEnvironment roleEnv = QProcessEnvironment::systemEnvironment();
        roleEnv.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("app-owner-pw"));
        r = test::runCommand({QStringLiteral("/usr/lib/postgresql/15/bin/psql"), QStringLiteral("-h"), target.socketDir(),
                              QStringLiteral("-U"), QStringLiteral("app_owner"), QStringLiteral("-d"), QStringLiteral("app"),
                              QStringLiteral("-Atc"), QStringLiteral("SELECT count(*) FROM items")},
                             {}, 30000, roleEnv);
        QVERIFY2(r.ok() && r.out.trimmed() == "3000", qPrintable(r.describe()));
        // The digest sees a one-character change and a changed large object.
        QVERIFY(target.psql(QStringLiteral("app"), QStringLiteral("UPDATE items SET name = name || 'x' WHERE id = 7;")).ok());
        QVERIFY(target.digest() != before);
        QVERIFY(target.psql(QStringLiteral("app"), QStringLiteral("UPDATE items SET name = left(name, -1) WHERE id = 7;")).ok());
        QCOMPARE(target.digest(), before);
        QVERIFY(target.psql(QStringLiteral("app"), QStringLiteral("SELECT lo_put(min(oid), 0, '\\x00') FROM pg_largeobject_metadata;")).ok());
        QVERIFY(target.digest() != before);
        timing("PostgreSQL restore into a fresh server + digests");

        // A damaged artifact must fail the restore, not pass as an empty or partial one.
        e = restore(p, *c, truncatedCopy(artifact));
        QVERIFY2(e.exitCode != 0, "a truncated pg_dumpall artifact restored with exit code 0");

        // With the server down the backup fails instead of producing an empty "successful" dump.
        source.stop();
        QVERIFY(hostBacked(p, c->backup, {{QStringLiteral("/var/run/postgresql"), source.socketDir()}}));
        e = backup(p, *c, path(QStringLiteral("pg-down.sql.gz")));
        QVERIFY2(e.exitCode != 0, "pg_dumpall against a stopped server exited 0");
        timing("PostgreSQL failure checks");
    }

    // ---- end to end: MySQL (served by MariaDB) -------------------------------------------------

    void mysqlDump()
    {
        if (!m_sandboxed)
            QSKIP("kubesim has no bubblewrap sandbox here: host-backed pods would not map their paths");
        if (!test::MariaDbServer::available())
            QSKIP("MariaDB server not installed");
        const ChartProfile &p = profile(QStringLiteral("mysql"));
        const BackupComponent *c = component(p, QStringLiteral("mysqldump"));
        QVERIFY(c);
        const QString password = credential(p);
        QVERIFY(!password.isEmpty());
        test::MariaDbServer source;
        QVERIFY2(source.start(serverPath(QStringLiteral("mariadb-source")), password), qPrintable(source.errorString()));
        timing("MariaDB start");
        CommandResult r = source.sql(QStringLiteral(
            "CREATE DATABASE shop CHARACTER SET utf8mb4; USE shop;\n"
            "CREATE TABLE products (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, price DECIMAL(10,2), "
            "data BLOB, note TEXT NULL) ENGINE=InnoDB;\n"
            "INSERT INTO products (name, price, data, note) WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
            "FROM seq WHERE n < 1000) SELECT CONCAT('product ', n, ' ✓'), n * 1.25, UNHEX(MD5(n)), IF(n % 7 = 0, NULL, "
            "CONCAT('line1\\nline2\\t', n)) FROM seq;\n"
            "CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, product_id INT, qty INT, total DECIMAL(12,2)) ENGINE=InnoDB;\n"
            "CREATE TRIGGER orders_total BEFORE INSERT ON orders FOR EACH ROW SET NEW.total = NEW.qty * "
            "(SELECT price FROM products WHERE id = NEW.product_id);\n"
            "INSERT INTO orders (product_id, qty) VALUES (1, 2), (5, 1), (42, 7);\n"
            "CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 10;\n"
            "CREATE PROCEDURE restock(IN pid INT) UPDATE products SET price = price + 1 WHERE id = pid;\n"
            "CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY DO DELETE FROM orders WHERE qty = 0;\n"
            "CREATE DATABASE blog; USE blog;\n"
            "CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(200), body MEDIUMTEXT, published DATETIME) ENGINE=MyISAM;\n"
            "INSERT INTO posts WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300) "
            "SELECT n, CONCAT('Post ', n), REPEAT('lorem ipsum ', n % 50), '2026-01-01' + INTERVAL n HOUR FROM seq;\n"
            "CREATE USER 'shopapp'@'localhost' IDENTIFIED BY 'shop-app-pw';\n"
            "GRANT SELECT, INSERT ON shop.* TO 'shopapp'@'localhost';\n"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const QStringList before = source.digest();
        QVERIFY2(!before.join(QLatin1Char('\n')).contains(QLatin1String("ERROR")), qPrintable(before.join(QLatin1Char('\n'))));

        QVERIFY(hostBacked(p, c->backup, {{QStringLiteral("/var/run/mysqld"), source.socketDir()}}));
        const QString artifact = path(QStringLiteral("shop-mysqldump.sql.gz"));
        ExecResult e = backup(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        QVERIFY(test::runCommand({QStringLiteral("gzip"), QStringLiteral("-t"), artifact}).ok());
        timing("MariaDB data + mysqldump through kubectl exec");

        test::MariaDbServer target;
        QVERIFY2(target.start(serverPath(QStringLiteral("mariadb-target")), password), qPrintable(target.errorString()));
        QVERIFY(hostBacked(p, c->restore, {{QStringLiteral("/var/run/mysqld"), target.socketDir()}}));
        e = restore(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        const QStringList after = target.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));
        // The restored account works without a server restart.
        r = target.sqlAs(QStringLiteral("shopapp"), QStringLiteral("shop-app-pw"), QStringLiteral("SELECT COUNT(*) FROM shop.products;"));
        QVERIFY2(r.ok() && r.out.trimmed() == "1000", qPrintable(r.describe()));
        QVERIFY(target.sql(QStringLiteral("UPDATE blog.posts SET title = 'Post 9!' WHERE id = 9;")).ok());
        QVERIFY(target.digest() != before); // the digest sees a one-character change
        timing("MariaDB restore into a fresh server + digests");

        e = restore(p, *c, truncatedCopy(artifact));
        QVERIFY2(e.exitCode != 0, "a truncated mysqldump artifact restored with exit code 0");
        source.stop();
        QVERIFY(hostBacked(p, c->backup, {{QStringLiteral("/var/run/mysqld"), source.socketDir()}}));
        e = backup(p, *c, path(QStringLiteral("mysql-down.sql.gz")));
        QVERIFY2(e.exitCode != 0, "mysqldump against a stopped server exited 0");
        timing("MariaDB failure checks");
    }

    // ---- end to end: Redis -------------------------------------------------------------------

    void redisRdb()
    {
        if (!m_sandboxed)
            QSKIP("kubesim has no bubblewrap sandbox here: host-backed pods would not map their paths");
        if (!test::RedisServer::available())
            QSKIP("redis-server not installed");
        const ChartProfile &p = profile(QStringLiteral("redis"));
        const BackupComponent *c = component(p, QStringLiteral("rdb"));
        QVERIFY(c);
        const QString password = credential(p);
        QVERIFY(!password.isEmpty());
        // The recipe's redis-cli uses the container default 127.0.0.1:6379 (the chart configures no
        // socket), so the servers listen there, one at a time; the restore uses 16379 in the pod.
        const int port = 6379;
        for (const quint16 needed : {quint16(port), quint16(16379)}) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, needed))
                QSKIP(qPrintable(QStringLiteral("loopback port %1 is in use on this machine").arg(needed)));
        }
        test::RedisServer source;
        QVERIFY2(source.start(serverPath(QStringLiteral("redis-source")), password, port), qPrintable(source.errorString()));
        QStringList mset{QStringLiteral("MSET")};
        for (int i = 0; i < 300; ++i)
            mset << QStringLiteral("key:%1").arg(i) << QStringLiteral("value %1 ✓").arg(i);
        for (const QStringList &command : QList<QStringList>{
                 mset,
                 {QStringLiteral("SET"), QStringLiteral("session:1"), QStringLiteral("abc"), QStringLiteral("EX"), QStringLiteral("3600")},
                 {QStringLiteral("SET"), QStringLiteral("binary"), QString::fromLatin1(pseudoRandom(64, 7).toHex())},
                 {QStringLiteral("HSET"), QStringLiteral("user:1"), QStringLiteral("name"), QStringLiteral("Ada"),
                  QStringLiteral("email"), QStringLiteral("ada@example.org")},
                 {QStringLiteral("PEXPIRE"), QStringLiteral("user:1"), QStringLiteral("7200000")},
                 {QStringLiteral("RPUSH"), QStringLiteral("queue"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")},
                 {QStringLiteral("SADD"), QStringLiteral("tags"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")},
                 {QStringLiteral("ZADD"), QStringLiteral("board"), QStringLiteral("1"), QStringLiteral("alice"), QStringLiteral("2.5"),
                  QStringLiteral("bob"), QStringLiteral("3"), QStringLiteral("carol")},
                 {QStringLiteral("XADD"), QStringLiteral("stream"), QStringLiteral("1-1"), QStringLiteral("f"), QStringLiteral("v")}}) {
            const CommandResult r = source.command(command);
            QVERIFY2(r.ok() && !r.out.startsWith("ERR"), qPrintable(r.describe() + QString::fromUtf8(r.out)));
        }
        const QStringList before = source.digest();
        QCOMPARE(before.size(), 307);

        QVERIFY(hostBacked(p, c->backup, {{QStringLiteral("/data"), source.dataDir()}}));
        const QString artifact = path(QStringLiteral("cache-dump.rdb"));
        QElapsedTimer rdbClock;
        rdbClock.start();
        ExecResult e = backup(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        qInfo("redis-cli --rdb through kubectl exec: %.1f s", double(rdbClock.elapsed()) / 1000.0);
        QFile rdb(artifact);
        QVERIFY(rdb.open(QIODevice::ReadOnly) && rdb.read(5) == "REDIS");
        rdb.close();
        source.stop();
        timing("Redis data + redis-cli --rdb through kubectl exec");

        // Server gone: the backup fails and leaves no artifact content behind.
        e = backup(p, *c, path(QStringLiteral("redis-down.rdb")));
        QVERIFY2(e.exitCode != 0, "redis-cli --rdb against a stopped server exited 0");

        // An empty fresh server with the chart's configuration (appendonly yes).
        const QStringList chartConfig{QStringLiteral("appendonly yes")};
        test::RedisServer target;
        QVERIFY2(target.start(serverPath(QStringLiteral("redis-target")), password, port, chartConfig),
                 qPrintable(target.errorString()));
        QVERIFY2(target.digest().isEmpty(), qPrintable(target.digest().join(QLatin1Char('\n'))));
        QVERIFY(target.command({QStringLiteral("SET"), QStringLiteral("stale"), QStringLiteral("replaced by the restore")}).ok());
        QVERIFY(hostBacked(p, c->restore, {{QStringLiteral("/data"), target.dataDir()}}));
        e = restore(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        // Loaded into the running server, which is a primary again...
        QVERIFY2(target.isRunning(), "the restore stopped Redis");
        QVERIFY(target.command({QStringLiteral("INFO"), QStringLiteral("replication")}).out.contains("role:master"));
        QStringList after = target.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));
        // ...and persisted: a restart (on its AOF) still has exactly the restored data.
        target.stop();
        QVERIFY2(target.start(serverPath(QStringLiteral("redis-target")), password, port, chartConfig),
                 qPrintable(target.errorString()));
        after = target.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));
        // A damaged artifact fails the restore and leaves the data as it was.
        e = restore(p, *c, truncatedCopy(artifact));
        QVERIFY2(e.exitCode != 0, "a truncated RDB artifact restored with exit code 0");
        QVERIFY(target.command({QStringLiteral("INFO"), QStringLiteral("replication")}).out.contains("role:master"));
        after = target.digest();
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));
        // The digest sees a changed expiry time.
        QVERIFY(target.command({QStringLiteral("PEXPIRE"), QStringLiteral("session:1"), QStringLiteral("5000000")}).ok());
        QVERIFY(target.digest() != before);
        timing("Redis restore into the running server, restart + digests");
    }

    // ---- end to end: pg_dump custom format against the chart's external PostgreSQL ------------

    void externalPostgres_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("componentId");
        QTest::addColumn<QString>("user");
        QTest::newRow("paperless-ngx/database") << "paperless-ngx" << "database" << "paperless";
        QTest::newRow("immich/database") << "immich" << "database" << "immich";
    }

    void externalPostgres()
    {
        if (!m_sandboxed)
            QSKIP("kubesim has no bubblewrap sandbox here: host-backed pods would not map their paths");
        QFETCH(QString, chart);
        QFETCH(QString, componentId);
        QFETCH(QString, user);
        if (!test::PostgresServer::available())
            QSKIP("PostgreSQL 15 server not installed");
        const ChartProfile &p = profile(chart);
        const BackupComponent *c = component(p, componentId);
        QVERIFY(c);
        const QString dbPassword = m_generatedSecrets.value(chart);
        const QString superPassword = QStringLiteral("super-%1").arg(chart);
        const QString createRole = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2';\nCREATE DATABASE %1 OWNER %1;\n")
                                       .arg(user, dbPassword);
        test::PostgresServer source;
        QVERIFY2(source.start(serverPath(chart + QStringLiteral("-pg-source")), superPassword), qPrintable(source.errorString()));
        CommandResult r = source.psql(QStringLiteral("postgres"), createRole);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = source.psql(user, QStringLiteral(
            "SET ROLE %1;\n"
            "CREATE TABLE documents (id bigserial PRIMARY KEY, title text, content bytea, added timestamptz, meta jsonb);\n"
            "INSERT INTO documents (title, content, added, meta) SELECT 'Doc ' || g || ' ✓', decode(repeat(md5(g::text), 8), 'hex'), "
            "'2026-01-01'::timestamptz + g * interval '1 hour', jsonb_build_object('pages', g % 9) FROM generate_series(1, 1500) g;\n"
            "CREATE TABLE tags (id int PRIMARY KEY, name text UNIQUE);\n"
            "INSERT INTO tags SELECT g, 'tag' || g FROM generate_series(1, 50) g;\n"
            "CREATE VIEW tagged AS SELECT d.id, t.name FROM documents d JOIN tags t ON t.id = d.id % 50 + 1;\n"
            "SELECT lo_from_bytea(0, decode(repeat('cafe', 1000), 'hex'));\n").arg(user));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        // Roles carry a salted password hash that differs per server; the content must not.
        auto content = [](const QStringList &digest) {
            QStringList out;
            for (const QString &line : digest)
                if (!line.startsWith(QLatin1String("role ")))
                    out << line;
            return out;
        };
        const QStringList before = content(source.digest());

        QVERIFY(hostBacked(p, c->backup, {{QStringLiteral("/var/run/postgresql"), source.socketDir()}}));
        const QString artifact = path(chart + QStringLiteral(".dump"));
        ExecResult e = backup(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        QFile dump(artifact);
        QVERIFY(dump.open(QIODevice::ReadOnly) && dump.read(5) == "PGDMP");
        dump.close();

        // A fresh release: its database and user exist (the chart's DB init), empty.
        test::PostgresServer target;
        QVERIFY2(target.start(serverPath(chart + QStringLiteral("-pg-target")), superPassword), qPrintable(target.errorString()));
        QVERIFY(target.psql(QStringLiteral("postgres"), createRole).ok());
        QVERIFY(hostBacked(p, c->restore, {{QStringLiteral("/var/run/postgresql"), target.socketDir()}}));
        e = restore(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        const QStringList after = content(target.digest());
        QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));
        // Restoring again over the restored data (--clean --if-exists) leaves the same content.
        e = restore(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        QCOMPARE(content(target.digest()), before);

        e = restore(p, *c, truncatedCopy(artifact));
        QVERIFY2(e.exitCode != 0, "a truncated pg_dump artifact restored with exit code 0");
        source.stop();
        QVERIFY(hostBacked(p, c->backup, {{QStringLiteral("/var/run/postgresql"), source.socketDir()}}));
        e = backup(p, *c, path(chart + QStringLiteral("-down.dump")));
        QVERIFY2(e.exitCode != 0, "pg_dump against a stopped server exited 0");
        timing(qPrintable(chart + QStringLiteral(" pg_dump/pg_restore round trip")));
    }

    // ---- end to end: tar archives and sqlite files -------------------------------------------

    void files_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("componentId");
        QTest::addColumn<QString>("mount");      // container path mapped to a host dir
        QTest::addColumn<QString>("sqliteFile"); // relative to mount; empty: a file tree
        QTest::addColumn<QStringList>("excluded"); // created in the source, must not be archived
        QTest::addColumn<QStringList>("outside");  // created in the source, outside the archived paths
        const QStringList none;
        auto row = [](const char *name) { return &QTest::newRow(name); };
        *row("grafana/data") << "grafana" << "data" << "/var/lib/grafana" << "" << none << none;
        *row("grafana/database") << "grafana" << "database" << "/var/lib/grafana" << "grafana.db" << none << none;
        *row("vaultwarden/data") << "vaultwarden" << "data" << "/data" << "" << QStringList{"icon_cache"} << none;
        *row("nextcloud/config-php") << "nextcloud" << "config-php" << "/var/www/html/config" << "" << none << none;
        *row("nextcloud/data") << "nextcloud" << "data" << "/var/www/html/data" << "" << none << none;
        *row("nextcloud/custom-apps") << "nextcloud" << "custom-apps" << "/var/www/html/custom_apps" << "" << none << none;
        *row("uptime-kuma/database") << "uptime-kuma" << "database" << "/app/data" << "kuma.db" << none << none;
        *row("uptime-kuma/data") << "uptime-kuma" << "data" << "/app/data" << ""
                                 << QStringList{"kuma.db", "kuma.db-wal", "kuma.db-shm"} << none;
        *row("paperless-ngx/data") << "paperless-ngx" << "data" << "/usr/src/paperless/data" << "" << none << none;
        *row("paperless-ngx/media") << "paperless-ngx" << "media" << "/usr/src/paperless/media" << "" << none << none;
        *row("wordpress/content") << "wordpress" << "content" << "/var/www/html" << "" << none
                                  << QStringList{"index.php", "wp-includes"};
        *row("jellyfin/config-dir") << "jellyfin" << "config-dir" << "/config" << ""
                                    << QStringList{"cache", "transcodes"} << none;
        *row("jellyfin/library-db") << "jellyfin" << "library-db" << "/config" << "data/library.db" << none << none;
        *row("mlflow/tracking-db") << "mlflow" << "tracking-db" << "/mlflow" << "mlflow.db" << none << none;
        *row("mlflow/artifacts") << "mlflow" << "artifacts" << "/mlflow/artifacts" << "" << none << none;
        *row("harbor/registry") << "harbor" << "registry" << "/var/lib/registry" << "" << none << none;
        *row("mimir/data") << "mimir" << "data" << "/data" << "" << none << none;
        *row("alertmanager/data") << "alertmanager" << "data" << "/alertmanager" << "" << none << none;
        *row("loki/data") << "loki" << "data" << "/loki" << "" << none << none;
        *row("tempo/data") << "tempo" << "data" << "/var/tempo" << "" << none << none;
        *row("rabbitmq/mnesia") << "rabbitmq" << "mnesia" << "/var/lib/rabbitmq" << "" << none << none;
        *row("airflow/dags") << "airflow" << "dags" << "/opt/airflow/dags" << "" << none << none;
        *row("immich/library") << "immich" << "library" << "/data" << "" << none << none;
    }

    void files()
    {
        if (!m_sandboxed)
            QSKIP("kubesim has no bubblewrap sandbox here: host-backed pods would not map their paths");
        QFETCH(QString, chart);
        QFETCH(QString, componentId);
        QFETCH(QString, mount);
        QFETCH(QString, sqliteFile);
        QFETCH(QStringList, excluded);
        QFETCH(QStringList, outside);
        const ChartProfile &p = profile(chart);
        const BackupComponent *c = component(p, componentId);
        QVERIFY(c);
        const QString base = path(QStringLiteral("files/%1-%2").arg(chart, componentId));
        const QString source = base + QStringLiteral("/source");
        const QString target = base + QStringLiteral("/target");
        QVERIFY(QDir().mkpath(source) && QDir().mkpath(target));
        const quint32 seed = qHash(chart + componentId);
        if (chart == QLatin1String("wordpress")) {
            QVERIFY(makeTree(source + QStringLiteral("/wp-content"), seed));
            QVERIFY(writeFile(source + QStringLiteral("/wp-config.php"), "<?php define('DB_NAME', 'wordpress');\n"));
        } else if (sqliteFile.isEmpty()) {
            QVERIFY(makeTree(source, seed));
        } else {
            QVERIFY(makeSqlite(source + QLatin1Char('/') + sqliteFile));
            // The application has it open: WAL content not yet checkpointed must be in the backup.
            QVERIFY(test::runCommand({QStringLiteral("sqlite3"), source + QLatin1Char('/') + sqliteFile,
                                      QStringLiteral("PRAGMA wal_autocheckpoint=0; INSERT INTO users (id, email) VALUES "
                                                     "(9999, 'late@example.org');")})
                        .ok());
        }
        for (const QString &x : excluded + outside)
            QVERIFY(writeFile(source + QLatin1Char('/') + x + (x.contains(QLatin1Char('.')) ? QString() : QStringLiteral("/f")),
                              pseudoRandom(1000, seed + 5)));
        const QStringList before = sqliteFile.isEmpty() ? test::fileTreeDigest(source, excluded + outside)
                                                        : QStringList{test::sqliteDumpDigest(source + QLatin1Char('/') + sqliteFile)};
        QVERIFY(!before.isEmpty() && !before.first().isEmpty());

        QVERIFY(hostBacked(p, c->backup, {{mount, source}}));
        const QString artifact = base + QStringLiteral("/") + substitutePlaceholders(c->fileName, values(p));
        ExecResult e = backup(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        QVERIFY(QFileInfo(artifact).size() > 0);

        // Nextcloud rescans its files as www-data after a data restore; php and occ are not on
        // this host, so a stub php on the container's PATH records the call.
        QMap<QString, QString> restorePaths{{mount, target}};
        const bool nextcloudData = chart == QLatin1String("nextcloud") && componentId == QLatin1String("data");
        const QString stubLog = base + QStringLiteral("/stub-log");
        if (nextcloudData) {
            const QString stubBin = base + QStringLiteral("/stub-bin");
            QVERIFY(writeFile(stubBin + QStringLiteral("/php"),
                              "#!/bin/sh\necho \"$(id -un) $*\" >> /var/log/chartroom-stub/php.log\n",
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
            QVERIFY(QDir().mkpath(stubLog));
            QFile::setPermissions(stubLog, QFileDevice::Permissions(0x7777));
            restorePaths.insert(QStringLiteral("/usr/local/bin"), stubBin);
            restorePaths.insert(QStringLiteral("/var/log/chartroom-stub"), stubLog);
        }
        QVERIFY(hostBacked(p, c->restore, restorePaths));
        e = restore(p, *c, artifact);
        QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
        if (sqliteFile.isEmpty()) {
            const QStringList after = test::fileTreeDigest(target);
            QVERIFY2(before == after, qPrintable(test::digestDifference(before, after)));
        } else {
            const QString restored = target + QLatin1Char('/') + sqliteFile;
            QCOMPARE(QStringList{test::sqliteDumpDigest(restored)}, before);
            const CommandResult check = test::runCommand({QStringLiteral("sqlite3"), restored, QStringLiteral("PRAGMA integrity_check; SELECT count(*) FROM users;")});
            QCOMPARE(check.out, QByteArray("ok\n301\n"));
            QVERIFY(test::runCommand({QStringLiteral("sqlite3"), restored, QStringLiteral("UPDATE events SET kind = 'changed' WHERE id = 3;")}).ok());
            QVERIFY(QStringList{test::sqliteDumpDigest(restored)} != before);
        }
        if (sqliteFile.isEmpty() && chart == QLatin1String("grafana")) {
            // The tree digest sees a mode change and a symlink retargeted.
            QVERIFY(QFile::setPermissions(target + QStringLiteral("/a.txt"), QFileDevice::ReadOwner));
            QVERIFY(test::fileTreeDigest(target) != before);
            QVERIFY(QFile::setPermissions(target + QStringLiteral("/a.txt"), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                             | QFileDevice::ReadGroup | QFileDevice::ReadOther));
            QCOMPARE(test::fileTreeDigest(target), before);
            QVERIFY(QFile::remove(target + QStringLiteral("/link to a")));
            QVERIFY(::symlink(".hidden", QFile::encodeName(target + QStringLiteral("/link to a")).constData()) == 0);
            QVERIFY(test::fileTreeDigest(target) != before);
        }
        if (nextcloudData) {
            for (const QString &line : test::fileTreeDigest(target, {}, true))
                if (!line.startsWith(QLatin1String(". ")))
                    QVERIFY2(line.endsWith(QLatin1String(" 33:33")), qPrintable(line)); // www-data
            QFile log(stubLog + QStringLiteral("/php.log"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            QCOMPARE(log.readAll(), QByteArray("www-data /var/www/html/occ files:scan --all\n"));
        }

        // A sqlite recipe pointed at a missing database must fail, not back up an empty one.
        if (!sqliteFile.isEmpty()) {
            const QString empty = base + QStringLiteral("/empty");
            QVERIFY(QDir().mkpath(empty));
            QVERIFY(hostBacked(p, c->backup, {{mount, empty}}));
            e = backup(p, *c, base + QStringLiteral("/missing.db"));
            QVERIFY2(e.exitCode != 0, "a backup of a missing sqlite database exited 0");
            QVERIFY2(!QFile::exists(empty + QLatin1Char('/') + sqliteFile), "the backup created an empty database in the pod");
        }
    }

    // ---- command shape: every in-pod command of the 28 tiered profiles -----------------------

    void commandShapes_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("componentId");
        QTest::addColumn<bool>("isRestore");
        for (const ChartProfile *p : tieredProfiles()) {
            QTest::addRow("%s/selector", qPrintable(p->id)) << p->id << QString() << false;
            for (const BackupComponent &c : p->backupComponents) {
                if (!c.backup.argv.isEmpty())
                    QTest::addRow("%s/%s/backup", qPrintable(p->id), qPrintable(c.id)) << p->id << c.id << false;
                if (!c.restore.argv.isEmpty())
                    QTest::addRow("%s/%s/restore", qPrintable(p->id), qPrintable(c.id)) << p->id << c.id << true;
            }
        }
    }

    void commandShapes()
    {
        QFETCH(QString, chart);
        QFETCH(QString, componentId);
        QFETCH(bool, isRestore);
        if (!m_execReset) {
            // Host backends from the end-to-end tests would run the real commands: forget them.
            QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/reset"), "{}"));
            m_execReset = true;
        }
        const ChartProfile &p = profile(chart);
        if (componentId.isEmpty()) {
            // The profile's selector finds the release's pods, and its default container is in them.
            const QString pod = podForSelector(substitutePlaceholders(p.podSelector, values(p)));
            QVERIFY2(!pod.isEmpty(), qPrintable(p.podSelector));
            if (!p.container.isEmpty()) {
                const CommandResult r = kubectl({QStringLiteral("get"), QStringLiteral("pod"), pod, QStringLiteral("-n"), kNs,
                                                 QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.containers[*].name}")});
                QVERIFY2(QString::fromUtf8(r.out).split(QLatin1Char(' ')).contains(p.container), r.out.constData());
            }
            return;
        }
        const BackupComponent *c = component(p, componentId);
        QVERIFY(c);
        const PodCommand &command = isRestore ? c->restore : c->backup;
        const QString pod = podFor(p, command);
        QVERIFY2(!pod.isEmpty(), qPrintable(command.selector));
        const QString container = containerFor(p, command);
        const QStringList argv = substitutePlaceholders(command.argv, values(p, pod));
        for (const QString &arg : argv)
            QVERIFY2(findPlaceholders(arg).isEmpty() || arg.contains(QLatin1String("${")), qPrintable(arg));
        const QString marker = QStringLiteral("shape-%1-%2-%3").arg(chart, componentId, isRestore ? QStringLiteral("restore") : QStringLiteral("backup"));
        QJsonObject entry{{QStringLiteral("pod"), QString(kNs + QLatin1Char('/') + pod)},
                          {QStringLiteral("command"), QJsonArray::fromStringList(argv)},
                          {QStringLiteral("stdout"), marker},
                          {QStringLiteral("exitCode"), 0}};
        if (!container.isEmpty())
            entry.insert(QStringLiteral("container"), container);
        QVERIFY(m_kube.admin("POST", QStringLiteral("/__test/exec/table"), QJsonDocument(entry).toJson(QJsonDocument::Compact)));

        const QByteArray input = isRestore && command.stdinFromArtifact ? QByteArray("artifact of ") + marker.toUtf8() : QByteArray();
        ExecResult e = exec(pod, container, argv, {}, {}, input);
        QVERIFY2(e.exitCode == 0 && e.out == marker.toUtf8(), qPrintable(e.describe() + QString::fromUtf8(e.out)));
        // The server saw exactly this argv, in this container. It records an exec once its stream
        // has wound down, which can be a moment after kubectl returned: poll (bounded).
        QJsonArray history;
        const QDeadlineTimer recorded(10000);
        do {
            history = QJsonDocument::fromJson(test::kubesimAdminJson(m_kube.url(), "GET", QStringLiteral("/__test/exec/history")))
                          .object()
                          .value(QStringLiteral("items"))
                          .toArray();
            if (!history.isEmpty() && history.last().toObject().value(QStringLiteral("command")).toVariant().toStringList() == argv)
                break;
            QThread::msleep(20);
        } while (!recorded.hasExpired());
        QVERIFY(!history.isEmpty());
        const QJsonObject last = history.last().toObject();
        QCOMPARE(last.value(QStringLiteral("command")).toVariant().toStringList(), argv);
        if (!container.isEmpty())
            QCOMPARE(last.value(QStringLiteral("container")).toString(), container);
        if (!input.isEmpty()) {
            const QJsonObject recorded = QJsonDocument::fromJson(test::kubesimAdminJson(
                m_kube.url(), "POST", QStringLiteral("/__test/exec/stdin"),
                QJsonDocument(QJsonObject{{QStringLiteral("pod"), QString(kNs + QLatin1Char('/') + pod)},
                                          {QStringLiteral("container"), container}}).toJson(QJsonDocument::Compact))).object();
            QCOMPARE(recorded.value(QStringLiteral("sha256")).toString(), test::sha256Hex(input));
        }
        // Anything else is not that command: an extra argument does not match the entry.
        e = exec(pod, container, argv + QStringList{QStringLiteral("--not-the-recipe")}, {}, {}, input);
        QVERIFY2(e.exitCode != 0 && e.out != marker.toUtf8(), qPrintable(e.describe()));
    }

    // ---- config objects and helm values the engine saves, for the charts with a test chart ----

    void configObjects()
    {
        for (const auto &[name, chart] : kHelmReleases) {
            const ChartProfile *p = m_catalog.profile(chart);
            if (!p || !p->tier)
                continue;
            for (const BackupComponent &c : p->backupComponents) {
                if (c.kind == QLatin1String("helm-values")) {
                    const CommandResult r = helm({QStringLiteral("get"), QStringLiteral("values"), name, QStringLiteral("-n"),
                                                  kNs, QStringLiteral("-o"), QStringLiteral("yaml")});
                    QVERIFY2(r.ok(), qPrintable(chart + QStringLiteral(": ") + r.describe()));
                }
                for (const QString &object : substitutePlaceholders(c.objects, values(*p))) {
                    const CommandResult r = kubectl({QStringLiteral("get"), object, QStringLiteral("-n"), kNs,
                                                     QStringLiteral("-o"), QStringLiteral("yaml")});
                    QVERIFY2(r.ok(), qPrintable(chart + QStringLiteral(": ") + object + QStringLiteral(": ") + r.describe()));
                }
            }
        }
    }

    void cleanupTestCase()
    {
        m_kube.stop();
        timing("rest");
    }
};

QTEST_GUILESS_MAIN(tst_Recipes)
#include "tst_recipes.moc"
