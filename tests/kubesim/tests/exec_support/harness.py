"""Helpers for the exec tests: a test server process, isolated kubectl runs, bounded waits.

The tests run against tests/kubesim/kubesim.py (which hands exec to kubesim_exec). Set
KUBESIM_EXEC_SERVER=mini to run them against exec_support/miniserver.py instead (a small
stand-in that only serves what kubectl exec needs), e.g. while kubesim.py is broken.
"""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
KUBESIM_DIR = os.path.dirname(TESTS)
REPO = os.path.dirname(os.path.dirname(KUBESIM_DIR))
PYTHON = os.environ.get("CHARTROOM_PYTHON", "/usr/bin/python3")
TOOLS = os.environ.get("CHARTROOM_TOOLS_BIN", os.path.join(REPO, ".tools", "bin"))
KUBECTLS = {"1.31": os.path.join(TOOLS, "kubectl-1.31.9"), "1.35": os.path.join(TOOLS, "kubectl-1.35.2")}


def wait_until(fn, timeout=20.0, interval=0.05, what="condition"):
    """Poll fn() until truthy; fail after `timeout` seconds (no sleep-and-hope)."""
    end = time.time() + timeout
    last = None
    while time.time() < end:
        last = fn()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError("timed out after %.0fs waiting for %s (last: %r)" % (timeout, what, last))


def server_script():
    if os.environ.get("KUBESIM_EXEC_SERVER") == "mini":
        return os.path.join(HERE, "miniserver.py")
    real = os.path.join(KUBESIM_DIR, "kubesim.py")
    if os.path.exists(real):
        with open(real) as f:
            if "kubesim_exec.handle_exec" in f.read():
                return real
    return os.path.join(HERE, "miniserver.py")


class Cluster:
    """One test server with isolated per-kubectl-version client homes."""

    def __init__(self, tmp=None, scenario=None):
        self.tmp = tmp or tempfile.mkdtemp(prefix="kubesim-exec-test-")
        self.kubeconfig = os.path.join(self.tmp, "kubeconfig")
        self.log_path = os.path.join(self.tmp, "server.log")
        self.script = server_script()
        self.log = open(self.log_path, "ab")
        args = [PYTHON, self.script, "--kubeconfig", self.kubeconfig]
        if scenario:
            if not self.script.endswith("kubesim.py"):
                raise unittest.SkipTest("scenarios need kubesim.py")
            args += ["--scenario", scenario]
        self.proc = subprocess.Popen(args,
                                     stdout=subprocess.PIPE, stderr=self.log, stdin=subprocess.DEVNULL)
        line = self.proc.stdout.readline()  # the server prints "ready URL" once listening
        if not line.startswith(b"ready "):
            self.proc.kill()
            raise RuntimeError("test server did not start: %r\n%s" % (line, self.read_log()[-3000:]))
        self.url = line.split()[1].decode()
        self.homes = {}

    def read_log(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    # ---- HTTP ----
    def request(self, path, body=None, method=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data,
                                     method=method or ("POST" if body is not None else "GET"),
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw or b"null")
            except ValueError:
                return e.code, raw.decode("utf-8", "replace")

    def admin(self, op, body=None):
        code, obj = self.request("/__test/exec/" + op, body if body is not None else {})
        if code >= 300:
            raise AssertionError("admin %s -> %s %r" % (op, code, obj))
        return obj

    def create(self, obj):
        ns = obj.get("metadata", {}).get("namespace")
        kind = obj["kind"]
        if ns:
            self.request("/api/v1/namespaces", {"apiVersion": "v1", "kind": "Namespace",
                                                "metadata": {"name": ns}})
        plural = {"Pod": "pods", "Secret": "secrets", "ConfigMap": "configmaps"}[kind]
        code, out = self.request("/api/v1/namespaces/%s/%s" % (ns, plural), obj)
        if code not in (200, 201):
            raise AssertionError("create %s: %s %r" % (kind, code, out))
        return out

    def pod(self, ns, name, containers=None, env=None, env_from=None):
        c = {"name": "main", "image": "example/app:1", "env": env or []}
        if env_from:
            c["envFrom"] = env_from
        return self.create({"apiVersion": "v1", "kind": "Pod",
                            "metadata": {"name": name, "namespace": ns, "labels": {"app": name}},
                            "spec": {"containers": containers or [c]}})

    # ---- kubectl ----
    def kubectl_env(self, version):
        home = self.homes.get(version)
        if home is None:
            home = tempfile.mkdtemp(prefix="home-%s-" % version, dir=self.tmp)
            shutil.copy(self.kubeconfig, os.path.join(home, "kubeconfig"))
            self.homes[version] = home
        return {"PATH": "/usr/bin:/bin", "HOME": home, "KUBECONFIG": os.path.join(home, "kubeconfig"),
                "LANG": "C.UTF-8"}

    def kubectl(self, version, *args, input=None, stdin=None, stdout=None, timeout=120):
        """Run the pinned kubectl; returns CompletedProcess with .out/.err text."""
        cmd = [KUBECTLS[version]] + [str(a) for a in args]
        kw = {}
        if stdin is not None:
            kw["stdin"] = stdin
        elif input is None:
            kw["stdin"] = subprocess.DEVNULL
        p = subprocess.run(cmd, env=self.kubectl_env(version), input=input,
                           stdout=stdout if stdout is not None else subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, cwd=self.tmp, **kw)
        p.out = (p.stdout or b"").decode("utf-8", "replace")
        p.err = p.stderr.decode("utf-8", "replace")
        return p

    def kubectl_popen(self, version, *args, **kw):
        return subprocess.Popen([KUBECTLS[version]] + [str(a) for a in args],
                                env=self.kubectl_env(version), cwd=self.tmp, **kw)

    # ---- process facts ----
    def rss_kb(self, field="VmRSS"):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return 0

    def cpu_seconds(self):
        with open("/proc/%d/stat" % self.proc.pid) as f:
            parts = f.read().rsplit(")", 1)[1].split()
        return (int(parts[11]) + int(parts[12])) / os.sysconf("SC_CLK_TCK")

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
        if not os.environ.get("KUBESIM_KEEP_TMP"):
            shutil.rmtree(self.tmp, ignore_errors=True)
