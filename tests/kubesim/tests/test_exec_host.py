"""Host-backed exec: real commands in a per-pod bubblewrap sandbox, moving real data.

PostgreSQL backup/restore through `kubectl exec … pg_dump` / `kubectl exec -i … psql`, a grafana
data dir through tar (and `kubectl cp`), env from Secrets, sandbox properties; both kubectl versions.
"""
import base64
import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "exec_support"))
from harness import KUBECTLS, Cluster, wait_until  # noqa: E402
import pg  # noqa: E402

NS = "exec-host"
VERSIONS = sorted(KUBECTLS)


def tree(root):
    """{relative path: (kind, mode, content digest or link target)} of a directory."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, root)
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", None, os.readlink(p))
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = ("dir", stat.S_IMODE(st.st_mode), None)
            else:
                with open(p, "rb") as f:
                    out[rel] = ("file", stat.S_IMODE(st.st_mode), hashlib.sha256(f.read()).hexdigest())
    return out


class ExecHostTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = Cluster()
        cls.tmp = tempfile.mkdtemp(prefix="exec-host-")
        os.chmod(cls.tmp, 0o755)
        c = cls.c
        c.create({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "grafana-secret", "namespace": NS},
                  "data": {"admin-password": base64.b64encode(b"gr@fana pw").decode()}})
        c.pod(NS, "grafana-0", env=[
            {"name": "GF_SECURITY_ADMIN_PASSWORD",
             "valueFrom": {"secretKeyRef": {"name": "grafana-secret", "key": "admin-password"}}},
            {"name": "GF_PATHS_DATA", "value": "/var/lib/grafana"}])
        cls.gdata = os.path.join(cls.tmp, "grafana-data")
        os.makedirs(os.path.join(cls.gdata, "plugins", "clock"))
        with open(os.path.join(cls.gdata, "grafana.db"), "wb") as f:
            f.write(os.urandom(3 * 1024 * 1024 + 17))
        with open(os.path.join(cls.gdata, "plugins", "clock", "plugin.json"), "w") as f:
            f.write('{"id": "clock", "name": "Clock ✓"}\n')
        with open(os.path.join(cls.gdata, "secret.key"), "w") as f:
            f.write("k")
        os.chmod(os.path.join(cls.gdata, "secret.key"), 0o600)
        os.symlink("plugins/clock/plugin.json", os.path.join(cls.gdata, "current-plugin"))
        r = c.admin("backends", {"pod": NS + "/grafana-0", "paths": {"/var/lib/grafana": cls.gdata}})
        cls.sandbox = r["sandbox"]

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def exec(self, v, *args, **kw):
        return self.c.kubectl(v, "-n", NS, "exec", *args, **kw)

    def test_sandbox_is_available_here(self):
        # CI and the development machines run as root with bubblewrap: the sandbox must be in use.
        self.assertEqual(self.sandbox, "bwrap", self.c.admin("status"))

    def test_env_and_exit_codes_from_real_commands(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "grafana-0", "--", "sh", "-c", 'echo "$GF_SECURITY_ADMIN_PASSWORD"; echo $HOSTNAME')
                self.assertEqual((p.returncode, p.out), (0, "gr@fana pw\ngrafana-0\n"), p.err)
                p = self.exec(v, "grafana-0", "--", "sh", "-c", "echo to-err >&2; exit 3")
                self.assertEqual(p.returncode, 3)
                self.assertIn("to-err\n", p.err)
                self.assertIn("command terminated with exit code 3", p.err)
                p = self.exec(v, "grafana-0", "--", "grafana-cli-nosuch")
                self.assertEqual(p.returncode, 127)
                self.assertIn('"grafana-cli-nosuch": executable file not found in $PATH', p.err)
                data = os.urandom(200000)
                p = self.exec(v, "-i", "grafana-0", "--", "cat", input=data)
                self.assertEqual((p.returncode, p.stdout), (0, data), p.err)

    def test_sandbox_view(self):
        v = VERSIONS[-1]
        p = self.exec(v, "grafana-0", "--", "sh", "-c",
                      "hostname; touch /usr/kubesim-x 2>/dev/null && echo usr-writable || echo usr-ro; "
                      "echo hi > /tmp/t && cat /tmp/t; echo written > /var/lib/grafana/from-pod.txt; "
                      "ls /var/lib/grafana/plugins; test -x /usr/bin/pg_dump && echo has-pg_dump")
        self.assertEqual(p.returncode, 0, p.err)
        self.assertEqual(p.out.split(), ["grafana-0", "usr-ro", "hi", "clock", "has-pg_dump"])
        path = os.path.join(self.gdata, "from-pod.txt")
        with open(path) as f:
            self.assertEqual(f.read(), "written\n")
        os.unlink(path)
        self.assertFalse(os.path.exists("/usr/kubesim-x"))

    def test_client_going_away_kills_the_command(self):
        import signal
        import subprocess
        from harness import wait_until
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                marker = "kubesim-exec-marker-%s-%d" % (v, os.getpid())
                p = self.c.kubectl_popen(v, "-n", NS, "exec", "grafana-0", "--", "sh", "-c",
                                         "echo started; sleep 300; echo %s" % marker,
                                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL)
                self.assertEqual(p.stdout.readline(), b"started\n")

                def running():  # any process whose command line carries the marker
                    for pid in os.listdir("/proc"):
                        try:
                            with open("/proc/%s/cmdline" % pid, "rb") as f:
                                if marker.encode() in f.read() and int(pid) != os.getpid():
                                    return True
                        except (OSError, ValueError):
                            continue
                    return False
                self.assertTrue(running())
                p.send_signal(signal.SIGKILL)
                p.wait()
                p.stdout.close()
                wait_until(lambda: not running(), timeout=15, what="sandboxed command to be killed")

    def test_tar_out_and_back_in(self):
        want = tree(self.gdata)
        for i, v in enumerate(VERSIONS):
            with self.subTest(kubectl=v):
                p = self.exec(v, "grafana-0", "--", "tar", "czf", "-", "-C", "/var/lib/grafana", ".")
                self.assertEqual(p.returncode, 0, p.err)
                self.assertGreater(len(p.stdout), 3 * 1024 * 1024)
                restore = os.path.join(self.tmp, "restore-%d" % i)
                pod = "grafana-restore-%d" % i
                self.c.pod(NS, pod)
                self.c.admin("backends", {"pod": "%s/%s" % (NS, pod), "paths": {"/var/lib/grafana": restore}})
                # restore with the other kubectl version
                other = VERSIONS[(i + 1) % len(VERSIONS)]
                q = self.c.kubectl(other, "-n", NS, "exec", "-i", pod, "--", "tar", "xzf", "-", "-C",
                                   "/var/lib/grafana", input=p.stdout)
                self.assertEqual(q.returncode, 0, q.err)
                got = tree(restore)
                got.pop(".", None)
                self.assertEqual(got, want)

    def test_kubectl_cp_both_ways(self):
        for i, v in enumerate(VERSIONS):
            with self.subTest(kubectl=v):
                local = os.path.join(self.tmp, "cp-%d.db" % i)
                p = self.c.kubectl(v, "cp", "%s/grafana-0:/var/lib/grafana/grafana.db" % NS, local)
                self.assertEqual(p.returncode, 0, p.err)
                with open(local, "rb") as a, open(os.path.join(self.gdata, "grafana.db"), "rb") as b:
                    self.assertEqual(a.read(), b.read())
                p = self.c.kubectl(v, "cp", local, "%s/grafana-0:/var/lib/grafana/copied-%d.db" % (NS, i))
                self.assertEqual(p.returncode, 0, p.err)
                dst = os.path.join(self.gdata, "copied-%d.db" % i)
                with open(local, "rb") as a, open(dst, "rb") as b:
                    self.assertEqual(a.read(), b.read())
                os.unlink(dst)


@unittest.skipUnless(pg.available(), "PostgreSQL 15 server binaries not installed")
class ExecPostgresTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="exec-pg-")
        os.chmod(cls.tmp, 0o755)  # the server runs as the postgres user when we are root
        try:
            cls.pg = pg.Postgres(os.path.join(cls.tmp, "pg"))
        except Exception:
            shutil.rmtree(cls.tmp, ignore_errors=True)
            raise
        cls.c = Cluster()
        c = cls.c
        c.create({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "postgresql-secret", "namespace": NS},
                  "data": {"postgres-password": base64.b64encode(b"pg-admin-pw").decode()}})
        c.pod(NS, "postgresql-0", containers=[{
            "name": "postgresql", "image": "postgres:16",
            "env": [{"name": "POSTGRES_USER", "value": "postgres"},
                    {"name": "POSTGRES_PASSWORD",
                     "valueFrom": {"secretKeyRef": {"name": "postgresql-secret", "key": "postgres-password"}}},
                    {"name": "PGDATA", "value": "/var/lib/postgresql/data/pgdata"}]}])
        c.admin("backends", {"pod": NS + "/postgresql-0", "container": "postgresql",
                             "paths": {"/var/run/postgresql": cls.pg.sockdir}})

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        cls.pg.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def exec(self, v, *args, **kw):
        return self.c.kubectl(v, "-n", NS, "exec", *args, **kw)

    def test_pg_dump_and_restore_through_exec(self):
        seed = ("CREATE TABLE items (id int PRIMARY KEY, name text, payload bytea, at timestamptz);\n"
                "INSERT INTO items SELECT g, 'item ' || g || ' ✓', decode(md5(g::text), 'hex'),"
                " '2026-01-01'::timestamptz + g * interval '1 minute' FROM generate_series(1, 5000) g;\n"
                "CREATE VIEW first_items AS SELECT * FROM items WHERE id < 10;\n")
        query = "SELECT id, name, encode(payload, 'hex'), at FROM items ORDER BY id"
        for i, v in enumerate(VERSIONS):
            with self.subTest(kubectl=v):
                src, dst = "app%d" % i, "restored%d" % i
                p = self.exec(v, "postgresql-0", "--", "sh", "-c", "createdb -U \"$POSTGRES_USER\" %s" % src)
                self.assertEqual(p.returncode, 0, p.err)
                p = self.exec(v, "-i", "postgresql-0", "--", "psql", "-U", "postgres", "-d", src,
                              "-v", "ON_ERROR_STOP=1", "-q", input=seed.encode())
                self.assertEqual(p.returncode, 0, p.err)
                # backup, as a chart's backup job would run it
                p = self.exec(v, "postgresql-0", "-c", "postgresql", "--", "sh", "-c",
                              'PGPASSWORD="$POSTGRES_PASSWORD" pg_dump -U "$POSTGRES_USER" %s' % src)
                self.assertEqual(p.returncode, 0, p.err)
                dump = p.stdout
                self.assertIn(b"CREATE TABLE public.items", dump)
                self.assertIn(b"PostgreSQL database dump complete", dump)
                # restore into another database
                p = self.exec(v, "postgresql-0", "--", "createdb", "-U", "postgres", dst)
                self.assertEqual(p.returncode, 0, p.err)
                p = self.exec(v, "-i", "postgresql-0", "--", "psql", "-U", "postgres", "-d", dst,
                              "-v", "ON_ERROR_STOP=1", "-q", input=dump)
                self.assertEqual(p.returncode, 0, p.err)
                a, b = self.pg.psql(src, query), self.pg.psql(dst, query)
                self.assertEqual(len(a.splitlines()), 5000)
                self.assertEqual(a, b)
                self.assertEqual(self.pg.psql(dst, "SELECT count(*) FROM first_items").strip(), "9")
                # an SQL error inside the pod gives psql's exit code and message
                p = self.exec(v, "-i", "postgresql-0", "--", "psql", "-U", "postgres", "-d", dst,
                              "-v", "ON_ERROR_STOP=1", input=b"SELECT * FROM nosuch_table;\n")
                self.assertEqual(p.returncode, 3)
                self.assertIn('relation "nosuch_table" does not exist', p.err)
                self.assertIn("command terminated with exit code 3", p.err)


@unittest.skipUnless(shutil.which("redis-server") and shutil.which("sqlite3"), "redis-server/sqlite3 not installed")
class ExecRedisSqliteTest(unittest.TestCase):
    """Other charts' backup commands on real data: `redis-cli --rdb -` and `sqlite3 .dump`."""

    @classmethod
    def setUpClass(cls):
        import subprocess
        from harness import wait_until
        cls.tmp = tempfile.mkdtemp(prefix="exec-redis-")
        cls.sock = os.path.join(cls.tmp, "sock")
        cls.data = os.path.join(cls.tmp, "data")
        os.makedirs(cls.sock)
        os.makedirs(cls.data)
        cls.redis_log = open(os.path.join(cls.tmp, "redis.log"), "wb")
        cls.redis = subprocess.Popen(["redis-server", "--port", "0", "--unixsocket",
                                      os.path.join(cls.sock, "redis.sock"), "--dir", cls.data, "--save", "",
                                      "--repl-diskless-sync-delay", "0"],
                                     stdout=cls.redis_log, stderr=cls.redis_log, stdin=subprocess.DEVNULL)

        def up():
            r = subprocess.run(["redis-cli", "-s", os.path.join(cls.sock, "redis.sock"), "ping"],
                               capture_output=True)
            return r.stdout == b"PONG\n"
        try:
            wait_until(up, timeout=20, what="redis-server")
        except Exception:
            cls.redis.kill()
            cls.redis.wait()
            shutil.rmtree(cls.tmp, ignore_errors=True)
            raise
        cls.c = Cluster()
        cls.c.pod(NS, "redis-0")
        cls.c.admin("backends", {"pod": NS + "/redis-0", "paths": {"/var/run/redis": cls.sock}})
        cls.c.pod(NS, "vaultwarden-0")
        cls.c.admin("backends", {"pod": NS + "/vaultwarden-0", "paths": {"/data": cls.data}})

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        cls.redis.terminate()
        cls.redis.wait(20)
        cls.redis_log.close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_redis_rdb_through_exec(self):
        v = VERSIONS[0]
        cli = ["redis-cli", "-s", "/var/run/redis/redis.sock"]
        p = self.c.kubectl(v, "-n", NS, "exec", "-i", "redis-0", "--", *cli,
                           input=b"".join(b"SET key:%d value-%d\n" % (i, i) for i in range(500)))
        self.assertEqual((p.returncode, p.out.count("OK")), (0, 500), p.err)
        p = self.c.kubectl(v, "-n", NS, "exec", "redis-0", "--", "sh", "-c", " ".join(cli) + " --rdb - 2>/dev/null")
        self.assertEqual(p.returncode, 0, p.err)
        self.assertTrue(p.stdout.startswith(b"REDIS0"), p.stdout[:20])
        self.assertIn(b"key:499", p.stdout)
        p = self.c.kubectl(VERSIONS[-1], "-n", NS, "exec", "redis-0", "--", *cli, "GET", "key:42")
        self.assertEqual(p.out, "value-42\n")

    def test_sqlite_dump_and_restore_through_exec(self):
        v = VERSIONS[-1]
        sql = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n" + "".join(
            "INSERT INTO users VALUES (%d, 'u%d@example.org');\n" % (i, i) for i in range(1, 201))
        p = self.c.kubectl(v, "-n", NS, "exec", "-i", "vaultwarden-0", "--", "sqlite3", "/data/db.sqlite3",
                           input=sql.encode())
        self.assertEqual(p.returncode, 0, p.err)
        p = self.c.kubectl(v, "-n", NS, "exec", "vaultwarden-0", "--", "sqlite3", "/data/db.sqlite3", ".dump")
        self.assertEqual(p.returncode, 0, p.err)
        self.assertIn(b"u200@example.org", p.stdout)
        q = self.c.kubectl(VERSIONS[0], "-n", NS, "exec", "-i", "vaultwarden-0", "--", "sqlite3",
                           "/data/restored.sqlite3", input=p.stdout)
        self.assertEqual(q.returncode, 0, q.err)
        r = self.c.kubectl(v, "-n", NS, "exec", "vaultwarden-0", "--", "sqlite3", "/data/restored.sqlite3",
                           "SELECT count(*), sum(id), min(email) FROM users")
        self.assertEqual(r.out, "200|20100|u100@example.org\n")
        self.assertTrue(os.path.exists(os.path.join(self.data, "restored.sqlite3")))


@unittest.skipUnless(os.path.exists("/usr/sbin/mariadbd") and shutil.which("mariadb-install-db"),
                     "MariaDB server not installed")
class ExecMariadbTest(unittest.TestCase):
    """A throwaway MariaDB (socket only) mapped to the pod's /run/mysqld: mariadb-dump out,
    mariadb restore in, with the root password from the chart's Secret."""

    @classmethod
    def setUpClass(cls):
        import pwd
        import subprocess
        from harness import wait_until
        cls.tmp = tempfile.mkdtemp(prefix="exec-mariadb-")
        os.chmod(cls.tmp, 0o755)
        cls.sock = os.path.join(cls.tmp, "sock")
        os.makedirs(cls.sock)
        user = []
        if os.getuid() == 0:
            pw = pwd.getpwnam("mysql")
            os.chown(cls.sock, pw.pw_uid, pw.pw_gid)
            user = ["--user=mysql"]
        data = os.path.join(cls.tmp, "data")
        subprocess.run(["mariadb-install-db", "--no-defaults", "--datadir=" + data,
                        "--auth-root-authentication-method=normal", "--skip-test-db"] + user,
                       check=True, capture_output=True, timeout=120)
        cls.log = open(os.path.join(cls.tmp, "mariadb.log"), "wb")
        cls.srv = subprocess.Popen(["/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + data,
                                    "--socket=" + os.path.join(cls.sock, "mysqld.sock"), "--skip-networking",
                                    "--pid-file=" + os.path.join(cls.sock, "mysqld.pid"),
                                    "--innodb-buffer-pool-size=16M"] + user,
                                   stdout=cls.log, stderr=cls.log, stdin=subprocess.DEVNULL)
        cls.cli = ["mariadb", "--no-defaults", "-S", os.path.join(cls.sock, "mysqld.sock"), "-u", "root"]

        def up():
            return subprocess.run(cls.cli + ["-e", "SELECT 1"], capture_output=True).returncode == 0
        try:
            wait_until(up, timeout=60, interval=0.1, what="mariadbd")
        except Exception:
            cls.srv.kill()
            cls.srv.wait()
            shutil.rmtree(cls.tmp, ignore_errors=True)
            raise
        subprocess.run(cls.cli + ["-e", "ALTER USER root@localhost IDENTIFIED BY 'my-root-pw'"], check=True)
        cls.cli.append("-pmy-root-pw")
        cls.c = Cluster()
        cls.c.create({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "mysql-secret", "namespace": NS},
                      "data": {"mysql-root-password": base64.b64encode(b"my-root-pw").decode()}})
        cls.c.pod(NS, "mysql-0", env=[{"name": "MYSQL_ROOT_PASSWORD", "valueFrom": {"secretKeyRef": {
            "name": "mysql-secret", "key": "mysql-root-password"}}}])
        cls.c.admin("backends", {"pod": NS + "/mysql-0", "paths": {"/run/mysqld": cls.sock}})

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        cls.srv.terminate()
        cls.srv.wait(60)
        cls.log.close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def sql(self, db, query):
        import subprocess
        return subprocess.run(self.cli + ["-N", "-B", db, "-e", query], check=True,
                              capture_output=True).stdout.decode()

    def test_mariadb_dump_and_restore_through_exec(self):
        seed = ("CREATE DATABASE app; USE app;\n"
                "CREATE TABLE notes (id INT PRIMARY KEY, body TEXT) DEFAULT CHARSET=utf8mb4;\n" +
                "".join("INSERT INTO notes VALUES (%d, 'note %d \u2713');\n" % (i, i) for i in range(1, 301)))
        auth = 'mariadb -u root -p"$MYSQL_ROOT_PASSWORD"'
        v1, v2 = VERSIONS[0], VERSIONS[-1]
        p = self.c.kubectl(v1, "-n", NS, "exec", "-i", "mysql-0", "--", "sh", "-c", auth, input=seed.encode())
        self.assertEqual(p.returncode, 0, p.err)
        p = self.c.kubectl(v2, "-n", NS, "exec", "mysql-0", "--", "sh", "-c",
                           'mariadb-dump -u root -p"$MYSQL_ROOT_PASSWORD" --single-transaction app')
        self.assertEqual(p.returncode, 0, p.err)
        self.assertIn(b"CREATE TABLE `notes`", p.stdout)
        dump = p.stdout
        p = self.c.kubectl(v1, "-n", NS, "exec", "mysql-0", "--", "sh", "-c", auth + " -e 'CREATE DATABASE restored'")
        self.assertEqual(p.returncode, 0, p.err)
        p = self.c.kubectl(v2, "-n", NS, "exec", "-i", "mysql-0", "--", "sh", "-c", auth + " restored", input=dump)
        self.assertEqual(p.returncode, 0, p.err)
        q = "SELECT id, body FROM notes ORDER BY id"
        self.assertEqual(self.sql("restored", q), self.sql("app", q))
        self.assertEqual(len(self.sql("restored", q).splitlines()), 300)
        p = self.c.kubectl(v1, "-n", NS, "exec", "mysql-0", "--", "sh", "-c", "mariadb -u root -pwrong -e 'SELECT 1'")
        self.assertEqual(p.returncode, 1)
        self.assertIn("Access denied for user 'root'@'localhost'", p.err)


class ExecNoSandboxFallbackTest(unittest.TestCase):
    """KUBESIM_EXEC_SANDBOX=none (what happens where bwrap cannot create namespaces): the command
    runs on the host, cwd = the mapped host dir, env from the pod, paths not mapped, loud warning."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="exec-nosandbox-")
        os.environ["KUBESIM_EXEC_SANDBOX"] = "none"
        try:
            cls.c = Cluster()
        finally:
            del os.environ["KUBESIM_EXEC_SANDBOX"]
        cls.c.pod(NS, "plain-0", env=[{"name": "GREETING", "value": "hello"}])
        cls.status = cls.c.admin("backends", {"pod": NS + "/plain-0", "paths": {"/data": cls.tmp}})

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_fallback_runs_on_the_host(self):
        self.assertEqual(self.status["sandbox"], "none")
        p = self.c.kubectl(VERSIONS[0], "-n", NS, "exec", "plain-0", "--", "sh", "-c",
                           'echo "$GREETING"; pwd; echo x > written.txt; exit 5')
        self.assertEqual(p.returncode, 5, p.err)
        self.assertEqual(p.out, "hello\n%s\n" % os.path.realpath(self.tmp))
        self.assertTrue(os.path.exists(os.path.join(self.tmp, "written.txt")))
        self.assertIn("WITHOUT a sandbox", self.c.read_log())


class ExecScenarioTest(unittest.TestCase):
    """Host backends and table entries from a scenario's `exec` list, on pods that kubesim's
    controller makes from a seeded chart release (env from the chart's Secret)."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="exec-scen-")
        path = os.path.join(cls.tmp, "scenario.json")
        with open(path, "w") as f:
            json.dump({"namespaces": ["db"],
                       "releases": [{"name": "postgresql", "namespace": "db",
                                     "chart": {"name": "postgresql", "version": "0.3.0"},
                                     "revisions": [{"status": "deployed", "deployed": "-2d"}]}],
                       "exec": [{"pod": "db/postgresql-0", "paths": {"/var/run/postgresql": None,
                                                                       "/backup": "backup-dir"}},
                                {"pod": "db/postgresql-0", "command": ["pg_isready"],
                                 "stdout": "/var/run/postgresql:5432 - no response\n", "exitCode": 2},
                                {"pod": "*", "command": ["redis-cli", "ping"], "stdout": "PONG\n"}]}, f)
        cls.c = Cluster(scenario=path)

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_scenario_exec_entries(self):
        c = self.c
        wait_until(lambda: c.request("/api/v1/namespaces/db/pods/postgresql-0")[0] == 200, what="postgresql-0")
        secret = c.request("/api/v1/namespaces/db/secrets/postgresql-secret")[1]
        pw = base64.b64decode(secret["data"]["postgres-password"]).decode()
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = c.kubectl(v, "-n", "db", "exec", "postgresql-0", "--", "sh", "-c",
                              'echo "$POSTGRES_PASSWORD"; echo x > /backup/f; test -d /var/run/postgresql && echo ok')
                self.assertEqual((p.returncode, p.out), (0, pw + "\nok\n"), p.err)
                with open(os.path.join(self.tmp, "backup-dir", "f")) as f:  # relative to the scenario
                    self.assertEqual(f.read(), "x\n")
                p = c.kubectl(v, "-n", "db", "exec", "postgresql-0", "--", "pg_isready")
                self.assertEqual(p.returncode, 2)
                self.assertEqual(p.out, "/var/run/postgresql:5432 - no response\n")
                p = c.kubectl(v, "-n", "db", "exec", "postgresql-0", "--", "redis-cli", "ping")
                # the real redis-cli ran (no server to answer): a wildcard entry does not override it
                self.assertNotEqual(p.returncode, 0)
                self.assertNotIn("PONG", p.out)


if __name__ == "__main__":
    unittest.main()
