"""Spec §16 helm rows against kubesim: helm 3.17.3, helm 4.1.4 (default, --wait=legacy, --server-side=false)."""
import base64
import glob
import gzip
import json
import os
import unittest

from kstest import CHARTS, DATA_CHARTS, HELM3, HELM4, ServerTestCase, wait_until

CHART_A = os.path.join(CHARTS, "chart-a")
CHART_B = os.path.join(CHARTS, "chart-b")
CHART_C = os.path.join(CHARTS, "chart-c")


def decode_release(secret):
    raw = base64.b64decode(base64.b64decode(secret["data"]["release"]))
    return json.loads(gzip.decompress(raw))


class HelmMatrix:
    H = None
    WAIT = ["--wait"]
    WRITE = []          # extra flags for install/upgrade (e.g. --server-side=false)
    MAJOR = 4

    def setUp(self):
        self.c = self.client()

    def h(self, *args, **kw):
        return self.c.run(self.H, *args, **kw)

    def secrets(self, ns, rel):
        lst = self.server.get("/api/v1/namespaces/%s/secrets?labelSelector=owner%%3Dhelm,name%%3D%s" % (ns, rel))
        return sorted(lst["items"], key=lambda s: int(s["metadata"]["labels"]["version"]))

    def obj(self, path):
        return self.server.get(path)

    # ---------------------------------------------------------------------------------------------
    def test_install_upgrade_rollback_uninstall(self):
        rel = self.uniq("a")
        ns = "hx-" + rel
        p = self.ok(self.h("install", rel, CHART_A, "-n", ns, "--create-namespace", *self.WRITE))
        self.assertIn("STATUS: deployed", p.out)
        lst = json.loads(self.ok(self.h("list", "-A", "-o", "json")).out)
        self.assertIn((rel, ns, "deployed"), [(r["name"], r["namespace"], r["status"]) for r in lst])
        sec = self.secrets(ns, rel)[0]
        self.assertEqual(sec["type"], "helm.sh/release.v1")
        self.assertEqual(decode_release(sec)["info"]["status"], "deployed")
        svc = self.obj("/api/v1/namespaces/%s/services/%s-web" % (ns, rel))
        self.assertTrue(svc["spec"]["clusterIP"].startswith("10.96."))

        p = self.ok(self.h("upgrade", rel, CHART_A, "-n", ns, "--set", "replicas=2,greeting=hi",
                           *self.WAIT, "--timeout", "30s", *self.WRITE))
        d = self.obj("/apis/apps/v1/namespaces/%s/deployments/%s-web" % (ns, rel))
        self.assertEqual((d["spec"]["replicas"], d["status"]["readyReplicas"]), (2, 2))
        self.assertEqual(self.obj("/api/v1/namespaces/%s/configmaps/%s-config" % (ns, rel))["data"]["greeting"], "hi")
        self.assertEqual(self.obj("/api/v1/namespaces/%s/services/%s-web" % (ns, rel))["spec"]["clusterIP"],
                         svc["spec"]["clusterIP"], "clusterIP must survive an upgrade")
        p = self.ok(self.h("history", rel, "-n", ns))
        self.assertRegex(p.out, r"1\s.*superseded")
        self.assertRegex(p.out, r"2\s.*deployed")
        p = self.ok(self.h("get", "values", rel, "-n", ns, "--all"))
        self.assertIn("greeting: hi", p.out)
        p = self.ok(self.h("get", "manifest", rel, "-n", ns))
        self.assertIn("kind: Deployment", p.out)
        st = json.loads(self.ok(self.h("status", rel, "-n", ns, "-o", "json")).out)
        self.assertEqual(st["info"]["status"], "deployed")

        self.ok(self.h("rollback", rel, "1", "-n", ns, *self.WAIT, "--timeout", "30s"))
        self.assertEqual([s["metadata"]["labels"]["status"] for s in self.secrets(ns, rel)],
                         ["superseded", "superseded", "deployed"])
        d = self.obj("/apis/apps/v1/namespaces/%s/deployments/%s-web" % (ns, rel))
        self.assertEqual(d["spec"]["replicas"], 1)

        p = self.ok(self.h("upgrade", rel, CHART_A, "-n", ns, "--set", "replicas=5", "--dry-run=server"))
        self.assertEqual(len(self.secrets(ns, rel)), 3)
        self.assertEqual(self.obj("/apis/apps/v1/namespaces/%s/deployments/%s-web" % (ns, rel))["spec"]["replicas"], 1)

        self.ok(self.h("uninstall", rel, "-n", ns))
        self.assertEqual(self.secrets(ns, rel), [])
        self.assertIsNone(self.obj("/apis/apps/v1/namespaces/%s/deployments/%s-web" % (ns, rel)))
        wait_until(lambda: not self.server.get("/api/v1/namespaces/%s/pods" % ns)["items"], what="pods garbage-collected")

    def test_statefulset_env_and_port_removal_with_hook(self):
        rel = self.uniq("b")
        ns = "hb-" + rel
        sts_path = "/apis/apps/v1/namespaces/%s/statefulsets/%s-db" % (ns, rel)
        self.ok(self.h("install", rel, CHART_B, "-n", ns, "--create-namespace", "--set", "extra=yes,metricsPort=true",
                       *self.WAIT, "--timeout", "30s", *self.WRITE))
        c = self.obj(sts_path)["spec"]["template"]["spec"]["containers"][0]
        self.assertEqual([e["name"] for e in c["env"]], ["PGDATA", "EXTRA"])
        self.assertEqual([p["name"] for p in c["ports"]], ["db", "metrics"])
        job = self.obj("/apis/batch/v1/namespaces/%s/jobs/%s-hook" % (ns, rel))
        self.assertEqual(job["status"]["succeeded"], 1)
        uid1 = job["metadata"]["uid"]
        self.ok(self.h("upgrade", rel, CHART_B, "-n", ns, "--set", "extra=,metricsPort=false",
                       *self.WAIT, "--timeout", "30s", *self.WRITE))
        c = self.obj(sts_path)["spec"]["template"]["spec"]["containers"][0]
        self.assertEqual([e["name"] for e in c["env"]], ["PGDATA"])
        self.assertEqual([p["name"] for p in c["ports"]], ["db"])
        job = self.obj("/apis/batch/v1/namespaces/%s/jobs/%s-hook" % (ns, rel))
        self.assertNotEqual(job["metadata"]["uid"], uid1, "before-hook-creation recreates the hook Job")
        pods = self.server.get("/api/v1/namespaces/%s/pods?labelSelector=job-name%%3D%s-hook" % (ns, rel))["items"]
        self.assertEqual(len(pods), 1, "the old hook Job's pod is garbage-collected by owner uid")
        self.assertEqual(self.obj("/api/v1/namespaces/%s/persistentvolumeclaims/data-%s-db-0" % (ns, rel))["status"]["phase"],
                         "Bound")
        self.ok(self.h("uninstall", rel, "-n", ns, "--wait", "--timeout", "30s"))
        self.assertIsNone(self.obj(sts_path))

    def test_stuck_rollout_fails_wait(self):
        rel = self.uniq("c")
        ns = "hc-" + rel
        self.ok(self.h("install", rel, CHART_C, "-n", ns, "--create-namespace", *self.WRITE))
        p = self.fails(self.h("upgrade", rel, CHART_C, "-n", ns, *self.WAIT, "--timeout", "5s", *self.WRITE))
        self.assertIn("UPGRADE FAILED", p.err)
        self.assertIn("context deadline exceeded", p.err)
        if self.MAJOR == 4 and self.WAIT == ["--wait"]:
            self.assertIn("resource Deployment/%s/%s-web not ready. status: InProgress, message: Available: 0/1" % (ns, rel),
                          p.err)
        rs = self.server.get("/apis/apps/v1/namespaces/%s/replicasets" % ns)["items"]
        self.assertTrue(rs and all(not r["status"].get("readyReplicas") for r in rs))
        self.assertEqual(self.secrets(ns, rel)[-1]["metadata"]["labels"]["status"], "failed")

    def test_client_side_errors_and_template(self):
        rel = self.uniq("e")
        ns = "he-" + rel
        self.ok(self.h("install", rel, CHART_A, "-n", ns, "--create-namespace", *self.WRITE))
        p = self.fails(self.h("install", rel, CHART_A, "-n", ns, *self.WRITE))
        if self.MAJOR == 4:
            self.assertIn("Error: INSTALLATION FAILED: release name check failed: cannot reuse a name that is still in use",
                          p.err)
        else:
            self.assertIn("Error: INSTALLATION FAILED: cannot re-use a name that is still in use", p.err)
        p = self.ok(self.h("upgrade", "--install", rel + "u", CHART_A, "-n", ns, *self.WRITE))
        self.assertEqual(self.secrets(ns, rel + "u")[0]["metadata"]["labels"]["status"], "deployed")
        p = self.fails(self.h("status", "nosuch", "-n", ns))
        self.assertIn("Error: release: not found", p.err)
        before = self.server.admin("stats")["requests"]
        self.ok(self.h("template", "t1", CHART_A))
        self.assertEqual(self.server.admin("stats")["requests"], before)

    def test_helm_test_and_failing_hook(self):
        rel = self.uniq("t")
        ns = "ht-" + rel
        self.ok(self.h("install", rel, CHART_A, "-n", ns, "--create-namespace", *self.WRITE))
        p = self.ok(self.h("test", rel, "-n", ns, "--logs"))
        self.assertIn("Phase:          Succeeded", p.out)
        self.assertIn("POD LOGS: %s-test-connection" % rel, p.out)
        self.ok(self.h("upgrade", rel, CHART_A, "-n", ns, "--set", "testExitCode=2", *self.WRITE))
        p = self.fails(self.h("test", rel, "-n", ns))
        self.assertIn("%s-test-connection" % rel, p.err)
        p = self.fails(self.h("install", rel + "h", CHART_B, "-n", ns, "--set", "hookExitCode=1", "--timeout", "20s",
                              *self.WRITE))
        if self.MAJOR == 4:
            self.assertIn("failed post-install: resource Job/%s/%sh-hook not ready. status: Failed" % (ns, rel), p.err)
        else:
            self.assertIn("job %sh-hook failed: BackoffLimitExceeded" % rel, p.err)
        self.assertEqual(self.secrets(ns, rel + "h")[0]["metadata"]["labels"]["status"], "failed")

    DATA_CHARTS = True

    def test_data_chart_version_upgrade(self):
        """A test chart from tests/data/charts: install 0.3.x, upgrade to 0.4.x with --wait."""
        if not self.DATA_CHARTS:
            self.skipTest("covered by the Helm3 and Helm4 classes")
        olds = sorted(glob.glob(os.path.join(DATA_CHARTS, "postgresql-0.3.*")))
        news = sorted(glob.glob(os.path.join(DATA_CHARTS, "postgresql-0.4.*")))
        if not olds or not news:
            self.skipTest("tests/data/charts/postgresql-0.3.x/0.4.x not present")
        rel = self.uniq("pg")
        ns = "hp-" + rel
        self.ok(self.h("install", rel, olds[-1], "-n", ns, "--create-namespace", *self.WAIT, "--timeout", "60s", *self.WRITE))
        self.ok(self.h("upgrade", rel, news[-1], "-n", ns, *self.WAIT, "--timeout", "60s", *self.WRITE))
        lst = json.loads(self.ok(self.h("list", "-n", ns, "-o", "json")).out)
        self.assertEqual(lst[0]["chart"], os.path.basename(news[-1]))
        self.ok(self.h("uninstall", rel, "-n", ns, "--wait", "--timeout", "60s"))


class Helm3(HelmMatrix, ServerTestCase):
    H = HELM3
    MAJOR = 3

    def test_helm3_upgrades_helm4_release(self):
        rel = self.uniq("x")
        ns = "hy-" + rel
        self.ok(self.c.run(HELM4, "install", rel, CHART_A, "-n", ns, "--create-namespace"))
        self.ok(self.h("upgrade", rel, CHART_A, "-n", ns, "--set", "replicas=2", "--wait", "--timeout", "30s"))
        self.assertEqual([s["metadata"]["labels"]["status"] for s in self.secrets(ns, rel)], ["superseded", "deployed"])


class Helm4(HelmMatrix, ServerTestCase):
    H = HELM4


class Helm4Legacy(HelmMatrix, ServerTestCase):
    H = HELM4
    WAIT = ["--wait=legacy"]
    DATA_CHARTS = False


class Helm4ClientSide(HelmMatrix, ServerTestCase):
    H = HELM4
    WRITE = ["--server-side=false"]
    DATA_CHARTS = False


if __name__ == "__main__":
    unittest.main()
