#!/usr/bin/python3
"""Scenario loader unit tests (no server): helm release encoding, captured real helm Secrets,
demo fleet content, generator speed, exec/rbac/logs pass-through, kubeconfig merging."""
import base64
import copy
import gzip
import json
import os
import stat
import subprocess
import sys
import tempfile
import time
import unittest
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
KUBESIM = os.path.dirname(HERE)
sys.path.insert(0, KUBESIM)
import scenario  # noqa: E402
import merge_kubeconfigs  # noqa: E402

SCEN = os.path.join(KUBESIM, "scenarios")
CAPTURED = os.path.join(SCEN, "captured")
PYTHON = os.environ.get("CHARTROOM_PYTHON", "/usr/bin/python3")
TIME_KEYS = {"first_deployed", "last_deployed", "deleted", "started_at", "completed_at", "modtime"}


def strip_times(o):
    """Replace every timestamp value by a marker (keeps '' and absent distinct)."""
    if isinstance(o, dict):
        return {k: ("<t>" if (k in TIME_KEYS and v) else strip_times(v)) for k, v in o.items()}
    if isinstance(o, list):
        return [strip_times(x) for x in o]
    return o


def load_doc(doc, **kw):
    d = tempfile.mkdtemp(prefix="scen-")
    p = os.path.join(d, "s.json")
    with open(p, "w") as f:
        json.dump(doc, f)
    return scenario.load(p, **kw), d


def release_secrets(objs):
    return [o for o in objs if o["kind"] == "Secret" and o.get("type") == "helm.sh/release.v1"]


class ScenarioEncoding(unittest.TestCase):
    def test_payload_round_trip_and_layers(self):
        text = json.dumps({"name": "x", "version": 1})
        for level in (1, 6, 9):
            payload = scenario.encode_release_payload(text, level)
            self.assertTrue(payload.startswith(b"H4sI"), payload[:8])          # helm's base64(gzip(...))
            self.assertEqual(gzip.decompress(base64.b64decode(payload)).decode(), text)
            self.assertEqual(scenario.decode_release_payload(payload), json.loads(text))
        sec = scenario.release_secret("x", "ns", 1, "deployed", payload, 1700000000)
        # the JSON object carries base64 of helm's base64 text: one decode gives "H4sI..."
        self.assertTrue(base64.b64decode(sec["data"]["release"]).startswith(b"H4sI"))
        self.assertEqual(scenario.decode_release_secret(sec), {"name": "x", "version": 1})

    def test_segmented_payload_is_one_gzip_member(self):
        head, chart, tail = '{"name":"a","chart":', json.dumps({"x": "y" * 5000, "t": list(range(500))}), ',"version":1}'
        for level in (1, 9):
            one = scenario.encode_release_payload_parts((head, chart, tail), level)
            again = scenario.encode_release_payload_parts(('{"name":"bb","chart":', chart, ',"version":2}'), level)
            self.assertEqual(gzip.decompress(base64.b64decode(one)).decode(), head + chart + tail)
            self.assertEqual(scenario.decode_release_payload(again)["name"], "bb")
            # a strict single-member inflate (what Go's compress/gzip does) reads it to the end
            d = zlib.decompressobj(-15)
            raw = base64.b64decode(one)[10:]
            self.assertEqual(d.decompress(raw[:-8]).decode(), head + chart + tail)
            self.assertTrue(d.eof)

    def test_secret_name_type_labels(self):
        objs = load_doc({"releases": [{"name": "web", "namespace": "n1", "chart": "memcached-0.4.0", "revisions": [
            {"status": "superseded"}, {"status": "deployed"}, {"status": "pending-upgrade"}]}]})[0]["objects"]
        secs = release_secrets(objs)
        self.assertEqual([s["metadata"]["name"] for s in secs],
                         ["sh.helm.release.v1.web.v1", "sh.helm.release.v1.web.v2", "sh.helm.release.v1.web.v3"])
        for s, status, stamp in zip(secs, ["superseded", "deployed", "pending-upgrade"],
                                    ["modifiedAt", "modifiedAt", "createdAt"]):
            self.assertEqual(s["type"], "helm.sh/release.v1")
            lab = s["metadata"]["labels"]
            self.assertEqual({k: lab[k] for k in ("name", "owner", "status")}, {"name": "web", "owner": "helm", "status": status})
            self.assertIn(stamp, lab)
            self.assertTrue(lab[stamp].isdigit())
            self.assertEqual(len(lab), 5)
            self.assertEqual(s["metadata"]["namespace"], "n1")
        rel = scenario.decode_release_secret(secs[2])
        self.assertEqual(rel["info"]["status"], "pending-upgrade")
        self.assertEqual(rel["version"], 3)
        self.assertEqual(list(rel), ["name", "info", "chart", "manifest", "version", "namespace"])

    def _rebuild(self, captured, writer):
        rel = scenario.decode_release_secret(captured)
        first, last = rel["info"]["first_deployed"], rel["info"]["last_deployed"]
        doc = {"releases": [{"name": rel["name"], "namespace": rel["namespace"], "writer": writer,
                             "chart": {"name": rel["chart"]["metadata"]["name"], "version": rel["chart"]["metadata"]["version"]},
                             "revisions": [{"status": "superseded", "deployed": first, "values": {"replicaCount": 1}},
                                           {"status": "deployed", "deployed": last, "values": rel["config"]}]}]}
        mine = scenario.decode_release_secret(release_secrets(load_doc(doc)[0]["objects"])[-1])
        return rel, mine

    def test_matches_secret_written_by_helm_3_17_3(self):
        with open(os.path.join(CAPTURED, "helm-3.17.3-postgresql-0.3.0-v2.json")) as f:
            captured = json.load(f)
        rel, mine = self._rebuild(captured, "helm3")
        self.assertEqual(list(mine), list(rel))                     # same fields, same order
        self.assertEqual(list(mine["info"]), list(rel["info"]))
        self.assertEqual(list(mine["chart"]), list(rel["chart"]))
        self.assertEqual(mine["manifest"], rel["manifest"])         # byte-identical manifest
        self.assertEqual(mine["chart"]["templates"], rel["chart"]["templates"])
        self.assertEqual(strip_times(mine), strip_times(rel))
        self.assertEqual(captured["metadata"]["labels"].keys(), release_secrets(
            load_doc({"releases": [{"name": "a", "chart": "redis-0.4.0"}]})[0]["objects"])[0]["metadata"]["labels"].keys())

    def test_matches_secret_written_by_helm_4_1_4(self):
        with open(os.path.join(CAPTURED, "helm-4.1.4-postgresql-0.3.0-v2.json")) as f:
            captured = json.load(f)
        rel, mine = self._rebuild(captured, "helm4")
        self.assertEqual(rel.get("apply_method"), "ssa")
        self.assertEqual(list(mine), list(rel))
        self.assertEqual(list(mine["info"]), list(rel["info"]))     # helm 4 omits "deleted"
        self.assertEqual(list(mine["chart"]), list(rel["chart"]))   # + schemamodtime, modtime
        self.assertEqual(mine["manifest"], rel["manifest"])
        self.assertEqual(strip_times(mine), strip_times(rel))

    def test_times_are_helm_format(self):
        self.assertEqual(scenario.helm_time(0), "1970-01-01T00:00:00Z")
        self.assertEqual(scenario.helm_time(1.5), "1970-01-01T00:00:01.5Z")
        self.assertEqual(scenario.helm_time(None), "")
        now = 1_800_000_000.0
        self.assertEqual(scenario.parse_when("-2d", now), now - 2 * 86400)
        self.assertAlmostEqual(scenario.parse_when("1970-01-01T00:00:10.25Z", now), 10.25)
        with self.assertRaises(scenario.ScenarioError):
            scenario.parse_when("yesterday", now)


class ScenarioLoading(unittest.TestCase):
    def test_minimal(self):
        r = scenario.load(os.path.join(SCEN, "minimal.json"))
        self.assertEqual(set(r), {"objects", "exec", "rbac", "logs"})
        kinds = [o["kind"] for o in r["objects"]]
        self.assertEqual(kinds[0], "Namespace")
        self.assertEqual(len(release_secrets(r["objects"])), 4)
        for o in r["objects"]:
            self.assertIn("apiVersion", o)
            self.assertIn("name", o["metadata"])
        sts = [o for o in r["objects"] if o["kind"] == "StatefulSet" and o["metadata"]["name"] == "postgresql"][0]
        self.assertEqual(sts["metadata"]["annotations"], {"meta.helm.sh/release-name": "postgresql",
                                                          "meta.helm.sh/release-namespace": "db"})
        self.assertEqual(sts["metadata"]["labels"]["app.kubernetes.io/managed-by"], "Helm")
        self.assertEqual(sts["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"], "30Gi")

    def test_live_objects_agree_with_the_release_manifest(self):
        r = scenario.load(os.path.join(SCEN, "demo-fleet.json"))
        secs = release_secrets(r["objects"])
        live = {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]): o for o in r["objects"]
                if o not in secs}
        latest = {}
        for s in secs:
            rel = scenario.decode_release_secret(s)
            if rel["version"] > latest.get(rel["name"], {"version": 0})["version"]:
                latest[rel["name"]] = rel
        self.assertEqual(len(latest), 33)
        checked = 0
        for rel in latest.values():
            for doc in rel["manifest"].split("---\n# Source: ")[1:]:
                body = doc.split("\n", 1)[1]
                kind = [l for l in body.splitlines() if l.startswith("kind: ")][0][6:]
                mname = [l for l in body.splitlines() if l.startswith("  name: ")][0][8:]
                ns = None if kind in scenario.CLUSTER_SCOPED else rel["namespace"]
                self.assertIn((kind, ns, mname), live, "%s: %s %s/%s has no live object" % (rel["name"], kind, ns, mname))
                o = copy.deepcopy(live[(kind, ns, mname)])
                self.assertRegex(o["metadata"].pop("creationTimestamp"), r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
                ann = o["metadata"].get("annotations")
                if ann:
                    for k in ("meta.helm.sh/release-name", "meta.helm.sh/release-namespace", scenario.STUCK_ANNOTATION):
                        ann.pop(k, None)
                    if not ann:
                        del o["metadata"]["annotations"]
                self.assertEqual(scenario.to_yaml(o), body, "%s %s differs from the manifest" % (kind, mname))
                checked += 1
        self.assertGreater(checked, 200)

    def test_creation_timestamps_follow_the_history(self):
        r = scenario.load(os.path.join(SCEN, "minimal.json"), now=1_800_000_000)
        by = {(o["kind"], o["metadata"]["name"]): o["metadata"].get("creationTimestamp") for o in r["objects"]}
        self.assertEqual(by[("StatefulSet", "postgresql")], scenario.k8s_time(1_800_000_000 - 14 * 86400))
        self.assertEqual(by[("Secret", "sh.helm.release.v1.postgresql.v3")], scenario.k8s_time(1_800_000_000 - 2 * 86400))
        self.assertEqual(by[("Namespace", "db")], by[("StatefulSet", "postgresql")])
        # an object that only the newest revision renders is as old as that revision
        r, _ = load_doc({"releases": [{"name": "pg", "namespace": "x", "chart": "postgresql-0.3.0", "revisions": [
            {"deployed": "-10d"}, {"deployed": "-1d", "chart": "postgresql-0.4.0"}]}]}, now=1_800_000_000)
        by = {(o["kind"], o["metadata"]["name"]): o["metadata"].get("creationTimestamp") for o in r["objects"]}
        self.assertEqual(by[("Service", "pg-postgresql-headless")], scenario.k8s_time(1_800_000_000 - 86400))
        self.assertEqual(by[("Service", "pg-postgresql")], scenario.k8s_time(1_800_000_000 - 10 * 86400))

    def test_demo_fleet(self):
        r = scenario.load(os.path.join(SCEN, "demo-fleet.json"))
        rels = {}
        for s in release_secrets(r["objects"]):
            rel = scenario.decode_release_secret(s)
            rels.setdefault(rel["name"], []).append(rel)
        latest = {n: max(v, key=lambda x: x["version"]) for n, v in rels.items()}
        charts = {rel["chart"]["metadata"]["name"] for rel in latest.values()}
        tiered = {c for c, p in scenario.profiles().items() if p.get("tier")}
        self.assertEqual(len(tiered), 28)
        self.assertLessEqual(tiered, charts, "every tiered chart is deployed")
        self.assertGreaterEqual(len(charts - tiered), 3, "a few untiered charts")
        statuses = [rel["info"]["status"] for rel in latest.values()]
        self.assertEqual(statuses.count("failed"), 1)
        self.assertEqual(statuses.count("pending-upgrade"), 1)
        for n, v in rels.items():
            self.assertTrue(1 <= len(v) <= 6, n)
            versions = sorted(x["version"] for x in v)
            self.assertEqual(versions, list(range(1, len(v) + 1)))
            deployed = [x for x in v if x["info"]["status"] == "deployed"]
            self.assertLessEqual(len(deployed), 1, n)
        stuck = [o for o in r["objects"] if o["metadata"].get("annotations", {}).get(scenario.STUCK_ANNOTATION) == "true"]
        self.assertEqual(len(stuck), 1)
        self.assertIn(stuck[0]["kind"], ("Deployment", "StatefulSet"))
        crbs = [o for o in r["objects"] if o["kind"] == "ClusterRoleBinding"]
        risky = [b for b in crbs if b["roleRef"]["name"] == "cluster-admin"
                 and any(s["kind"] == "ServiceAccount" for s in b["subjects"])]
        self.assertEqual(len(risky), 1)
        roles = [o for o in r["objects"] if o["kind"] == "Role"]
        self.assertGreaterEqual(len(roles), 25)
        self.assertEqual(r["rbac"]["mode"], "rbac")
        # secrets with the chart's keys, env from them via secretKeyRef
        pg = [o for o in r["objects"] if o["kind"] == "Secret" and o["metadata"]["name"] == "postgresql-secret"][0]
        self.assertEqual(sorted(pg["data"]), ["postgres-password", "replication-password"])
        sts = [o for o in r["objects"] if o["kind"] == "StatefulSet" and o["metadata"]["name"] == "postgresql"][0]
        c = sts["spec"]["template"]["spec"]["containers"][0]
        self.assertIn({"name": "POSTGRES_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "postgresql-secret",
                                                                                     "key": "postgres-password"}}}, c["env"])
        self.assertEqual({m["mountPath"] for m in c["volumeMounts"]} >= {"/var/lib/postgresql/data", "/var/run/postgresql"}, True)

    def test_demo_fleet_is_generated(self):
        out = os.path.join(tempfile.mkdtemp(prefix="demo-gen-"), "demo-fleet.json")
        subprocess.run([PYTHON, os.path.join(SCEN, "make_demo_fleet.py"), out], check=True, capture_output=True)
        with open(out) as a, open(os.path.join(SCEN, "demo-fleet.json")) as b:
            self.assertEqual(json.load(a), json.load(b), "demo-fleet.json is stale: run scenarios/make_demo_fleet.py")

    def test_generate_1000_releases_5_revisions(self):
        t0 = time.time()
        r = scenario.load(os.path.join(SCEN, "fleet-1000.json"))
        dt = time.time() - t0
        secs = release_secrets(r["objects"])
        print("\nscenario: generated 1000 releases x 5 revisions (%d objects) in %.2f s" % (len(r["objects"]), dt))
        self.assertEqual(len(secs), 5000)
        self.assertLess(dt, 20.0)
        last = scenario.decode_release_secret(secs[-1])
        self.assertEqual(last["version"], 5)
        self.assertEqual(last["info"]["status"], "deployed")

    def test_exec_rbac_logs_passthrough(self):
        os.environ["SCEN_TEST_PGDIR"] = "/tmp/pgsock"
        r, d = load_doc({
            "exec": [{"pod": "db/postgresql-0", "container": "postgresql",
                      "paths": {"/var/run/postgresql": "${SCEN_TEST_PGDIR}", "/var/lib/postgresql/data": "data/pg"},
                      "env": {"PGHOST": "${SCEN_TEST_PGDIR}"}}],
            "rbac": {"user": "alice"},
            "logs": {"db/postgresql-0": ["ready"]}})
        e = r["exec"][0]
        self.assertEqual(e["pod"], "db/postgresql-0")
        self.assertEqual(e["paths"]["/var/run/postgresql"], "/tmp/pgsock")
        self.assertEqual(e["paths"]["/var/lib/postgresql/data"], os.path.join(d, "data", "pg"))
        self.assertEqual(e["env"]["PGHOST"], "/tmp/pgsock")
        self.assertEqual(r["rbac"], {"user": "alice", "mode": "rbac", "groups": ["system:authenticated"]})
        self.assertEqual(r["logs"], {"db/postgresql-0": ["ready"]})
        self.assertIsNone(load_doc({})[0]["rbac"])

    def test_raw_objects_explicit_workloads_and_stuck(self):
        doc = {"releases": [
            {"name": "web", "namespace": "w", "chart": {"name": "nginx", "version": "1.0.0", "appVersion": "1.27"},
             "workloads": [{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
                            "spec": {"selector": {"matchLabels": {"a": "b"}}, "template": {
                                "metadata": {"labels": {"a": "b"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}}}}],
             "stuck": True},
            {"name": "grafana", "namespace": "m", "chart": "grafana-0.4.0", "workloads": "none"}],
            "objects": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "extra"}, "data": {}}]}
        objs = load_doc(doc)[0]["objects"]
        names = {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]) for o in objs}
        self.assertIn(("Namespace", None, "extra"), names)
        self.assertIn(("ConfigMap", "extra", "x"), names)
        dep = [o for o in objs if o["kind"] == "Deployment"]
        self.assertEqual(len(dep), 1)
        self.assertEqual(dep[0]["metadata"]["annotations"][scenario.STUCK_ANNOTATION], "true")
        rel = scenario.decode_release_secret([s for s in release_secrets(objs) if s["metadata"]["labels"]["name"] == "web"][0])
        self.assertIn("kind: Deployment", rel["manifest"])
        self.assertNotIn(scenario.STUCK_ANNOTATION, rel["manifest"])
        self.assertEqual(rel["chart"]["metadata"]["appVersion"], "1.27")
        self.assertFalse([o for o in objs if o["metadata"].get("namespace") == "m" and o["kind"] != "Secret"])

    def test_errors(self):
        bad = [{"releases": [{"name": "a", "chart": "redis-0.4.0", "revisions": [{"status": "bogus"}]}]},
               {"releases": [{"name": "a", "chart": "redis-0.4.0"}, {"name": "a", "chart": "redis-0.4.0"}]},
               {"releases": [{"name": "Bad_Name", "chart": "redis-0.4.0"}]},
               {"releases": [{"name": "a", "chart": "redis"}]},
               {"objects": [{"kind": "ConfigMap"}]}]
        for doc in bad:
            with self.assertRaises(scenario.ScenarioError, msg=json.dumps(doc)):
                load_doc(doc)

    def test_cli_dump_and_decode(self):
        p = subprocess.run([PYTHON, os.path.join(KUBESIM, "scenario.py"), "dump", os.path.join(SCEN, "minimal.json")],
                           capture_output=True, text=True, check=True)
        lst = json.loads(p.stdout)
        sec = release_secrets(lst["items"])[0]
        p = subprocess.run([PYTHON, os.path.join(KUBESIM, "scenario.py"), "decode", "-"], input=json.dumps(sec),
                           capture_output=True, text=True, check=True)
        self.assertEqual(json.loads(p.stdout)["name"], "postgresql")


class KubeconfigMerge(unittest.TestCase):
    def kc(self, ctx, port):
        return {"apiVersion": "v1", "kind": "Config", "clusters": [{"name": ctx, "cluster": {"server": "http://127.0.0.1:%d" % port}}],
                "users": [{"name": "chartroom-test", "user": {"token": "kubesim-token"}}],
                "contexts": [{"name": ctx, "context": {"cluster": ctx, "user": "chartroom-test", "namespace": "default"}}],
                "current-context": ctx}

    def test_merge_unique_names(self):
        m = merge_kubeconfigs.merge([self.kc("homelab", 1), self.kc("offsite", 2), self.kc("homelab", 3)])
        self.assertEqual([c["name"] for c in m["contexts"]], ["homelab", "offsite", "homelab-2"])
        self.assertEqual(len({u["name"] for u in m["users"]}), 3)
        self.assertEqual(len({c["name"] for c in m["clusters"]}), 3)
        self.assertEqual(m["current-context"], "homelab")
        by = {c["name"]: c["context"] for c in m["contexts"]}
        cl = {c["name"]: c["cluster"]["server"] for c in m["clusters"]}
        self.assertEqual(cl[by["homelab-2"]["cluster"]], "http://127.0.0.1:3")
        self.assertEqual(by["offsite"]["user"], "chartroom-test@offsite")
        self.assertEqual(by["offsite"]["namespace"], "default")
        self.assertEqual(merge_kubeconfigs.merge([self.kc("a", 1), self.kc("b", 2)], current="b")["current-context"], "b")
        with self.assertRaises(ValueError):
            merge_kubeconfigs.merge([self.kc("a", 1)], current="zzz")

    def test_cli(self):
        d = tempfile.mkdtemp(prefix="merge-")
        ins = []
        for i, n in enumerate(["one", "two"]):
            p = os.path.join(d, n + ".kc")
            with open(p, "w") as f:
                json.dump(self.kc(n, 1000 + i), f)
            ins.append(p)
        out = os.path.join(d, "sub", "merged.kc")
        subprocess.run([PYTHON, os.path.join(KUBESIM, "merge_kubeconfigs.py"), out] + ins + ["--current", "two"], check=True)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)
        with open(out) as f:
            m = json.load(f)
        self.assertEqual(m["current-context"], "two")
        self.assertEqual(len(m["contexts"]), 2)
        kubectl = os.path.normpath(os.path.join(KUBESIM, "..", "..", ".tools", "bin", "kubectl-1.31.9"))
        if os.path.exists(kubectl):
            p = subprocess.run([kubectl, "config", "get-contexts", "-o", "name"], capture_output=True, text=True,
                               env={"HOME": d, "KUBECONFIG": out, "PATH": "/usr/bin:/bin"})
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertEqual(p.stdout.split(), ["one", "two"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
