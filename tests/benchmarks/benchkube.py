"""Shared set-up of the backup and restore benchmarks: a Kubernetes API test server with the
PostgreSQL test chart installed as data/main-db, and the environment chartroom-cli, helm and
kubectl run in (their own HOME, helm and Chartroom dirs, no OS keychain)."""

import os
import subprocess
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
KUBESIM = os.path.join(ROOT, "tests", "kubesim")
PYTHON = "/usr/bin/python3"


def start_with_postgresql(workdir, helm, kubectl, extra_env=None):
    """Returns (server process, server URL, environment). The caller terminates the server."""
    home = os.path.join(workdir, "home")
    os.makedirs(home)
    kubeconfig = os.path.join(workdir, "kubeconfig")
    server = subprocess.Popen([PYTHON, os.path.join(KUBESIM, "kubesim.py"), "--kubeconfig", kubeconfig,
                               "--context-name", "bench", "--quiet"], stdout=subprocess.PIPE, text=True)
    ready = server.stdout.readline()
    if not ready.startswith("ready "):
        server.terminate()
        raise SystemExit("kubesim did not start")
    url = ready.split()[1]
    env = dict(os.environ)
    env.update({"KUBECONFIG": kubeconfig, "HOME": home,
                "HELM_CACHE_HOME": os.path.join(home, "cache"), "HELM_CONFIG_HOME": os.path.join(home, "config"),
                "HELM_DATA_HOME": os.path.join(home, "data"),
                "CHARTROOM_STATE_DIR": os.path.join(workdir, "state"),
                "CHARTROOM_CONFIG_DIR": os.path.join(workdir, "config"),
                "CHARTROOM_DATA_DIR": os.path.join(workdir, "data"),
                "CHARTROOM_HELM": helm, "CHARTROOM_KUBECTL": kubectl,
                "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"})
    env.update(extra_env or {})
    env.pop("DISPLAY", None)
    subprocess.run([kubectl, "create", "namespace", "data"], env=env, check=True, capture_output=True)
    subprocess.run([helm, "install", "main-db", os.path.join(ROOT, "tests", "data", "charts", "postgresql-0.4.0"),
                    "-n", "data"], env=env, check=True, capture_output=True)
    urllib.request.urlopen(url + "/__test/settle?timeout=20", timeout=60).read()
    return server, url, env
