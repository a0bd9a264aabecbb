"""1 GiB through kubectl exec in each direction, checksummed, with the server's memory bounded.

Both kubectl versions; scripted and host-backed pods. Throughput is printed (MB/s) for the record
in tests/kubesim/EXEC.md. KUBESIM_EXEC_BIG_MB changes the size (default 1024).
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "exec_support"))
from harness import KUBECTLS, Cluster  # noqa: E402

NS = "exec-big"
VERSIONS = sorted(KUBECTLS)
MB = int(os.environ.get("KUBESIM_EXEC_BIG_MB", "1024"))
SIZE = MB * 1024 * 1024
BLOCK = 1024 * 1024
RSS_GROWTH_LIMIT_KB = 200 * 1024   # the server must stream, not buffer


def zeros_sha256(n):
    if n == 1 << 30:  # `head -c 1G /dev/zero | sha256sum`
        return "49bc20df15e412a64472421e13fe86ff1c5165e18b2afccf160d4dc19fe68a14"
    h = hashlib.sha256()
    z = bytes(BLOCK)
    while n > 0:
        h.update(z[:min(n, BLOCK)])
        n -= BLOCK
    return h.hexdigest()


class RssSampler(threading.Thread):
    def __init__(self, cluster):
        super().__init__(daemon=True)
        self.c = cluster
        self.stop_ev = threading.Event()
        self.peak = 0

    def run(self):
        while not self.stop_ev.is_set():
            try:
                self.peak = max(self.peak, self.c.rss_kb())
            except OSError:
                return
            self.stop_ev.wait(0.05)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop_ev.set()
        self.join()


class ExecLargeStreamTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = Cluster()
        cls.tmp = tempfile.mkdtemp(prefix="exec-big-")
        cls.c.pod(NS, "scripted-0")
        cls.c.pod(NS, "host-0")
        cls.c.admin("backends", {"pod": NS + "/host-0", "paths": {"/data": os.path.join(cls.tmp, "data")}})
        cls.zero_sha = zeros_sha256(SIZE)
        cls.baseline = cls.c.rss_kb()

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def report(self, what, v, nbytes, seconds, cpu):
        sys.stderr.write("\n[exec-throughput] %s kubectl %s: %d MiB in %.2fs = %.0f MB/s, server CPU %.2fs\n"
                         % (what, v, nbytes >> 20, seconds, nbytes / seconds / 1e6, cpu))

    def stream_out(self, v, pod, argv):
        """Run kubectl exec POD -- argv, hash its stdout on the fly."""
        cpu0, t0 = self.c.cpu_seconds(), time.time()
        with RssSampler(self.c) as rss:
            p = self.c.kubectl_popen(v, "-n", NS, "exec", pod, "--", *argv, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            h = hashlib.sha256()
            n = 0
            while True:
                b = p.stdout.read1(BLOCK)
                if not b:
                    break
                h.update(b)
                n += len(b)
            err = p.stderr.read().decode(errors="replace")
            rc = p.wait(60)
            p.stdout.close()
            p.stderr.close()
        dt = time.time() - t0
        self.assertEqual(rc, 0, err)
        self.report("out " + pod, v, n, dt, self.c.cpu_seconds() - cpu0)
        self.assertLess(rss.peak - self.baseline, RSS_GROWTH_LIMIT_KB, "server RSS grew to %d kB" % rss.peak)
        return n, h.hexdigest()

    def stream_in(self, v, pod, argv):
        """Feed SIZE pseudo-random bytes to kubectl exec -i POD -- argv; returns (stdout, local sha)."""
        block = hashlib.sha256(b"seed").digest() * (BLOCK // 32)
        block = bytes(b ^ (i & 0xFF) for i, b in enumerate(block[:4096])) + block[4096:]
        local = hashlib.sha256()
        cpu0, t0 = self.c.cpu_seconds(), time.time()
        with RssSampler(self.c) as rss:
            p = self.c.kubectl_popen(v, "-n", NS, "exec", "-i", pod, "--", *argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)

            def feed():
                try:
                    for i in range(SIZE // BLOCK):
                        chunk = block[i % 7:] + block[:i % 7]   # vary blocks a little
                        local.update(chunk)
                        p.stdin.write(chunk)
                    p.stdin.close()
                except BrokenPipeError:
                    pass
            w = threading.Thread(target=feed)
            w.start()
            out = p.stdout.read()
            err = p.stderr.read()
            w.join()
            rc = p.wait(60)
            p.stdout.close()
            p.stderr.close()
        dt = time.time() - t0
        self.assertEqual(rc, 0, err.decode(errors="replace"))
        self.report("in " + pod, v, SIZE, dt, self.c.cpu_seconds() - cpu0)
        self.assertLess(rss.peak - self.baseline, RSS_GROWTH_LIMIT_KB, "server RSS grew to %d kB" % rss.peak)
        return out.decode(), local.hexdigest()

    def test_out_scripted_head_dev_zero(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                n, sha = self.stream_out(v, "scripted-0", ["head", "-c", str(SIZE), "/dev/zero"])
                self.assertEqual((n, sha), (SIZE, self.zero_sha))

    def test_out_host_backed_real_head(self):
        v = VERSIONS[-1]
        n, sha = self.stream_out(v, "host-0", ["head", "-c", str(SIZE), "/dev/zero"])
        self.assertEqual((n, sha), (SIZE, self.zero_sha))

    def test_in_host_backed_real_sha256sum(self):
        for v in VERSIONS:
            with self.subTest(kubectl=v):
                out, sha = self.stream_in(v, "host-0", ["sha256sum"])
                self.assertEqual(out, "%s  -\n" % sha)

    def test_in_scripted_recorded(self):
        v = VERSIONS[0]
        out, sha = self.stream_in(v, "scripted-0", ["sh", "-c", "cat > /dev/null"])
        self.assertEqual(out, "")
        rec = self.c.admin("stdin", {"pod": NS + "/scripted-0"})
        self.assertEqual((rec["bytes"], rec["sha256"]), (SIZE, sha))
        self.assertTrue(rec["truncated"])


if __name__ == "__main__":
    unittest.main()
