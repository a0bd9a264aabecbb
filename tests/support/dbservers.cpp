#include "dbservers.h"

#include "kubesimprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdlib>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace chartroom::test {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString kMariaDbd = QStringLiteral("/usr/sbin/mariadbd");

/// A system user to run a server as when the test runs as root (initdb and mariadbd refuse root).
struct RunAs
{
    bool active = false;
    uid_t uid = 0;
    gid_t gid = 0;

    static RunAs user(const char *name)
    {
        RunAs r;
        if (::geteuid() != 0)
            return r;
        if (const passwd *pw = ::getpwnam(name)) {
            r.active = true;
            r.uid = pw->pw_uid;
            r.gid = pw->pw_gid;
        }
        return r;
    }

    void apply(QProcess &process) const
    {
        if (!active)
            return;
        const uid_t u = uid;
        const gid_t g = gid;
        // Runs in the child between fork and exec: async-signal-safe calls only.
        process.setChildProcessModifier([u, g] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(g) != 0 || ::setuid(u) != 0)
                ::_exit(126);
        });
    }

    bool chown(const QString &path) const
    {
        return !active || ::chown(QFile::encodeName(path).constData(), uid, gid) == 0;
    }
};

CommandResult runProcess(const QStringList &argv, const QByteArray &input, int timeoutMs,
                         const QProcessEnvironment &env, const RunAs &runAs = {}, const QString &workDir = {})
{
    CommandResult result;
    if (argv.isEmpty())
        return result;
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    runAs.apply(process);
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForStarted(15000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (!result.timedOut && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QString tail(const QString &path, int bytes = 2000)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > bytes)
        file.seek(file.size() - bytes);
    return QString::fromUtf8(file.readAll());
}

/// Polls `ready` until it holds, the server dies or the deadline passes. Short sleeps between
/// polls only; never a fixed wait.
template<typename Ready>
bool waitReady(QProcess &server, int timeoutMs, Ready ready)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (server.state() != QProcess::Running)
            return false;
        if (ready())
            return true;
        server.waitForFinished(25); // returns at once if it exits; otherwise a short poll interval
    }
    return false;
}

void stopServer(QProcess &server, int signal, int graceMs)
{
    if (server.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(server.processId()), signal);
    if (!server.waitForFinished(graceMs)) {
        server.kill();
        server.waitForFinished(5000);
    }
}

QStringList lines(const QByteArray &data)
{
    QStringList out = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

/// "rows=N sha256=…" of text rows compared as a set (order-independent, duplicates kept).
QString rowsDigest(QStringList rows)
{
    std::sort(rows.begin(), rows.end());
    return QStringLiteral("rows=%1 sha256=%2")
        .arg(rows.size())
        .arg(sha256Hex(rows.join(QLatin1Char('\n')).toUtf8()));
}

QString sqlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// baseDir/sock, or a short dir under /tmp when that would make the socket path too long
/// (sun_path holds 107 bytes); `owned` gets the dir to remove later.
QString socketDirFor(const QString &baseDir, QString *owned)
{
    if (!owned->isEmpty()) {
        QDir(*owned).removeRecursively();
        owned->clear();
    }
    const QString preferred = baseDir + QStringLiteral("/sock");
    if (QFile::encodeName(preferred).size() + 20 < 100)
        return preferred;
    QByteArray pattern = "/tmp/chartroom-sock-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return preferred;
    *owned = QFile::decodeName(pattern);
    return *owned;
}

bool makeDir(const QString &path, const RunAs &owner, QString *error)
{
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                              | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                              | QFileDevice::ExeOther)
        || !owner.chown(path)) {
        *error = QStringLiteral("cannot prepare %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

QString CommandResult::describe() const
{
    if (!started)
        return QStringLiteral("did not start: ") + QString::fromUtf8(err);
    if (timedOut)
        return QStringLiteral("timed out; stderr: ") + QString::fromUtf8(err.right(1500));
    return QStringLiteral("exit %1; stderr: %2").arg(exitCode).arg(QString::fromUtf8(err.right(1500)));
}

CommandResult runCommand(const QStringList &argv, const QByteArray &input, int timeoutMs,
                         const QProcessEnvironment &env)
{
    return runProcess(argv, input, timeoutMs, env);
}

QString testTempBase()
{
    QString base = qEnvironmentVariable("CHARTROOM_TEST_TMP");
    if (base.isEmpty())
        base = QDir::tempPath();
    QDir().mkpath(base);
    // Servers running as postgres/mysql must traverse it. Touch it only when they cannot: the base
    // may be /tmp itself, whose sticky bit QFile::setPermissions() would drop.
    const QFileDevice::Permissions traverse = QFileDevice::ExeGroup | QFileDevice::ExeOther;
    if ((QFile::permissions(base) & traverse) != traverse)
        QFile::setPermissions(base, QFile::permissions(base) | QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                        | QFileDevice::ReadOther | QFileDevice::ExeOther);
    return base;
}

QString serverTempBase()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable())
        return shm.filePath();
    return testTempBase();
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString digestDifference(const QStringList &before, const QStringList &after)
{
    QStringList out;
    for (const QString &line : before)
        if (!after.contains(line))
            out << QStringLiteral("- ") + line;
    for (const QString &line : after)
        if (!before.contains(line))
            out << QStringLiteral("+ ") + line;
    if (out.isEmpty() && before != after)
        out << QStringLiteral("(same lines, different order or multiplicity)");
    return out.join(QLatin1Char('\n'));
}

QStringList fileTreeDigest(const QString &dir, const QStringList &exclude, bool withOwner)
{
    QStringList out;
    const QDir root(dir);
    auto describe = [&](const QString &path, const QString &relative) {
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return QStringLiteral("%1 unreadable").arg(relative);
        QString line;
        const QString mode = QString::number(st.st_mode & 07777, 8);
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
            line = QStringLiteral("%1 -> %2").arg(relative, QFile::decodeName(QByteArray(target, n > 0 ? int(n) : 0)));
        } else if (S_ISDIR(st.st_mode)) {
            line = QStringLiteral("%1/ dir %2").arg(relative, mode);
        } else if (S_ISREG(st.st_mode)) {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            line = QStringLiteral("%1 file %2 %3 %4")
                       .arg(relative, mode)
                       .arg(qint64(st.st_size))
                       .arg(QString::fromLatin1(hash.result().toHex()));
        } else {
            line = QStringLiteral("%1 special %2").arg(relative, mode);
        }
        if (withOwner)
            line += QStringLiteral(" %1:%2").arg(st.st_uid).arg(st.st_gid);
        return line;
    };
    out << describe(dir, QStringLiteral("."));
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        const bool excluded = std::any_of(exclude.begin(), exclude.end(), [&](const QString &e) {
            return relative == e || relative.startsWith(e + QLatin1Char('/'));
        });
        if (!excluded)
            out << describe(path, relative);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString sqliteDumpDigest(const QString &file)
{
    const CommandResult r = runProcess({QStringLiteral("sqlite3"), file, QStringLiteral(".dump")}, {}, 60000, {});
    return r.ok() ? sha256Hex(r.out) : QString();
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

PostgresServer::~PostgresServer()
{
    stop();
    if (!m_ownedSocketDir.isEmpty())
        QDir(m_ownedSocketDir).removeRecursively();
}

bool PostgresServer::available()
{
    return QFile::exists(kPgBin + QStringLiteral("/initdb")) && QFile::exists(kPgBin + QStringLiteral("/postgres"));
}

QProcessEnvironment PostgresServer::clientEnv() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), kPgBin + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_baseDir);
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    if (!m_password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), m_password);
    return env;
}

bool PostgresServer::start(const QString &baseDir, const QString &superuserPassword)
{
    stop();
    m_baseDir = baseDir;
    m_dataDir = baseDir + QStringLiteral("/data");
    m_socketDir = socketDirFor(baseDir, &m_ownedSocketDir);
    m_password = superuserPassword;
    const RunAs runAs = RunAs::user("postgres");
    if (!makeDir(m_baseDir, runAs, &m_error) || !makeDir(m_socketDir, runAs, &m_error))
        return false;

    QStringList initdb{kPgBin + QStringLiteral("/initdb"), QStringLiteral("-D"), m_dataDir,
                       QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                       QStringLiteral("--no-locale"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions"),
                       // 1 MB WAL segments: a few MB on disk instead of 16+ (quick to create and delete).
                       QStringLiteral("--wal-segsize=1")};
    const QString pwfile = baseDir + QStringLiteral("/.pwfile");
    if (m_password.isEmpty()) {
        initdb << QStringLiteral("--auth=trust");
    } else {
        // Local connections need the password, as a chart's recipes must supply it.
        QFile file(pwfile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0) {
            m_error = QStringLiteral("cannot write the password file");
            return false;
        }
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        runAs.chown(pwfile);
        initdb << QStringLiteral("--auth=scram-sha-256") << QStringLiteral("--pwfile=") + pwfile;
    }
    QProcessEnvironment env = clientEnv();
    env.remove(QStringLiteral("PGPASSWORD"));
    const CommandResult init = runProcess(initdb, {}, 120000, env, runAs, m_baseDir);
    QFile::remove(pwfile);
    if (!init.ok()) {
        m_error = QStringLiteral("initdb failed: ") + init.describe();
        return false;
    }

    const QString log = baseDir + QStringLiteral("/postgres.log");
    m_server.setStandardOutputFile(log, QIODevice::Append);
    m_server.setStandardErrorFile(log, QIODevice::Append);
    m_server.setStandardInputFile(QProcess::nullDevice());
    m_server.setProcessEnvironment(env);
    m_server.setWorkingDirectory(m_baseDir);
    runAs.apply(m_server);
    m_server.start(kPgBin + QStringLiteral("/postgres"),
                   {QStringLiteral("-D"), m_dataDir, QStringLiteral("-k"), m_socketDir, QStringLiteral("-c"),
                    QStringLiteral("listen_addresses="), QStringLiteral("-c"), QStringLiteral("fsync=off"),
                    QStringLiteral("-c"), QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
                    QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
                    QStringLiteral("unix_socket_permissions=0777"), QStringLiteral("-c"),
                    QStringLiteral("max_connections=30"), QStringLiteral("-c"), QStringLiteral("shared_buffers=16MB"),
                    QStringLiteral("-c"), QStringLiteral("min_wal_size=2MB"), QStringLiteral("-c"),
                    QStringLiteral("max_wal_size=32MB")});
    if (!m_server.waitForStarted(15000)) {
        m_error = QStringLiteral("postgres did not start: ") + m_server.errorString();
        return false;
    }
    const QStringList isReady{kPgBin + QStringLiteral("/pg_isready"), QStringLiteral("-h"), m_socketDir,
                              QStringLiteral("-q")};
    const bool ready = waitReady(m_server, 30000, [&] {
        return QFile::exists(m_socketDir + QStringLiteral("/.s.PGSQL.5432"))
               && runProcess(isReady, {}, 10000, env).exitCode == 0;
    });
    if (!ready) {
        m_error = QStringLiteral("postgres not ready: ") + tail(log);
        stop();
        return false;
    }
    return true;
}

void PostgresServer::stop()
{
    stopServer(m_server, SIGINT, 30000); // SIGINT: fast shutdown
}

bool PostgresServer::isRunning() const
{
    return m_server.state() == QProcess::Running;
}

CommandResult PostgresServer::client(const QString &tool, const QStringList &arguments, const QByteArray &input) const
{
    return runProcess(QStringList{kPgBin + QLatin1Char('/') + tool, QStringLiteral("-h"), m_socketDir,
                                  QStringLiteral("-U"), QStringLiteral("postgres")}
                          + arguments,
                      input, 120000, clientEnv());
}

CommandResult PostgresServer::psql(const QString &database, const QString &sql) const
{
    return client(QStringLiteral("psql"),
                  {QStringLiteral("-d"), database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                   QStringLiteral("-F"), QStringLiteral("\t")},
                  sql.toUtf8());
}

QStringList PostgresServer::digest() const
{
    QStringList out;
    auto query = [&](const QString &db, const QString &sql) {
        const CommandResult r = psql(db, sql);
        if (!r.ok())
            out << QStringLiteral("ERROR %1: %2").arg(db, r.describe());
        return lines(r.out);
    };
    const QStringList databases = query(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT datname, pg_get_userbyid(datdba), pg_encoding_to_char(encoding) FROM pg_database "
                       "WHERE datallowconn AND NOT datistemplate ORDER BY 1;"));
    for (const QString &row : databases)
        out << QStringLiteral("database ") + row;
    for (const QString &row : query(QStringLiteral("postgres"),
                                    QStringLiteral("SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, "
                                                   "rolcanlogin, rolreplication, rolbypassrls, md5(coalesce(rolpassword, '')) "
                                                   "FROM pg_authid WHERE rolname !~ '^pg_' ORDER BY 1;")))
        out << QStringLiteral("role ") + row;
    for (const QString &row : query(QStringLiteral("postgres"),
                                    QStringLiteral("SELECT r.rolname, m.rolname FROM pg_auth_members a JOIN pg_roles r ON "
                                                   "r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member ORDER BY 1, 2;")))
        out << QStringLiteral("membership ") + row;

    for (const QString &row : databases) {
        const QString db = row.section(QLatin1Char('\t'), 0, 0);
        const QStringList tables = query(
            db, QStringLiteral(
                    "SELECT format('%I.%I', n.nspname, c.relname), pg_get_userbyid(c.relowner), coalesce(c.relacl::text, ''), "
                    "(SELECT string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum) "
                    "FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) "
                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') "
                    "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' ORDER BY 1;"));
        // All tables' rows in one psql run, each COPY preceded by a marker line.
        QString script;
        for (const QString &t : tables) {
            const QString name = t.section(QLatin1Char('\t'), 0, 0);
            script += QStringLiteral("\\echo @@@ %1\nCOPY (SELECT * FROM %1) TO STDOUT;\n").arg(name);
        }
        QMap<QString, QStringList> rows;
        QString current;
        for (const QString &line : query(db, script)) {
            if (line.startsWith(QLatin1String("@@@ "))) {
                current = line.mid(4);
                rows[current];
            } else {
                rows[current] << line;
            }
        }
        for (const QString &t : tables) {
            const QStringList f = t.split(QLatin1Char('\t'));
            out << QStringLiteral("table %1.%2 owner=%3 acl=%4 cols=%5 %6")
                       .arg(db, f.value(0), f.value(1), f.value(2), f.value(3), rowsDigest(rows.value(f.value(0))));
        }
        for (const QString &s : query(db, QStringLiteral("SELECT format('%I.%I', schemaname, sequencename), last_value "
                                                         "FROM pg_sequences ORDER BY 1;")))
            out << QStringLiteral("sequence %1.%2").arg(db, s);
        for (const QString &v : query(db, QStringLiteral("SELECT format('%I.%I', schemaname, viewname), viewowner, "
                                                         "md5(definition) FROM pg_views WHERE schemaname NOT IN "
                                                         "('pg_catalog', 'information_schema') ORDER BY 1;")))
            out << QStringLiteral("view %1.%2").arg(db, v);
        for (const QString &lo : query(db, QStringLiteral("SELECT count(*), coalesce(md5(string_agg(oid::text || ':' || "
                                                          "pg_get_userbyid(lomowner) || ':' || md5(lo_get(oid)), ',' ORDER "
                                                          "BY oid)), '-') FROM pg_largeobject_metadata;")))
            out << QStringLiteral("largeobjects %1 %2").arg(db, lo);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// MariaDB

MariaDbServer::~MariaDbServer()
{
    stop();
    if (!m_ownedSocketDir.isEmpty())
        QDir(m_ownedSocketDir).removeRecursively();
}

bool MariaDbServer::available()
{
    return QFile::exists(kMariaDbd) && !QStandardPaths::findExecutable(QStringLiteral("mariadb-install-db")).isEmpty();
}

QProcessEnvironment MariaDbServer::clientEnv(const QString &password) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_baseDir);
    if (!password.isEmpty())
        env.insert(QStringLiteral("MYSQL_PWD"), password); // not on the command line
    return env;
}

bool MariaDbServer::start(const QString &baseDir, const QString &rootPassword)
{
    stop();
    m_baseDir = baseDir;
    m_dataDir = baseDir + QStringLiteral("/data");
    m_socketDir = socketDirFor(baseDir, &m_ownedSocketDir);
    m_password.clear();
    const RunAs runAs = RunAs::user("mysql");
    if (!makeDir(m_baseDir, {}, &m_error) || !makeDir(m_socketDir, runAs, &m_error))
        return false;
    QStringList user;
    if (runAs.active)
        user << QStringLiteral("--user=mysql");
    const CommandResult install = runProcess(
        QStringList{QStringLiteral("mariadb-install-db"), QStringLiteral("--no-defaults"),
                    QStringLiteral("--datadir=") + m_dataDir, QStringLiteral("--auth-root-authentication-method=normal"),
                    QStringLiteral("--skip-test-db"), QStringLiteral("--skip-name-resolve"),
                    QStringLiteral("--innodb-log-file-size=4M")}
            + user,
        {}, 120000, clientEnv({}), {}, m_baseDir);
    if (!install.ok()) {
        m_error = QStringLiteral("mariadb-install-db failed: ") + install.describe();
        return false;
    }
    const QString log = baseDir + QStringLiteral("/mariadb.log");
    m_server.setStandardOutputFile(log, QIODevice::Append);
    m_server.setStandardErrorFile(log, QIODevice::Append);
    m_server.setStandardInputFile(QProcess::nullDevice());
    m_server.setProcessEnvironment(clientEnv({}));
    m_server.setWorkingDirectory(m_baseDir);
    m_server.start(kMariaDbd, QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + m_dataDir,
                                          QStringLiteral("--socket=") + socketPath(), QStringLiteral("--skip-networking"),
                                          QStringLiteral("--pid-file=") + m_socketDir + QStringLiteral("/mysqld.pid"),
                                          QStringLiteral("--innodb-buffer-pool-size=16M"),
                                          QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
                                          QStringLiteral("--innodb-log-file-size=4M"), // not 96 MB per server
                                          QStringLiteral("--skip-log-bin"), QStringLiteral("--skip-name-resolve"),
                                          QStringLiteral("--log-error=") + log}
                                  + user);
    if (!m_server.waitForStarted(15000)) {
        m_error = QStringLiteral("mariadbd did not start: ") + m_server.errorString();
        return false;
    }
    const bool ready = waitReady(m_server, 60000, [&] {
        return QFile::exists(socketPath()) && sql(QStringLiteral("SELECT 1")).ok();
    });
    if (!ready) {
        m_error = QStringLiteral("mariadbd not ready: ") + tail(log);
        stop();
        return false;
    }
    if (!rootPassword.isEmpty()) {
        const CommandResult r = sql(QStringLiteral("ALTER USER root@localhost IDENTIFIED BY %1;").arg(sqlString(rootPassword)));
        if (!r.ok()) {
            m_error = QStringLiteral("cannot set the root password: ") + r.describe();
            return false;
        }
        m_password = rootPassword;
    }
    return true;
}

void MariaDbServer::stop()
{
    stopServer(m_server, SIGTERM, 60000);
}

bool MariaDbServer::isRunning() const
{
    return m_server.state() == QProcess::Running;
}

CommandResult MariaDbServer::sql(const QString &sqlText, const QString &database) const
{
    QStringList argv{QStringLiteral("mariadb"), QStringLiteral("--no-defaults"), QStringLiteral("-S"), socketPath(),
                     QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("-N"), QStringLiteral("-B")};
    if (!database.isEmpty())
        argv << database;
    return runProcess(argv, sqlText.toUtf8(), 120000, clientEnv(m_password));
}

CommandResult MariaDbServer::sqlAs(const QString &user, const QString &password, const QString &sqlText) const
{
    return runProcess({QStringLiteral("mariadb"), QStringLiteral("--no-defaults"), QStringLiteral("-S"), socketPath(),
                       QStringLiteral("-u"), user, QStringLiteral("-N"), QStringLiteral("-B")},
                      sqlText.toUtf8(), 60000, clientEnv(password));
}

QStringList MariaDbServer::digest() const
{
    QStringList out;
    auto query = [&](const QString &text) {
        const CommandResult r = sql(text);
        if (!r.ok())
            out << QStringLiteral("ERROR ") + r.describe();
        return lines(r.out);
    };
    const QString userSchemas = QStringLiteral("NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')");
    for (const QString &s : query(QStringLiteral("SELECT schema_name, default_character_set_name FROM "
                                                 "information_schema.schemata WHERE schema_name %1 ORDER BY 1;")
                                      .arg(userSchemas)))
        out << QStringLiteral("database ") + s;
    const QStringList tables = query(
        QStringLiteral("SELECT t.table_schema, t.table_name, t.engine, (SELECT group_concat(c.column_name, ':', "
                       "c.column_type ORDER BY c.ordinal_position) FROM information_schema.columns c WHERE "
                       "c.table_schema = t.table_schema AND c.table_name = t.table_name) FROM information_schema.tables t "
                       "WHERE t.table_schema %1 AND t.table_type = 'BASE TABLE' ORDER BY 1, 2;")
            .arg(userSchemas));
    for (const QString &t : tables) {
        const QStringList f = t.split(QLatin1Char('\t'));
        QString table = f.value(1);
        table.replace(QLatin1Char('`'), QStringLiteral("``"));
        QString schema = f.value(0);
        schema.replace(QLatin1Char('`'), QStringLiteral("``"));
        const CommandResult rows = sql(QStringLiteral("SELECT * FROM `%1`.`%2`;").arg(schema, table));
        out << QStringLiteral("table %1.%2 engine=%3 cols=%4 %5")
                   .arg(f.value(0), f.value(1), f.value(2), f.value(3),
                        rows.ok() ? rowsDigest(lines(rows.out)) : QStringLiteral("ERROR ") + rows.describe());
    }
    for (const QString &v : query(QStringLiteral("SELECT table_schema, table_name, md5(view_definition) FROM "
                                                 "information_schema.views WHERE table_schema %1 ORDER BY 1, 2;")
                                      .arg(userSchemas)))
        out << QStringLiteral("view ") + v;
    for (const QString &r : query(QStringLiteral("SELECT routine_schema, routine_name, routine_type, "
                                                 "md5(routine_definition) FROM information_schema.routines WHERE "
                                                 "routine_schema %1 ORDER BY 1, 2;")
                                      .arg(userSchemas)))
        out << QStringLiteral("routine ") + r;
    for (const QString &r : query(QStringLiteral("SELECT trigger_schema, trigger_name, event_object_table, "
                                                 "md5(action_statement) FROM information_schema.triggers WHERE "
                                                 "trigger_schema %1 ORDER BY 1, 2;")
                                      .arg(userSchemas)))
        out << QStringLiteral("trigger ") + r;
    for (const QString &r : query(QStringLiteral("SELECT event_schema, event_name, md5(event_definition) FROM "
                                                 "information_schema.events WHERE event_schema %1 ORDER BY 1, 2;")
                                      .arg(userSchemas)))
        out << QStringLiteral("event ") + r;
    for (const QString &r : query(QStringLiteral("SELECT user, host, plugin, md5(authentication_string) FROM mysql.user "
                                                 "ORDER BY 1, 2;")))
        out << QStringLiteral("account ") + r;
    for (const QString &r : query(QStringLiteral("SELECT grantee, table_schema, privilege_type FROM "
                                                 "information_schema.schema_privileges ORDER BY 1, 2, 3;")))
        out << QStringLiteral("grant ") + r;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Redis

RedisServer::~RedisServer()
{
    stop();
    if (!m_ownedSocketDir.isEmpty())
        QDir(m_ownedSocketDir).removeRecursively();
}

bool RedisServer::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("redis-server")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("redis-cli")).isEmpty();
}

QProcessEnvironment RedisServer::clientEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REDISCLI_AUTH"));
    if (!m_password.isEmpty())
        env.insert(QStringLiteral("REDISCLI_AUTH"), m_password); // not on the command line
    return env;
}

bool RedisServer::start(const QString &baseDir, const QString &password, int tcpPort, const QStringList &extraConfig)
{
    stop();
    m_baseDir = baseDir;
    m_dataDir = baseDir + QStringLiteral("/data");
    m_socketDir = socketDirFor(baseDir, &m_ownedSocketDir);
    m_password = password;
    m_port = tcpPort;
    if (!makeDir(m_baseDir, {}, &m_error) || !makeDir(m_dataDir, {}, &m_error) || !makeDir(m_socketDir, {}, &m_error))
        return false;
    // Settings in a file, so the password is not in the server's argv.
    QString conf = QStringLiteral("port %1\nunixsocket %2/redis.sock\nunixsocketperm 777\ndir %3\nsave \"\"\n"
                                  "appendonly no\nrepl-diskless-sync-delay 0\ndaemonize no\nlogfile %4/redis.log\n")
                       .arg(tcpPort)
                       .arg(m_socketDir, m_dataDir, m_baseDir);
    if (tcpPort != 0)
        conf += QStringLiteral("bind 127.0.0.1\n");
    if (!password.isEmpty())
        conf += QStringLiteral("requirepass \"%1\"\n").arg(password);
    for (const QString &line : extraConfig)
        conf += line + QLatin1Char('\n');
    QFile file(baseDir + QStringLiteral("/redis.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write redis.conf");
        return false;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_server.setStandardInputFile(QProcess::nullDevice());
    m_server.setStandardOutputFile(QProcess::nullDevice());
    m_server.setStandardErrorFile(baseDir + QStringLiteral("/redis.stderr"), QIODevice::Append);
    m_server.setWorkingDirectory(m_dataDir);
    m_server.start(QStringLiteral("redis-server"), {file.fileName()});
    if (!m_server.waitForStarted(15000)) {
        m_error = QStringLiteral("redis-server did not start: ") + m_server.errorString();
        return false;
    }
    const bool ready = waitReady(m_server, 20000, [&] {
        const CommandResult r = command({QStringLiteral("PING")});
        return r.ok() && r.out.trimmed() == "PONG";
    });
    if (!ready) {
        m_error = QStringLiteral("redis-server not ready: ") + tail(baseDir + QStringLiteral("/redis.log"))
                  + tail(baseDir + QStringLiteral("/redis.stderr"));
        stop();
        return false;
    }
    return true;
}

void RedisServer::stop()
{
    stopServer(m_server, SIGTERM, 20000);
}

bool RedisServer::isRunning() const
{
    return m_server.state() == QProcess::Running;
}

bool RedisServer::waitForExit(int timeoutMs)
{
    return m_server.state() == QProcess::NotRunning || m_server.waitForFinished(timeoutMs);
}

CommandResult RedisServer::command(const QStringList &arguments) const
{
    return runProcess(QStringList{QStringLiteral("redis-cli"), QStringLiteral("-s"),
                                  m_socketDir + QStringLiteral("/redis.sock"), QStringLiteral("--raw")}
                          + arguments,
                      {}, 30000, clientEnv());
}

CommandResult RedisServer::commands(const QByteArray &script) const
{
    return runProcess(QStringList{QStringLiteral("redis-cli"), QStringLiteral("-s"),
                                  m_socketDir + QStringLiteral("/redis.sock"), QStringLiteral("--raw")},
                      script, 60000, clientEnv());
}

QStringList RedisServer::digest() const
{
    QStringList out;
    QStringList keys = lines(command({QStringLiteral("KEYS"), QStringLiteral("*")}).out);
    keys.removeAll(QString()); // an empty database answers one empty line
    std::sort(keys.begin(), keys.end());
    auto quoted = [](const QString &key) -> QString {
        QString q = key;
        q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        q.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    // Types and expiry times of all keys in two redis-cli runs (one reply line per key).
    QByteArray typeScript, expireScript;
    for (const QString &key : keys) {
        typeScript += "TYPE " + quoted(key).toUtf8() + '\n';
        expireScript += "PEXPIRETIME " + quoted(key).toUtf8() + '\n';
    }
    const QStringList types = keys.isEmpty() ? QStringList() : lines(commands(typeScript).out);
    const QStringList expires = keys.isEmpty() ? QStringList() : lines(commands(expireScript).out);
    if (types.size() != keys.size() || expires.size() != keys.size())
        return {QStringLiteral("ERROR: cannot read types/expiry of %1 keys").arg(keys.size())};
    // String values in one MGET when none spans lines; else one GET per key.
    QStringList stringKeys;
    for (int k = 0; k < keys.size(); ++k)
        if (types.at(k) == QLatin1String("string"))
            stringKeys << keys.at(k);
    QHash<QString, QString> strings;
    if (!stringKeys.isEmpty()) {
        const QStringList values = lines(command(QStringList{QStringLiteral("MGET")} + stringKeys).out);
        if (values.size() == stringKeys.size())
            for (int i = 0; i < values.size(); ++i)
                strings.insert(stringKeys.at(i), values.at(i));
    }
    for (int k = 0; k < keys.size(); ++k) {
        const QString &key = keys.at(k);
        const QString &type = types.at(k);
        QStringList value;
        if (type == QLatin1String("string")) {
            value = strings.contains(key) ? QStringList{strings.value(key)}
                                          : lines(command({QStringLiteral("GET"), key}).out);
        } else if (type == QLatin1String("list")) {
            value = lines(command({QStringLiteral("LRANGE"), key, QStringLiteral("0"), QStringLiteral("-1")}).out);
        } else if (type == QLatin1String("set")) {
            value = lines(command({QStringLiteral("SMEMBERS"), key}).out);
            std::sort(value.begin(), value.end());
        } else if (type == QLatin1String("zset")) {
            value = lines(command({QStringLiteral("ZRANGE"), key, QStringLiteral("0"), QStringLiteral("-1"),
                                   QStringLiteral("WITHSCORES")})
                              .out);
        } else if (type == QLatin1String("hash")) {
            const QStringList flat = lines(command({QStringLiteral("HGETALL"), key}).out);
            for (int i = 0; i + 1 < flat.size(); i += 2)
                value << flat.at(i) + QLatin1Char('=') + flat.at(i + 1);
            std::sort(value.begin(), value.end());
        } else if (type == QLatin1String("stream")) {
            value = lines(command({QStringLiteral("XRANGE"), key, QStringLiteral("-"), QStringLiteral("+")}).out);
        }
        out << QStringLiteral("%1 type=%2 expireAt=%3 items=%4 sha256=%5")
                   .arg(key, type, expires.at(k))
                   .arg(value.size())
                   .arg(sha256Hex(value.join(QLatin1Char('\n')).toUtf8()));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// kubesim

QByteArray kubesimAdminJson(const QString &url, const QByteArray &method, const QString &path, const QByteArray &json,
                            int *status)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status)
        *status = code;
    const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return code >= 200 && code < 300 ? body : QByteArray();
}

bool registerHostBackedPod(KubeSimProcess &kubesim, const QString &namespacedPod, const QString &container,
                           const QMap<QString, QString> &paths, const QMap<QString, QString> &env)
{
    QJsonObject body{{QStringLiteral("pod"), namespacedPod}};
    if (!container.isEmpty())
        body.insert(QStringLiteral("container"), container);
    QJsonObject mapped;
    for (auto it = paths.begin(); it != paths.end(); ++it)
        mapped.insert(it.key(), it.value());
    body.insert(QStringLiteral("paths"), mapped);
    if (!env.isEmpty()) {
        QJsonObject e;
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        body.insert(QStringLiteral("env"), e);
    }
    return kubesim.admin("POST", QStringLiteral("/__test/exec/backends"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace chartroom::test
