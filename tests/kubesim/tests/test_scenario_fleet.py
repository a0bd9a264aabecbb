#!/usr/bin/python3
"""Seeding 1,000 releases x 5 revisions into kubesim (time measured and printed, helm 3.17.3 and
4.1.4 list them all), and the demo launcher (two clusters, merged kubeconfig, clean SIGTERM)."""
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
KUBESIM = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, KUBESIM)
import kstest  # noqa: E402  (the server colleague's test support: Server, Client, wait_until)

SCEN = os.path.join(KUBESIM, "scenarios")
HELMS = {"3.17.3": kstest.HELM3, "4.1.4": kstest.HELM4}
HAVE_TOOLS = all(os.access(b, os.X_OK) for b in (kstest.HELM3, kstest.HELM4, kstest.KUBECTL131, kstest.KUBECTL135))

@unittest.skipUnless(HAVE_TOOLS, "pinned helm/kubectl binaries missing")
class ScenarioFleet1000(unittest.TestCase):
    def test_seed_1000_releases_x_5_revisions(self):
        t0 = time.time()
        server = kstest.Server(os.path.join(SCEN, "fleet-1000.json"), extra=("--quiet",))
        seeded = time.time() - t0
        try:
            print("\nscenario: kubesim ready with 1000 releases x 5 revisions in %.2f s (load + insertion)" % seeded)
            self.assertLess(seeded, 30.0)
            c = kstest.Client(server)
            for ver, helm in HELMS.items():
                p = c.run(helm, "list", "-A", "--max", "0", "-o", "json", timeout=120)
                self.assertEqual(p.returncode, 0, p.err)
                rels = json.loads(p.out)
                print("scenario: helm %s list -A over 1000 releases: %.2f s" % (ver, p.elapsed))
                self.assertEqual(len(rels), 1000)
                self.assertEqual({r["revision"] for r in rels}, {"5"})
                self.assertEqual({r["status"] for r in rels}, {"deployed"})
            p = c.run(kstest.HELM3, "history", "bench-0003-memcached", "-n", "bench-ns-03", "-o", "json")
            self.assertEqual([x["status"] for x in json.loads(p.out)], ["superseded"] * 4 + ["deployed"])
        finally:
            server.cleanup()


@unittest.skipUnless(HAVE_TOOLS, "pinned helm/kubectl binaries missing")
class DemoLauncher(unittest.TestCase):
    def test_demo_launcher(self):
        tmp = tempfile.mkdtemp(prefix="demo-")
        kc = os.path.join(tmp, "merged.kubeconfig")
        p = subprocess.Popen([kstest.PYTHON, os.path.join(KUBESIM, "demo.py"), "--kubeconfig", kc, "--log-dir",
                              os.path.join(tmp, "logs")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            line = p.stdout.readline().decode()      # demo.py bounds its own wait for the servers
            self.assertEqual(line.strip(), "ready %s" % kc, p.stderr.read().decode() if not line else line)
            with open(kc) as f:
                cfg = json.load(f)
            self.assertEqual([c["name"] for c in cfg["contexts"]], ["homelab", "offsite"])
            self.assertEqual(cfg["current-context"], "homelab")
            env = {"PATH": "/usr/bin:/bin", "HOME": tmp, "KUBECONFIG": kc, "HELM_CACHE_HOME": os.path.join(tmp, "c"),
                   "HELM_CONFIG_HOME": os.path.join(tmp, "cf"), "HELM_DATA_HOME": os.path.join(tmp, "d")}

            def run(*args):
                r = subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=60)
                self.assertEqual(r.returncode, 0, r.stderr)
                return r.stdout
            home = json.loads(run(kstest.HELM4, "list", "-A", "-o", "json"))
            self.assertEqual(len(home), 33)
            self.assertEqual(sorted(r["status"] for r in home if r["status"] != "deployed"), ["failed", "pending-upgrade"])
            off = json.loads(run(kstest.HELM3, "--kube-context", "offsite", "list", "-A", "-o", "json"))
            self.assertEqual(len(off), 3)
            deploys = json.loads(run(kstest.KUBECTL135, "get", "deploy", "-A", "-o", "json"))["items"]
            unready = [d["metadata"]["name"] for d in deploys if d.get("status", {}).get("readyReplicas", 0) < d["spec"]["replicas"]]
            self.assertEqual(unready, ["rabbitmq"])
            self.assertEqual(run(kstest.KUBECTL131, "auth", "can-i", "delete", "secrets", "-A").strip(), "yes")
            self.assertIn("accepting connections", run(kstest.KUBECTL135, "exec", "-n", "db", "postgresql-0", "--", "pg_isready"))
            crb = json.loads(run(kstest.KUBECTL131, "get", "clusterrolebinding", "grafana-debug-cluster-admin", "-o", "json"))
            self.assertEqual(crb["roleRef"]["name"], "cluster-admin")
            ports = [int(c["cluster"]["server"].rsplit(":", 1)[1]) for c in cfg["clusters"]]
        finally:
            p.send_signal(signal.SIGTERM)
            rc = p.wait(30)
        self.assertEqual(rc, 0, p.stderr.read().decode())

        def refused(port):
            s = socket.socket()
            try:
                s.connect(("127.0.0.1", port))
                return False
            except OSError:
                return True
            finally:
                s.close()
        kstest.wait_until(lambda: all(refused(port) for port in ports), timeout=10, what="demo servers stopped")


if __name__ == "__main__":
    unittest.main(verbosity=2)
