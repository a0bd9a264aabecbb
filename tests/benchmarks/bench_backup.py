#!/usr/bin/python3
"""Benchmark: streaming a 1 GB database dump out of a pod into the backup repository.

One Kubernetes API test server with a PostgreSQL release (helm install of the test chart); the
pod's dump command is answered by the server's exec with a 1 GB SQL-like dump. Side by side, N
times, interleaved:
  (a) bare copy:        kubectl exec POD -- <dump> > file
  (b) the chart collection's way: (a), then a separate `sha256sum file > file.sha256`
  (c) Chartroom:        chartroom-cli backup --release ... into an encrypted repository:
                        zstd (level 1) + AES-256-GCM + SHA-256 in one pass, atomic file, then verification.
The Chartroom figure is the dump component's streaming time from the backup manifest (the whole
command, with the inventory scan, the Helm side and the verification re-read, is printed too).
Prints medians, the ratios (targets: (b)/(c) >= 1.2 and (a)/(c) >= 0.9 as throughput) and
chartroom-cli's peak resident memory (target < 64 MB).

    bench_backup.py --cli PATH [--tools DIR] [--runs N] [--size-mb N]
"""

import argparse
import datetime
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import benchkube

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
PASSPHRASE = b"benchmark passphrase, not a secret\n"


def make_dump(path, size):
    """A dump that compresses like a real one: COPY rows with varying numbers and text."""
    line = 0
    with open(path, "wb") as f:
        written = 0
        while written < size:
            rows = []
            for _ in range(2000):
                line += 1
                rows.append(b"%d\tcustomer %d\t%d.%02d\t2026-%02d-%02d 12:%02d:%02d+00\tnote about order %d\n"
                            % (line, line % 9973, line % 100000, line % 100, line % 12 + 1, line % 28 + 1,
                               line % 60, (line * 7) % 60, line * 31 % 100003))
            block = b"".join(rows)
            f.write(block)
            written += len(block)
        f.truncate(size)


def peak_rss_run(argv, env, streaming=lambda: False):
    """Runs argv; returns its exit code, output, peak RSS (VmHWM, KiB) and the largest RSS seen while
    `streaming()` is true (the dump phase, after the key derivation's 64 MiB of scrypt are freed)."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0, 0]

    def sample():
        while proc.poll() is None:
            try:
                active = streaming()
                with open("/proc/%d/status" % proc.pid) as status:
                    for text in status:
                        if text.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(text.split()[1]))
                        elif text.startswith("VmRSS:") and active:
                            peak[1] = max(peak[1], int(text.split()[1]))
            except OSError:
                break
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    return proc.returncode, out, err, peak[0], peak[1]


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tools", default=os.path.join(ROOT, ".tools", "bin"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=int, default=1024)
    args = parser.parse_args()
    size = args.size_mb * 1024 * 1024
    helm, kubectl = os.path.join(args.tools, "helm-4.1.4"), os.path.join(args.tools, "kubectl-1.35.2")

    workdir = tempfile.mkdtemp(prefix="chartroom-bench-backup-")
    server = None
    try:
        server, url, env = benchkube.start_with_postgresql(workdir, helm, kubectl)

        # The dump arrives uncompressed (as `pg_dumpall` alone writes it) so that Chartroom does the
        # compression: a user profile overrides the built-in one for this component.
        profiles = os.path.join(workdir, "config", "profiles")
        os.makedirs(profiles)
        with open(os.path.join(ROOT, "resources", "profiles", "postgresql.yaml")) as f:
            profile = f.read()
        profile = profile.replace("'{release}-pg_dumpall.sql.gz'", "'{release}-pg_dumpall.sql'")
        with open(os.path.join(profiles, "postgresql.yaml"), "w") as f:
            f.write(profile)

        dump = os.path.join(workdir, "dump.sql")
        t0 = time.monotonic()
        make_dump(dump, size)
        print("made a %d MB dump in %.1f s" % (args.size_mb, time.monotonic() - t0))
        entry = {"entries": [{"pod": "data/main-db-postgresql-0", "commandPrefix": ["sh"], "stdoutFile": dump}]}
        urllib.request.urlopen(urllib.request.Request(url + "/__test/exec/table", data=json.dumps(entry).encode(),
                                                      headers={"Content-Type": "application/json"}), timeout=60).read()

        passfile = os.path.join(workdir, "passphrase")
        with open(passfile, "wb") as f:
            f.write(PASSPHRASE)
        env["CHARTROOM_PASSPHRASE_FILE"] = passfile
        repo = os.path.join(workdir, "repo")
        subprocess.run([args.cli, "init", "--repo", repo, "--no-keychain"], env=env, check=True, capture_output=True)

        exec_argv = [kubectl, "--context", "bench", "-n", "data", "exec", "main-db-postgresql-0", "-c", "postgresql",
                     "--", "sh", "-c", "pg_dumpall -U postgres"]
        bare, collection, stream, whole, peaks, stream_peaks = [], [], [], [], [], []
        for run in range(args.runs):
            target = os.path.join(workdir, "copy.sql")
            t0 = time.monotonic()
            with open(target, "wb") as out:
                subprocess.run(exec_argv, env=env, stdout=out, check=True)
                os.fsync(out.fileno())
            bare.append(time.monotonic() - t0)
            os.remove(target)

            t0 = time.monotonic()
            with open(target, "wb") as out:
                subprocess.run(exec_argv, env=env, stdout=out, check=True)
                os.fsync(out.fileno())
            with open(target + ".sha256", "wb") as out:
                subprocess.run(["sha256sum", target], stdout=out, check=True)
            collection.append(time.monotonic() - t0)
            os.remove(target)
            os.remove(target + ".sha256")

            t0 = time.monotonic()
            if run == 0:
                _, _, _, dry_peak, _ = peak_rss_run([args.cli, "backup", "--release", "bench/data/main-db", "--repo", repo,
                                                  "--dry-run"], env)
                print("chartroom-cli backup --dry-run (scan and plan only): peak RSS %.0f MB" % (dry_peak / 1024))
            partials = os.path.join(repo, "bench", "data", "main-db", "*", "*pg_dumpall*.partial")
            rc, out, err, peak, stream_peak = peak_rss_run(
                [args.cli, "backup", "--release", "bench/data/main-db", "--repo", repo, "--json"], env,
                streaming=lambda: bool(glob.glob(partials)))
            whole.append(time.monotonic() - t0)
            if rc != 0:
                sys.stderr.write(err.decode(errors="replace")[-3000:])
                raise SystemExit("chartroom-cli backup failed")
            peaks.append(peak)
            stream_peaks.append(stream_peak)
            manifests = sorted(glob.glob(os.path.join(repo, "bench", "data", "main-db", "*", "manifest.json")))
            with open(manifests[-1]) as f:
                manifest = json.load(f)
            component = next(c for c in manifest["components"] if c["id"] == "pg-dumpall")
            if component["contentBytes"] != size:
                raise SystemExit("the backup stored %d bytes, expected %d" % (component["contentBytes"], size))
            stream.append((parse_time(component["finishedAt"]) - parse_time(component["startedAt"])).total_seconds())
            stored = component["storedBytes"]
            shutil.rmtree(os.path.dirname(manifests[-1]))
            print("run %d: bare %.2f s, exec+sha256sum %.2f s, chartroom stream %.2f s (command %.2f s), "
                  "RSS while streaming %.0f MB, peak %.0f MB"
                  % (run + 1, bare[-1], collection[-1], stream[-1], whole[-1], stream_peak / 1024, peak / 1024))

        mb = size / 1e6
        b, c, s, w = (statistics.median(x) for x in (bare, collection, stream, whole))
        print("median bare kubectl exec > file:            %.2f s (%.0f MB/s)" % (b, mb / b))
        print("median exec > file + sha256sum:             %.2f s" % c)
        print("median Chartroom stream (zstd+AES+SHA-256): %.2f s (%.0f MB/s), stored %.0f MB (%.1f %%)"
              % (s, mb / s, stored / 1e6, 100.0 * stored / size))
        print("median chartroom-cli backup, whole command: %.2f s (scan, Helm side, stream, verification)" % w)
        print("speed-up over exec + sha256sum: %.2f (target >= 1.2)" % (c / s))
        print("throughput vs bare copy: %.2f (target >= 0.9)" % (b / s))
        print("chartroom-cli resident memory while streaming: %.0f MB (target < 64 MB)" % (max(stream_peaks) / 1024))
        print("chartroom-cli peak RSS of the whole command: %.0f MB (includes scrypt's 64 MiB while unlocking the key)"
              % (max(peaks) / 1024))
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
