#!/usr/bin/python3
"""Benchmark: `chartroom-cli inventory` against the raw helm/kubectl calls it makes.

Starts three Kubernetes API test servers seeded with 1,000 releases between them (334/333/333,
5 revisions each, with workloads), merges their kubeconfigs, then alternates N times between
  (a) `chartroom-cli inventory --json`, and
  (b) the same tool calls run directly, the same way: tool version probes, `kubectl config view`,
      then per context in parallel: `kubectl version`, then `helm list` and `kubectl get` side by side,
and prints the median wall times, their ratio (target <= 1.10) and chartroom-cli's peak RSS.

    bench_inventory.py --cli PATH [--tools DIR] [--runs N]
"""

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
KUBESIM = os.path.join(HERE, "..", "kubesim")
PYTHON = "/usr/bin/python3"
STATUSES = ["--deployed", "--failed", "--pending", "--superseded", "--uninstalling"]


def start_server(workdir, name, releases):
    scenario = os.path.join(workdir, name + ".json")
    with open(scenario, "w") as f:
        json.dump({"generate": {"releases": releases, "revisions": 5, "namespaces": 7, "prefix": name}}, f)
    kubeconfig = os.path.join(workdir, name + ".kubeconfig")
    proc = subprocess.Popen([PYTHON, os.path.join(KUBESIM, "kubesim.py"), "--kubeconfig", kubeconfig,
                             "--context-name", name, "--scenario", scenario, "--quiet"],
                            stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line.startswith("ready "):
        raise SystemExit("kubesim %s did not start" % name)
    return proc, kubeconfig


@contextlib.contextmanager
def fleet_servers():
    """Three test servers with 1,000 releases between them; yields (workdir, merged kubeconfig, contexts)."""
    workdir = tempfile.mkdtemp(prefix="chartroom-bench-")
    servers = []
    try:
        t0 = time.monotonic()
        contexts = [("bench-a", 334), ("bench-b", 333), ("bench-c", 333)]
        for name, count in contexts:
            servers.append(start_server(workdir, name, count))
        merged = os.path.join(workdir, "fleet.kubeconfig")
        subprocess.run([PYTHON, os.path.join(KUBESIM, "merge_kubeconfigs.py"), merged] + [k for _, k in servers],
                       check=True)
        print("seeded 1,000 releases over 3 contexts in %.1f s" % (time.monotonic() - t0))
        yield workdir, merged, [name for name, _ in contexts]
    finally:
        for proc, _ in servers:
            proc.terminate()
        for proc, _ in servers:
            proc.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


def run(argv, env):
    return subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_sampling_peak_rss(argv, env):
    """Runs argv and samples its own VmHWM (high-water mark of resident memory) until it exits."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0]

    def sample():
        while proc.poll() is None:
            try:
                with open("/proc/%d/status" % proc.pid) as status:
                    for line in status:
                        if line.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(line.split()[1]))
            except OSError:
                break
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    return subprocess.CompletedProcess(argv, proc.returncode, out, err), peak[0]


def raw_calls(tools, contexts, env):
    """The calls chartroom-cli makes, run directly with the same parallelism."""
    helm, kubectl = os.path.join(tools, "helm-4.1.4"), os.path.join(tools, "kubectl-1.35.2")
    probes = [threading.Thread(target=run, args=([helm, "version", "--short"], env)),
              threading.Thread(target=run, args=([kubectl, "version", "--client", "-o", "json"], env))]
    for t in probes:
        t.start()
    for t in probes:
        t.join()
    run([kubectl, "config", "view", "-o", "json"], env)

    def scan(context):
        run([kubectl, "--context", context, "version", "-o", "json", "--request-timeout=5s"], env)
        lists = [threading.Thread(target=run, args=([helm, "list", "--kube-context", context, "--all-namespaces"]
                                                    + STATUSES + ["--max", "0", "-o", "json"], env)),
                 threading.Thread(target=run, args=([kubectl, "--context", context, "get",
                                                     "deployments,statefulsets,daemonsets,pods,persistentvolumeclaims",
                                                     "--all-namespaces", "-o", "json", "--request-timeout=60s"], env))]
        for t in lists:
            t.start()
        for t in lists:
            t.join()

    threads = [threading.Thread(target=scan, args=(c,)) for c in contexts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tools", default=os.path.join(HERE, "..", "..", ".tools", "bin"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with fleet_servers() as (workdir, merged, names):
        env = dict(os.environ)
        env.update({"KUBECONFIG": merged, "HOME": os.path.join(workdir, "home"),
                    "CHARTROOM_STATE_DIR": os.path.join(workdir, "state"),
                    "CHARTROOM_CONFIG_DIR": os.path.join(workdir, "config"),
                    "CHARTROOM_HELM": os.path.join(args.tools, "helm-4.1.4"),
                    "CHARTROOM_KUBECTL": os.path.join(args.tools, "kubectl-1.35.2")})
        os.makedirs(env["HOME"], exist_ok=True)

        # Warm-up: kubectl's discovery cache, the page cache, the servers' first requests.
        raw_calls(args.tools, names, env)
        check = run([args.cli, "inventory", "--json"], env)
        fleet = json.loads(check.stdout)
        if check.returncode != 0 or len(fleet["releases"]) != 1000:
            raise SystemExit("chartroom-cli inventory failed (rc %d, %d releases): %s"
                             % (check.returncode, len(fleet.get("releases", [])), check.stderr.decode()[-500:]))

        cli_times, raw_times, cli_peaks = [], [], []
        for _ in range(args.runs):
            t = time.monotonic()
            result, peak = run_sampling_peak_rss([args.cli, "inventory", "--json"], env)
            cli_times.append(time.monotonic() - t)
            cli_peaks.append(peak)
            if result.returncode != 0:
                raise SystemExit("chartroom-cli inventory failed: %s" % result.stderr.decode()[-500:])
            t = time.monotonic()
            raw_calls(args.tools, names, env)
            raw_times.append(time.monotonic() - t)

        cli, raw = statistics.median(cli_times), statistics.median(raw_times)
        print("machine: %d cores, %s" % (os.cpu_count(), os.uname().release))
        print("chartroom-cli inventory (1,000 releases, 3 contexts): median %.3f s  runs %s"
              % (cli, " ".join("%.3f" % x for x in cli_times)))
        print("raw helm/kubectl calls, same parallelism:             median %.3f s  runs %s"
              % (raw, " ".join("%.3f" % x for x in raw_times)))
        print("ratio chartroom-cli / raw calls: %.3f (target <= 1.10)" % (cli / raw))
        print("chartroom-cli's own peak resident memory (sampled VmHWM): %.1f MB" % (max(cli_peaks) / 1024))
        print("largest child process of the whole run (helm or kubectl): %.1f MB"
              % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))

if __name__ == "__main__":
    sys.exit(main())
