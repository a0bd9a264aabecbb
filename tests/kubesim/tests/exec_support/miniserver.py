"""Throwaway stand-in for kubesim.py used by the exec tests while (or when) the real server does
not route exec to kubesim_exec: just enough of the Kubernetes API for `kubectl exec` (discovery,
namespaces, pods, secrets, configmaps) plus the exec and /__test/exec/ routes.

    /usr/bin/python3 miniserver.py --kubeconfig OUT   -> prints "ready http://127.0.0.1:PORT"
"""
import argparse
import http.server
import json
import os
import signal
import sys
import threading
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..")))
import kubesim_exec  # noqa: E402

CORE = [("namespaces", "Namespace", False), ("pods", "Pod", True),
        ("secrets", "Secret", True), ("configmaps", "ConfigMap", True)]


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, addr, handler):
        super().__init__(addr, handler)
        self.lock = threading.Lock()
        self.objects = {}   # (plural, ns, name) -> obj
        self.faults = {}
        self.rv = 1

    def store_get(self, group, plural, namespace, name):
        with self.lock:
            o = self.objects.get((plural, namespace or "", name))
            return json.loads(json.dumps(o)) if o is not None else None


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("mini: %s\n" % (fmt % args))

    def reply(self, code, obj):
        b = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(b)))
        self.end_headers()
        self.wfile.write(b)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(n) or b"{}") if n else {}

    def status(self, code, reason, msg):
        self.reply(code, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                          "message": msg, "reason": reason, "code": code})

    def handle_any(self):
        u = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(u.query)
        p = u.path.rstrip("/")
        srv = self.server
        if p.startswith("/__test/exec"):
            code, obj = kubesim_exec.admin(self.path, self.body() if self.command != "GET" else {}, srv)
            return self.reply(code, obj)
        if p in ("/healthz", "/livez", "/readyz"):
            b = b"ok"
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            return self.wfile.write(b)
        if p == "/version":
            return self.reply(200, {"major": "1", "minor": "31", "gitVersion": "v1.31.9"})
        if p == "/api":
            return self.reply(200, {"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [
                {"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}]})
        if p == "/apis":
            return self.reply(200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": []})
        if p == "/api/v1":
            res = [{"name": pl, "singularName": k.lower(), "namespaced": nsd, "kind": k,
                    "verbs": ["create", "delete", "get", "list", "update"]} for pl, k, nsd in CORE]
            res.append({"name": "pods/exec", "singularName": "", "namespaced": True,
                        "kind": "PodExecOptions", "verbs": ["create", "get"]})
            return self.reply(200, {"kind": "APIResourceList", "groupVersion": "v1", "resources": res})
        parts = p.split("/")[1:]
        # api v1 namespaces NS plural [name [sub]]  |  api v1 namespaces [name]
        if parts[:2] != ["api", "v1"]:
            return self.status(404, "NotFound", "the server could not find the requested resource")
        rest = parts[2:]
        if len(rest) >= 3 and rest[0] == "namespaces":
            ns, plural, name, sub = rest[1], rest[2], (rest[3] if len(rest) > 3 else None), \
                (rest[4] if len(rest) > 4 else None)
        elif rest and rest[0] == "namespaces":
            ns, plural, name, sub = "", "namespaces", (rest[1] if len(rest) > 1 else None), None
        else:
            return self.status(404, "NotFound", "the server could not find the requested resource")
        if plural == "pods" and sub == "exec":
            pod = srv.store_get("", "pods", ns, name)
            if pod is None:
                return self.status(404, "NotFound", 'pods "%s" not found' % name)
            return kubesim_exec.handle_exec(
                self, pod, (q.get("container") or [""])[0], q.get("command") or [],
                (q.get("stdin") or ["false"])[0] == "true", (q.get("stdout") or ["false"])[0] == "true",
                (q.get("stderr") or ["false"])[0] == "true", (q.get("tty") or ["false"])[0] == "true", srv)
        key = (plural, ns, name)
        if self.command == "GET" and name:
            o = srv.store_get("", plural, ns, name)
            if o is None:
                return self.status(404, "NotFound", '%s "%s" not found' % (plural, name))
            return self.reply(200, o)
        if self.command in ("POST", "PUT"):
            o = self.body()
            md = o.setdefault("metadata", {})
            o.setdefault("apiVersion", "v1")
            o.setdefault("kind", {pl: k for pl, k, _ in CORE}.get(plural, "Unknown"))
            name = name or md.get("name")
            if ns:
                md["namespace"] = ns
            with srv.lock:
                if self.command == "POST" and (plural, ns, name) in srv.objects:
                    return self.status(409, "AlreadyExists", '%s "%s" already exists' % (plural, name))
                srv.rv += 1
                md["resourceVersion"] = str(srv.rv)
                md.setdefault("uid", "uid-%d" % srv.rv)
                if plural == "pods":
                    o.setdefault("status", {"phase": "Running"})
                srv.objects[(plural, ns, name)] = o
            return self.reply(201 if self.command == "POST" else 200, o)
        if self.command == "DELETE" and name:
            with srv.lock:
                srv.objects.pop(key, None)
            return self.reply(200, {"kind": "Status", "apiVersion": "v1", "status": "Success"})
        return self.status(405, "MethodNotAllowed", "not supported by the exec test harness")

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kubeconfig", required=True)
    a = ap.parse_args()
    srv = Server(("127.0.0.1", 0), Handler)
    url = "http://127.0.0.1:%d" % srv.server_address[1]
    with open(a.kubeconfig, "w") as f:
        json.dump({"apiVersion": "v1", "kind": "Config", "current-context": "mini",
                   "clusters": [{"name": "mini", "cluster": {"server": url}}],
                   "users": [{"name": "test-user", "user": {"token": "t"}}],
                   "contexts": [{"name": "mini", "context": {"cluster": "mini", "user": "test-user",
                                                              "namespace": "default"}}]}, f)
    signal.signal(signal.SIGTERM, lambda *a: threading.Thread(target=srv.shutdown).start())
    print("ready " + url, flush=True)
    srv.serve_forever()
    srv.server_close()


if __name__ == "__main__":
    main()
