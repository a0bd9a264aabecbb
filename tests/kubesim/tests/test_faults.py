"""Fault injection and negative runs (spec §1, §4, §7, §9, §13, §16 negative list)."""
import json
import os
import signal
import socket
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

from kstest import CHARTS, HELM3, HELM4, KUBECTL131, KUBECTL135, ServerTestCase, wait_until
from test_kubectl import manifests

CHART_A = os.path.join(CHARTS, "chart-a")


def refused(port):
    """True: connection refused; False: accepted; None: reset while the listener was closing (ask again)."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return False
    except ConnectionRefusedError:
        return True
    except (ConnectionResetError, socket.timeout):
        return None


class Faults(ServerTestCase):
    def setUp(self):
        self.c = self.client()
        self.server.admin("faults", method="DELETE")
        self.server.admin("rbac", {"mode": "allow-all"})

    tearDown = setUp

    def apply(self, kubectl, ns, **kw):
        path = os.path.join(self.c.home, "m-%s.yaml" % ns)
        with open(path, "w") as f:
            f.write(manifests(ns, **kw))
        return self.c.run(kubectl, "apply", "-f", path)

    def test_outage_connection_refused(self):
        port = self.server.port
        self.server.proc.send_signal(signal.SIGUSR1)
        try:
            wait_until(lambda: refused(port) is True, what="listener closed")
            p = self.fails(self.c.run(KUBECTL135, "get", "ns"))
            self.assertIn("The connection to the server 127.0.0.1:%d was refused - did you specify the right host or "
                          "port?" % port, p.err)
            p = self.fails(self.c.run(KUBECTL131, "get", "ns"))
            self.assertIn("The connection to the server 127.0.0.1:%d was refused" % port, p.err)
            for helm, word in ((HELM3, "Kubernetes"), (HELM4, "kubernetes")):
                p = self.fails(self.c.run(helm, "list", "-A"))
                self.assertIn('Error: %s cluster unreachable: Get "http://127.0.0.1:%d/version": dial tcp '
                              '127.0.0.1:%d: connect: connection refused' % (word, port, port), p.err)
        finally:
            self.server.proc.send_signal(signal.SIGUSR2)
        wait_until(lambda: refused(port) is False, what="listener back")
        self.ok(self.c.run(KUBECTL135, "get", "ns"))
        # the admin endpoint variant: timed outage, same port afterwards
        self.server.admin("outage", {"seconds": 1})
        wait_until(lambda: refused(port) is True, what="timed outage start")
        wait_until(lambda: refused(port) is False, timeout=10, what="timed outage end")
        self.ok(self.c.run(HELM4, "list", "-A"))

    def test_watchlist_reject_falls_back(self):
        self.server.admin("faults", {"watchlist": "reject"})
        ns = "wl-reject"
        self.ok(self.c.run(HELM4, "install", "r1", CHART_A, "-n", ns, "--create-namespace", "--wait", "--timeout", "30s"))
        self.ok(self.c.run(HELM4, "upgrade", "r1", CHART_A, "-n", ns, "--set", "replicas=2", "--wait", "--timeout", "30s"))
        self.ok(self.c.run(KUBECTL135, "rollout", "status", "deploy/r1-web", "-n", ns, "--timeout=20s"))
        self.ok(self.c.run(HELM4, "uninstall", "r1", "-n", ns, "--wait", "--timeout", "30s"))
        log = self.server.read_log()
        self.assertRegex(log, r"sendInitialEvents=true\S* .* status=422")

    def test_openapi_off(self):
        self.server.admin("faults", {"openapi": False})
        p = self.fails(self.apply(KUBECTL135, "noapi"))
        self.assertIn("failed to download openapi", p.err)
        p = self.fails(self.c.run(HELM4, "install", "r2", CHART_A, "-n", "noapi2", "--create-namespace"))
        self.assertIn("Error: INSTALLATION FAILED", p.err)

    def test_field_validation_missing(self):
        self.server.admin("faults", {"fieldValidation": False})
        p = self.fails(self.apply(KUBECTL135, "nofv"))
        self.assertIn("error", p.err.lower())
        self.assertIn("GET /openapi/v2", self.server.read_log())

    def test_no_cluster_ip_times_out_legacy_waits(self):
        self.server.admin("faults", {"clusterIP": False})
        runs = [(HELM3, "n3", "--wait", False), (HELM4, "n4", "--wait=legacy", False),
                (HELM4, "n5", "--wait", True)]   # kstatus does not look at clusterIP
        with ThreadPoolExecutor(len(runs)) as pool:
            futures = [(ok, pool.submit(self.c.run, helm, "install", rel, CHART_A, "-n", "noip-" + rel,
                                        "--create-namespace", wait, "--timeout", "4s" if not ok else "20s"))
                       for helm, rel, wait, ok in runs]
            for ok, f in futures:
                (self.ok if ok else self.fails)(f.result())

    def test_aggregated_discovery(self):
        self.server.admin("faults", {"aggregatedDiscovery": True})
        ns = "aggdisc"
        for k in (KUBECTL131, KUBECTL135):
            c = self.client()
            p = self.ok(c.run(k, "api-resources"))
            self.assertRegex(p.out, r"deployments\s+deploy\s+apps/v1\s+true\s+Deployment")
        self.ok(self.c.run(HELM4, "install", "ag", CHART_A, "-n", ns, "--create-namespace", "--wait", "--timeout", "30s"))
        self.ok(self.c.run(HELM3, "upgrade", "ag", CHART_A, "-n", ns, "--set", "replicas=2", "--wait", "--timeout", "30s"))
        self.ok(self.c.run(KUBECTL135, "scale", "deploy/ag-web", "-n", ns, "--replicas=1"))
        self.assertIn("as=APIGroupDiscoveryList", self.server.read_log())

    def test_load_balancer_pending(self):
        svc = {"metadata": {"name": "lb"}, "spec": {"type": "LoadBalancer", "ports": [{"port": 80}]}}
        code, body = self.server.api("/api/v1/namespaces/default/services", svc)
        self.assertEqual(code, 201)
        self.assertTrue(body["status"]["loadBalancer"]["ingress"][0]["ip"])
        self.assertTrue(30000 <= body["spec"]["ports"][0]["nodePort"] <= 32767)
        self.server.admin("faults", {"loadBalancer": False})
        svc["metadata"]["name"] = "lb-pending"
        self.server.api("/api/v1/namespaces/default/services", svc)
        p = self.ok(self.c.run(KUBECTL131, "get", "svc", "lb", "lb-pending", "-n", "default"))
        self.assertRegex(p.out, r"lb-pending\s+LoadBalancer\s+10\.96\.\S+\s+<pending>")

    def test_protobuf_rejected(self):
        self.server.admin("faults", {"protobuf": False})
        p = self.fails(self.c.run(HELM4, "install", "pb", CHART_A, "-n", "pb", "--create-namespace"))
        self.assertIn("the body of the request was in an unknown format", p.err)
        p = self.fails(self.c.run(KUBECTL135, "create", "ns", "pbns"))
        self.assertIn("Error from server (UnsupportedMediaType)", p.err)
        self.ok(self.c.run(KUBECTL131, "create", "ns", "pbns"))   # 1.31 writes JSON

    def test_latency(self):
        self.server.admin("faults", {"latency": [{"ms": 400, "verb": "list", "resource": "secrets"}]})
        t0 = time.time()
        self.ok(self.c.run(HELM4, "list", "-A"))
        self.assertGreaterEqual(time.time() - t0, 0.4)
        t0 = time.time()
        self.ok(self.c.run(KUBECTL135, "get", "--raw", "/api/v1/namespaces"))
        self.assertLess(time.time() - t0, 5)

    def test_slow_watch_and_stuck_fault(self):
        ns = "slow"
        self.ok(self.apply(KUBECTL135, ns))
        self.server.admin("faults", {"slowWatch": 200, "stuck": ["%s/web" % ns]})
        self.ok(self.c.run(KUBECTL135, "scale", "deploy/web", "-n", ns, "--replicas=2"))
        p = self.fails(self.c.run(KUBECTL135, "rollout", "status", "deploy/web", "-n", ns, "--timeout=3s"))
        self.assertIn("timed out waiting for the condition", p.err)
        self.server.admin("faults", {"stuck": None})
        self.ok(self.c.run(KUBECTL131, "rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))

    def test_pod_proxy(self):
        ns = "proxy"
        self.ok(self.apply(KUBECTL135, ns))
        pod = wait_until(lambda: self.c.run(KUBECTL135, "get", "pods", "-n", ns, "-o",
                                            "jsonpath={.items[0].metadata.name}").out.strip())
        self.server.admin("faults", {"podProxy": [{"pod": "%s/%s" % (ns, pod), "port": 8080, "path": "/healthz",
                                                   "body": "ok"}]})
        p = self.ok(self.c.run(KUBECTL135, "get", "--raw", "/api/v1/namespaces/%s/pods/%s:8080/proxy/healthz" % (ns, pod)))
        self.assertEqual(p.out, "ok")
        p = self.fails(self.c.run(KUBECTL135, "get", "--raw", "/api/v1/namespaces/%s/pods/%s:9090/proxy/healthz" % (ns, pod)))
        self.assertIn("connection refused", p.err)
        p = self.fails(self.c.run(KUBECTL135, "get", "--raw", "/api/v1/namespaces/%s/pods/nope:8080/proxy/healthz" % ns))
        self.assertIn('pods "nope" not found', p.err)

    def test_rbac_reviews_and_enforcement(self):
        ns = "rbac1"
        self.ok(self.c.run(KUBECTL135, "create", "ns", ns))
        role = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "ro", "namespace": ns},
                "rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "watch"]}]}
        rb = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "ro", "namespace": ns},
              "subjects": [{"kind": "User", "name": "chartroom-test", "apiGroup": "rbac.authorization.k8s.io"}],
              "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "ro"}}
        path = os.path.join(self.c.home, "rbac.json")
        with open(path, "w") as f:
            json.dump({"apiVersion": "v1", "kind": "List", "items": [role, rb]}, f)
        self.ok(self.c.run(KUBECTL135, "apply", "-f", path))
        for k in (KUBECTL131, KUBECTL135):
            p = self.ok(self.c.run(k, "auth", "can-i", "--list", "-n", ns))
            self.assertRegex(p.out, r"pods/log\s+\[\]\s+\[\]\s+\[get list watch\]")
            self.assertNotIn("*.*", p.out)
            p = self.c.run(k, "auth", "can-i", "create", "pods", "-n", ns)
            self.assertEqual((p.returncode, p.out.strip()), (1, "no"))
            p = self.c.run(k, "auth", "can-i", "list", "pods", "-n", ns)
            self.assertEqual((p.returncode, p.out.strip()), (0, "yes"))
        code, ssar = self.server.api("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", {
            "apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
            "spec": {"resourceAttributes": {"namespace": ns, "verb": "get", "resource": "pods", "subresource": "log"}}})
        self.assertEqual((code, ssar["status"]), (201, {"allowed": True, "reason": 'RBAC: allowed by RoleBinding "ro/%s" of '
                                                         'Role "ro" to User "chartroom-test"' % ns}))
        # allow-all mode: ordinary requests still pass
        self.ok(self.c.run(KUBECTL135, "create", "configmap", "c1", "-n", ns))
        self.server.admin("rbac", {"mode": "rbac"})
        p = self.fails(self.c.run(KUBECTL135, "create", "configmap", "c2", "-n", ns))
        self.assertIn('configmaps is forbidden: User "chartroom-test" cannot create resource "configmaps" in API group "" '
                      'in the namespace "%s"' % ns, p.err)
        p = self.fails(self.c.run(KUBECTL131, "get", "deploy", "x", "-n", ns))
        self.assertEqual(p.err.strip(), 'Error from server (Forbidden): deployments.apps "x" is forbidden: User '
                         '"chartroom-test" cannot get resource "deployments" in API group "apps" in the namespace "%s"' % ns)
        p = self.fails(self.c.run(KUBECTL131, "get", "secrets", "-A"))
        self.assertEqual(p.err.strip(), 'Error from server (Forbidden): secrets is forbidden: User "chartroom-test" '
                         'cannot list resource "secrets" in API group "" at the cluster scope')
        self.ok(self.c.run(KUBECTL135, "get", "pods", "-n", ns))
        p = self.fails(self.c.run(HELM4, "list", "-n", ns))
        self.assertIn('secrets is forbidden: User "chartroom-test" cannot list resource "secrets"', p.err)

    def test_websocket_refused(self):
        ns = "wsr"
        self.ok(self.apply(KUBECTL135, ns))
        self.server.settle()
        self.server.admin("faults", {"websocket": False})
        p = self.fails(self.c.run(KUBECTL135, "exec", "db-0", "-n", ns, "--", "true", timeout=60))
        self.assertIn("error", p.err.lower())


if __name__ == "__main__":
    unittest.main()
