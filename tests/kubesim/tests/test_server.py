"""kubesim's own behaviour: patches, protobuf, watch, discovery, CRDs, persistence, seeding speed."""
import base64
import http.client
import json
import os
import shutil
import sys
import tempfile
import time
import unittest

from kstest import (HELM3, HELM4, KUBECTL135, KUBESIM_DIR, Client, Server, ServerTestCase, wait_until)

sys.path.insert(0, KUBESIM_DIR)
import kubesim  # noqa: E402


class PatchFunctions(unittest.TestCase):
    def test_strategic_merge_directives(self):
        orig = {"spec": {"template": {"spec": {"containers": [
            {"name": "db", "image": "pg:15", "env": [{"name": "A", "value": "1"}, {"name": "EXTRA", "value": "x"}],
             "ports": [{"containerPort": 5432}, {"containerPort": 9187, "name": "metrics"}], "args": ["a", "b"]}]}}},
            "metadata": {"finalizers": ["a"]}}
        patch = {"spec": {"template": {"spec": {
            "$setElementOrder/containers": [{"name": "db"}],
            "containers": [{"name": "db", "image": "pg:16", "$setElementOrder/env": [{"name": "A"}],
                            "env": [{"name": "EXTRA", "$patch": "delete"}],
                            "ports": [{"containerPort": 9187, "$patch": "delete"}], "args": ["c"]}]}}},
            "metadata": {"finalizers": ["b"]}}
        out = kubesim.smp(orig, patch, "StatefulSet")
        c = out["spec"]["template"]["spec"]["containers"][0]
        self.assertEqual(c["image"], "pg:16")
        self.assertEqual(c["env"], [{"name": "A", "value": "1"}])
        self.assertEqual(c["ports"], [{"containerPort": 5432}])
        self.assertEqual(c["args"], ["c"])
        self.assertEqual(out["metadata"]["finalizers"], ["a", "b"])
        self.assertEqual(kubesim.smp({"a": {"b": 1, "c": 2}}, {"a": {"$patch": "replace", "d": 3}}, "X"), {"a": {"d": 3}})
        self.assertEqual(kubesim.smp({"a": {"b": 1}}, {"a": {"$patch": "delete"}}, "X"), {})
        self.assertEqual(kubesim.smp({"s": {"type": "A", "x": 1}}, {"s": {"$retainKeys": ["type"], "type": "B"}}, "X"),
                         {"s": {"type": "B"}})
        self.assertEqual(kubesim.smp({"l": [1, 2, 3]}, {"$deleteFromPrimitiveList/l": [2]}, "X"), {"l": [1, 3]})
        self.assertEqual(kubesim.smp({"k": 1, "j": 2}, {"k": None}, "X"), {"j": 2})
        svc = kubesim.smp({"spec": {"ports": [{"port": 80, "name": "a"}, {"port": 443}]}},
                          {"spec": {"ports": [{"port": 80, "name": "b"}]}}, "Service")
        self.assertEqual(svc["spec"]["ports"], [{"port": 80, "name": "b"}, {"port": 443}])

    def test_json_and_merge_patch(self):
        doc = {"a": [1, 2], "b": {"c": 1}}
        self.assertEqual(kubesim.json_patch(doc, [{"op": "add", "path": "/a/-", "value": 3},
                                                  {"op": "move", "from": "/b/c", "path": "/d"},
                                                  {"op": "test", "path": "/d", "value": 1}]),
                         {"a": [1, 2, 3], "b": {}, "d": 1})
        with self.assertRaises(kubesim.PatchError):
            kubesim.json_patch(doc, [{"op": "remove", "path": "/nope"}])
        self.assertEqual(kubesim.merge_patch({"a": 1, "b": {"c": 1, "d": 2}}, {"a": None, "b": {"c": 5}}),
                         {"b": {"c": 5, "d": 2}})

    def test_apply_deletions(self):
        prev = {"spec": {"replicas": 1, "template": {"spec": {"containers": [{"name": "c", "env": [{"name": "X"}]}]}}}}
        new = {"spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}
        self.assertEqual(kubesim.apply_deletions(prev, new, "Deployment"),
                         {"spec": {"replicas": None, "template": {"spec": {"containers": [{"env": None, "name": "c"}]}}}})

    def test_selectors(self):
        reqs = kubesim.parse_label_selector("a=1,b!=2,c in (x, y),d notin (z),e,!f")
        self.assertTrue(kubesim.labels_match(reqs, {"a": "1", "c": "y", "e": ""}))
        self.assertFalse(kubesim.labels_match(reqs, {"a": "1", "c": "y", "e": "", "f": "1"}))
        self.assertFalse(kubesim.labels_match(reqs, {"a": "1", "b": "2", "c": "x", "e": ""}))


def pb_secret(ns, name):
    """Hand-encoded protobuf Secret as helm sends it (k8s\\0 envelope)."""
    s = kubesim._pb_str
    meta = s(1, name) + s(3, ns) + s(11, s(1, "owner") + s(2, "helm")) + s(2, "") + s(5, "")
    secret = s(1, meta) + s(2, s(1, "release") + s(2, b"\x00\x01binary")) + s(3, "helm.sh/release.v1")
    return b"k8s\x00" + s(1, s(1, "v1") + s(2, "Secret")) + s(2, secret)


class ServerApi(ServerTestCase):
    def test_discovery_and_errors(self):
        srv = self.server
        self.assertEqual(srv.api("/api", {}, method="POST")[0], 405)
        code, body = srv.api("/apis/nosuch.example.com")
        self.assertEqual((code, body["message"]), (404, "the server could not find the requested resource"))
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
        conn.request("GET", "/readyz")
        r = conn.getresponse()
        self.assertEqual((r.status, r.read()), (200, b"ok"))
        conn.close()
        res = srv.get("/apis/apps/v1")["resources"]
        names = {r["name"] for r in res}
        self.assertTrue({"deployments", "deployments/scale", "deployments/status"} <= names)
        dep = next(r for r in res if r["name"] == "deployments")
        self.assertEqual((dep["shortNames"], dep["categories"]), (["deploy"], ["all"]))
        code, body = srv.api("/api/v1/namespaces/default/configmaps", {"metadata": {}})
        self.assertEqual((code, body["reason"]), (422, "Invalid"))
        self.assertEqual(body["message"], 'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required')
        code, body = srv.api("/api/v1/namespaces/default/configmaps", {"metadata": {"name": "x", "namespace": "other"}})
        self.assertEqual(code, 400)
        code, body = srv.api("/api/v1/namespaces/default/configmaps", {"metadata": {"generateName": "gen-"}})
        self.assertEqual(code, 201)
        self.assertTrue(body["metadata"]["name"].startswith("gen-"))
        code, body = srv.api("/api/v1/namespaces/default/configmaps/y?fieldManager=", {"data": {}},
                             method="PATCH", ctype="application/apply-patch+yaml")
        self.assertEqual(body["message"], 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: '
                         'is required for apply patch')
        code, body = srv.api("/api/v1/namespaces/default/configmaps?dryRun=All", {"metadata": {"name": "dry"}})
        self.assertEqual(code, 201)
        self.assertIsNone(srv.get("/api/v1/namespaces/default/configmaps/dry"))

    def test_protobuf_secret(self):
        code, body = self.server.api("/api/v1/namespaces/default/secrets", pb_secret("default", "pb1"),
                                     ctype="application/vnd.kubernetes.protobuf")
        self.assertEqual(code, 201, body)
        self.assertEqual(body["data"]["release"], base64.b64encode(b"\x00\x01binary").decode())
        self.assertEqual((body["type"], body["metadata"]["labels"]), ("helm.sh/release.v1", {"owner": "helm"}))
        self.assertNotIn("generateName", body["metadata"])
        code, body = self.server.api("/apis/apps/v1/namespaces/default/statefulsets",
                                     b"k8s\x00" + kubesim._pb_str(1, kubesim._pb_str(1, "apps/v1") + kubesim._pb_str(2, "StatefulSet")),
                                     ctype="application/vnd.kubernetes.protobuf")
        self.assertEqual((code, body["reason"]), (415, "UnsupportedMediaType"))

    def test_watch_replay_timeout_and_watchlist(self):
        srv = self.server
        lst = srv.get("/api/v1/namespaces/default/configmaps")
        rv = lst["metadata"]["resourceVersion"]
        srv.api("/api/v1/namespaces/default/configmaps", {"metadata": {"name": "w1", "labels": {"k": "v"}}})
        srv.api("/api/v1/namespaces/default/configmaps", {"metadata": {"name": "w2"}})
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
        t0 = time.time()
        conn.request("GET", "/api/v1/namespaces/default/configmaps?watch=true&labelSelector=k%%3Dv&resourceVersion=%s"
                     "&timeoutSeconds=1" % rv)
        r = conn.getresponse()
        self.assertEqual(r.getheader("Transfer-Encoding"), "chunked")
        events = [json.loads(line) for line in r.read().splitlines() if line.strip()]
        self.assertLess(time.time() - t0, 5)
        self.assertEqual([(e["type"], e["object"]["metadata"]["name"]) for e in events], [("ADDED", "w1")])
        conn.request("GET", "/api/v1/namespaces/default/configmaps?watch=true&sendInitialEvents=true&"
                     "resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=1")
        events = [json.loads(line) for line in conn.getresponse().read().splitlines() if line.strip()]
        self.assertEqual(events[-1]["type"], "BOOKMARK")
        self.assertEqual(events[-1]["object"]["metadata"]["annotations"], {"k8s.io/initial-events-end": "true"})
        self.assertTrue({"w1", "w2"} <= {e["object"]["metadata"]["name"] for e in events[:-1]})
        conn.close()

    def test_departed_watch_client_is_detected(self):
        srv = self.server
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
        conn.request("GET", "/api/v1/namespaces/default/pods?watch=true")
        conn.getresponse()
        wait_until(lambda: srv.admin("state")["watchers"] >= 1, what="watch registered")
        conn.sock.close()
        conn.close()
        wait_until(lambda: srv.admin("state")["watchers"] == 0, timeout=5, what="departed watch closed")

    def test_table_and_crd(self):
        srv = self.server
        c = self.client()
        crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
               "metadata": {"name": "widgets.example.com"},
               "spec": {"group": "example.com", "scope": "Namespaced",
                        "names": {"plural": "widgets", "singular": "widget", "kind": "Widget", "shortNames": ["wd"]},
                        "versions": [{"name": "v1", "served": True, "storage": True,
                                      "schema": {"openAPIV3Schema": {"type": "object",
                                                                     "x-kubernetes-preserve-unknown-fields": True}}}]}}
        before = srv.admin("state")["openapiHash"]
        self.assertEqual(srv.api("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd)[0], 201)
        self.assertNotEqual(srv.admin("state")["openapiHash"], before)
        path = os.path.join(c.home, "w.json")
        with open(path, "w") as f:
            json.dump({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w", "namespace": "default"},
                       "spec": {"size": 1}}, f)
        self.ok(c.run(KUBECTL135, "apply", "-f", path))
        self.ok(c.run(KUBECTL135, "patch", "wd", "w", "--type=merge", "-p", '{"spec":{"size":2}}'))
        p = self.ok(c.run(KUBECTL135, "get", "widgets", "w", "-o", "jsonpath={.spec.size}"))
        self.assertEqual(p.out, "2")
        p = self.ok(c.run(KUBECTL135, "get", "pods,svc,ns", "-A"))
        self.assertIn("service/kubernetes", p.out)

    def test_objects_endpoint_and_namespace_deletion(self):
        srv = self.server
        objs = [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "seeded"}},
                {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": "seeded"},
                 "spec": {"replicas": 2, "selector": {"matchLabels": {"a": "b"}},
                          "template": {"metadata": {"labels": {"a": "b"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}}]
        self.assertEqual(srv.admin("objects", {"objects": objs})["created"], 2)
        # seeding reconciles synchronously: pods exist right away
        self.assertEqual(len(srv.get("/api/v1/namespaces/seeded/pods")["items"]), 2)
        self.assertEqual(srv.get("/apis/apps/v1/namespaces/seeded/deployments/d")["status"]["readyReplicas"], 2)
        c = self.client()
        self.ok(c.run(KUBECTL135, "delete", "ns", "seeded", "--timeout=20s"))
        self.assertIsNone(srv.get("/api/v1/namespaces/seeded"))
        self.assertEqual(srv.get("/api/v1/pods?labelSelector=a%3Db")["items"], [])


class Cascade(ServerTestCase):
    def test_orphan_and_background_deletion(self):
        c = self.client()
        for name in ("keep", "drop"):
            dep = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": "default"},
                   "spec": {"selector": {"matchLabels": {"d": name}},
                            "template": {"metadata": {"labels": {"d": name}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}}
            self.server.admin("objects", [dep])
        self.ok(c.run(KUBECTL135, "delete", "deploy", "keep", "--cascade=orphan"))
        self.ok(c.run(KUBECTL135, "delete", "deploy", "drop"))
        rs = self.server.get("/apis/apps/v1/namespaces/default/replicasets")["items"]
        self.assertEqual([r["metadata"]["name"].rsplit("-", 1)[0] for r in rs], ["keep"])
        self.assertNotIn("ownerReferences", rs[0]["metadata"])
        pods = self.server.get("/api/v1/namespaces/default/pods")["items"]
        self.assertEqual([p["metadata"]["labels"]["d"] for p in pods], ["keep"])


class Persistence(unittest.TestCase):
    def test_state_survives_restart(self):
        tmp = tempfile.mkdtemp(prefix="kubesim-state-")
        state = os.path.join(tmp, "state")
        try:
            srv = Server(state_dir=state, tmp=tmp)
            c = Client(srv)
            p = c.run(HELM4, "install", "keep", os.path.join(os.path.dirname(__file__), "charts", "chart-a"),
                      "-n", "keep", "--create-namespace", "--wait", "--timeout", "30s")
            self.assertEqual(p.returncode, 0, p.err)
            rv1 = srv.admin("state")["resourceVersion"]
            ip = srv.get("/api/v1/namespaces/keep/services/keep-web")["spec"]["clusterIP"]
            self.assertEqual(srv.stop(), 0)
            self.assertTrue(os.path.exists(os.path.join(state, "kubesim-state.json")))
            srv.start()
            c = Client(srv)
            p = c.run(HELM3, "status", "keep", "-n", "keep")
            self.assertEqual(p.returncode, 0, p.err)
            self.assertIn("STATUS: deployed", p.out)
            self.assertGreaterEqual(srv.admin("state")["resourceVersion"], rv1)
            self.assertEqual(srv.get("/api/v1/namespaces/keep/services/keep-web")["spec"]["clusterIP"], ip)
            p = c.run(HELM4, "upgrade", "keep", os.path.join(os.path.dirname(__file__), "charts", "chart-a"),
                      "-n", "keep", "--set", "replicas=2", "--wait", "--timeout", "30s")
            self.assertEqual(p.returncode, 0, p.err)
            self.assertEqual(srv.stop(), 0)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


FLEET = os.path.join(KUBESIM_DIR, "scenarios", "fleet-1000.json")


@unittest.skipUnless(os.path.exists(FLEET) and os.path.exists(os.path.join(KUBESIM_DIR, "scenario.py")),
                     "fleet-1000 scenario not present")
class SeedSpeed(unittest.TestCase):
    def test_seed_and_list_speed(self):
        t0 = time.time()
        srv = Server(FLEET, extra=["--quiet"])
        seed = time.time() - t0
        try:
            self.assertLess(seed, 30, "seeding 1,000 releases x 5 revisions took %.1fs" % seed)
            c = Client(srv)
            for helm in (HELM4, HELM3):
                srv.admin("stats/reset", {})
                p = c.run(helm, "list", "-A", "-o", "json", "--max", "0")
                self.assertEqual(p.returncode, 0, p.err)
                n = len(json.loads(p.out))
                st = srv.admin("stats")
                print("\n%s list -A over %d releases: client wall %.2fs, server %.2fs in %d requests (seed %.1fs)"
                      % (os.path.basename(helm), n, p.elapsed, st["serverSeconds"], st["requests"], seed))
                self.assertGreaterEqual(n, 1000)
                self.assertLess(st["serverSeconds"], p.elapsed / 2, "server dominates helm list")
        finally:
            self.assertEqual(srv.stop(), 0)
            srv.cleanup()


if __name__ == "__main__":
    unittest.main()
