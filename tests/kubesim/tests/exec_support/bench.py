"""Exec throughput benchmark (numbers for tests/kubesim/EXEC.md).

    /usr/bin/python3 tests/kubesim/tests/exec_support/bench.py [MiB] [runs]

For each pinned kubectl: 1 GiB out (`head -c N /dev/zero`, scripted and host-backed) and in
(`sh -c 'cat > /dev/null'`, scripted and host-backed), plus the same bytes through a plain local
`cat` pipe. Prints elapsed MB/s (best of `runs`) and the server's CPU seconds per GiB.
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import KUBECTLS, Cluster  # noqa: E402

NS = "bench"


def timed(cmd_shell, env, cluster=None):
    cpu0 = cluster.cpu_seconds() if cluster else 0.0
    t0 = time.time()
    subprocess.run(["bash", "-c", cmd_shell], env=env, check=True)
    dt = time.time() - t0
    return dt, (cluster.cpu_seconds() - cpu0) if cluster else 0.0


def main():
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    size = mib * 1024 * 1024
    c = Cluster()
    tmp = tempfile.mkdtemp(prefix="exec-bench-")
    try:
        c.pod(NS, "scripted")
        c.pod(NS, "host")
        c.admin("backends", {"pod": NS + "/host", "paths": {"/data": os.path.join(tmp, "data")}})
        rows = []
        best = min(timed("head -c %d /dev/zero | cat | cat > /dev/null" % size, dict(os.environ))[0]
                   for _ in range(runs))
        rows.append(("plain pipe: head | cat | cat", "-", size / best / 1e6, 0.0))
        for v in sorted(KUBECTLS):
            env = dict(os.environ, **c.kubectl_env(v))
            k = "%s -n %s exec" % (KUBECTLS[v], NS)
            cases = [
                ("out scripted", "%s scripted -- head -c %d /dev/zero > /dev/null" % (k, size)),
                ("out host-backed", "%s host -- head -c %d /dev/zero > /dev/null" % (k, size)),
                ("in scripted", "head -c %d /dev/zero | %s -i scripted -- sh -c 'cat > /dev/null'" % (size, k)),
                ("in host-backed", "head -c %d /dev/zero | %s -i host -- sh -c 'cat > /dev/null'" % (size, k)),
                ("in+out host-backed cat", "head -c %d /dev/zero | %s -i host -- cat > /dev/null" % (size, k)),
            ]
            for name, cmd in cases:
                res = [timed(cmd, env, c) for _ in range(runs)]
                dt, cpu = min(res)
                rows.append((name, v, size / dt / 1e6, cpu * 1024 / mib))
        print("%-28s %-8s %10s %18s" % ("case", "kubectl", "MB/s", "server CPU s/GiB"))
        for name, v, mbs, cpu in rows:
            print("%-28s %-8s %10.0f %18.2f" % (name, v, mbs, cpu))
        print("load average: %s" % open("/proc/loadavg").read().split()[:3])
    finally:
        c.stop()
        subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    main()
