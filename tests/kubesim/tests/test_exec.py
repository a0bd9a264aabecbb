"""kubectl exec over WebSocket against kubesim: scripted pods, exit codes, env, faults, refusal.

Every test runs with both pinned kubectl versions (1.31.9 and 1.35.2).
"""
import base64
import hashlib
import os
import socket
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "exec_support"))
from harness import KUBECTLS, Cluster  # noqa: E402

NS = "exec-demo"
VERSIONS = sorted(KUBECTLS)


class ExecScriptedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = Cluster()
        c = cls.c
        c.create({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "pg-secret", "namespace": NS},
                  "type": "Opaque", "data": {"postgres-password": base64.b64encode(b"s3cr3t-pw").decode(),
                                             "user": base64.b64encode(b"app").decode()}})
        c.create({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "pg-config", "namespace": NS},
                  "data": {"db": "appdb", "LOG_LEVEL": "debug"}})
        c.pod(NS, "app-0")
        c.pod(NS, "pg-0", env=[
            {"name": "POSTGRES_USER", "valueFrom": {"secretKeyRef": {"name": "pg-secret", "key": "user"}}},
            {"name": "POSTGRES_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "pg-secret",
                                                                          "key": "postgres-password"}}},
            {"name": "POSTGRES_DB", "valueFrom": {"configMapKeyRef": {"name": "pg-config", "key": "db"}}},
            {"name": "PGURL", "value": "postgres://$(POSTGRES_USER)@localhost/$(POSTGRES_DB)"},
            {"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
        ], env_from=[{"configMapRef": {"name": "pg-config"}, "prefix": "CFG_"}])
        c.pod(NS, "multi", containers=[{"name": "web", "image": "x"}, {"name": "sidecar", "image": "y"}])

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()

    def setUp(self):
        self.c.admin("faults", {})

    def exec(self, v, *args, **kw):
        return self.c.kubectl(v, "-n", NS, "exec", *args, **kw)

    def test_echo_hi(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "app-0", "--", "sh", "-c", "echo hi")
                self.assertEqual((p.returncode, p.out), (0, "hi\n"), p.err)

    def test_stdout_and_stderr_are_separate(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "app-0", "--", "sh", "-c", "echo out; echo err >&2; echo more")
                self.assertEqual(p.returncode, 0, p.err)
                self.assertEqual(p.out, "out\nmore\n")
                self.assertEqual(p.err, "err\n")

    def test_small_shell(self):
        v = VERSIONS[-1]
        p = self.exec(v, "-i", "app-0", "--", "sh", input=b"X=41; echo \"from stdin ${X}\"; exit 4\n")
        self.assertEqual((p.returncode, p.out), (4, "from stdin 41\n"))
        p = self.exec(v, "app-0", "--", "sh", "-c",
                      'N=3; [ "$N" -eq 3 ] && echo three || echo other; test -z "$UNSET" && printf "%s-%s\\n" a b;'
                      ' false; echo "rc=$?"; echo quiet >/dev/null 2>&1; echo to-err 1>&2')
        self.assertEqual((p.returncode, p.out, p.err), (0, "three\na-b\nrc=1\n", "to-err\n"))
        p = self.exec(v, "app-0", "--", "sh", "-c", "echo a | tr a b")
        self.assertEqual(p.returncode, 2)
        self.assertIn("not supported in scripted pods", p.err)

    def test_cat_echoes_stdin_and_records_it(self):
        data = b"line one\nline two \xe2\x9c\x93\n" * 1000
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "-i", "app-0", "--", "cat", input=data)
                self.assertEqual(p.returncode, 0, p.err)
                self.assertEqual(p.stdout, data)
                rec = self.c.admin("stdin", {"pod": NS + "/app-0"})
                self.assertEqual(rec["bytes"], len(data))
                self.assertEqual(rec["sha256"], hashlib.sha256(data).hexdigest())
                self.assertEqual(base64.b64decode(rec["dataBase64"]), data)
                self.assertEqual(rec["command"], ["cat"])

    def test_exit_code_3(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "app-0", "--", "sh", "-c", "echo partial; exit 3")
                self.assertEqual(p.returncode, 3)
                self.assertEqual(p.out, "partial\n")
                self.assertIn("command terminated with exit code 3", p.err)

    def test_true_false_and_unknown_command(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                self.assertEqual(self.exec(v, "app-0", "--", "true").returncode, 0)
                p = self.exec(v, "app-0", "--", "false")
                self.assertEqual(p.returncode, 1)
                self.assertIn("command terminated with exit code 1", p.err)
                p = self.exec(v, "app-0", "--", "pg_nosuch", "-x")
                self.assertEqual(p.returncode, 127)
                self.assertIn('exec: "pg_nosuch": executable file not found in $PATH', p.err)
                self.assertIn("command terminated with exit code 127", p.err)
                p = self.exec(v, "app-0", "--", "sh", "-c", "nosuch-tool --help")
                self.assertEqual(p.returncode, 127)
                self.assertIn("nosuch-tool: not found", p.err)

    def test_env_resolved_from_secret_configmap_and_fieldref(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "pg-0", "--", "sh", "-c", 'echo "$POSTGRES_PASSWORD|$POSTGRES_DB|$PGURL"')
                self.assertEqual((p.returncode, p.out), (0, "s3cr3t-pw|appdb|postgres://app@localhost/appdb\n"),
                                 p.err)
                p = self.exec(v, "pg-0", "--", "env")
                env = dict(line.split("=", 1) for line in p.out.splitlines())
                self.assertEqual(env["POD_NAME"], "pg-0")
                self.assertEqual(env["CFG_LOG_LEVEL"], "debug")
                self.assertEqual(env["HOSTNAME"], "pg-0")
                p = self.exec(v, "pg-0", "--", "hostname")
                self.assertEqual(p.out, "pg-0\n")

    def test_container_flag_and_invalid_container(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "multi", "-c", "sidecar", "--", "echo", "from", "sidecar")
                self.assertEqual((p.returncode, p.out), (0, "from sidecar\n"), p.err)
                p = self.exec(v, "multi", "-c", "nosuch", "--", "true")
                self.assertNotEqual(p.returncode, 0)
                self.assertIn("container nosuch is not valid for pod multi", p.err)

    def test_container_not_running(self):
        self.c.pod(NS, "creating-0")
        pod = self.c.request("/api/v1/namespaces/%s/pods/creating-0" % NS)[1]
        pod["status"] = {"phase": "Pending", "containerStatuses": [
            {"name": "main", "ready": False, "restartCount": 0, "image": "example/app:1", "imageID": "",
             "state": {"waiting": {"reason": "ContainerCreating"}}}]}
        code, out = self.c.request("/api/v1/namespaces/%s/pods/creating-0/status" % NS, pod, method="PUT")
        self.assertEqual(code, 200, out)
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "creating-0", "--", "true")
                self.assertEqual(p.returncode, 1)
                self.assertIn('unable to upgrade connection: container not found ("main")', p.err)

    def test_scripted_table_entries(self):
        dump = b"-- PostgreSQL database dump\nCREATE TABLE t (id int);\n"
        self.c.admin("table", {"entries": [
            {"pod": NS + "/app-0", "command": ["pg_dump", "-U", "postgres", "app"],
             "stdoutBase64": base64.b64encode(dump).decode()},
            {"pod": "*", "commandPrefix": ["psql"], "stdout": "", "stderr": "ERROR:  boom\n", "exitCode": 2},
            {"pod": "app-0", "script": "redis-cli --rdb - 2>/dev/null", "stdout": "REDIS0011", "exitCode": 0},
        ]})
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                p = self.exec(v, "app-0", "--", "pg_dump", "-U", "postgres", "app")
                self.assertEqual((p.returncode, p.stdout), (0, dump), p.err)
                p = self.exec(v, "-i", "app-0", "--", "psql", "-U", "postgres", input=b"select 1;\n")
                self.assertEqual(p.returncode, 2)
                self.assertIn("ERROR:  boom", p.err)
                self.assertEqual(self.c.admin("stdin", {"pod": NS + "/app-0"})["text"], "select 1;\n")
                p = self.exec(v, "app-0", "--", "sh", "-c", "redis-cli --rdb - 2>/dev/null")
                self.assertEqual((p.returncode, p.out), (0, "REDIS0011"))

    def test_fault_exec_fails_to_start(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                self.c.admin("faults", {"fail": {"pod": NS + "/app-0", "message": "container runtime is down",
                                                 "count": 1}})
                p = self.exec(v, "app-0", "--", "sh", "-c", "echo hi")
                self.assertEqual(p.returncode, 1, p.out)
                self.assertIn("container runtime is down", p.err)
                self.assertEqual(p.out, "")
                # count=1: the next exec works again
                p = self.exec(v, "app-0", "--", "sh", "-c", "echo hi")
                self.assertEqual((p.returncode, p.out), (0, "hi\n"), p.err)
                # refusing the upgrade itself (HTTP 500): kubectl falls back to SPDY, gets it again
                self.c.admin("faults", {"fail": {"pod": "app-0", "mode": "http", "code": 500,
                                                 "message": "exec is unavailable"}})
                p = self.exec(v, "app-0", "--", "true")
                self.assertNotEqual(p.returncode, 0)
                self.assertIn("exec is unavailable", p.err)
                self.c.admin("faults", {})

    def test_fault_connection_dropped_midway(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                self.c.admin("faults", {"dropAfterBytes": {"pod": NS + "/app-0", "bytes": 3 * 1024 * 1024}})
                p = self.exec(v, "app-0", "--", "head", "-c", "64M", "/dev/zero")
                self.assertNotEqual(p.returncode, 0)
                self.assertEqual(len(p.stdout), 3 * 1024 * 1024)
                self.assertNotIn("command terminated", p.err)
                self.assertIn("websocket: close 1006 (abnormal closure): unexpected EOF", p.err)
                # stdin direction
                self.c.admin("faults", {"dropAfterBytes": {"pod": "app-0", "bytes": 1000000, "direction": "in"}})
                p = self.exec(v, "-i", "app-0", "--", "sha256sum", input=bytes(8 * 1024 * 1024))
                self.assertNotEqual(p.returncode, 0)
                self.assertEqual(p.out, "")
                self.assertIn("abnormal closure", p.err)
                self.c.admin("faults", {})
                p = self.exec(v, "app-0", "--", "sh", "-c", "echo back")
                self.assertEqual(p.out, "back\n")

    def test_history_records_execs(self):
        self.exec(VERSIONS[0], "app-0", "--", "sh", "-c", "exit 7")
        items = self.c.admin("history")["items"]
        last = items[-1]
        self.assertEqual(last["command"], ["sh", "-c", "exit 7"])
        self.assertEqual(last["exitCode"], 7)
        self.assertEqual(last["mode"], "table")

    def test_non_websocket_upgrade_is_refused_clearly(self):
        host, port = self.c.url[len("http://"):].split(":")
        req = ("POST /api/v1/namespaces/%s/pods/app-0/exec?command=true&container=main&stdout=true HTTP/1.1\r\n"
               "Host: %s:%s\r\nContent-Length: 0\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n"
               "X-Stream-Protocol-Version: v4.channel.k8s.io\r\n\r\n" % (NS, host, port))
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(req.encode())
            data = b""
            while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        self.assertTrue(head.startswith(b"HTTP/1.1 400"), head)
        self.assertIn(b"SPDY is not implemented", body)
        self.assertIn(b'"kind": "Status"', body.replace(b'":"', b'": "'))


if __name__ == "__main__":
    unittest.main()
