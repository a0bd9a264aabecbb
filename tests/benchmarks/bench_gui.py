#!/usr/bin/python3
"""Benchmark: the desktop app with a 1,000-release fleet.

Starts three Kubernetes API test servers with 1,000 releases between them, lets chartroom-cli
write the fleet cache once, then starts `chartroom --measure` N times and prints:
  - start to a painted window showing the cached fleet (target < 300 ms),
  - resident memory with that fleet loaded (target < 150 MB), and after a full refresh,
  - the longest UI-thread stall during the refresh, from the app's event-loop latency probe
    (target < 50 ms).
Run it under a display (CTest wraps it in xvfb-run).

    bench_gui.py --app PATH --cli PATH [--tools DIR] [--runs N]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_inventory as fleet  # noqa: E402  (server start-up and kubeconfig merging)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tools", default=os.path.join(fleet.HERE, "..", "..", ".tools", "bin"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with fleet.fleet_servers() as (workdir, merged, _):
        env = dict(os.environ)
        env.update({"KUBECONFIG": merged, "HOME": os.path.join(workdir, "home"),
                    "CHARTROOM_STATE_DIR": os.path.join(workdir, "state"),
                    "CHARTROOM_CONFIG_DIR": os.path.join(workdir, "config"),
                    "CHARTROOM_DATA_DIR": os.path.join(workdir, "data"),
                    "CHARTROOM_HELM": os.path.join(args.tools, "helm-4.1.4"),
                    "CHARTROOM_KUBECTL": os.path.join(args.tools, "kubectl-1.35.2"),
                    "CHARTROOM_LANG": "en"})
        env.pop("QT_QPA_PLATFORM", None)
        os.makedirs(env["HOME"], exist_ok=True)
        cache = subprocess.run([args.cli, "inventory"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if cache.returncode != 0:
            raise SystemExit("chartroom-cli inventory failed: %s" % cache.stderr.decode()[-500:])

        startups, loaded, refreshed, stalls, refresh_times = [], [], [], [], []
        for _ in range(args.runs):
            start = time.monotonic()
            proc = subprocess.run([args.app, "--measure"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=300)
            figures = dict(line.split(" ", 1) for line in proc.stdout.decode().splitlines() if " " in line)
            if proc.returncode != 0 or "painted-at-monotonic" not in figures or figures.get("releases") != "1000":
                raise SystemExit("chartroom --measure failed (rc %d): %s\n%s"
                                 % (proc.returncode, proc.stdout.decode()[-500:], proc.stderr.decode()[-1500:]))
            startups.append((float(figures["painted-at-monotonic"]) - start) * 1000)
            loaded.append(int(figures["rss-kib-loaded"]) / 1024)
            refreshed.append(int(figures["rss-kib-after-refresh"]) / 1024)
            stalls.append(float(figures["refresh-max-stall-ms"]))
            refresh_times.append(float(figures["refresh-seconds"]))

        def show(values, unit):
            return "median %.1f %s  runs %s" % (statistics.median(values), unit, " ".join("%.1f" % v for v in values))

        print("machine: %d cores, %s; display %s" % (os.cpu_count(), os.uname().release, os.environ.get("DISPLAY", "none")))
        print("start to painted window with the cached 1,000-release fleet: %s (target < 300 ms)" % show(startups, "ms"))
        print("resident memory with the fleet loaded:                        %s (target < 150 MB)" % show(loaded, "MB"))
        print("resident memory after a full refresh:                         %s" % show(refreshed, "MB"))
        print("longest UI-thread stall during a refresh:                     %s (target < 50 ms)" % show(stalls, "ms"))
        print("refresh of 1,000 releases over 3 contexts:                    %s" % show(refresh_times, "s"))


if __name__ == "__main__":
    sys.exit(main())
