"""Spec §16 kubectl rows against kubesim, for each pinned kubectl version."""
import json
import os
import re
import subprocess
import unittest

from kstest import KUBECTL131, KUBECTL135, ServerTestCase, wait_until


def manifests(ns, replicas=1, extra_env=True, image="nginx:1.27"):
    env = '            - name: MODE\n              value: "prod"\n'
    if extra_env:
        env += '            - name: EXTRA\n              value: "yes"\n'
    return """apiVersion: v1
kind: Namespace
metadata:
  name: {ns}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: {ns}
  labels:
    app.kubernetes.io/name: web
spec:
  replicas: {replicas}
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
    spec:
      containers:
        - name: web
          image: {image}
          ports:
            - containerPort: 80
          env:
{env}---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: {ns}
spec:
  replicas: 1
  serviceName: db
  selector:
    matchLabels:
      app.kubernetes.io/name: postgresql
  template:
    metadata:
      labels:
        app.kubernetes.io/name: postgresql
    spec:
      containers:
        - name: postgresql
          image: postgres:16
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
  namespace: {ns}
stringData:
  password: hunter2
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
  namespace: {ns}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    metadata:
      labels:
        job-kind: backup
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: busybox:1.36
              command: ["sh", "-c", "echo backup"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: {ns}
rules:
  - apiGroups: [""]
    resources: ["pods", "secrets"]
    verbs: ["get", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: reader
  namespace: {ns}
subjects:
  - kind: ServiceAccount
    name: default
    namespace: {ns}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
""".format(ns=ns, replicas=replicas, env=env, image=image)


class KubectlMatrix:
    K = None

    def setUp(self):
        self.c = self.client()

    def k(self, *args, **kw):
        return self.c.run(self.K, *args, **kw)

    def apply_fixture(self, ns, server_side=False, **kw):
        path = os.path.join(self.c.home, "m-%s.yaml" % ns)
        with open(path, "w") as f:
            f.write(manifests(ns, **kw))
        args = ["apply", "-f", path] + (["--server-side", "--force-conflicts"] if server_side else [])
        return self.ok(self.k(*args), "apply")

    def deploy(self, ns, name="web"):
        return json.loads(self.ok(self.k("get", "deploy", name, "-n", ns, "-o", "json")).out)

    # ---------------------------------------------------------------------------------------------
    def test_version(self):
        p = self.ok(self.k("version"))
        self.assertIn("Server Version: v1.33", p.out)

    def test_get_lists(self):
        ns = self.uniq("lists")
        self.apply_fixture(ns)
        p = self.ok(self.k("get", "ns"))
        self.assertRegex(p.out.splitlines()[0], r"NAME\s+STATUS\s+AGE")
        self.assertIn(ns, p.out)
        self.server.settle()
        pods = json.loads(self.ok(self.k("get", "pods", "-A", "-o", "json")).out)
        self.assertEqual(pods["kind"], "List")
        self.assertTrue(any(p["metadata"]["namespace"] == ns for p in pods["items"]))
        both = json.loads(self.ok(self.k("get", "deploy,sts", "-n", ns, "-o", "json")).out)
        self.assertEqual(sorted(i["kind"] for i in both["items"]), ["Deployment", "StatefulSet"])
        p = self.ok(self.k("get", "events", "-n", ns))
        self.assertRegex(p.out, r"LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE")
        self.assertIn("ScalingReplicaSet", p.out)
        self.ok(self.k("get", "events", "-A"))
        json.loads(self.ok(self.k("get", "clusterroles,clusterrolebindings,roles,rolebindings", "-A", "-o", "json")).out)
        p = self.ok(self.k("get", "pods", "-n", ns, "-l", "app.kubernetes.io/name=postgresql",
                           "-o", "jsonpath={.items[*].metadata.name}"))
        self.assertEqual(p.out.strip(), "db-0")
        p = self.ok(self.k("get", "pods", "-n", ns, "-l", "app.kubernetes.io/name in (postgresql,other),!nope",
                           "-o", "name"))
        self.assertEqual(p.out.strip(), "pod/db-0")
        p = self.ok(self.k("get", "secret", "creds", "-n", ns, "-o", "jsonpath={.data.password}"))
        self.assertEqual(p.out.strip(), "aHVudGVyMg==")
        p = self.ok(self.k("get", "pods", "-n", ns, "--field-selector", "metadata.name=db-0", "-o", "name"))
        self.assertEqual(p.out.strip(), "pod/db-0")
        p = self.ok(self.k("get", "pods,svc", "-n", ns))
        self.assertIn("pod/db-0", p.out)
        # Endpoints / EndpointSlices follow the pods selected by a Service
        svc = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": ns},
               "spec": {"selector": {"app.kubernetes.io/name": "web"}, "ports": [{"name": "http", "port": 8080,
                                                                                 "targetPort": 80}]}}
        path = os.path.join(self.c.home, "svc.json")
        with open(path, "w") as f:
            json.dump(svc, f)
        self.ok(self.k("apply", "-f", path))
        pod_ip = json.loads(self.ok(self.k("get", "pods", "-n", ns, "-l", "app.kubernetes.io/name=web", "-o", "json")).out)[
            "items"][0]["status"]["podIP"]
        wait_until(lambda: "%s:80" % pod_ip in self.k("describe", "svc", "web", "-n", ns).out, what="service endpoints")
        p = self.ok(self.k("get", "endpointslices", "-n", ns, "-l", "kubernetes.io/service-name=web"))
        self.assertRegex(p.out, r"web-\S+\s+IPv4\s+80\s+%s" % re.escape(pod_ip))

    def test_apply_client_side(self):
        ns = self.uniq("csa")
        self.apply_fixture(ns)
        self.apply_fixture(ns, replicas=3)
        self.assertEqual(self.deploy(ns)["spec"]["replicas"], 3)
        self.apply_fixture(ns, replicas=3, extra_env=False)
        d = self.deploy(ns)
        env = d["spec"]["template"]["spec"]["containers"][0]["env"]
        self.assertEqual([e["name"] for e in env], ["MODE"])
        self.assertEqual(d["spec"]["replicas"], 3)
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))

    def test_apply_server_side(self):
        ns = self.uniq("ssa")
        self.apply_fixture(ns, server_side=True)
        self.apply_fixture(ns, server_side=True, replicas=2)
        self.assertEqual(self.deploy(ns)["spec"]["replicas"], 2)
        self.apply_fixture(ns, server_side=True, replicas=2, extra_env=False)
        env = self.deploy(ns)["spec"]["template"]["spec"]["containers"][0]["env"]
        self.assertEqual([e["name"] for e in env], ["MODE"])
        # client-side applied objects can be taken over by server-side apply (kubectl-last-applied patch)
        ns2 = self.uniq("mixed")
        self.apply_fixture(ns2)
        self.apply_fixture(ns2, server_side=True, extra_env=False)
        env = self.deploy(ns2)["spec"]["template"]["spec"]["containers"][0]["env"]
        self.assertEqual([e["name"] for e in env], ["MODE"])

    def test_rollout_scale_and_stuck(self):
        ns = self.uniq("roll")
        self.apply_fixture(ns)
        p = self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        self.assertIn('deployment "web" successfully rolled out', p.out)
        p = self.ok(self.k("rollout", "status", "sts/db", "-n", ns, "--timeout=20s"))
        self.assertIn("partitioned roll out complete", p.out)
        self.ok(self.k("scale", "deploy/web", "--replicas=4", "-n", ns))
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        d = self.deploy(ns)
        self.assertEqual((d["spec"]["replicas"], d["status"]["readyReplicas"]), (4, 4))
        pods = json.loads(self.ok(self.k("get", "pods", "-n", ns, "-l", "app.kubernetes.io/name=web", "-o", "json")).out)
        self.assertEqual(len(pods["items"]), 4)
        self.ok(self.k("annotate", "deploy/web", "-n", ns, "test.chartroom.io/stuck=true"))
        self.ok(self.k("set", "image", "deploy/web", "web=nginx:1.28", "-n", ns))
        p = self.fails(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=3s"))
        self.assertEqual(p.returncode, 1)
        self.assertIn("error: timed out waiting for the condition", p.err)

    def test_restart_image_label_patch_undo(self):
        ns = self.uniq("mut")
        self.apply_fixture(ns)
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        self.ok(self.k("rollout", "restart", "deploy/web", "-n", ns))
        d = self.deploy(ns)
        self.assertIn("kubectl.kubernetes.io/restartedAt", d["spec"]["template"]["metadata"]["annotations"])
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        self.ok(self.k("set", "image", "deploy/web", "web=nginx:1.28", "-n", ns))
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        self.assertEqual(self.deploy(ns)["spec"]["template"]["spec"]["containers"][0]["image"], "nginx:1.28")
        self.ok(self.k("label", "deploy/web", "-n", ns, "tier=frontend"))
        self.ok(self.k("annotate", "deploy/web", "-n", ns, "owner=chartroom"))
        d = self.deploy(ns)
        self.assertEqual(d["metadata"]["labels"]["tier"], "frontend")
        self.assertEqual(d["metadata"]["annotations"]["owner"], "chartroom")
        self.ok(self.k("label", "deploy/web", "-n", ns, "tier-"))
        self.assertNotIn("tier", self.deploy(ns)["metadata"]["labels"])
        self.ok(self.k("patch", "deploy/web", "-n", ns, "--type=json",
                       "-p", '[{"op":"replace","path":"/spec/replicas","value":2}]'))
        self.assertEqual(self.deploy(ns)["spec"]["replicas"], 2)
        p = self.fails(self.k("patch", "deploy/web", "-n", ns, "--type=json",
                              "-p", '[{"op":"test","path":"/spec/replicas","value":7}]'))
        self.assertIn("The request is invalid: testing value /spec/replicas failed", p.err)
        self.ok(self.k("patch", "deploy/web", "-n", ns, "--type=merge", "-p", '{"spec":{"replicas":1}}'))
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        p = self.ok(self.k("rollout", "history", "deploy/web", "-n", ns))
        self.assertIn("3", p.out)
        self.ok(self.k("rollout", "undo", "deploy/web", "-n", ns))
        wait_until(lambda: self.deploy(ns)["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.27",
                   what="rollout undo to restore the previous image")
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))

    def test_pause_resume_and_statefulset_undo(self):
        ns = self.uniq("pause")
        self.apply_fixture(ns)
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        rs = lambda: json.loads(self.ok(self.k("get", "rs", "-n", ns, "-o", "json")).out)["items"]
        self.ok(self.k("rollout", "pause", "deploy/web", "-n", ns))
        self.ok(self.k("set", "image", "deploy/web", "web=nginx:1.28", "-n", ns))
        wait_until(lambda: self.deploy(ns)["status"]["conditions"][1]["reason"] == "DeploymentPaused", what="paused")
        self.assertEqual(len(rs()), 1)
        self.ok(self.k("rollout", "resume", "deploy/web", "-n", ns))
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        self.assertEqual(len(rs()), 2)
        self.ok(self.k("rollout", "status", "sts/db", "-n", ns, "--timeout=20s"))
        self.ok(self.k("set", "image", "sts/db", "postgresql=postgres:17", "-n", ns))
        self.ok(self.k("rollout", "status", "sts/db", "-n", ns, "--timeout=20s"))
        self.ok(self.k("rollout", "undo", "sts/db", "-n", ns))
        self.ok(self.k("rollout", "status", "sts/db", "-n", ns, "--timeout=20s"))
        sts = json.loads(self.ok(self.k("get", "sts", "db", "-n", ns, "-o", "json")).out)
        self.assertEqual(sts["spec"]["template"]["spec"]["containers"][0]["image"], "postgres:16")
        pod = json.loads(self.ok(self.k("get", "pod", "db-0", "-n", ns, "-o", "json")).out)
        self.assertEqual(pod["spec"]["containers"][0]["image"], "postgres:16")

    def test_auth_can_i(self):
        ns = self.uniq("auth")
        self.ok(self.k("create", "ns", ns))
        p = self.ok(self.k("auth", "can-i", "--list", "-n", ns))
        self.assertRegex(p.out, r"Resources\s+Non-Resource URLs\s+Resource Names\s+Verbs")
        self.assertIn("*.*", p.out)
        p = self.ok(self.k("auth", "can-i", "create", "pods", "-n", ns))
        self.assertEqual(p.out.strip(), "yes")

    def test_create_job_from_cronjob(self):
        ns = self.uniq("cj")
        self.apply_fixture(ns)
        p = self.ok(self.k("create", "job", "manual-1", "--from=cronjob/backup", "-n", ns))
        self.assertIn("job.batch/manual-1 created", p.out)
        self.ok(self.k("wait", "--for=condition=complete", "job/manual-1", "-n", ns, "--timeout=20s"))
        j = json.loads(self.ok(self.k("get", "job", "manual-1", "-n", ns, "-o", "json")).out)
        self.assertEqual(j["spec"]["template"]["spec"]["containers"][0]["name"], "backup")
        self.assertEqual(j["metadata"]["labels"].get("job-kind"), "backup")

    def test_create_typed(self):
        """kubectl >= 1.32 sends these as protobuf (typed clients); 1.31 as JSON."""
        ns = self.uniq("typed")
        self.ok(self.k("create", "ns", ns))
        for args in (["deployment", "d1", "--image=nginx:1.27", "--replicas=2", "--port=80"],
                     ["deployment", "d0", "--image=nginx:1.27", "--replicas=0"],
                     ["service", "nodeport", "s1", "--tcp=80:8080"],
                     ["cronjob", "cj1", "--image=busybox", "--schedule=*/5 * * * *", "--", "echo", "hi"],
                     ["job", "j1", "--image=busybox", "--", "echo", "hi"],
                     ["secret", "generic", "sec1", "--from-literal=k=v"],
                     ["configmap", "cm1", "--from-literal=k=v"],
                     ["serviceaccount", "sa1"],
                     ["role", "r1", "--verb=get,list", "--resource=pods"],
                     ["rolebinding", "rb1", "--role=r1", "--user=someone"],
                     ["pdb", "pdb1", "--selector=app=x", "--min-available=1"],
                     ["quota", "q1", "--hard=pods=10,requests.cpu=2"],
                     ["ingress", "ing1", "--class=nginx", "--rule=a.example/p*=s1:80,tls=sec1"]):
            self.ok(self.k("create", "-n", ns, *args), " ".join(args))
        self.ok(self.k("rollout", "status", "deploy/d1", "-n", ns, "--timeout=20s"))
        self.ok(self.k("wait", "--for=condition=complete", "job/j1", "-n", ns, "--timeout=20s"))
        get = lambda *a: json.loads(self.ok(self.k("get", *a, "-n", ns, "-o", "json")).out)
        d = get("deploy", "d1")
        self.assertEqual(d["spec"]["replicas"], 2)
        c = d["spec"]["template"]["spec"]["containers"][0]
        self.assertEqual((c["image"], c["ports"][0]["containerPort"]), ("nginx:1.27", 80))
        self.assertNotIn("stdin", c)
        self.assertEqual(get("deploy", "d0")["spec"]["replicas"], 0)
        self.assertEqual(get("svc", "s1")["spec"]["ports"][0]["targetPort"], 8080)
        self.assertEqual(get("cronjob", "cj1")["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["command"],
                         ["echo", "hi"])
        self.assertEqual(get("secret", "sec1")["data"], {"k": "dg=="})
        self.assertEqual(get("role", "r1")["rules"], [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]}])
        self.assertEqual(get("rolebinding", "rb1")["subjects"][0]["name"], "someone")
        self.assertEqual(get("pdb", "pdb1")["spec"]["minAvailable"], 1)
        self.assertEqual(get("quota", "q1")["spec"]["hard"], {"pods": "10", "requests.cpu": "2"})
        ing = get("ingress", "ing1")["spec"]
        self.assertEqual(ing["rules"][0]["http"]["paths"][0]["backend"]["service"], {"name": "s1", "port": {"number": 80}})
        self.assertEqual(ing["tls"], [{"hosts": ["a.example"], "secretName": "sec1"}])

    def test_logs(self):
        ns = self.uniq("logs")
        self.apply_fixture(ns)
        self.ok(self.k("rollout", "status", "deploy/web", "-n", ns, "--timeout=20s"))
        self.server.admin("logs", {"%s/db-0" % ns: ["db line 1", "db line 2"]})
        p = self.ok(self.k("logs", "db-0", "-n", ns))
        self.assertEqual(p.out, "db line 1\ndb line 2\n")
        p = self.ok(self.k("logs", "deploy/web", "-n", ns, "--tail=1"))
        self.assertEqual(len(p.out.splitlines()), 1)
        self.assertIn("ready", p.out)
        # follow: lines appended while kubectl is attached are streamed
        out_path = os.path.join(self.c.home, "follow.txt")
        with open(out_path, "wb") as out:
            proc = subprocess.Popen([self.K, "logs", "-f", "db-0", "-n", ns], env=self.c.env, stdout=out,
                                    stderr=subprocess.STDOUT)
        try:
            wait_until(lambda: open(out_path).read().count("db line") == 2, what="initial lines")
            self.server.admin("logs?append=true", {"%s/db-0" % ns: ["db line 3"]})
            wait_until(lambda: "db line 3" in open(out_path).read(), what="followed line")
        finally:
            proc.kill()
            proc.wait()

    def test_error_paths(self):
        ns = self.uniq("err")
        self.apply_fixture(ns)
        p = self.fails(self.k("get", "deploy", "nosuch", "-n", ns))
        self.assertEqual(p.err.strip(), 'Error from server (NotFound): deployments.apps "nosuch" not found')
        p = self.fails(self.k("get", "pods", "x", "-n", ns))
        self.assertEqual(p.err.strip(), 'Error from server (NotFound): pods "x" not found')
        p = self.fails(self.k("create", "ns", ns))
        self.assertEqual(p.err.strip(), 'Error from server (AlreadyExists): namespaces "%s" already exists' % ns)
        # Conflict: replace with a stale resourceVersion
        d = self.deploy(ns)
        stale = d["metadata"]["resourceVersion"]
        self.ok(self.k("label", "deploy/web", "-n", ns, "bump=1"))
        d["metadata"]["resourceVersion"] = stale
        path = os.path.join(self.c.home, "stale.json")
        with open(path, "w") as f:
            json.dump(d, f)
        p = self.fails(self.k("replace", "-f", path))
        self.assertIn('Error from server (Conflict): error when replacing "%s": Operation cannot be fulfilled on '
                      'deployments.apps "web": the object has been modified; please apply your changes to the latest '
                      'version and try again' % path, p.err)
        # Forbidden (fault injection)
        self.server.admin("faults", {"forbid": [{"verbs": ["list"], "resources": ["secrets"], "namespaces": [ns]}]})
        try:
            p = self.fails(self.k("get", "secrets", "-n", ns))
            self.assertEqual(p.err.strip(), 'Error from server (Forbidden): secrets is forbidden: User "chartroom-test" '
                             'cannot list resource "secrets" in API group "" in the namespace "%s"' % ns)
        finally:
            self.server.admin("faults", {"forbid": None})
        self.ok(self.k("get", "secrets", "-n", ns))
        p = self.fails(self.k("create", "configmap", "x", "-n", "nosuchns"))
        self.assertEqual(p.err.strip(), 'error: failed to create configmap: namespaces "nosuchns" not found')
        p = self.fails(self.k("get", "deploy", "web", "-n", "nosuchns"))
        # kubectl re-words a 404 in a missing namespace after GETting the namespace
        self.assertEqual(p.err.strip(), 'Error from server (NotFound): namespaces "nosuchns" not found')


class Kubectl131(KubectlMatrix, ServerTestCase):
    K = KUBECTL131


class Kubectl135(KubectlMatrix, ServerTestCase):
    K = KUBECTL135


if __name__ == "__main__":
    unittest.main()
