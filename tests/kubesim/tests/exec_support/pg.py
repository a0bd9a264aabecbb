"""A throwaway PostgreSQL server for host-backed exec tests: Unix socket only, in a temp dir."""
import os
import pwd
import shutil
import signal
import subprocess
import time

PG_BIN = "/usr/lib/postgresql/15/bin"


def available():
    return os.path.exists(os.path.join(PG_BIN, "initdb")) and os.path.exists(os.path.join(PG_BIN, "postgres"))


class Postgres:
    """initdb + postgres -k SOCKDIR with listen_addresses='' (no TCP). As root the server runs as the
    `postgres` system user (initdb refuses root)."""

    def __init__(self, base):
        self.base = base
        self.data = os.path.join(base, "data")
        self.sockdir = os.path.join(base, "sock")
        os.makedirs(self.sockdir, exist_ok=True)
        self.log_path = os.path.join(base, "postgres.log")
        self.kw = {}
        if os.getuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chmod(base, 0o755)
            for d in (base, self.sockdir):
                os.chown(d, pw.pw_uid, pw.pw_gid)
            self.kw = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
        self.env = {"PATH": PG_BIN + ":/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": base}
        r = subprocess.run([os.path.join(PG_BIN, "initdb"), "-D", self.data, "-U", "postgres", "--auth=trust",
                            "-E", "UTF8", "--no-locale", "--no-sync"], env=self.env, cwd=base,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120, **self.kw)
        if r.returncode != 0:
            raise RuntimeError("initdb failed: " + r.stderr.decode(errors="replace")[-2000:])
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [os.path.join(PG_BIN, "postgres"), "-D", self.data, "-k", self.sockdir, "-c", "listen_addresses=",
             "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"],
            env=self.env, cwd=base, stdout=self.log, stderr=self.log, stdin=subprocess.DEVNULL, **self.kw)
        self.wait_ready()

    def wait_ready(self, timeout=60):
        end = time.time() + timeout
        sock = os.path.join(self.sockdir, ".s.PGSQL.5432")
        while time.time() < end:
            if self.proc.poll() is not None:
                raise RuntimeError("postgres exited: " + open(self.log_path, errors="replace").read()[-2000:])
            if os.path.exists(sock):
                r = subprocess.run([os.path.join(PG_BIN, "pg_isready"), "-h", self.sockdir, "-q"],
                                   env=self.env, timeout=10)
                if r.returncode == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("postgres not ready after %ss" % timeout)

    def psql(self, db, sql):
        r = subprocess.run([os.path.join(PG_BIN, "psql"), "-h", self.sockdir, "-U", "postgres", "-d", db,
                            "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], env=self.env, capture_output=True,
                           timeout=60, check=True)
        return r.stdout.decode()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.base, ignore_errors=True)
