"""WebSocket framing of kubesim exec checked with a raw client (spec section 12): the handshake,
7/16/64-bit lengths, masking, fragmented messages, ping/pong, the [255, 0] close-stdin signal,
the status on channel 3 and the close frame; v4.channel.k8s.io; refusal of other protocols."""
import base64
import hashlib
import json
import os
import socket
import struct
import sys
import unittest
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "exec_support"))
from harness import Cluster  # noqa: E402

NS = "exec-proto"
GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class RawWS:
    def __init__(self, url, path, protocols=("v5.channel.k8s.io",)):
        host, port = urllib.parse.urlsplit(url).netloc.split(":")
        self.s = socket.create_connection((host, int(port)), timeout=20)
        self.key = base64.b64encode(os.urandom(16)).decode()
        req = ("GET %s HTTP/1.1\r\nHost: %s:%s\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
               "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Protocol: %s\r\n\r\n"
               % (path, host, port, self.key, ", ".join(protocols)))
        self.s.sendall(req.encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            chunk = self.s.recv(65536)
            if not chunk:
                break
            self.buf += chunk
        head, _, self.buf = self.buf.partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        self.status = int(lines[0].split()[1])
        self.headers = {k.lower(): v.strip() for k, v in (ln.split(":", 1) for ln in lines[1:] if ":" in ln)}
        self.body = self.buf if self.status != 101 else b""

    def _recv(self, n):
        while len(self.buf) < n:
            chunk = self.s.recv(1 << 20)
            if not chunk:
                raise EOFError("connection closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def send_frame(self, opcode, payload, fin=True, length_form=None):
        mask = os.urandom(4)
        n = len(payload)
        b0 = (0x80 if fin else 0) | opcode
        form = length_form or (7 if n < 126 else 16 if n < 65536 else 64)
        if form == 7:
            hdr = struct.pack("!BB", b0, 0x80 | n)
        elif form == 16:
            hdr = struct.pack("!BBH", b0, 0x80 | 126, n)
        else:
            hdr = struct.pack("!BBQ", b0, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.s.sendall(hdr + mask + masked)

    def recv_frame(self):
        b0, b1 = self._recv(2)
        assert not b1 & 0x80, "server frames must not be masked"
        n = b1 & 0x7F
        if n == 126:
            n = struct.unpack("!H", self._recv(2))[0]
        elif n == 127:
            n = struct.unpack("!Q", self._recv(8))[0]
        return b0 & 0x0F, bool(b0 & 0x80), self._recv(n)

    def collect(self):
        """Read until the close frame: ({channel: bytes}, status dict, close code, pongs)."""
        chans, status, pongs = {}, None, []
        while True:
            op, fin, payload = self.recv_frame()
            if op == 8:
                return chans, status, struct.unpack("!H", payload[:2])[0], pongs
            if op == 10:
                pongs.append(payload)
            elif op in (1, 2):
                if payload[0] == 3:
                    status = json.loads(payload[1:])
                else:
                    chans[payload[0]] = chans.get(payload[0], b"") + payload[1:]

    def close(self):
        try:
            self.send_frame(8, struct.pack("!H", 1000))
        except OSError:
            pass
        self.s.close()


def exec_path(pod, argv, stdin=True):
    q = [("command", a) for a in argv] + [("container", "main"), ("stdout", "true"), ("stderr", "true")]
    if stdin:
        q.append(("stdin", "true"))
    return "/api/v1/namespaces/%s/pods/%s/exec?%s" % (NS, pod, urllib.parse.urlencode(q))


class ExecProtocolTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.c = Cluster()
        cls.c.pod(NS, "p")

    @classmethod
    def tearDownClass(cls):
        cls.c.stop()

    def test_handshake_lengths_fragments_ping_and_close(self):
        ws = RawWS(self.c.url, exec_path("p", ["cat"]))
        self.assertEqual(ws.status, 101)
        self.assertEqual(ws.headers["sec-websocket-accept"],
                         base64.b64encode(hashlib.sha1(ws.key.encode() + GUID).digest()).decode())
        self.assertEqual(ws.headers["sec-websocket-protocol"], "v5.channel.k8s.io")
        self.assertEqual(ws.headers["upgrade"].lower(), "websocket")
        small = b"abc"
        mid = os.urandom(300)
        big = os.urandom(70000)
        ws.send_frame(2, b"\x00" + small)                       # 7-bit length
        ws.send_frame(2, b"\x00" + mid, length_form=16)         # 16-bit length
        ws.send_frame(2, b"\x00" + big[:40000], fin=False)     # fragmented message ...
        ws.send_frame(9, b"ping!")                             # ... with a ping in between
        ws.send_frame(0, big[40000:], fin=True, length_form=64)  # continuation, 64-bit length
        ws.send_frame(2, b"\x04" + b'{"Width":80,"Height":24}')  # resize: ignored by cat
        ws.send_frame(2, b"\xff\x00")                          # close stdin
        chans, status, code, pongs = ws.collect()
        ws.close()
        self.assertEqual(chans.get(1), small + mid + big)
        self.assertEqual(status, {"metadata": {}, "status": "Success"})
        self.assertEqual(code, 1000)
        self.assertEqual(pongs, [b"ping!"])

    def test_nonzero_exit_status_body(self):
        ws = RawWS(self.c.url, exec_path("p", ["sh", "-c", "echo e >&2; exit 3"], stdin=False))
        chans, status, code, _ = ws.collect()
        ws.close()
        self.assertEqual(chans.get(2), b"e\n")
        self.assertEqual(status["status"], "Failure")
        self.assertEqual(status["reason"], "NonZeroExitCode")
        self.assertEqual(status["details"]["causes"], [{"reason": "ExitCode", "message": "3"}])
        self.assertEqual(code, 1000)

    def test_v4_protocol_is_accepted_when_offered_alone(self):
        ws = RawWS(self.c.url, exec_path("p", ["echo", "v4"], stdin=False), protocols=("v4.channel.k8s.io",))
        self.assertEqual(ws.status, 101)
        self.assertEqual(ws.headers["sec-websocket-protocol"], "v4.channel.k8s.io")
        chans, status, _, _ = ws.collect()
        ws.close()
        self.assertEqual((chans.get(1), status["status"]), (b"v4\n", "Success"))

    def test_unsupported_subprotocol_is_refused_with_status(self):
        ws = RawWS(self.c.url, exec_path("p", ["true"]), protocols=("channel.k8s.io", "base64.channel.k8s.io"))
        self.assertEqual(ws.status, 400)
        body = ws.body
        while len(body) < int(ws.headers.get("content-length", "0")):
            body += ws.s.recv(65536)
        ws.s.close()
        st = json.loads(body)
        self.assertEqual((st["kind"], st["code"], st["reason"]), ("Status", 400, "BadRequest"))
        self.assertIn("v5.channel.k8s.io", st["message"])

    def test_client_vanishing_mid_stream_does_not_hurt_the_server(self):
        ws = RawWS(self.c.url, exec_path("p", ["head", "-c", "500M", "/dev/zero"], stdin=False))
        ws.recv_frame()
        ws.s.close()
        ws2 = RawWS(self.c.url, exec_path("p", ["echo", "still here"], stdin=False))
        chans, status, _, _ = ws2.collect()
        ws2.close()
        self.assertEqual(chans.get(1), b"still here\n")


if __name__ == "__main__":
    unittest.main()
