#!/usr/bin/python3
"""Benchmark: restoring a 1 GB database dump from an encrypted backup into a pod.

One Kubernetes API test server with a PostgreSQL release (helm install of the test chart). A 1 GB
SQL-like dump is backed up once with `chartroom-cli backup` (zstd + AES-256-GCM, as every
encrypted backup), then restored into the pod, whose exec is host-backed (the restore command
really runs, in the test server's sandbox) and ends in `sha256sum`, so every run proves the whole
dump arrived. Side by side, N times, interleaved:
  (a) baseline: decrypt the artifact to a temporary file (tests/artifact/crae_decode.py, Python's
      OpenSSL AES-GCM), `zstd -d` it to a plaintext temporary file, then
      `cat file | kubectl exec -i POD -- <restore>`;
  (b) Chartroom: `chartroom-cli restore --yes` (verification of the backup, then the artifact
      decrypted, decompressed and authenticated in one pass straight into `kubectl exec --stdin`).
The safety backup is skipped (--no-safety-backup) and the profile's health checks are left out
(no real PostgreSQL behind the pod): both would only add the same fixed time to every run.
Prints medians, the ratio (target: (a)/(b) >= 1.0), chartroom-cli's peak resident memory (the
whole command and while the dump streams; target < 64 MB) and whether any file other than
Chartroom's own state was written while it restored (strace of a separate run: no plaintext on disk).

    bench_restore.py --cli PATH [--tools DIR] [--runs N] [--size-mb N]
"""

import argparse
import hashlib
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DECODER = os.path.join(ROOT, "tests", "artifact", "crae_decode.py")
PYTHON = "/usr/bin/python3"
PASSPHRASE = b"benchmark passphrase, not a secret"
POD = "main-db-postgresql-0"
RESTORE = "sha256sum > /out/restored.sha256"

sys.path.insert(0, HERE)
import benchkube  # noqa: E402
from bench_backup import make_dump  # noqa: E402  (the same dump as the backup benchmark)


def admin(url, path, body):
    request = urllib.request.Request(url + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=60).read()


def children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def streaming_exec(pid):
    """True while a `kubectl exec --stdin` child of pid runs (the data step)."""
    for child in children(pid):
        try:
            with open("/proc/%d/cmdline" % child, "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        if b"exec" in argv and b"--stdin" in argv:
            return True
    return False


def peak_rss_run(argv, env):
    """Runs argv; returns exit code, stdout, stderr, peak RSS (VmHWM, KiB) and the largest RSS seen
    while the dump streams into kubectl exec."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0, 0]

    def sample():
        while proc.poll() is None:
            try:
                active = streaming_exec(proc.pid)
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


def read_sum(outdir):
    with open(os.path.join(outdir, "restored.sha256")) as f:
        text = f.read().split()
    os.remove(os.path.join(outdir, "restored.sha256"))
    return text[0] if text else ""


def written_files(log):
    """Regular files opened for writing (or created / renamed into) in an strace -f log."""
    files = set()
    with open(log) as f:
        for line in f:
            m = re.search(r'(openat|open|creat)\((?:AT_FDCWD, )?"([^"]+)", ([A-Z_|]+)', line)
            if m and ("O_WRONLY" in m.group(3) or "O_RDWR" in m.group(3) or "O_CREAT" in m.group(3)
                      or m.group(1) == "creat") and "= -1" not in line:
                files.add(m.group(2))
            m = re.search(r'rename(?:at2?)?\((?:AT_FDCWD, )?"[^"]+", (?:AT_FDCWD, )?"([^"]+)"', line)
            if m and "= -1" not in line:
                files.add(m.group(1))
    return sorted(p for p in files if not p.startswith(("/dev/", "/proc/", "/sys/")))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tools", default=os.path.join(ROOT, ".tools", "bin"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size-mb", type=int, default=1024)
    args = parser.parse_args()
    size = args.size_mb * 1024 * 1024
    helm, kubectl = os.path.join(args.tools, "helm-4.1.4"), os.path.join(args.tools, "kubectl-1.35.2")

    workdir = tempfile.mkdtemp(prefix="chartroom-bench-restore-")
    os.chmod(workdir, 0o755)
    server = None
    try:
        tmp = os.path.join(workdir, "tmp")  # TMPDIR of chartroom-cli and of the baseline
        os.makedirs(tmp)
        outdir = os.path.join(workdir, "out")  # the pod's /out
        os.makedirs(outdir)
        server, url, env = benchkube.start_with_postgresql(workdir, helm, kubectl, {"TMPDIR": tmp})
        home = env["HOME"]

        # A user profile: the dump arrives uncompressed, so Chartroom compresses it (zstd) as it
        # does every dump that is not compressed in the pod; the restore ends in sha256sum; no
        # health checks (nothing answers SQL behind the pod).
        profiles = os.path.join(workdir, "config", "profiles")
        os.makedirs(profiles)
        with open(os.path.join(ROOT, "resources", "profiles", "postgresql.yaml")) as f:
            profile = f.read()
        profile = profile.replace("'{release}-pg_dumpall.sql.gz'", "'{release}-pg_dumpall.sql'")
        profile, n = re.subn(r"\n        - '\{ gunzip;[^\n]*", "\n        - '%s'" % RESTORE, profile)
        if n != 1:
            raise SystemExit("the PostgreSQL profile's restore command has changed; update bench_restore.py")
        profile = re.sub(r"\nhealthChecks:\n.*?\n\npreUpgradeChecks:", "\nhealthChecks: []\n\npreUpgradeChecks:",
                         profile, flags=re.S)
        with open(os.path.join(profiles, "postgresql.yaml"), "w") as f:
            f.write(profile)

        dump = os.path.join(workdir, "dump.sql")
        t0 = time.monotonic()
        make_dump(dump, size)
        digest = hashlib.sha256()
        with open(dump, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        expected = digest.hexdigest()
        print("made a %d MB dump in %.1f s" % (args.size_mb, time.monotonic() - t0))

        passfile = os.path.join(workdir, "passphrase")
        with open(passfile, "wb") as f:
            f.write(PASSPHRASE + b"\n")
        env["CHARTROOM_PASSPHRASE_FILE"] = passfile
        repo = os.path.join(workdir, "repo")
        subprocess.run([args.cli, "init", "--repo", repo, "--no-keychain"], env=env, check=True, capture_output=True)
        # The backup: the pod's dump command answered from the file.
        admin(url, "/__test/exec/table", {"entries": [{"pod": "data/" + POD, "commandPrefix": ["sh"], "stdoutFile": dump}]})
        r = subprocess.run([args.cli, "backup", "--release", "bench/data/main-db", "--repo", repo, "--json"], env=env,
                           capture_output=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr.decode(errors="replace")[-3000:])
            raise SystemExit("chartroom-cli backup failed")
        os.remove(dump)  # the backup is the only copy from here on
        backup_dir = sorted(d for d in (os.path.join(repo, "bench", "data", "main-db", x)
                                        for x in os.listdir(os.path.join(repo, "bench", "data", "main-db")))
                            if os.path.isdir(d))[-1]
        backup_id = os.path.basename(backup_dir)
        with open(os.path.join(backup_dir, "manifest.json")) as f:
            component = next(c for c in json.load(f)["components"] if c["id"] == "pg-dumpall")
        artifact = os.path.join(backup_dir, component["artifact"])
        print("backup %s: %s, %s, %.0f MB stored" % (backup_id, component["artifact"], component["compression"],
                                                    component["storedBytes"] / 1e6))
        # The restore: the pod runs the real command (host-backed), its /out in the work dir.
        admin(url, "/__test/exec/reset", {})
        admin(url, "/__test/exec/backends", {"pod": "data/" + POD, "container": "postgresql", "paths": {"/out": outdir}})
        with open(os.path.join(repo, "repository.json")) as f:
            wrapped = json.load(f)["encryption"]["wrappedKey"]
        keyfile = os.path.join(workdir, "wrapped-key.json")
        with open(keyfile, "w") as f:
            json.dump(wrapped, f)

        restore_argv = [args.cli, "restore", "--backup", backup_id, "--repo", repo, "--yes", "--no-safety-backup",
                        "--confirm-no-safety-backup=main-db"]
        exec_argv = [kubectl, "--context", "bench", "-n", "data", "exec", "-i", POD, "-c", "postgresql", "--",
                     "sh", "-c", RESTORE]
        baseline, pipe_only, stream, whole, peaks, stream_peaks = [], [], [], [], [], []
        for run in range(args.runs):
            # (a) decrypt to a file, decompress to a file, pipe it in.
            t0 = time.monotonic()
            key = subprocess.run([PYTHON, DECODER, "--unwrap", keyfile, PASSPHRASE.decode()], check=True,
                                 capture_output=True, text=True).stdout.strip()
            compressed, plain = os.path.join(tmp, "dump.sql.zst"), os.path.join(tmp, "dump.sql")
            subprocess.run([PYTHON, DECODER, artifact, key, compressed], check=True)
            subprocess.run(["zstd", "-d", "-q", "-f", compressed, "-o", plain], check=True)
            os.remove(compressed)
            t1 = time.monotonic()
            with subprocess.Popen(["cat", plain], stdout=subprocess.PIPE) as cat:
                subprocess.run(exec_argv, env=env, stdin=cat.stdout, check=True)
            t2 = time.monotonic()
            os.remove(plain)
            baseline.append(t2 - t0)
            pipe_only.append(t2 - t1)
            if read_sum(outdir) != expected:
                raise SystemExit("the baseline restore did not deliver the dump")

            # (b) Chartroom.
            t0 = time.monotonic()
            rc, out, err, peak, stream_peak = peak_rss_run(restore_argv, env)
            whole.append(time.monotonic() - t0)
            if rc != 0:
                sys.stderr.write(out.decode(errors="replace")[-3000:] + err.decode(errors="replace")[-3000:])
                raise SystemExit("chartroom-cli restore failed")
            m = re.search(r"succeeded\s+Restore pg-dumpall\s+\(([0-9.]+) s\)", out.decode())
            if not m:
                raise SystemExit("no data step time in the restore's output:\n" + out.decode())
            stream.append(float(m.group(1)))
            peaks.append(peak)
            stream_peaks.append(stream_peak)
            if read_sum(outdir) != expected:
                raise SystemExit("Chartroom's restore did not deliver the dump")
            print("run %d: baseline %.2f s (decrypt+decompress %.2f s, cat | kubectl exec -i %.2f s), "
                  "chartroom data step %.2f s (command %.2f s), RSS while streaming %.0f MB, peak %.0f MB"
                  % (run + 1, baseline[-1], baseline[-1] - pipe_only[-1], pipe_only[-1], stream[-1], whole[-1],
                     stream_peak / 1024, peak / 1024))

        # No plaintext on disk: every file chartroom-cli (and its kubectl) opened for writing.
        log = os.path.join(workdir, "strace.log")
        before = set(os.listdir(tmp))
        r = subprocess.run(["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=open,openat,creat,rename,renameat,renameat2",
                            "-o", log] + restore_argv, env=env, capture_output=True)
        if r.returncode != 0:
            raise SystemExit("chartroom-cli restore under strace failed")
        read_sum(outdir)
        written = written_files(log)
        own = (os.path.join(workdir, "state"), os.path.join(workdir, "config"), os.path.join(workdir, "data"),
               os.path.join(home, ""), repo)
        foreign = [p for p in written if not p.startswith(own)]
        print("files written by chartroom-cli restore (strace): %d, all under its state/config/data dirs, HOME and the "
              "repository: %s" % (len(written), "yes" if not foreign else "NO: " + ", ".join(foreign)))
        print("new files in TMPDIR after the restore: %s" % (sorted(set(os.listdir(tmp)) - before) or "none"))

        mb = size / 1e6
        a, p, s, w = (statistics.median(x) for x in (baseline, pipe_only, stream, whole))
        print("median baseline (decrypt + zstd -d to files, cat | kubectl exec -i): %.2f s" % a)
        print("median   of which cat file | kubectl exec -i alone:                  %.2f s (%.0f MB/s)" % (p, mb / p))
        print("median Chartroom data step (decrypt+decompress+verify into exec):    %.2f s (%.0f MB/s)" % (s, mb / s))
        print("median chartroom-cli restore, whole command (verification, config, data, rollout): %.2f s" % w)
        print("baseline / Chartroom data step: %.2f (target >= 1.0)" % (a / s))
        print("baseline / whole chartroom-cli restore: %.2f" % (a / w))
        print("chartroom-cli resident memory while streaming: %.0f MB (target < 64 MB)" % (max(stream_peaks) / 1024))
        print("chartroom-cli peak RSS of the whole command: %.0f MB" % (max(peaks) / 1024))
        if foreign:
            raise SystemExit("chartroom-cli wrote files outside its own directories")
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
