"""Test support for kubesim acceptance tests: start/stop the server, isolated client environments.

Every client run gets its own HOME, KUBECONFIG and HELM_*_HOME so kubectl's discovery/OpenAPI caches
and helm's caches never leak between tests.  Waiting is done with bounded polling on conditions.
"""
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
import unittest
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
KUBESIM_DIR = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(KUBESIM_DIR))
SERVER = os.path.join(KUBESIM_DIR, "kubesim.py")
PYTHON = os.environ.get("CHARTROOM_PYTHON", "/usr/bin/python3")
TOOLS = os.environ.get("CHARTROOM_TOOLS_BIN", os.path.join(REPO, ".tools", "bin"))
CHARTS = os.path.join(HERE, "charts")
DATA_CHARTS = os.path.join(REPO, "tests", "data", "charts")

HELM3 = os.path.join(TOOLS, "helm-3.17.3")
HELM4 = os.path.join(TOOLS, "helm-4.1.4")
KUBECTL131 = os.path.join(TOOLS, "kubectl-1.31.9")
KUBECTL135 = os.path.join(TOOLS, "kubectl-1.35.2")


def wait_until(fn, timeout=15.0, interval=0.1, what="condition"):
    """Poll fn() until it returns a truthy value; fail after `timeout` seconds."""
    end = time.time() + timeout
    last = None
    while time.time() < end:
        last = fn()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError("timed out after %.0fs waiting for %s (last value: %r)" % (timeout, what, last))


class Server:
    """A kubesim process on an ephemeral port."""

    def __init__(self, scenario=None, state_dir=None, extra=(), tmp=None, context="kubesim"):
        self.tmp = tmp or tempfile.mkdtemp(prefix="kubesim-")
        self.kubeconfig = os.path.join(self.tmp, "kubeconfig")
        self.log_path = os.path.join(self.tmp, "server.log")
        args = [PYTHON, SERVER, "--kubeconfig", self.kubeconfig, "--context-name", context]
        if scenario:
            args += ["--scenario", scenario]
        if state_dir:
            args += ["--state-dir", state_dir]
        args += list(extra)
        self.args = args
        self.start()

    def start(self, timeout=60):
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=self.log, stdin=subprocess.DEVNULL)
        line = b""
        end = time.time() + timeout
        while time.time() < end:
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, end - time.time()))
            if not ready:
                break
            line = self.proc.stdout.readline()
            if line.startswith(b"ready ") or not line:
                break
        if not line.startswith(b"ready "):
            self.proc.kill()
            raise RuntimeError("kubesim did not start: %r\n%s" % (line, self.read_log()[-3000:]))
        self.url = line.split()[1].decode()
        self.port = int(self.url.rsplit(":", 1)[1])

    def read_log(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def admin(self, path, body=None, method=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + "/__test/" + path.lstrip("/"), data=data,
                                     method=method or ("POST" if body is not None else "GET"),
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return json.loads(e.read() or b"null")

    def api(self, path, body=None, method=None, ctype="application/json"):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        req = urllib.request.Request(self.url + path, data=data, method=method or ("POST" if body is not None else "GET"),
                                     headers={"Content-Type": ctype})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def get(self, path):
        code, body = self.api(path)
        return body if code == 200 else None

    def mark(self, text):
        try:
            self.admin("mark?m=" + urllib.request.quote(text), {})
        except OSError:
            pass   # server down (outage tests)

    def settle(self):
        self.admin("settle?timeout=10")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()
        self.log.close()
        return self.proc.returncode

    def cleanup(self):
        self.stop()
        if not os.environ.get("KUBESIM_KEEP_TMP"):
            shutil.rmtree(self.tmp, ignore_errors=True)


class Client:
    """An isolated environment (HOME, KUBECONFIG, helm dirs) for running real clients."""

    def __init__(self, server, tmp=None):
        self.server = server
        self.home = tempfile.mkdtemp(prefix="client-", dir=tmp or server.tmp)
        self.kubeconfig = os.path.join(self.home, "kubeconfig")
        shutil.copy(server.kubeconfig, self.kubeconfig)
        self.env = {
            "PATH": "/usr/bin:/bin", "HOME": self.home, "KUBECONFIG": self.kubeconfig,
            "HELM_CACHE_HOME": os.path.join(self.home, "helm-cache"),
            "HELM_CONFIG_HOME": os.path.join(self.home, "helm-config"),
            "HELM_DATA_HOME": os.path.join(self.home, "helm-data"),
            "LANG": "C.UTF-8", "NO_COLOR": "1",
        }

    def run(self, binary, *args, timeout=90, input=None, check=False):
        cmd = [binary] + [str(a) for a in args]
        self.server.mark(" ".join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd)))
        t0 = time.time()
        p = subprocess.run(cmd, env=self.env, capture_output=True, timeout=timeout, cwd=self.home,
                           input=input.encode() if isinstance(input, str) else input)
        p.elapsed = time.time() - t0
        p.out = p.stdout.decode("utf-8", "replace")
        p.err = p.stderr.decode("utf-8", "replace")
        if check and p.returncode != 0:
            raise AssertionError("%s failed rc=%d\nstdout: %s\nstderr: %s" % (cmd, p.returncode, p.out, p.err))
        return p


class ServerTestCase(unittest.TestCase):
    """One server per test class (started in setUpClass, stopped with SIGTERM in tearDownClass)."""
    scenario = None
    server_extra = ()

    @classmethod
    def setUpClass(cls):
        cls.server = Server(cls.scenario, extra=cls.server_extra)

    @classmethod
    def tearDownClass(cls):
        rc = cls.server.stop()
        if rc != 0:
            print(cls.server.read_log()[-5000:])
        cls.server.cleanup()
        assert rc == 0, "server exit code %r on SIGTERM" % rc

    def client(self):
        return Client(self.server)

    def ok(self, p, msg=""):
        self.assertEqual(p.returncode, 0, "%s rc=%d\nstdout: %s\nstderr: %s" % (msg, p.returncode, p.out[-3000:], p.err[-3000:]))
        return p

    def fails(self, p, msg=""):
        self.assertNotEqual(p.returncode, 0, "%s unexpectedly succeeded\nstdout: %s" % (msg, p.out[-2000:]))
        return p

    def uniq(self, prefix):
        type(self)._n = getattr(type(self), "_n", 0) + 1
        return "%s%d" % (prefix, type(self)._n)
