#!/usr/bin/python3
"""Start a demo fleet of kubesim clusters and write one kubeconfig for all of them.

    demo.py --kubeconfig OUT [--cluster NAME=SCENARIO ...] [--state-dir DIR] [--log-dir DIR]

Default clusters: "homelab" (scenarios/demo-fleet.json) and "offsite" (scenarios/offsite.json).
Each cluster is one `kubesim.py` process on its own free port. When every server answered
`ready <url>`, their kubeconfigs are merged into OUT (one context per cluster, the first one
current) and this prints one line `ready <OUT>`. It then runs until SIGTERM or SIGINT, and
stops its servers (SIGTERM, then SIGKILL after a grace period). If a server dies, the demo
stops the others and exits with status 1.
"""

import argparse
import os
import select
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import merge_kubeconfigs  # noqa: E402

DEFAULT_CLUSTERS = [("homelab", os.path.join(HERE, "scenarios", "demo-fleet.json")),
                    ("offsite", os.path.join(HERE, "scenarios", "offsite.json"))]


class Demo:
    def __init__(self, clusters, kubeconfig, state_dir=None, log_dir=None, python=None, ready_timeout=120.0):
        self.clusters = clusters
        self.kubeconfig = os.path.abspath(kubeconfig)
        self.state_dir = state_dir
        self.log_dir = log_dir
        self.python = python or sys.executable or "/usr/bin/python3"
        self.ready_timeout = ready_timeout
        self.procs = []          # (name, Popen, kubeconfig path, log file)
        self.urls = {}
        self.tmp = tempfile.mkdtemp(prefix="chartroom-demo-")

    def start(self):
        for name, scen in self.clusters:
            kc = os.path.join(self.tmp, "%s.kubeconfig" % name)
            cmd = [self.python, os.path.join(HERE, "kubesim.py"), "--kubeconfig", kc, "--context-name", name,
                   "--quiet"]
            if scen:
                cmd += ["--scenario", scen]
            if self.state_dir:
                d = os.path.join(self.state_dir, name)
                os.makedirs(d, exist_ok=True)
                cmd += ["--state-dir", d]
            if self.log_dir:
                os.makedirs(self.log_dir, exist_ok=True)
                log = open(os.path.join(self.log_dir, "%s.log" % name), "ab")
            else:
                log = open(os.devnull, "wb")
            p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                                 start_new_session=True)
            self.procs.append((name, p, kc, log))
        # wait for every "ready <url>" line, bounded
        deadline = time.monotonic() + self.ready_timeout
        pending = {p.stdout.fileno(): (name, p) for name, p, _, _ in self.procs}
        bufs = {fd: b"" for fd in pending}
        while pending:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RuntimeError("timed out waiting for %s to become ready" % ", ".join(n for n, _ in pending.values()))
            r, _, _ = select.select(list(pending), [], [], min(left, 0.5))
            for fd in r:
                name, p = pending[fd]
                chunk = os.read(fd, 4096)
                if not chunk:
                    raise RuntimeError("kubesim for %s exited (status %s) before it was ready"
                                       % (name, p.wait()))
                bufs[fd] += chunk
                for line in bufs[fd].split(b"\n"):
                    if line.startswith(b"ready "):
                        self.urls[name] = line.split(None, 1)[1].decode().strip()
                        del pending[fd]
                        break
        merged = merge_kubeconfigs.merge([merge_kubeconfigs.read_kubeconfig(kc) for _, _, kc, _ in self.procs])
        merge_kubeconfigs.write_kubeconfig(self.kubeconfig, merged)

    def dead(self):
        return [(name, p.returncode) for name, p, _, _ in self.procs if p.poll() is not None]

    def stop(self, grace=10.0):
        for _, p, _, _ in self.procs:
            if p.poll() is None:
                try:
                    p.send_signal(signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + grace
        for _, p, _, log in self.procs:
            try:
                p.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
            if p.stdout:
                p.stdout.close()
            log.close()
        for _, _, kc, _ in self.procs:
            try:
                os.unlink(kc)
            except OSError:
                pass
        try:
            os.rmdir(self.tmp)
        except OSError:
            pass


def parse_cluster(s):
    if "=" not in s:
        raise argparse.ArgumentTypeError("expected NAME=SCENARIO (SCENARIO may be empty)")
    name, scen = s.split("=", 1)
    return name, (os.path.abspath(scen) if scen else None)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kubeconfig", required=True, help="where to write the merged kubeconfig")
    ap.add_argument("--cluster", action="append", type=parse_cluster, metavar="NAME=SCENARIO",
                    help="a cluster to start (repeatable); default: homelab=demo-fleet.json offsite=offsite.json")
    ap.add_argument("--state-dir", help="keep each cluster's state in DIR/NAME across restarts")
    ap.add_argument("--log-dir", help="write each server's log to DIR/NAME.log")
    ap.add_argument("--ready-timeout", type=float, default=120.0)
    a = ap.parse_args(argv)
    demo = Demo(a.cluster or DEFAULT_CLUSTERS, a.kubeconfig, a.state_dir, a.log_dir, ready_timeout=a.ready_timeout)
    stop = {"sig": None}

    def on_signal(signum, frame):
        stop["sig"] = signum

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        demo.start()
    except (RuntimeError, OSError) as e:
        sys.stderr.write("demo: %s\n" % e)
        demo.stop(grace=3.0)
        return 1
    for name, _ in demo.clusters:
        sys.stderr.write("demo: %s at %s\n" % (name, demo.urls.get(name)))
    sys.stdout.write("ready %s\n" % demo.kubeconfig)
    sys.stdout.flush()
    rc = 0
    while stop["sig"] is None:
        dead = demo.dead()
        if dead:
            sys.stderr.write("demo: server stopped unexpectedly: %s\n" % ", ".join("%s (status %s)" % d for d in dead))
            rc = 1
            break
        time.sleep(0.2)
    demo.stop()
    return rc


if __name__ == "__main__":
    sys.exit(main())
