#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace chartroom::test {

class KubeSimProcess;

/// What one client run (psql, mariadb, redis-cli, sqlite3, kubectl...) produced.
struct CommandResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; ///< -1 when it did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    [[nodiscard]] bool ok() const { return started && !timedOut && exitCode == 0; }
    /// "exit 3: <stderr tail>", for test failure messages (never holds the command line or env).
    [[nodiscard]] QString describe() const;
};

/// Runs argv (program + arguments, never a shell string) to completion within timeoutMs, feeding
/// `input` on stdin. `env` empty: the test's environment.
CommandResult runCommand(const QStringList &argv, const QByteArray &input = {}, int timeoutMs = 60000,
                         const QProcessEnvironment &env = {});

/// A fresh base directory for test files: under $CHARTROOM_TEST_TMP when set (created if needed),
/// else the system temp dir. World-traversable, so servers running as postgres/mysql reach their dirs.
QString testTempBase();

/// Where to put database servers' data dirs: /dev/shm when it is a writable tmpfs (their thousands
/// of small files are created and deleted in RAM; on a disk mounted with `discard` deleting them
/// takes seconds), else testTempBase().
QString serverTempBase();

/// sha256 (hex) of data.
QString sha256Hex(const QByteArray &data);

/// Lines that differ between two digests ("- only before", "+ only after"), for failure messages.
QString digestDifference(const QStringList &before, const QStringList &after);

/// Per file under dir, sorted by relative path: "path type mode size sha256" (files),
/// "path -> target" (symlinks), "path/ dir mode" (directories, including "." for dir itself).
/// Paths under any of `exclude` (relative, e.g. "icon_cache") are skipped; withOwner adds uid:gid.
QStringList fileTreeDigest(const QString &dir, const QStringList &exclude = {}, bool withOwner = false);

/// sha256 of `sqlite3 FILE .dump` (content, independent of page layout), "" when sqlite3 fails.
QString sqliteDumpDigest(const QString &file);

/// Unix socket paths are limited to 107 bytes: when `baseDir`/sock would be too long for the
/// servers below (deep build trees), the socket dir is a fresh short dir under /tmp instead,
/// removed with the server object. Always use socketDir().

/// A throwaway PostgreSQL 15 (/usr/lib/postgresql/15/bin): initdb + postgres listening on a Unix
/// socket only (no TCP), fsync off. When the test runs as root, both run as the `postgres` user.
/// The superuser is `postgres`; with a password, local connections need it (scram-sha-256), which
/// is how a chart's Secret reaches the recipes. Stopped (fast shutdown) when destroyed.
class PostgresServer final
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    static bool available();
    /// initdb in `baseDir`/data (baseDir is created), start, wait (bounded) until pg_isready.
    bool start(const QString &baseDir, const QString &superuserPassword = {});
    void stop();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QString socketDir() const { return m_socketDir; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// psql -v ON_ERROR_STOP=1 -At -d database, SQL on stdin.
    CommandResult psql(const QString &database, const QString &sql) const;
    /// Any client tool of the server's version (pg_dump, pg_restore, createdb...) with -h/-U added.
    CommandResult client(const QString &tool, const QStringList &arguments, const QByteArray &input = {}) const;

    /// Content digest: databases (owner, encoding), per table "db.schema.table rows=N cols=… sha256=…"
    /// (rows in COPY text form, sorted), sequences' last values, views, roles (attributes and
    /// password hash), large objects (count + md5 over their contents).
    QStringList digest() const;

private:
    QProcessEnvironment clientEnv() const;

    QProcess m_server;
    QString m_baseDir, m_dataDir, m_socketDir, m_password, m_error;
    QString m_ownedSocketDir; ///< a short dir under /tmp when baseDir is too long for a socket path
};

/// A throwaway MariaDB 10.11: mariadb-install-db + mariadbd on a Unix socket (`mysqld.sock` in
/// socketDir()), --skip-networking, run as `mysql` when the test runs as root. root@localhost gets
/// the password given (mysql_native_password). Stopped when destroyed.
class MariaDbServer final
{
public:
    MariaDbServer() = default;
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    static bool available();
    bool start(const QString &baseDir, const QString &rootPassword = {});
    void stop();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QString socketDir() const { return m_socketDir; }
    [[nodiscard]] QString socketPath() const { return m_socketDir + QStringLiteral("/mysqld.sock"); }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// mariadb -N -B as root (password through MYSQL_PWD, not argv), SQL on stdin.
    CommandResult sql(const QString &sqlText, const QString &database = {}) const;
    /// As `user` with `password` (to prove a restored account can log in).
    CommandResult sqlAs(const QString &user, const QString &password, const QString &sqlText) const;

    /// Content digest of the user databases (not mysql/sys/*_schema): per table rows + sha256 of
    /// the sorted rows, views, routines, triggers, events; plus the accounts (user@host, plugin).
    QStringList digest() const;

private:
    QProcessEnvironment clientEnv(const QString &password) const;

    QProcess m_server;
    QString m_baseDir, m_dataDir, m_socketDir, m_password, m_error;
    QString m_ownedSocketDir; ///< a short dir under /tmp when baseDir is too long for a socket path
};

/// A throwaway Redis 7: redis-server on a Unix socket (`redis.sock` in socketDir()), persistence
/// off (--save ''), its working dir (dump.rdb) in dataDir(). tcpPort 0 = no TCP; recipes whose
/// redis-cli uses the default 127.0.0.1:6379 need tcpPort 6379 (loopback only).
class RedisServer final
{
public:
    RedisServer() = default;
    ~RedisServer();
    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    static bool available();
    /// Starts on baseDir/data (kept across restarts, so a restored dump.rdb is loaded).
    /// `extraConfig`: redis.conf lines, e.g. "appendonly yes" as the chart sets it.
    bool start(const QString &baseDir, const QString &password = {}, int tcpPort = 0,
               const QStringList &extraConfig = {});
    void stop();
    [[nodiscard]] bool isRunning() const;
    /// Waits (bounded) for the server to exit on its own (e.g. SHUTDOWN from a recipe).
    bool waitForExit(int timeoutMs);

    [[nodiscard]] QString socketDir() const { return m_socketDir; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// redis-cli over the socket, one command as argv.
    CommandResult command(const QStringList &arguments) const;
    /// redis-cli over the socket with commands on stdin, one per line (quoted by the caller).
    CommandResult commands(const QByteArray &script) const;

    /// Sorted "key type=… expireAt=… sha256=…" per key (PEXPIRETIME: absolute, so exact after a
    /// round trip; value read per type, sets/hashes sorted). String values are compared line by
    /// line as redis-cli --raw prints them.
    QStringList digest() const;

private:
    QProcessEnvironment clientEnv() const;

    QProcess m_server;
    QString m_baseDir, m_dataDir, m_socketDir, m_password, m_error;
    QString m_ownedSocketDir; ///< a short dir under /tmp when baseDir is too long for a socket path
    int m_port = 0;
};

/// Registers ns/pod (optionally one container) as a host-backed pod in kubesim: `kubectl exec`
/// runs the real command on this host in a sandbox where each container path of `paths` is the
/// given host dir. `env` is added to the pod spec's environment.
bool registerHostBackedPod(KubeSimProcess &kubesim, const QString &namespacedPod, const QString &container,
                           const QMap<QString, QString> &paths, const QMap<QString, QString> &env = {});

/// An admin request to kubesim returning the JSON body (empty on failure); `status` gets the HTTP code.
QByteArray kubesimAdminJson(const QString &url, const QByteArray &method, const QString &path,
                            const QByteArray &json = {}, int *status = nullptr);

} // namespace chartroom::test
