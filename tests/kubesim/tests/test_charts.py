#!/usr/bin/python3
"""Test charts under tests/data/charts: helm lint and helm template pass under helm 3.17.3 and
helm 4.1.4 for both versions of each chart; the committed charts are what scenario.py writes;
`helm template` output is byte-identical with the scenario renderer (so seeded release manifests
are exactly what helm would have stored); the 0.3 -> 0.4 differences are the documented ones."""
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
KUBESIM = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(KUBESIM))
sys.path.insert(0, KUBESIM)
import scenario  # noqa: E402

CHARTS = os.path.join(REPO, "tests", "data", "charts")
TOOLS = os.environ.get("CHARTROOM_TOOLS_BIN", os.path.join(REPO, ".tools", "bin"))
HELMS = {"3.17.3": os.path.join(TOOLS, "helm-3.17.3"), "4.1.4": os.path.join(TOOLS, "helm-4.1.4")}
CONFIGS = [
    ("myrel", {}),
    ("same", {"replicaCount": 2, "image": {"tag": "x1"}, "env": {"A": "yes", "B": "16", "C": "a b"},
              "extraEnv": [{"name": "EXTRA", "value": "1"}], "fullnameOverride": "same"}),
    ("db", {"persistence": {"enabled": False}, "rbac": {"create": False}, "upgrade": {"preUpgradeBackup": True},
            "serviceAccount": {"create": False, "name": "shared"}}),
    ("ext", {"existingSecret": "external-creds", "persistence": {"storageClass": "fast", "size": "1Ti"},
             "resources": {"limits": {"memory": "1Gi"}}}),
]


def all_charts():
    return [(c, v) for c in scenario.TEST_CHARTS for v in scenario.test_chart_versions(c)]


class HelmEnv:
    def __init__(self):
        self.home = tempfile.mkdtemp(prefix="charts-")
        self.env = {"PATH": "/usr/bin:/bin", "HOME": self.home, "KUBECONFIG": os.path.join(self.home, "none"),
                    "HELM_CACHE_HOME": os.path.join(self.home, "c"), "HELM_CONFIG_HOME": os.path.join(self.home, "cf"),
                    "HELM_DATA_HOME": os.path.join(self.home, "d"), "LANG": "C.UTF-8"}

    def run(self, helm, *args, input=None):
        return subprocess.run([helm] + list(args), env=self.env, capture_output=True, text=True, input=input, timeout=120)


@unittest.skipUnless(all(os.access(h, os.X_OK) for h in HELMS.values()), "pinned helm binaries missing")
class TestCharts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.h = HelmEnv()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.h.home, ignore_errors=True)

    def test_every_chart_and_version_present(self):
        self.assertEqual(sorted(scenario.TEST_CHARTS), sorted(["postgresql", "mysql", "redis", "grafana", "vaultwarden",
                                                               "nextcloud", "prometheus", "memcached"]))
        for c, v in all_charts():
            self.assertTrue(os.path.isfile(os.path.join(CHARTS, "%s-%s" % (c, v), "Chart.yaml")), (c, v))
        for c in scenario.TEST_CHARTS:
            vs = scenario.test_chart_versions(c)
            self.assertEqual(len(vs), 2)
            self.assertTrue(vs[0].startswith("0.3.") and vs[1].startswith("0.4."), vs)

    def test_committed_charts_are_generated(self):
        tmp = tempfile.mkdtemp(prefix="gen-charts-")
        try:
            scenario.write_test_charts(tmp)
            for c, v in all_charts():
                d = "%s-%s" % (c, v)
                want = scenario.chart_template_files(c, v)
                for rel in want:
                    self.assertTrue(filecmp.cmp(os.path.join(tmp, d, rel), os.path.join(CHARTS, d, rel), shallow=False),
                                    "%s/%s is stale: run tests/kubesim/scenario.py write-charts tests/data/charts" % (d, rel))
                have = set()
                for root, _, files in os.walk(os.path.join(CHARTS, d)):
                    have |= {os.path.relpath(os.path.join(root, f), os.path.join(CHARTS, d)) for f in files}
                self.assertEqual(have, set(want), d)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def test_lint(self):
        for ver, helm in HELMS.items():
            for c, v in all_charts():
                with self.subTest(helm=ver, chart="%s-%s" % (c, v)):
                    p = self.h.run(helm, "lint", "--strict", os.path.join(CHARTS, "%s-%s" % (c, v)))
                    self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
                    self.assertIn("0 chart(s) failed", p.stdout)

    def test_template_is_byte_identical_with_the_scenario_renderer(self):
        for ver, helm in HELMS.items():
            for c, v in all_charts():
                for rel, cfg in CONFIGS:
                    with self.subTest(helm=ver, chart="%s-%s" % (c, v), release=rel):
                        p = self.h.run(helm, "template", rel, os.path.join(CHARTS, "%s-%s" % (c, v)), "-n", "ns1",
                                       "-f", "-", input=json.dumps(cfg))
                        self.assertEqual(p.returncode, 0, p.stderr)
                        r = scenario.render(c, v, rel, "ns1", cfg)
                        mine = scenario.manifest_text(r["manifests"])
                        hooks = "".join("---\n# Source: %s\n%s" % (h[0], scenario.to_yaml(h[1])) for h in r["hooks"])
                        self.assertEqual(p.stdout, mine + hooks)

    def test_every_profile_renders_like_helm(self):
        """The demo fleet's other charts (airflow, harbor, ...) are stored with templates written the same
        way: they lint, and helm renders them byte-identically to the manifests the scenarios store."""
        tmp = tempfile.mkdtemp(prefix="profile-charts-")
        try:
            for c in sorted(scenario.profiles()):
                for v in sorted(set(scenario.profile_for(c)["versions"])):
                    with self.subTest(chart="%s-%s" % (c, v)):
                        d = scenario.write_chart(c, v, tmp)
                        p = self.h.run(HELMS["4.1.4"], "lint", "--strict", d)
                        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
                        p = self.h.run(HELMS["3.17.3"], "template", c, d, "-n", "ns1")
                        self.assertEqual(p.returncode, 0, p.stderr)
                        r = scenario.render(c, v, c, "ns1", {})
                        hooks = "".join("---\n# Source: %s\n%s" % (h[0], scenario.to_yaml(h[1])) for h in r["hooks"])
                        self.assertEqual(p.stdout, scenario.manifest_text(r["manifests"]) + hooks)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def test_stateful_shapes_and_hooks(self):
        for c, v in all_charts():
            r = scenario.render(c, v, "r", "ns", {})
            kinds = [o["kind"] for _, o in r["manifests"]]
            for k in ("ServiceAccount", "Service", "Role", "RoleBinding") if c != "prometheus" else \
                    ("ServiceAccount", "Service", "ClusterRole", "ClusterRoleBinding"):
                self.assertIn(k, kinds, (c, v))
            wl = r["workload"]
            if c in ("postgresql", "mysql", "redis", "prometheus", "vaultwarden"):
                self.assertEqual(wl["kind"], "StatefulSet", c)
                self.assertTrue(wl["spec"]["volumeClaimTemplates"], c)
            else:
                self.assertEqual(wl["kind"], "Deployment", c)
            for key in ("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/version",
                        "app.kubernetes.io/managed-by", "helm.sh/chart"):
                self.assertIn(key, wl["metadata"]["labels"])
            mounts = {m["mountPath"] for m in wl["spec"]["template"]["spec"]["containers"][0].get("volumeMounts", [])}
            want = {"postgresql": {"/var/lib/postgresql/data", "/var/run/postgresql"}, "mysql": {"/var/lib/mysql"},
                    "redis": {"/data"}, "grafana": {"/var/lib/grafana"}, "vaultwarden": {"/data"},
                    "nextcloud": {"/var/www/html/data", "/var/www/html/config", "/var/www/html/custom_apps"},
                    "prometheus": {"/prometheus"}, "memcached": set()}[c]
            self.assertLessEqual(want, mounts, c)
            if c in ("postgresql", "nextcloud"):
                self.assertEqual(len(r["hooks"]), 1)
                job = r["hooks"][0][1]
                self.assertEqual(job["metadata"]["annotations"]["helm.sh/hook"], "pre-upgrade")
                self.assertEqual(job["metadata"]["annotations"]["helm.sh/hook-delete-policy"], "before-hook-creation")
            secrets = [o for _, o in r["manifests"] if o["kind"] == "Secret"]
            facts_keys = {"postgresql": ["postgres-password", "replication-password"],
                          "mysql": ["mysql-replication-password", "mysql-root-password"], "redis": ["redis-password"],
                          "grafana": ["admin-password", "secret-key"],
                          "vaultwarden": ["admin-token", "database-password", "database-url", "smtp-password"],
                          "nextcloud": ["nextcloud-admin-password", "nextcloud-admin-user", "postgres-database",
                                        "postgres-password", "postgres-username", "redis-password", "smtp-password",
                                        "smtp-username"], "prometheus": None, "memcached": None}[c]
            if facts_keys is None:
                self.assertEqual(secrets, [], c)
            else:
                self.assertEqual(sorted(secrets[0]["data"]), facts_keys, c)

    def test_version_differences(self):
        def wl(c, v, cfg=None):
            return scenario.render(c, v, c, "ns", cfg or {})["workload"]

        def env(w):
            return {e["name"] for e in w["spec"]["template"]["spec"]["containers"][0].get("env", [])}

        def image(w):
            return w["spec"]["template"]["spec"]["containers"][0]["image"]
        # postgresql 0.4.0 changes spec.serviceName: an immutable StatefulSet field (upgrade risk)
        self.assertEqual(wl("postgresql", "0.3.0")["spec"]["serviceName"], "postgresql")
        self.assertEqual(wl("postgresql", "0.4.0")["spec"]["serviceName"], "postgresql-headless")
        self.assertEqual(env(wl("postgresql", "0.4.0")) - env(wl("postgresql", "0.3.0")), {"POSTGRES_INITDB_ARGS"})
        # redis 0.4.0 removes an env var
        self.assertEqual(env(wl("redis", "0.3.3")) - env(wl("redis", "0.4.0")), {"REDIS_AOF_ENABLED"})
        # grafana / vaultwarden / nextcloud add one
        self.assertEqual(env(wl("grafana", "0.4.0")) - env(wl("grafana", "0.3.0")), {"GF_ANALYTICS_REPORTING_ENABLED"})
        self.assertEqual(env(wl("vaultwarden", "0.4.0")) - env(wl("vaultwarden", "0.3.0")), {"SIGNUPS_ALLOWED"})
        self.assertEqual(env(wl("nextcloud", "0.4.0")) - env(wl("nextcloud", "0.3.0")), {"PHP_MEMORY_LIMIT"})
        # image bumps and new default values
        for c in scenario.TEST_CHARTS:
            old, new = scenario.test_chart_versions(c)
            self.assertNotEqual(image(wl(c, old)), image(wl(c, new)), c)
        self.assertEqual(scenario.default_values("mysql", "0.3.0")["config"]["max_connections"], "151")
        self.assertEqual(scenario.default_values("mysql", "0.4.0")["config"]["max_connections"], "300")
        self.assertEqual(scenario.default_values("prometheus", "0.4.0")["config"]["retention"], "30d")


if __name__ == "__main__":
    unittest.main(verbosity=2)
