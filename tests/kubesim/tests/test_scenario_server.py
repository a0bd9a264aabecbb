#!/usr/bin/python3
"""Seeded releases read back by the real helm 3.17.3 and helm 4.1.4 through kubesim exactly as if
helm had installed them (list, history, status, get values/manifest/hooks/notes/all), and stay
usable (upgrade, rollback)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
KUBESIM = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, KUBESIM)
import kstest  # noqa: E402  (the server colleague's test support: Server, Client, wait_until)
import scenario  # noqa: E402

SCEN = os.path.join(KUBESIM, "scenarios")
HELMS = {"3.17.3": kstest.HELM3, "4.1.4": kstest.HELM4}
HAVE_TOOLS = all(os.access(b, os.X_OK) for b in (kstest.HELM3, kstest.HELM4, kstest.KUBECTL131, kstest.KUBECTL135))

READBACK = {
    "namespaces": ["db", "apps"],
    "releases": [
        {"name": "postgresql", "namespace": "db", "chart": {"name": "postgresql", "version": "0.3.0"},
         "revisions": [{"deployed": "-20d"},
                       {"deployed": "-10d", "values": {"persistence": {"size": "30Gi"}}},
                       {"deployed": "-2d", "values": {"persistence": {"size": "30Gi"}, "env": {"TZ": "UTC", "POSTGRES_USER": "postgres"}}}]},
        {"name": "cache", "namespace": "db", "chart": "redis-0.3.3",
         "revisions": [{"deployed": "-9d"}, {"deployed": "-1d", "chart": "redis-0.4.0"}]},
        {"name": "cloud", "namespace": "apps", "chart": "nextcloud-0.3.0",
         "revisions": [{"deployed": "-30d"}, {"deployed": "-1h", "chart": "nextcloud-0.4.0", "status": "pending-upgrade"}]},
        {"name": "vault", "namespace": "apps", "chart": "vaultwarden-0.4.0", "writer": "helm4",
         "revisions": [{"deployed": "-5d"}, {"deployed": "-1d", "status": "failed", "values": {"image": {"tag": "1.33.0"}}}]},
        {"name": "grafana", "namespace": "apps", "chart": "grafana-0.4.0", "stuck": True,
         "revisions": [{"deployed": "-3h", "values": {"replicaCount": 1}}]},
        {"name": "legacy", "namespace": "apps", "chart": "memcached-0.3.3",
         "revisions": [{"deployed": "-40d"}, {"deployed": "-20d", "status": "uninstalled"}]},
        # upgraded and rolled back by test_seeded_release_upgrade_and_rollback (not read back)
        {"name": "pg-up", "namespace": "upg", "chart": "postgresql-0.3.0",
         "revisions": [{"deployed": "-8d"}, {"deployed": "-4d", "values": {"replicaCount": 1}}]},
        {"name": "redis-up", "namespace": "upg", "chart": "redis-0.4.0", "revisions": [{"deployed": "-2d"}]},
    ],
}
UPGRADED = {"pg-up", "redis-up"}


def expected_releases():
    """Decode what the scenario seeds: {name: [release JSON by revision]}."""
    d = tempfile.mkdtemp(prefix="readback-")
    p = os.path.join(d, "s.json")
    with open(p, "w") as f:
        json.dump(READBACK, f)
    out = {}
    for o in scenario.load(p)["objects"]:
        if o.get("type") == "helm.sh/release.v1":
            rel = scenario.decode_release_secret(o)
            out.setdefault(rel["name"], []).append(rel)
    for v in out.values():
        v.sort(key=lambda r: r["version"])
    return p, out


@unittest.skipUnless(HAVE_TOOLS, "pinned helm/kubectl binaries missing")
class ScenarioReadBack(kstest.ServerTestCase):
    @classmethod
    def setUpClass(cls):
        cls.scenario, allrels = expected_releases()
        cls.expected = {n: v for n, v in allrels.items() if n not in UPGRADED}
        super().setUpClass()

    def helm(self, ver, *args, check=True):
        c = self.client()
        p = c.run(HELMS[ver], *args)
        if check:
            self.ok(p, "helm %s %s" % (ver, " ".join(args)))
        return p

    def test_list(self):
        for ver in HELMS:
            with self.subTest(helm=ver):
                extra = ["-a"] if ver.startswith("3.") else ["--deployed", "--failed", "--pending", "--superseded", "--uninstalled"]
                got = {r["name"]: r for r in json.loads(self.helm(ver, "list", "-A", "-o", "json", *extra).out)}
                self.assertEqual(set(got) - UPGRADED, set(self.expected))
                for name, revs in self.expected.items():
                    last = revs[-1]
                    md = last["chart"]["metadata"]
                    self.assertEqual(got[name]["namespace"], last["namespace"])
                    self.assertEqual(got[name]["revision"], str(last["version"]))
                    self.assertEqual(got[name]["status"], last["info"]["status"])
                    self.assertEqual(got[name]["chart"], "%s-%s" % (md["name"], md["version"]))
                    self.assertEqual(got[name]["app_version"], md["appVersion"])
                    self.assertTrue(got[name]["updated"].startswith(last["info"]["last_deployed"][:10]), got[name])
                # helm 3's default list hides pending releases, like a real cluster
                if ver.startswith("3."):
                    plain = {r["name"] for r in json.loads(self.helm(ver, "list", "-A", "-o", "json").out)}
                    self.assertNotIn("cloud", plain)
                    self.assertNotIn("legacy", plain)
                    self.assertIn("vault", plain)

    def test_history(self):
        for ver in HELMS:
            for name, revs in self.expected.items():
                with self.subTest(helm=ver, release=name):
                    h = json.loads(self.helm(ver, "history", name, "-n", revs[0]["namespace"], "-o", "json").out)
                    self.assertEqual([x["revision"] for x in h], [r["version"] for r in revs])
                    self.assertEqual([x["status"] for x in h], [r["info"]["status"] for r in revs])
                    self.assertEqual([x["description"] for x in h], [r["info"]["description"] for r in revs])
                    self.assertEqual([x["chart"] for x in h], ["%s-%s" % (r["chart"]["metadata"]["name"],
                                                                          r["chart"]["metadata"]["version"]) for r in revs])

    def test_status(self):
        for ver in HELMS:
            for name, revs in self.expected.items():
                with self.subTest(helm=ver, release=name):
                    s = json.loads(self.helm(ver, "status", name, "-n", revs[0]["namespace"], "-o", "json").out)
                    last = revs[-1]
                    self.assertEqual(s["name"], name)
                    self.assertEqual(s["version"], last["version"])
                    self.assertEqual(s["info"]["status"], last["info"]["status"])
                    self.assertEqual(s["info"]["description"], last["info"]["description"])
                    self.assertEqual(s["info"]["notes"], last["info"]["notes"])
                    self.assertEqual(s.get("config", {}), last.get("config", {}))
                    p = self.helm(ver, "status", name, "-n", revs[0]["namespace"], "--revision", "1")
                    self.assertIn("REVISION: 1", p.out)

    def test_get(self):
        for ver in HELMS:
            for name, revs in self.expected.items():
                ns = revs[0]["namespace"]
                last = revs[-1]
                with self.subTest(helm=ver, release=name):
                    vals = json.loads(self.helm(ver, "get", "values", name, "-n", ns, "-o", "json").out)
                    self.assertEqual(vals or {}, last.get("config", {}))
                    allv = json.loads(self.helm(ver, "get", "values", name, "-n", ns, "--all", "-o", "json").out)
                    self.assertEqual(allv, scenario.deep_merge(last["chart"]["values"], last.get("config", {})))
                    man = self.helm(ver, "get", "manifest", name, "-n", ns).out
                    self.assertEqual(man.rstrip("\n"), last["manifest"].rstrip("\n"))
                    notes = self.helm(ver, "get", "notes", name, "-n", ns).out
                    self.assertIn(last["info"]["notes"].splitlines()[0], notes)
                    hooks = self.helm(ver, "get", "hooks", name, "-n", ns).out
                    for h in last.get("hooks") or []:
                        self.assertIn(h["manifest"].splitlines()[-1], hooks)
                    allout = self.helm(ver, "get", "all", name, "-n", ns).out
                    self.assertIn("STATUS: %s" % last["info"]["status"], allout)
                    self.assertIn("# Source: ", allout)
                    if len(revs) > 1:
                        v1 = json.loads(self.helm(ver, "get", "values", name, "-n", ns, "--revision", "1", "-o", "json").out)
                        self.assertEqual(v1 or {}, revs[0].get("config", {}))

    def test_live_objects_seeded(self):
        c = self.client()
        p = self.ok(c.run(kstest.KUBECTL131, "get", "statefulset", "postgresql", "-n", "db", "-o", "json"))
        sts = json.loads(p.out)
        self.assertEqual(sts["metadata"]["annotations"]["meta.helm.sh/release-name"], "postgresql")
        self.assertEqual(sts["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"], "30Gi")
        env = {e["name"] for e in sts["spec"]["template"]["spec"]["containers"][0]["env"]}
        self.assertIn("TZ", env)
        kstest.wait_until(lambda: json.loads(c.run(kstest.KUBECTL135, "get", "pod", "postgresql-0", "-n", "db",
                                                   "-o", "json").out or "{}").get("status", {}).get("phase") == "Running",
                          what="postgresql-0 running")
        # the stuck workload stays unready
        p = self.ok(c.run(kstest.KUBECTL135, "get", "deploy", "grafana", "-n", "apps", "-o", "json"))
        self.assertEqual(json.loads(p.out)["metadata"]["annotations"][scenario.STUCK_ANNOTATION], "true")
        self.fails(c.run(kstest.KUBECTL135, "rollout", "status", "deploy/grafana", "-n", "apps", "--timeout=3s"))
        # an uninstalled release (kept history) owns nothing in the cluster
        p = self.ok(c.run(kstest.KUBECTL131, "get", "all,cm,secret,sa", "-n", "apps", "-l",
                          "app.kubernetes.io/instance=legacy", "-o", "name"))
        self.assertEqual(p.out.strip(), "")

    def test_seeded_release_upgrade_and_rollback(self):
        # a seeded release is a normal release for both helm versions
        for ver, name in (("3.17.3", "pg-up"), ("4.1.4", "redis-up")):
            ns = "upg"
            chart = os.path.join(kstest.DATA_CHARTS, "postgresql-0.3.0" if name == "pg-up" else "redis-0.4.0")
            with self.subTest(helm=ver, release=name):
                before = json.loads(self.helm(ver, "history", name, "-n", ns, "-o", "json").out)
                self.helm(ver, "upgrade", name, chart, "-n", ns, "--reuse-values", "--set", "service.port=15432")
                h = json.loads(self.helm(ver, "history", name, "-n", ns, "-o", "json").out)
                self.assertEqual(len(h), len(before) + 1)
                self.assertEqual(h[-1]["status"], "deployed")
                self.assertEqual(h[-2]["status"], "superseded")
                vals = json.loads(self.helm(ver, "get", "values", name, "-n", ns, "-o", "json").out)
                self.assertEqual(vals["service"]["port"], 15432)
                self.helm(ver, "rollback", name, "1", "-n", ns)
                h = json.loads(self.helm(ver, "history", name, "-n", ns, "-o", "json").out)
                self.assertEqual(h[-1]["description"], "Rollback to 1")
                self.assertEqual(h[-1]["status"], "deployed")


@unittest.skipUnless(HAVE_TOOLS, "pinned helm/kubectl binaries missing")
class ScenarioSeedRunning(kstest.ServerTestCase):
    """scenario.seed() / `scenario.py seed URL FILE` add a fleet to a server that is already running."""

    def test_seed_running_server(self):
        c = self.client()
        self.assertEqual(json.loads(self.ok(c.run(kstest.HELM3, "list", "-A", "-o", "json")).out), [])
        p = subprocess.run([kstest.PYTHON, os.path.join(KUBESIM, "scenario.py"), "seed", self.server.url,
                            os.path.join(SCEN, "minimal.json")], capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertGreater(json.loads(p.stdout)["created"], 10)
        scenario.seed(self.server.url, {"releases": [{"name": "late", "namespace": "extra", "chart": "memcached-0.4.0"}],
                                        "logs": {"db/postgresql-0": ["seeded later"]}})
        for helm in (kstest.HELM3, kstest.HELM4):
            names = {r["name"] for r in json.loads(self.ok(c.run(helm, "list", "-A", "-o", "json")).out)}
            self.assertEqual(names, {"postgresql", "cache", "late"})
        kstest.wait_until(lambda: "seeded later" in c.run(kstest.KUBECTL131, "logs", "-n", "db", "postgresql-0").out,
                          what="canned log line")


@unittest.skipUnless(HAVE_TOOLS, "pinned helm/kubectl binaries missing")
class ScenarioDemoFleetHelm(kstest.ServerTestCase):
    """The demo fleet behaves like a real homelab for helm: stored manifests of every chart can be
    rolled back to, the pending-upgrade release blocks further operations, the failed one reports."""
    scenario = os.path.join(SCEN, "demo-fleet.json")

    def test_rollback_and_blocked_operations(self):
        c = self.client()
        for helm, name, ns, to in ((kstest.HELM3, "grafana", "monitoring", 3), (kstest.HELM4, "jellyfin", "media", 5),
                                   (kstest.HELM3, "airflow", "data", 1), (kstest.HELM4, "paperless-ngx", "apps", 2)):
            with self.subTest(helm=helm, release=name):
                before = json.loads(self.ok(c.run(helm, "history", name, "-n", ns, "-o", "json")).out)
                self.ok(c.run(helm, "rollback", name, str(to), "-n", ns, "--wait", "--timeout", "60s"))
                h = json.loads(self.ok(c.run(helm, "history", name, "-n", ns, "-o", "json")).out)
                self.assertEqual(len(h), len(before) + 1)
                self.assertEqual((h[-1]["status"], h[-1]["description"]), ("deployed", "Rollback to %d" % to))
                self.assertEqual(h[-1]["chart"], before[to - 1]["chart"])
                vals = json.loads(self.ok(c.run(helm, "get", "values", name, "-n", ns, "-o", "json")).out)
                hist_vals = json.loads(self.ok(c.run(helm, "get", "values", name, "-n", ns, "--revision", str(to),
                                                     "-o", "json")).out)
                self.assertEqual(vals, hist_vals)
        nextcloud = os.path.join(kstest.DATA_CHARTS, "nextcloud-0.4.0")
        for helm in (kstest.HELM3, kstest.HELM4):
            with self.subTest(helm=helm, release="nextcloud"):
                p = self.fails(c.run(helm, "upgrade", "nextcloud", nextcloud, "-n", "apps"))
                self.assertIn("another operation (install/upgrade/rollback) is in progress", p.err)
        for helm in (kstest.HELM3, kstest.HELM4):
            st = json.loads(self.ok(c.run(helm, "status", "harbor", "-n", "harbor", "-o", "json")).out)
            self.assertEqual(st["info"]["status"], "failed")
            self.assertIn("context deadline exceeded", st["info"]["description"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
