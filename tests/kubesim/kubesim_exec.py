"""Exec over WebSocket (``v5.channel.k8s.io``) for Chartroom's Kubernetes API test server.

kubesim.py routes ``GET|POST .../namespaces/NS/pods/NAME/exec`` here (spec section 12). This module
answers the upgrade, speaks the Kubernetes remotecommand WebSocket framing and runs the command
either for real on the host (host-backed pods, in a per-pod bubblewrap sandbox) or from a
scripted table (every other pod). Python 3 standard library only.

Interface used by kubesim.py
----------------------------
``handle_exec(handler, pod, container, command, stdin, stdout, stderr, tty, server)``
    Serve one exec request on ``handler`` (a BaseHTTPRequestHandler). Writes the 101 reply itself,
    or a 400/500 ``Status`` when the request is not a WebSocket upgrade offering
    ``v5.channel.k8s.io`` / ``v4.channel.k8s.io`` (SPDY is not implemented: the Status says so).
    Sets ``handler.close_connection = True``.
``configure(exec_configs, server)``
    Called once with the scenario's ``exec`` list (entries as for the admin endpoints below: an
    entry with ``paths`` is a host backend, an entry with ``command``/``commandPrefix``/``script``
    is a scripted table entry, an entry ``{"faults": {...}}`` sets exec faults).
``admin(path, body, server) -> (code, dict)``
    ``/__test/exec/...`` endpoints (query strings allowed in ``path``):

    ``backends``   body: one backend or ``{"backends": [...]}``. A backend::

                       {"pod": "ns/name", "container": "c" (optional: all containers),
                        "paths": {"/var/run/postgresql": "/host/dir", "/data": null},
                        "env": {"EXTRA": "1"}, "cwd": "/", "hostPaths": ["/srv/x"]}

                   A ``null`` host dir is created per pod under a temp root (removed at exit) or,
                   with ``--state-dir``, under STATE_DIR/exec-data (kept). Missing host dirs
                   are created. ``hostPaths`` adds read-only host paths to the sandbox view.
    ``table``      body: one entry or ``{"entries": [...]}``. An entry::

                       {"pod": "ns/name" | "*", "container": optional,
                        "command": [argv...] | "commandPrefix": [argv...] | "script": "sh -c text",
                        "stdout": "text" | "stdoutBase64": "..." | "stdoutFile": "/host/file",
                        "stderr": "text", "exitCode": 0}

                   Stdin sent to a table entry is consumed and recorded like ``cat``'s. An entry
                   naming a pod (not ``*``) also overrides the real command of a host-backed pod.
    ``stdin?pod=ns/name[&container=c]`` (or ``stdin/ns/name``, or body ``{"pod": "ns/name"}``;
                   kubesim.py passes the path without its query): what the last scripted exec on
                   that pod received on stdin: ``{"bytes", "sha256", "dataBase64", "text",
                   "truncated", "command"}`` (data kept up to 16 MiB; bytes/sha256 cover all).
    ``faults``     body replaces the exec fault configuration (same shape as below); ``{}`` clears.
    ``history``    the last 200 execs: pod, container, command, mode, exitCode, bytesIn, bytesOut.
    ``status``     sandbox mode, backends, table size.
    ``reset``      forget backends, table entries, recordings, history and exec faults.

Fault configuration (``server.faults["exec"]``, also settable through ``admin("/__test/exec/faults")``)
-----------------------------------------------------------------------------------------------
::

    {"fail": {"pod": "ns/name" | "name" | "*", "container": optional,
              "message": "text", "mode": "status" | "http", "code": 500, "count": N},
     "dropAfterBytes": {"pod": ..., "container": optional, "bytes": N,
                        "direction": "any" | "in" | "out", "count": N}}

``fail``/``mode=status`` (default): the upgrade succeeds, then channel 3 carries a Failure Status
(reason InternalError) with ``message``; kubectl prints ``error: <message>`` and exits 1.
``mode=http``: the upgrade (and kubectl's SPDY retry) is refused with HTTP ``code`` and a Status.
``dropAfterBytes``: after N payload bytes (stdin received + stdout/stderr sent, or one direction)
the TCP connection is cut without status or close frame and the command is killed. ``pod`` missing
or ``"*"`` matches every pod. ``count`` (optional) limits how many execs the fault hits; it is
decremented in place and the fault removed at 0.

Host-backed execution
---------------------
The real command runs as ``bwrap --unshare-pid --unshare-uts --hostname POD --die-with-parent``
with a fresh root: ``/usr /etc /var /opt /srv /sys`` and the top-level symlinks (``/bin``,
``/lib``...) of the host read-only, tmpfs on ``/tmp /run /root /home /var/tmp``, ``--dev /dev``,
``--proc /proc``, and each mapped container path bound read-write to its host dir (ancestors on
the host that are symlinks, e.g. ``/var/run -> /run``, are followed, so the bind lands at
``/run/postgresql``). The network namespace is shared (loopback servers stay reachable). The
environment is resolved from the pod spec's container (``envFrom``, then ``env`` with ``value``,
``$(VAR)`` expansion, ``secretKeyRef``, ``configMapKeyRef``, a few ``fieldRef``s) plus
``HOSTNAME``, ``HOME=/root``, ``PATH`` and the backend's ``env``. Commands run as the server's user.

If bubblewrap is missing or cannot create namespaces (or ``KUBESIM_EXEC_SANDBOX=none`` is set in
the server's environment), host-backed exec falls back to running the command directly on the
host with the same environment and ``cwd`` (the host dir mapped to the container's working dir,
else the first mapped dir), rewriting no paths. This is logged loudly on stderr at every exec and
reported by ``status``.

Other behaviour
---------------
A container that is not running (pod ``Pending``, container state ``waiting``/``terminated``) gets
kubelet's plain-text 404 ``container not found ("c")``. The first server frame is held until the
client sends a data frame or 50 ms pass (kubectl drops frames that arrive before it has registered
its streams). See tests/kubesim/EXEC.md for observed client behaviour and throughput.
"""

import atexit
import base64
import hashlib
import json
import os
import re
import select
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
SUPPORTED_PROTOCOLS = ("v5.channel.k8s.io", "v4.channel.k8s.io")
CH_STDIN, CH_STDOUT, CH_STDERR, CH_STATUS, CH_RESIZE = 0, 1, 2, 3, 4
CH_CLOSE = 255
OUT_CHUNK = 256 * 1024          # max data bytes per server frame
IN_READ = 1024 * 1024           # max bytes per socket read
COALESCE = 128 * 1024           # gather pipe output up to this size per frame (see _run_host)
FIRST_FRAME_HOLD = 0.05         # seconds; see _WS.__init__ (kubectl's stream registration race)
PIPE_SIZE = 1024 * 1024         # pipe capacity asked for host processes
RECORD_CAP = 16 * 1024 * 1024   # stdin bytes kept per recording
DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
HISTORY_LEN = 200

_XOR_TABLES = [bytes(i ^ k for i in range(256)) for k in range(256)]
_U16 = struct.Struct("!H")
_U64 = struct.Struct("!Q")


def _log(msg):
    sys.stderr.write("kubesim-exec: %s\n" % msg)
    sys.stderr.flush()


# --------------------------------------------------------------------------------------------
# Per-server state
# --------------------------------------------------------------------------------------------

class _State:
    def __init__(self):
        self.lock = threading.Lock()
        self.backends = []       # list of dicts (pod, container, paths{cpath: hostdir}, env, cwd, hostPaths)
        self.table = []          # scripted entries, newest last
        self.recordings = {}     # (ns/name, container) -> record dict
        self.history = []
        self.faults = {}         # used when server has no .faults dict
        self.tmp_root = None
        self.sandbox = None      # "bwrap" | "none" (decided lazily)
        self.sandbox_reason = ""


_STATES = {}
_STATES_LOCK = threading.Lock()


def _state(server):
    with _STATES_LOCK:
        st = getattr(server, "_kubesim_exec_state", None) if server is not None else None
        if st is None:
            st = _STATES.get(id(server))
        if st is None:
            st = _State()
            try:
                server._kubesim_exec_state = st
            except Exception:
                _STATES[id(server)] = st
        return st


def _faults_dict(server, st):
    f = getattr(server, "faults", None)
    if isinstance(f, dict):
        return f
    return {"exec": st.faults}


def _exec_faults(server, st):
    f = _faults_dict(server, st).get("exec")
    return f if isinstance(f, dict) else {}


def _pod_key(pod):
    md = pod.get("metadata") or {}
    return "%s/%s" % (md.get("namespace") or "default", md.get("name") or "")


def _pod_matches(spec_pod, spec_container, pod_key, container):
    if spec_pod not in (None, "", "*"):
        if "/" in spec_pod:
            if spec_pod != pod_key:
                return False
        elif spec_pod != pod_key.split("/", 1)[1]:
            return False
    if spec_container not in (None, "", "*") and spec_container != container:
        return False
    return True


def _take_fault(server, st, name, pod_key, container):
    """Return the fault dict `name` if it applies to this exec (decrementing its count)."""
    with st.lock:
        faults = _exec_faults(server, st)
        f = faults.get(name)
        if not isinstance(f, dict):
            return None
        if not _pod_matches(f.get("pod"), f.get("container"), pod_key, container):
            return None
        if "count" in f:
            try:
                n = int(f["count"])
            except (TypeError, ValueError):
                n = 1
            if n <= 0:
                faults.pop(name, None)
                return None
            f["count"] = n - 1
            if n - 1 <= 0:
                faults.pop(name, None)
        return dict(f)


# --------------------------------------------------------------------------------------------
# Status bodies
# --------------------------------------------------------------------------------------------

def _status_body(code, reason, message, details=None):
    b = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
         "message": message, "reason": reason, "code": code}
    if details:
        b["details"] = details
    return b


def _send_plain_status(handler, code, reason, message, details=None):
    body = json.dumps(_status_body(code, reason, message, details)).encode()
    # (kubesim.py has already read any request body; the connection is closed after this reply)
    if hasattr(handler, "status"):
        handler.status = code  # kubesim's request log prints it
    handler.send_response(code)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)
    try:
        handler.wfile.flush()
    except Exception:
        pass
    handler.close_connection = True


# --------------------------------------------------------------------------------------------
# WebSocket connection
# --------------------------------------------------------------------------------------------

class _Dropped(Exception):
    pass


def _unmask(data, key, offset):
    """XOR `data` (bytes-like) with the 4-byte `key` starting at key position `offset`.

    Returns a new bytearray. Four strided bytes.translate() passes with XOR tables run at
    ~800 MB/s on one core, about 60x faster than a per-byte loop."""
    out = bytearray(data)
    n = len(out)
    if n == 0 or key == b"\0\0\0\0":
        return out
    o = offset & 3
    k = key[o:] + key[:o]
    if n < 16:
        for i in range(n):
            out[i] ^= k[i & 3]
        return out
    for i in range(4):
        out[i::4] = out[i::4].translate(_XOR_TABLES[k[i]])
    return out


class _WS:
    """Server side of one WebSocket connection carrying k8s channel frames."""

    def __init__(self, sock, rfile, protocol, drop=None):
        self.sock = sock
        self.rfile = rfile
        self.protocol = protocol
        self.wlock = threading.Lock()
        self.close_sent = False
        self.dead = False            # connection cut or broken
        self.drop = drop             # {"bytes": N, "direction": ...} or None
        self.count_lock = threading.Lock()
        self.bytes_in = 0
        self.bytes_out = 0
        # kubectl (client-go) starts reading frames before it has registered its streams and
        # drops frames for unknown stream ids ("Unknown stream id 1, discarding message"), so a
        # reply sent right after the 101 can vanish. Hold the first server frame until the client
        # has sent a data frame (it has streams then) or FIRST_FRAME_HOLD has passed.
        self.t_open = time.monotonic()
        self.client_ready = threading.Event()
        self.released = False
        # reader side
        self._chunk = b""
        self._pos = 0
        self._events = None
        self.ended = None            # how the client stream ended, once it has

    # ---- drop fault accounting ----
    def _budget(self, direction, n):
        """How many of n bytes may pass before the drop fault cuts the connection."""
        d = self.drop
        if not d:
            return n
        dirn = d.get("direction") or "any"
        if dirn != "any" and dirn != direction:
            return n
        limit = int(d.get("bytes") or 0)
        with self.count_lock:
            used = self.bytes_in + self.bytes_out if dirn == "any" else (
                self.bytes_in if dirn == "in" else self.bytes_out)
            return max(0, min(n, limit - used))

    def cut(self):
        """Drop the connection: no status, no close frame."""
        self.dead = True
        try:  # FIN after the bytes already sent: the client sees them, then EOF without status
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    # ---- writing ----
    @staticmethod
    def _header(opcode, length):
        if length < 126:
            return bytes((0x80 | opcode, length))
        if length < 65536:
            return struct.pack("!BBH", 0x80 | opcode, 126, length)
        return struct.pack("!BBQ", 0x80 | opcode, 127, length)

    def _hold_first_frame(self):
        if not self.released:
            remaining = self.t_open + FIRST_FRAME_HOLD - time.monotonic()
            if remaining > 0:
                self.client_ready.wait(remaining)
            self.released = True

    def _sendall(self, data):
        if self.dead:
            raise _Dropped()
        if not self.released:
            self._hold_first_frame()
        try:
            self.sock.sendall(data)
        except OSError:
            self.dead = True
            raise _Dropped()

    def send_frame(self, opcode, payload):
        with self.wlock:
            self._sendall(self._header(opcode, len(payload)) + bytes(payload))

    def send_data(self, channel, data):
        """Send stdout/stderr data on `channel`, split into frames, honouring the drop fault."""
        mv = memoryview(data)
        while len(mv):
            piece = mv[:OUT_CHUNK]
            allowed = self._budget("out", len(piece))
            if allowed < len(piece):
                if allowed:
                    self._send_channel(channel, piece[:allowed])
                self.cut()
                raise _Dropped()
            self._send_channel(channel, piece)
            mv = mv[len(piece):]

    def _send_channel(self, channel, piece):
        n = len(piece)
        hdr = self._header(2, n + 1) + bytes((channel,))
        with self.wlock:
            if n <= 65536:
                self._sendall(hdr + bytes(piece))
            else:
                self._sendall(hdr)
                self._sendall(piece)
        with self.count_lock:
            self.bytes_out += n

    def send_status(self, status):
        self.send_frame(2, bytes((CH_STATUS,)) + json.dumps(status).encode())

    def send_close(self, code=1000, reason=b""):
        with self.wlock:
            if self.close_sent or self.dead:
                return
            self.close_sent = True
            payload = struct.pack("!H", code) + reason
            try:
                self._sendall(self._header(8, len(payload)) + payload)
            except _Dropped:
                pass

    # ---- reading ----
    def _read_some(self, n):
        """Return a memoryview of 1..n bytes, or None at EOF."""
        if self._pos >= len(self._chunk):
            try:
                self._chunk = self.rfile.read1(IN_READ)
            except (OSError, ValueError):
                self._chunk = b""
            self._pos = 0
            if not self._chunk:
                return None
        end = min(len(self._chunk), self._pos + n)
        mv = memoryview(self._chunk)[self._pos:end]
        self._pos = end
        return mv

    def _read_exact(self, n):
        parts = []
        while n:
            mv = self._read_some(n)
            if mv is None:
                return None
            parts.append(bytes(mv))
            n -= len(mv)
        return b"".join(parts)

    def events(self):
        """Generator of client events: ("stdin", data), ("close_stdin", None), ("resize", bytes),
        and finally ("end", "eof" | "close" | "dropped"). Answers pings and close frames."""
        channel = None          # channel of the current (possibly fragmented) data message
        first = True
        while True:
            chunk, pos = self._chunk, self._pos
            if len(chunk) - pos >= 14:  # fast path: the whole header is in the buffer
                b0, b1 = chunk[pos], chunk[pos + 1]
                length = b1 & 0x7F
                pos += 2
                if length == 126:
                    length = _U16.unpack_from(chunk, pos)[0]
                    pos += 2
                elif length == 127:
                    length = _U64.unpack_from(chunk, pos)[0]
                    pos += 8
                if b1 & 0x80:
                    key = chunk[pos:pos + 4]
                    pos += 4
                else:
                    key = b"\0\0\0\0"
                self._pos = pos
            else:
                h = self._read_exact(2)
                if h is None:
                    yield "end", "eof"
                    return
                b0, b1 = h[0], h[1]
                length = b1 & 0x7F
                ext = b""
                if length == 126:
                    ext = self._read_exact(2)
                    length = _U16.unpack(ext)[0] if ext else 0
                elif length == 127:
                    ext = self._read_exact(8)
                    length = _U64.unpack(ext)[0] if ext else 0
                key = b"\0\0\0\0"
                if b1 & 0x80 and ext is not None:
                    key = self._read_exact(4)
                if ext is None or key is None:
                    yield "end", "eof"
                    return
            fin = b0 & 0x80
            opcode = b0 & 0x0F
            if opcode >= 8:  # control frame
                payload = self._read_exact(length) if length else b""
                if payload is None:
                    yield "end", "eof"
                    return
                payload = _unmask(payload, key, 0)
                if opcode == 9:
                    try:
                        self.send_frame(10, payload)
                    except _Dropped:
                        yield "end", "eof"
                        return
                elif opcode == 8:
                    code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                    if not self.close_sent:
                        self.send_close(1000 if code in (1000, 1005) else code)
                    yield "end", "close"
                    return
                continue
            if opcode in (1, 2):
                first = True
                channel = None
                self.client_ready.set()
            # data frame (possibly continuation)
            offset = 0
            while offset < length:
                mv = self._read_some(length - offset)
                if mv is None:
                    yield "end", "eof"
                    return
                data = _unmask(mv, key, offset)
                offset += len(mv)
                if first:
                    channel = data[0]
                    data = memoryview(data)[1:]
                    first = False
                if not data:
                    continue
                if channel == CH_STDIN:
                    allowed = self._budget("in", len(data))
                    if allowed < len(data):
                        if allowed:
                            with self.count_lock:
                                self.bytes_in += allowed
                            yield "stdin", data[:allowed]
                        self.cut()
                        yield "end", "dropped"
                        return
                    with self.count_lock:
                        self.bytes_in += len(data)
                    yield "stdin", data
                elif channel == CH_CLOSE:
                    if bytes(data[:1]) == bytes((CH_STDIN,)):
                        yield "close_stdin", None
                elif channel == CH_RESIZE:
                    yield "resize", bytes(data)
            if fin and opcode in (0, 1, 2):
                first = True

    def next_event(self):
        """Next client event; ("end", how) forever once the stream has ended."""
        if self.ended is not None:
            return "end", self.ended
        if self._events is None:
            self._events = self.events()
        try:
            ev = next(self._events)
        except StopIteration:
            ev = ("end", "eof")
        except _Dropped:
            ev = ("end", "dropped")
        if ev[0] == "end":
            self.ended = ev[1]
        return ev

    def read_loop(self, on_data, on_close_stdin, on_resize):
        """Dispatch client events until the stream ends; returns how it ended."""
        while True:
            ev, val = self.next_event()
            if ev == "stdin":
                on_data(val)
            elif ev == "close_stdin":
                on_close_stdin()
            elif ev == "resize":
                on_resize(val)
            else:
                return val


# --------------------------------------------------------------------------------------------
# Environment resolution
# --------------------------------------------------------------------------------------------

_EXPAND_RE = re.compile(r"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.\-]*)\)")


def _expand_k8s(value, env):
    def rep(m):
        if m.group(0) == "$$":
            return "$"
        name = m.group(1)
        return env[name] if name in env else m.group(0)
    return _EXPAND_RE.sub(rep, value)


def _secret_value(server, ns, name, key):
    obj = _store_get(server, "", "secrets", ns, name)
    if obj is None:
        return None
    sd = obj.get("stringData") or {}
    if key in sd:
        return str(sd[key])
    d = obj.get("data") or {}
    if key in d:
        try:
            return base64.b64decode(d[key]).decode("utf-8", "replace")
        except Exception:
            return str(d[key])
    return None


def _secret_items(obj):
    items = {}
    for k, v in (obj.get("data") or {}).items():
        try:
            items[k] = base64.b64decode(v).decode("utf-8", "replace")
        except Exception:
            items[k] = str(v)
    for k, v in (obj.get("stringData") or {}).items():
        items[k] = str(v)
    return items


def _configmap_items(obj):
    items = {}
    for k, v in (obj.get("binaryData") or {}).items():
        try:
            items[k] = base64.b64decode(v).decode("utf-8", "replace")
        except Exception:
            pass
    for k, v in (obj.get("data") or {}).items():
        items[k] = str(v)
    return items


def _store_get(server, group, plural, ns, name):
    fn = getattr(server, "store_get", None)
    if fn is None:
        return None
    try:
        return fn(group, plural, ns, name)
    except Exception as e:  # a store error must not kill the exec
        _log("store_get(%r, %r, %r, %r) failed: %s" % (group, plural, ns, name, e))
        return None


def _field_ref(pod, path):
    md = pod.get("metadata") or {}
    spec = pod.get("spec") or {}
    status = pod.get("status") or {}
    simple = {
        "metadata.name": md.get("name"), "metadata.namespace": md.get("namespace"),
        "metadata.uid": md.get("uid"), "spec.nodeName": spec.get("nodeName"),
        "spec.serviceAccountName": spec.get("serviceAccountName"),
        "status.podIP": status.get("podIP"), "status.hostIP": status.get("hostIP"),
    }
    if path in simple:
        return simple[path] or ""
    m = re.match(r"metadata\.(labels|annotations)\['(.+)'\]$", path)
    if m:
        return (md.get(m.group(1)) or {}).get(m.group(2), "")
    return ""


def find_container(pod, name):
    spec = pod.get("spec") or {}
    for key in ("containers", "initContainers", "ephemeralContainers"):
        for c in spec.get(key) or []:
            if c.get("name") == name:
                return c
    return None


def container_names(pod):
    spec = pod.get("spec") or {}
    return [c.get("name") for key in ("containers", "initContainers", "ephemeralContainers")
            for c in spec.get(key) or []]


def resolve_env(pod, container, server):
    """Environment of `container` per its spec (without HOME/PATH defaults)."""
    ns = (pod.get("metadata") or {}).get("namespace") or "default"
    c = find_container(pod, container) or {}
    env = {}
    for src in c.get("envFrom") or []:
        prefix = src.get("prefix") or ""
        if "configMapRef" in src:
            ref = src["configMapRef"] or {}
            obj = _store_get(server, "", "configmaps", ns, ref.get("name"))
            if obj is None:
                if not ref.get("optional"):
                    _log("envFrom: configmap %s/%s not found" % (ns, ref.get("name")))
                continue
            for k, v in _configmap_items(obj).items():
                env[prefix + k] = v
        elif "secretRef" in src:
            ref = src["secretRef"] or {}
            obj = _store_get(server, "", "secrets", ns, ref.get("name"))
            if obj is None:
                if not ref.get("optional"):
                    _log("envFrom: secret %s/%s not found" % (ns, ref.get("name")))
                continue
            for k, v in _secret_items(obj).items():
                env[prefix + k] = v
    for e in c.get("env") or []:
        name = e.get("name")
        if not name:
            continue
        if "valueFrom" in e and e["valueFrom"]:
            vf = e["valueFrom"]
            val = None
            if "secretKeyRef" in vf:
                ref = vf["secretKeyRef"] or {}
                val = _secret_value(server, ns, ref.get("name"), ref.get("key"))
                if val is None and not ref.get("optional"):
                    _log("env %s: secret %s/%s key %s not found" % (name, ns, ref.get("name"), ref.get("key")))
            elif "configMapKeyRef" in vf:
                ref = vf["configMapKeyRef"] or {}
                obj = _store_get(server, "", "configmaps", ns, ref.get("name"))
                if obj is not None:
                    val = _configmap_items(obj).get(ref.get("key"))
                if val is None and not ref.get("optional"):
                    _log("env %s: configmap %s/%s key %s not found" % (name, ns, ref.get("name"), ref.get("key")))
            elif "fieldRef" in vf:
                val = _field_ref(pod, (vf["fieldRef"] or {}).get("fieldPath", ""))
            elif "resourceFieldRef" in vf:
                val = "0"
            if val is not None:
                env[name] = val
        else:
            env[name] = _expand_k8s(str(e.get("value", "")), env)
    return env


# --------------------------------------------------------------------------------------------
# Sandbox
# --------------------------------------------------------------------------------------------

_RO_TOP = ("usr", "etc", "var", "opt", "srv", "sys", "bin", "sbin", "lib", "lib32", "lib64", "libx32")
_TMPFS_TOP = ("tmp", "run", "root", "home")


def _check_bwrap(st):
    if st.sandbox is not None:
        return
    bw = shutil.which("bwrap")
    if os.environ.get("KUBESIM_EXEC_SANDBOX") == "none":
        st.sandbox, st.sandbox_reason = "none", "KUBESIM_EXEC_SANDBOX=none"
    elif not bw:
        st.sandbox, st.sandbox_reason = "none", "bwrap not found in PATH"
    else:
        try:
            r = subprocess.run([bw, "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev",
                                "--unshare-pid", "--unshare-uts", "--die-with-parent", "true"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, timeout=20)
            if r.returncode == 0:
                st.sandbox, st.sandbox_reason = "bwrap", "bubblewrap namespaces work"
            else:
                st.sandbox = "none"
                st.sandbox_reason = "bwrap cannot create namespaces: " + r.stderr.decode(errors="replace").strip()
        except Exception as e:
            st.sandbox, st.sandbox_reason = "none", "bwrap failed: %s" % e
    if st.sandbox != "bwrap":
        _log("WARNING: host-backed exec runs WITHOUT a sandbox (%s): commands run directly on the "
             "host with the pod's env and cwd; container paths are NOT mapped" % st.sandbox_reason)


def _host_resolve(cpath):
    """Container mount point for `cpath`, following host symlinks in its ancestors."""
    cpath = os.path.normpath(cpath)
    parent = os.path.realpath(os.path.dirname(cpath))
    return os.path.join(parent, os.path.basename(cpath))


def _bwrap_argv(backend, hostname, cwd, tty):
    maps = {}
    for cp, hp in backend["paths"].items():
        maps[_host_resolve(cp)] = hp
    extra = [os.path.normpath(p) for p in backend.get("hostPaths") or []]
    args = ["bwrap", "--die-with-parent", "--unshare-pid", "--unshare-ipc", "--unshare-uts",
            "--hostname", hostname]
    if not tty:
        args.append("--new-session")

    def under(p):  # mapped mount points strictly below p
        return [m for m in maps if m.startswith(p.rstrip("/") + "/")]

    def emit_dir(path):
        """Replicate host dir `path` read-only, splitting around mapped mount points."""
        args.extend(["--dir", path])
        try:
            names = sorted(os.listdir(path))
        except OSError:
            return
        for name in names:
            child = os.path.join(path, name)
            if child in maps:
                continue
            if os.path.islink(child):
                args.extend(["--symlink", os.readlink(child), child])
            elif os.path.isdir(child) and under(child):
                emit_dir(child)
            else:
                args.extend(["--ro-bind-try", child, child])

    for name in sorted(os.listdir("/")):
        top = "/" + name
        if name in ("proc", "dev"):
            continue
        if name in _TMPFS_TOP:
            args.extend(["--tmpfs", top])
            continue
        if top in maps or name not in _RO_TOP:
            continue
        if os.path.islink(top):
            args.extend(["--symlink", os.readlink(top), top])
        elif under(top):
            emit_dir(top)
        else:
            args.extend(["--ro-bind", top, top])
    args.extend(["--proc", "/proc", "--dev", "/dev"])
    if os.path.isdir("/var/tmp") and "/var/tmp" not in maps:
        args.extend(["--tmpfs", "/var/tmp"])
    for p in extra:
        if os.path.exists(p):
            args.extend(["--ro-bind", p, p])
    for mp in sorted(maps, key=lambda p: (p.count("/"), p)):
        args.extend(["--bind", maps[mp], mp])
    args.extend(["--chdir", cwd])
    args.append("--")
    return args


def _container_to_host(backend, cpath):
    """Host path where container path `cpath` can be inspected (for PATH lookup)."""
    cpath = os.path.normpath(cpath)
    best = None
    for cp, hp in backend["paths"].items():
        for c in (os.path.normpath(cp), _host_resolve(cp)):
            if cpath == c or cpath.startswith(c.rstrip("/") + "/"):
                if best is None or len(c) > len(best[0]):
                    best = (c, hp)
    if best:
        return best[1] + cpath[len(best[0]):]
    top = cpath.strip("/").split("/", 1)[0]
    if top in _TMPFS_TOP and not any(cpath.startswith(p) for p in backend.get("hostPaths") or []):
        return None
    return cpath


def _which(backend, argv0, path_env, sandboxed):
    """(host_path or None, errno-ish reason) for the executable argv0 inside the container."""
    cands = [argv0] if "/" in argv0 else [os.path.join(d or ".", argv0) for d in path_env.split(":")]
    found_noexec = False
    for c in cands:
        h = _container_to_host(backend, c) if sandboxed else c
        if h and os.path.isfile(h):
            if os.access(h, os.X_OK):
                return h, None
            found_noexec = True
    return None, ("permission denied" if found_noexec else "not found")


# --------------------------------------------------------------------------------------------
# Stdin plumbing for scripted commands
# --------------------------------------------------------------------------------------------

class _Recorder:
    def __init__(self, command):
        self.sha = hashlib.sha256()
        self.n = 0
        self.keep = bytearray()
        self.truncated = False
        self.command = command

    def add(self, data):
        self.sha.update(data)
        self.n += len(data)
        room = RECORD_CAP - len(self.keep)
        if room > 0:
            self.keep += data[:room]
        if len(data) > room:
            self.truncated = True

    def as_dict(self):
        d = {"bytes": self.n, "sha256": self.sha.hexdigest(),
             "dataBase64": base64.b64encode(bytes(self.keep)).decode(),
             "truncated": self.truncated, "command": self.command}
        try:
            d["text"] = bytes(self.keep).decode("utf-8")
        except UnicodeDecodeError:
            d["text"] = None
        return d


class _StdinStream:
    """Stdin of a scripted command, pulled straight from the WebSocket by the command's thread
    (no extra thread or queue: the socket is read only as fast as the command consumes)."""

    def __init__(self, ws, recorder):
        self.ws = ws
        self.eof = False
        self.buf = b""
        self.rec = recorder

    def read(self):
        """Next chunk of stdin (bytes-like), b'' at EOF."""
        if self.buf:
            b, self.buf = self.buf, b""
            return b
        while not self.eof:
            ev, val = self.ws.next_event()
            if ev == "stdin":
                if self.rec is not None:
                    self.rec.add(val)
                return val
            if ev in ("close_stdin", "end"):
                self.eof = True
        return b""

    def read_all(self, limit=None):
        parts = []
        n = 0
        while True:
            b = self.read()
            if not b:
                break
            parts.append(b)
            n += len(b)
            if limit is not None and n > limit:
                break
        return b"".join(parts)

    def drain(self):
        while self.read():
            pass


class _NullStdin:
    def read(self):
        return b""

    def read_all(self, limit=None):
        return b""

    def drain(self):
        pass


# --------------------------------------------------------------------------------------------
# Scripted commands
# --------------------------------------------------------------------------------------------

class _ExitShell(Exception):
    def __init__(self, code):
        self.code = code


class _Ctx:
    def __init__(self, ws, stdin, env, pod_key, container, want_out, want_err, tty):
        self.ws = ws
        self.stdin = stdin
        self.env = env
        self.pod_key = pod_key
        self.container = container
        self.want_out = want_out
        self.want_err = want_err
        self.tty = tty

    def out(self, data, fd=1):
        if isinstance(data, str):
            data = data.encode()
        if not data or fd is None:
            return
        if fd == 2 and not self.tty:
            if self.want_err:
                self.ws.send_data(CH_STDERR, data)
        elif self.want_out:
            self.ws.send_data(CH_STDOUT, data)

    def err(self, data):
        self.out(data, 2)


def _oci_not_found(cmd, reason):
    if reason == "permission denied":
        return ('OCI runtime exec failed: exec failed: unable to start container process: exec: '
                '"%s": permission denied: unknown\r\n' % cmd, 126)
    return ('OCI runtime exec failed: exec failed: unable to start container process: exec: '
            '"%s": executable file not found in $PATH: unknown\r\n' % cmd, 127)


_SHELLS = ("sh", "bash", "ash", "dash", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/dash",
           "/usr/bin/sh", "/usr/bin/bash")


def _parse_size(s):
    m = re.match(r"^(\d+)([KMGkmg]?)(i?B?)?$", s)
    if not m:
        raise ValueError(s)
    mult = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[m.group(2).lower()]
    if m.group(3) == "B":
        mult = {"": 1, "k": 1000, "m": 1000 ** 2, "g": 1000 ** 3}[m.group(2).lower()]
    return int(m.group(1)) * mult


def _builtin(ctx, argv, fds, shell):
    """Run a scripted command. Returns its exit code, or None if unknown.

    `fds` maps 1/2 to 1, 2 or None (/dev/null); `shell` is True inside `sh -c`."""
    name = os.path.basename(argv[0])

    def out(d):
        ctx.out(d, fds[1])

    def err(d):
        ctx.out(d, fds[2])

    args = argv[1:]
    if name == "true" or name == ":":
        return 0
    if name == "false":
        return 1
    if name == "echo":
        nl = True
        while args and args[0] in ("-n", "-e", "-E"):
            if args[0] == "-n":
                nl = False
            args = args[1:]
        out(" ".join(args) + ("\n" if nl else ""))
        return 0
    if name == "printf":
        if not args:
            err("printf: usage: printf format [arguments]\n")
            return 2
        fmt = args[0].replace("\\n", "\n").replace("\\t", "\t")
        rest = args[1:]
        try:
            out(fmt.replace("%s", "{}").format(*rest) if "%s" in fmt else fmt)
        except IndexError:
            out(fmt.replace("%s", ""))
        return 0
    if name in ("cat", "tee"):
        files = [a for a in args if a != "-"]
        if name == "cat" and files:
            for f in files:
                if f == "/dev/null":
                    continue
                err("cat: %s: No such file or directory\n" % f)
                return 1
            return 0
        while True:
            b = ctx.stdin.read()
            if not b:
                return 0
            out(b)
    if name == "head":
        if len(args) >= 2 and args[0] == "-c":
            try:
                n = _parse_size(args[1])
            except ValueError:
                err("head: invalid number of bytes: '%s'\n" % args[1])
                return 1
            src = args[2] if len(args) > 2 else "-"
            if src in ("/dev/zero", "/dev/urandom"):
                block = bytes(OUT_CHUNK)
                while n > 0:
                    k = min(n, OUT_CHUNK)
                    out(block[:k] if src == "/dev/zero" else os.urandom(k))
                    n -= k
                return 0
            if src == "-":
                while n > 0:
                    b = ctx.stdin.read()
                    if not b:
                        break
                    if len(b) > n:
                        ctx.stdin.buf = b[n:]
                        b = b[:n]
                    out(b)
                    n -= len(b)
                return 0
            err("head: cannot open '%s' for reading: No such file or directory\n" % src)
            return 1
        return None
    if name in ("sha256sum", "md5sum", "sha1sum") and (not args or args == ["-"]):
        h = hashlib.new(name[:-3])
        while True:
            b = ctx.stdin.read()
            if not b:
                break
            h.update(b)
        out("%s  -\n" % h.hexdigest())
        return 0
    if name == "wc" and args == ["-c"]:
        n = 0
        while True:
            b = ctx.stdin.read()
            if not b:
                break
            n += len(b)
        out("%d\n" % n)
        return 0
    if name == "env" and not args:
        out("".join("%s=%s\n" % kv for kv in ctx.env.items()))
        return 0
    if name == "printenv":
        if not args:
            out("".join("%s=%s\n" % kv for kv in ctx.env.items()))
            return 0
        rc = 0
        for a in args:
            if a in ctx.env:
                out(ctx.env[a] + "\n")
            else:
                rc = 1
        return rc
    if name == "hostname":
        out(ctx.pod_key.split("/", 1)[1] + "\n")
        return 0
    if name == "pwd":
        out("/\n")
        return 0
    if name == "id":
        out("uid=0(root) gid=0(root) groups=0(root)\n")
        return 0
    if name == "uname":
        out("Linux\n" if not args else "Linux %s 6.1.0 #1 SMP x86_64 GNU/Linux\n" % ctx.pod_key.split("/", 1)[1])
        return 0
    if name in ("test", "["):
        a = list(args)
        if name == "[":
            if not a or a[-1] != "]":
                err("sh: 1: [: missing ]\n")
                return 2
            a = a[:-1]
        neg = bool(a) and a[0] == "!"
        if neg:
            a = a[1:]
        try:
            if not a:
                r = False
            elif len(a) == 1:
                r = a[0] != ""
            elif len(a) == 2:
                # no filesystem in a scripted pod: only / and /dev/null exist
                r = {"-n": a[1] != "", "-z": a[1] == "", "-d": a[1] == "/", "-e": a[1] in ("/", "/dev/null"),
                     "-f": False, "-s": False, "-x": False, "-r": a[1] in ("/", "/dev/null")}[a[0]]
            elif len(a) == 3:
                x, op, y = a
                ops = {"=": x == y, "==": x == y, "!=": x != y}
                if op in ops:
                    r = ops[op]
                else:
                    xi, yi = int(x), int(y)
                    r = {"-eq": xi == yi, "-ne": xi != yi, "-lt": xi < yi, "-le": xi <= yi,
                         "-gt": xi > yi, "-ge": xi >= yi}[op]
            else:
                raise KeyError(a[0])
        except (KeyError, ValueError):
            err("sh: 1: test: unsupported expression in a scripted pod: %s\n" % " ".join(args))
            return 2
        return 0 if r != neg else 1
    if name == "sleep" and len(args) == 1:
        try:
            time.sleep(min(float(args[0].rstrip("s")), 30.0))
        except ValueError:
            err("sleep: invalid time interval '%s'\n" % args[0])
            return 1
        return 0
    if name in _SHELLS or argv[0] in _SHELLS:
        if args and args[0] == "-c" and len(args) >= 2:
            return _run_script(ctx, args[1], args[2:], fds)
        if not args:
            script = ctx.stdin.read_all(limit=1 << 20).decode("utf-8", "replace")
            return _run_script(ctx, script, [], fds)
        return None
    return None


# ---- a very small POSIX-ish shell for scripted pods ----

_OPS = ("&&", "||", ";;", ";", "|", "&", "\n")


def _lex(script):
    """Tokens: ('w', [(text, quoted, is_var)]) words, ('op', op), ('redir', (fd, target_word|'&N', append))."""
    toks = []
    i, n = 0, len(script)
    word = None

    def flush():
        nonlocal word
        if word is not None:
            toks.append(("w", word))
            word = None

    def read_var(i, quoted):
        # at script[i] == '$'
        if i + 1 < n and script[i + 1] == "{":
            j = script.find("}", i + 2)
            if j < 0:
                raise ValueError("bad substitution")
            inner = script[i + 2:j]
            return j + 1, (inner, quoted, True)
        if i + 1 < n and script[i + 1] == "(":
            raise ValueError("command substitution $(...) is not supported")
        m = re.match(r"[A-Za-z_][A-Za-z0-9_]*|[0-9?$#@*!]", script[i + 1:])
        if not m:
            return i + 1, ("$", quoted, False)
        return i + 1 + len(m.group(0)), (m.group(0), quoted, True)

    while i < n:
        ch = script[i]
        if ch == "#" and word is None:
            while i < n and script[i] != "\n":
                i += 1
            continue
        if ch in " \t":
            flush()
            i += 1
            continue
        if ch == "\\" and i + 1 < n:
            if script[i + 1] == "\n":
                i += 2
                continue
            word = (word or []) + [(script[i + 1], True, False)]
            i += 2
            continue
        if ch == "'":
            j = script.find("'", i + 1)
            if j < 0:
                raise ValueError("Syntax error: Unterminated quoted string")
            word = (word or []) + [(script[i + 1:j], True, False)]
            i = j + 1
            continue
        if ch == '"':
            i += 1
            parts = word or []
            buf = ""
            while True:
                if i >= n:
                    raise ValueError("Syntax error: Unterminated quoted string")
                c = script[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n and script[i + 1] in '"\\$`\n':
                    buf += script[i + 1]
                    i += 2
                    continue
                if c == "$":
                    if buf:
                        parts.append((buf, True, False))
                        buf = ""
                    i, part = read_var(i, True)
                    parts.append(part)
                    continue
                if c == "`":
                    raise ValueError("command substitution `...` is not supported")
                buf += c
                i += 1
            parts.append((buf, True, False))
            word = parts
            continue
        if ch == "$":
            i, part = read_var(i, False)
            word = (word or []) + [part]
            continue
        if ch == "`":
            raise ValueError("command substitution `...` is not supported")
        # redirections: [n]> [n]>> [n]>&m <
        m = None
        if word is None:
            m = re.match(r"(\d?)(>>|>&|>|<)", script[i:])
        elif ch in "<>":
            m = re.match(r"()(>>|>&|>|<)", script[i:])
        if m and (m.group(1) or ch in "<>"):
            flush()
            fd = int(m.group(1)) if m.group(1) else (0 if m.group(2) == "<" else 1)
            op = m.group(2)
            i += len(m.group(0))
            while i < n and script[i] in " \t":
                i += 1
            if op == ">&":
                m2 = re.match(r"(\d|-)", script[i:])
                if not m2:
                    raise ValueError("Syntax error: bad fd number")
                toks.append(("redir", (fd, "&" + m2.group(1), False)))
                i += 1
                continue
            # target word
            j = i
            while j < n and script[j] not in " \t;&|\n<>":
                j += 1
            target = script[i:j].strip("'\"")
            if not target:
                raise ValueError('Syntax error: newline unexpected')
            toks.append(("redir", (fd, target, op == ">>") if op != "<" else (0, target, False)))
            i = j
            continue
        op = next((o for o in _OPS if script.startswith(o, i)), None)
        if op:
            flush()
            toks.append(("op", op))
            i += len(op)
            continue
        word = (word or []) + [(ch, False, False)]
        i += 1
    flush()
    return toks


def _run_script(ctx, script, positional, fds):
    """Interpret `script` (sh -c). Supports simple commands, ; && ||, redirects to /dev/null or
    between 1 and 2, VAR=x, export, $VAR/${VAR}/$?, exit, and the builtins of _builtin."""
    shell_vars = dict(ctx.env)
    status = 0
    try:
        toks = _lex(script)
    except ValueError as e:
        ctx.out("sh: 1: %s\n" % e, fds[2])
        return 2

    def expand(word):
        s = ""
        only_unquoted_vars = True
        for text, quoted, is_var in word:
            if is_var:
                if text == "?":
                    v = str(status)
                elif text == "$":
                    v = "1"
                elif text == "#":
                    v = str(len(positional) - 1 if positional else 0)
                elif text.isdigit():
                    k = int(text)
                    v = positional[k] if k < len(positional) else ""
                else:
                    v = shell_vars.get(text.split(":-")[0], "")
                    if not v and ":-" in text:
                        v = text.split(":-", 1)[1]
                s += v
                if quoted:
                    only_unquoted_vars = False
            else:
                s += text
                only_unquoted_vars = False
        if only_unquoted_vars and s == "":
            return None
        return s

    # split into commands by operators
    cmds = []          # (words, redirs, op_before)
    cur_w, cur_r, op_before = [], [], None
    for kind, val in toks:
        if kind == "op":
            if val in ("|", "&", ";;"):
                ctx.out("sh: 1: kubesim exec table: '%s' is not supported in scripted pods\n" % val, fds[2])
                return 2
            if cur_w or cur_r:
                cmds.append((cur_w, cur_r, op_before))
            elif val in ("&&", "||"):
                ctx.out("sh: 1: Syntax error: \"%s\" unexpected\n" % val, fds[2])
                return 2
            cur_w, cur_r = [], []
            op_before = val if val in ("&&", "||") else None
        elif kind == "w":
            cur_w.append(val)
        else:
            cur_r.append(val)
    if cur_w or cur_r:
        cmds.append((cur_w, cur_r, op_before))

    try:
        for words, redirs, op in cmds:
            if op == "&&" and status != 0:
                continue
            if op == "||" and status == 0:
                continue
            argv = [a for a in (expand(w) for w in words) if a is not None]
            cfds = dict(fds)
            bad = None
            for fd, target, _append in redirs:
                if fd == 0:
                    if target != "/dev/null":
                        bad = "sh: 1: cannot open %s: No such file" % target
                    continue
                if target.startswith("&"):
                    t = target[1:]
                    cfds[fd] = None if t == "-" else cfds.get(int(t), None)
                elif target == "/dev/null":
                    cfds[fd] = None
                elif target in ("/dev/stdout", "/proc/self/fd/1"):
                    cfds[fd] = fds[1]
                elif target in ("/dev/stderr", "/proc/self/fd/2"):
                    cfds[fd] = fds[2]
                else:
                    bad = "sh: 1: cannot create %s: Read-only file system" % target
            if bad:
                ctx.out(bad + "\n", fds[2])
                status = 2
                continue
            while argv and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", argv[0]):
                k, v = argv[0].split("=", 1)
                shell_vars[k] = v
                argv = argv[1:]
            if not argv:
                status = 0
                continue
            name = argv[0]
            if name == "exit":
                try:
                    raise _ExitShell(int(argv[1]) & 0xFF if len(argv) > 1 else status)
                except ValueError:
                    ctx.out("sh: 1: exit: Illegal number: %s\n" % argv[1], cfds[2])
                    raise _ExitShell(2)
            if name == "export":
                for a in argv[1:]:
                    if "=" in a:
                        k, v = a.split("=", 1)
                        shell_vars[k] = v
                status = 0
                continue
            if name in ("cd", "set", "umask", "unset"):
                status = 0
                continue
            sub = _Ctx(ctx.ws, ctx.stdin, shell_vars, ctx.pod_key, ctx.container,
                       ctx.want_out, ctx.want_err, ctx.tty)
            rc = _lookup_table(sub, argv, cfds)
            if rc is None:
                rc = _builtin(sub, argv, cfds, True)
            if rc is None:
                ctx.out("sh: 1: %s: not found\n" % name, cfds[2])
                rc = 127
            status = rc
    except _ExitShell as e:
        return e.code
    return status


# ---- table lookup ----

_STATE_FOR_CTX = threading.local()


def _entry_matches(e, argv, pod_key, container):
    if not _pod_matches(e.get("pod"), e.get("container"), pod_key, container):
        return False
    if "command" in e:
        return list(e["command"]) == argv
    if "commandPrefix" in e:
        p = list(e["commandPrefix"])
        return argv[:len(p)] == p
    if "script" in e:
        return len(argv) >= 3 and argv[0] in _SHELLS and argv[1] == "-c" and argv[2] == e["script"]
    return False


def _pod_specific_entry(st, argv, pod_key, container):
    with st.lock:
        return any(e.get("pod") not in (None, "", "*") and _entry_matches(e, argv, pod_key, container)
                   for e in st.table)


def _lookup_table(ctx, argv, fds):
    st = getattr(_STATE_FOR_CTX, "st", None)
    if st is None:
        return None
    with st.lock:
        cands = [e for e in reversed(st.table) if _entry_matches(e, argv, ctx.pod_key, ctx.container)]
    if not cands:
        return None
    # most specific first: pod+container, pod, wildcard
    def rank(e):
        return (0 if e.get("container") not in (None, "", "*") else 1) + \
               (0 if e.get("pod") not in (None, "", "*") else 2)
    e = sorted(cands, key=rank)[0]
    ctx.stdin.drain()
    if "stdoutFile" in e:
        with open(e["stdoutFile"], "rb") as f:
            while True:
                b = f.read(OUT_CHUNK)
                if not b:
                    break
                ctx.out(b, fds[1])
    elif "stdoutBase64" in e:
        ctx.out(base64.b64decode(e["stdoutBase64"]), fds[1])
    elif "stdout" in e:
        ctx.out(str(e["stdout"]), fds[1])
    if e.get("stderr"):
        ctx.out(str(e["stderr"]), fds[2])
    return int(e.get("exitCode", 0))


# --------------------------------------------------------------------------------------------
# Exec entry point
# --------------------------------------------------------------------------------------------

def _find_backend(st, pod_key, container):
    with st.lock:
        for b in reversed(st.backends):
            if b["pod"] == pod_key and b.get("container") in (None, "", "*", container):
                return b
    return None


def _status_for_exit(code):
    if code == 0:
        return {"metadata": {}, "status": "Success"}
    return {"metadata": {}, "status": "Failure",
            "message": "command terminated with non-zero exit code: error executing command "
                       "[...], exit code %d" % code,
            "reason": "NonZeroExitCode",
            "details": {"causes": [{"reason": "ExitCode", "message": str(code)}]}}


def _internal_error(message):
    return {"metadata": {}, "status": "Failure", "message": message, "reason": "InternalError",
            "details": {"causes": [{"message": message}]}, "code": 500}


def handle_exec(handler, pod, container, command, stdin, stdout, stderr, tty, server):
    st = _state(server)
    pod_key = _pod_key(pod)
    hdr = handler.headers
    handler.close_connection = True
    upgrade = (hdr.get("Upgrade") or "").strip()
    offered = [p.strip() for v in (hdr.get_all("Sec-WebSocket-Protocol") or []) for p in v.split(",") if p.strip()]
    key = (hdr.get("Sec-WebSocket-Key") or "").strip()
    pod_name = pod_key.split("/", 1)[1]

    # container check (as kube-apiserver does before proxying)
    names = container_names(pod)
    if not container:
        if len(names) == 1:
            container = names[0]
        else:
            _send_plain_status(handler, 400, "BadRequest",
                               "a container name must be specified for pod %s, choose one of: [%s]"
                               % (pod_name, " ".join(names)))
            return
    elif names and container not in names:
        _send_plain_status(handler, 400, "BadRequest",
                           "container %s is not valid for pod %s" % (container, pod_name))
        return

    # a container that is not running cannot be exec'd into; kubelet answers the upgrade with a
    # plain-text 404, which kubectl prints as "unable to upgrade connection: container not found"
    status = pod.get("status") or {}
    cstate = next((cs.get("state") or {} for key in ("containerStatuses", "initContainerStatuses",
                                                       "ephemeralContainerStatuses")
                   for cs in status.get(key) or [] if cs.get("name") == container), None)
    if status.get("phase") == "Pending" or (cstate and "running" not in cstate):
        _log("exec %s/%s refused: container not running (phase %s, state %s)"
             % (pod_key, container, status.get("phase"), sorted(cstate or {})))
        body = ('container not found ("%s")' % container).encode()
        if hasattr(handler, "status"):
            handler.status = 404
        handler.send_response(404)
        handler.send_header("Content-Type", "text/plain; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(body)
        return

    with st.lock:
        f = _exec_faults(server, st).get("fail")
        http_fail = isinstance(f, dict) and f.get("mode") == "http"
    if http_fail:
        fail = _take_fault(server, st, "fail", pod_key, container)
        if fail:  # refuse the upgrade itself (also kubectl's SPDY retry)
            code = int(fail.get("code") or 500)
            reasons = {400: "BadRequest", 403: "Forbidden", 404: "NotFound", 500: "InternalError",
                       503: "ServiceUnavailable"}
            _log("exec %s/%s: fault fail(http %d)" % (pod_key, container, code))
            _send_plain_status(handler, code, reasons.get(code, "InternalError"),
                               fail.get("message") or "kubesim: injected exec failure")
            return

    if upgrade.lower() != "websocket":
        extra = ""
        if upgrade:
            extra = " (this request asked for Upgrade: %s%s)" % (
                upgrade, ", X-Stream-Protocol-Version: " + ", ".join(hdr.get_all("X-Stream-Protocol-Version") or [])
                if hdr.get("X-Stream-Protocol-Version") else "")
        _log("exec %s/%s %s refused: not a WebSocket upgrade%s" % (pod_key, container, command, extra))
        _send_plain_status(handler, 400, "BadRequest",
                           "kubesim: exec needs a WebSocket upgrade offering v5.channel.k8s.io; SPDY "
                           "is not implemented by this test server%s: use kubectl >= 1.30" % extra)
        return
    proto = next((p for p in SUPPORTED_PROTOCOLS if p in offered), None)
    if proto is None or not key:
        why = ("no Sec-WebSocket-Key" if not key else
               "offered subprotocols %s, supported: %s" % (offered or "none", ", ".join(SUPPORTED_PROTOCOLS)))
        _log("exec %s/%s refused: %s" % (pod_key, container, why))
        _send_plain_status(handler, 400, "BadRequest", "kubesim: cannot upgrade exec connection: " + why)
        return

    fail = _take_fault(server, st, "fail", pod_key, container)
    drop = _take_fault(server, st, "dropAfterBytes", pod_key, container)
    accept = base64.b64encode(hashlib.sha1(key.encode() + WS_GUID).digest()).decode()
    handler.send_response(101, "Switching Protocols")
    handler.send_header("Upgrade", "websocket")
    handler.send_header("Connection", "Upgrade")
    handler.send_header("Sec-WebSocket-Accept", accept)
    handler.send_header("Sec-WebSocket-Protocol", proto)
    handler.end_headers()
    try:
        handler.wfile.flush()
    except Exception:
        pass

    sock = handler.connection
    try:
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass
    ws = _WS(sock, handler.rfile, proto, drop)
    rec = {"pod": pod_key, "container": container, "command": list(command), "mode": None,
           "exitCode": None, "bytesIn": 0, "bytesOut": 0, "start": time.time()}
    t0 = time.time()
    try:
        if fail:
            rec["mode"] = "fault"
            msg = fail.get("message") or "kubesim: injected exec failure"
            _log("exec %s/%s %s: fault fail(status): %s" % (pod_key, container, command, msg))
            ws.send_status(_internal_error(msg))
            rec["exitCode"] = -1
        else:
            backend = _find_backend(st, pod_key, container)
            env = resolve_env(pod, container, server)
            if backend is not None and _pod_specific_entry(st, list(command), pod_key, container):
                backend = None  # a table entry naming this pod overrides the real command
            if backend is not None:
                rec["mode"] = "host"
                code = _run_host(ws, st, backend, pod, pod_key, container, command, env,
                                 stdin, stdout, stderr, tty)
            else:
                rec["mode"] = "table"
                code = _run_scripted(ws, st, pod_key, container, command, env, stdin, stdout,
                                     stderr, tty)
            rec["exitCode"] = code
            if code is not None:
                ws.send_status(_status_for_exit(code))
        ws.send_close(1000)
        _finish(ws)
    except _Dropped:
        rec["dropped"] = True
        _log("exec %s/%s %s: connection dropped (in=%d out=%d)" % (pod_key, container, command,
                                                                  ws.bytes_in, ws.bytes_out))
    except Exception as e:  # never let kubesim answer HTTP on an upgraded connection
        import traceback
        traceback.print_exc()
        rec["error"] = repr(e)
        try:
            ws.send_status(_internal_error("kubesim exec: %s" % e))
            ws.send_close(1011)
        except Exception:
            pass
    finally:
        ws.dead = True
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        rec["bytesIn"], rec["bytesOut"] = ws.bytes_in, ws.bytes_out
        dt = time.time() - t0
        rec["seconds"] = round(dt, 3)
        with st.lock:
            st.history.append(rec)
            del st.history[:-HISTORY_LEN]
        line = "exec %s/%s %s mode=%s rc=%s in=%d out=%d %.2fs%s" % (
            pod_key, container, json.dumps(command)[:200], rec["mode"], rec["exitCode"],
            ws.bytes_in, ws.bytes_out, dt, " DROPPED" if rec.get("dropped") else "")
        server_log = getattr(getattr(handler, "server", None), "log", None)
        if callable(server_log):  # kubesim's request log (timestamps, --quiet)
            server_log("kubesim-exec: " + line)
        else:
            _log(line)
        handler.close_connection = True


def _finish(ws):
    """After our close frame: wait (bounded) for the client's close answer or EOF."""
    t = getattr(ws, "reader_thread", None)
    if t is not None:
        t.join(10.0)
        return
    try:
        ws.sock.settimeout(10.0)
        ws.read_loop(lambda d: None, lambda: None, lambda d: None)
    except Exception:
        pass


def _start_reader(ws, on_data, on_close_stdin, on_resize, on_end):
    def run():
        try:
            how = ws.read_loop(on_data, on_close_stdin, on_resize)
        except Exception as e:  # protocol error
            _log("exec reader error: %r" % (e,))
            how = "error"
        on_end(how)
    t = threading.Thread(target=run, name="kubesim-exec-reader", daemon=True)
    ws.reader_thread = t
    t.start()
    return t


def _run_scripted(ws, st, pod_key, container, command, env, want_in, want_out, want_err, tty):
    """Run a table entry or builtin in this thread; stdin is pulled from the socket on demand."""
    if want_in:
        recorder = _Recorder(list(command))
        with st.lock:
            st.recordings[(pod_key, container)] = recorder
            st.recordings[(pod_key, None)] = recorder
        stream = _StdinStream(ws, recorder)
    else:
        # nothing to pull: a reader thread answers kubectl's pings (every 5 s; it gives up after
        # ~60 s without a pong) and notices the client going away
        stream = _NullStdin()
        _start_reader(ws, lambda d: None, lambda: None, lambda d: None, lambda how: None)
    env = dict(env)
    env.setdefault("HOSTNAME", pod_key.split("/", 1)[1])
    env.setdefault("HOME", "/root")
    env.setdefault("PATH", DEFAULT_PATH)
    ctx = _Ctx(ws, stream, env, pod_key, container, want_out, want_err, tty)
    _STATE_FOR_CTX.st = st
    fds = {1: 1, 2: 2}
    try:
        if not command:
            ws.send_status(_internal_error("kubesim: exec with an empty command"))
            return None
        rc = _lookup_table(ctx, list(command), fds)
        if rc is None:
            rc = _builtin(ctx, list(command), fds, False)
        if rc is None:
            msg, rc = _oci_not_found(command[0], "not found")
            ctx.out(msg, 2)
        if ws.ended == "dropped":
            raise _Dropped()
        return rc
    finally:
        _STATE_FOR_CTX.st = None


def _run_host(ws, st, backend, pod, pod_key, container, command, env, want_in, want_out,
              want_err, tty):
    _check_bwrap(st)
    sandboxed = st.sandbox == "bwrap"
    c = find_container(pod, container) or {}
    cwd = backend.get("cwd") or c.get("workingDir") or "/"
    env = dict(env)
    env.setdefault("HOSTNAME", pod_key.split("/", 1)[1])
    env.setdefault("HOME", "/root")
    env.setdefault("PATH", DEFAULT_PATH)
    if tty:
        env.setdefault("TERM", "xterm")
    env.update({k: str(v) for k, v in (backend.get("env") or {}).items()})
    if not command:
        ws.send_status(_internal_error("kubesim: exec with an empty command"))
        return None
    exe, why = _which(backend, command[0], env["PATH"], sandboxed)
    if exe is None:
        msg, rc = _oci_not_found(command[0], why)
        if want_err or tty:
            ws.send_data(CH_STDOUT if tty else CH_STDERR, msg.encode())
        return rc
    if sandboxed:
        argv = _bwrap_argv(backend, pod_key.split("/", 1)[1], cwd, tty) + list(command)
        run_cwd = "/"
    else:
        _log("WARNING: exec %s runs UNSANDBOXED on the host (%s)" % (pod_key, st.sandbox_reason))
        argv = list(command)
        run_cwd = next(iter(backend["paths"].values()), "/")
        mapped = _container_to_host(backend, cwd)
        if mapped and mapped != os.path.normpath(cwd) and os.path.isdir(mapped):
            run_cwd = mapped  # the working dir is inside a mapped path

    master = None
    if tty:
        import pty
        master, slave = pty.openpty()
        p_in = p_out = p_err = slave
    else:
        p_in = subprocess.PIPE if want_in else subprocess.DEVNULL
        p_out = subprocess.PIPE if want_out else subprocess.DEVNULL
        p_err = subprocess.PIPE if want_err else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(argv, stdin=p_in, stdout=p_out, stderr=p_err, env=env, cwd=run_cwd,
                                close_fds=True, pipesize=PIPE_SIZE, start_new_session=not tty)
    except OSError as e:
        if master is not None:
            os.close(master)
            os.close(slave)
        ws.send_status(_internal_error("kubesim: cannot start %s: %s" % (argv[0], e)))
        return None
    if master is not None:
        os.close(slave)

    stdin_fd = master if tty else (proc.stdin.fileno() if proc.stdin else None)
    stdin_lock = threading.Lock()
    stdin_state = {"closed": stdin_fd is None}

    def close_stdin():
        with stdin_lock:
            if stdin_state["closed"]:
                return
            stdin_state["closed"] = True
            if tty:
                try:
                    os.write(master, b"\x04")
                except OSError:
                    pass
            elif proc.stdin:
                try:
                    proc.stdin.close()
                except OSError:
                    pass

    def on_data(data):
        if stdin_state["closed"]:
            return
        mv = memoryview(data)
        try:
            while len(mv):
                n = os.write(stdin_fd, mv)
                mv = mv[n:]
        except OSError:  # EPIPE: the command stopped reading; discard the rest
            with stdin_lock:
                stdin_state["closed"] = True
                if proc.stdin and not tty:
                    try:
                        proc.stdin.close()
                    except OSError:
                        pass

    def on_resize(data):
        if master is None:
            return
        try:
            d = json.loads(data.decode())
            import fcntl
            import termios
            fcntl.ioctl(master, termios.TIOCSWINSZ,
                        struct.pack("HHHH", int(d.get("Height", 24)), int(d.get("Width", 80)), 0, 0))
        except Exception:
            pass

    client_gone = threading.Event()

    def on_end(how):
        if how in ("eof", "dropped", "error") or (how == "close" and not ws.close_sent):
            client_gone.set()
            _kill(proc)
        close_stdin()

    _start_reader(ws, on_data if stdin_fd is not None else (lambda d: None),
                  close_stdin, on_resize, on_end)

    # forward stdout/stderr
    fds = {}
    if tty:
        fds[master] = CH_STDOUT
    else:
        if proc.stdout:
            fds[proc.stdout.fileno()] = CH_STDOUT
        if proc.stderr:
            fds[proc.stderr.fileno()] = CH_STDERR
    poller = select.poll()
    for fd in fds:
        poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    buf = bytearray(OUT_CHUNK + 16)
    view = memoryview(buf)
    single = {fd: select.poll() for fd in fds}
    for fd, p in single.items():
        p.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    try:
        while fds:
            for fd, _ev in poller.poll():
                if fd not in fds:
                    continue
                try:
                    n = os.readv(fd, [view[16:]])
                except OSError:  # EIO on pty master when the slave side is gone
                    n = 0
                eof = n == 0
                # Coalesce: programs often write 4-8 KiB at a time; gather what follows within
                # ~1 ms into one frame (fewer frames and syscalls on both sides of the socket).
                while not eof and n < COALESCE and single[fd].poll(0 if n >= COALESCE // 4 else 1):
                    try:
                        m = os.readv(fd, [view[16 + n:]])
                    except OSError:
                        m = 0
                    if m == 0:
                        eof = True
                    n += m
                if n:
                    ws.send_data(fds[fd], view[16:16 + n])
                if eof:
                    poller.unregister(fd)
                    del fds[fd]
    except _Dropped:
        _kill(proc)
        proc.wait()
        raise
    finally:
        if master is not None:
            try:
                os.close(master)
            except OSError:
                pass
        for f in (proc.stdout, proc.stderr):
            if f:
                try:
                    f.close()
                except OSError:
                    pass
    rc = proc.wait()
    if rc < 0:
        rc = 128 - rc
    if client_gone.is_set():
        raise _Dropped()
    return rc


def _kill(proc):
    try:
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                proc.kill()
    except Exception:
        pass


# --------------------------------------------------------------------------------------------
# configure / admin
# --------------------------------------------------------------------------------------------

def _add_backend(st, b, server=None):
    if not isinstance(b, dict) or not b.get("pod") or not isinstance(b.get("paths", {}), dict):
        raise ValueError("backend needs pod (ns/name) and paths {container path: host dir}")
    pod = b["pod"] if "/" in b["pod"] else "default/" + b["pod"]
    paths = {}
    for cp, hp in (b.get("paths") or {}).items():
        if not str(cp).startswith("/"):
            raise ValueError("container path %r must be absolute" % cp)
        if str(cp).split("/")[1] in ("proc", "dev"):
            raise ValueError("container path %r cannot be mapped" % cp)
        if hp is None:
            with st.lock:
                if st.tmp_root is None:
                    state_dir = getattr(server, "state_dir", None)
                    if state_dir:  # persists with the rest of the server's state
                        st.tmp_root = os.path.join(state_dir, "exec-data")
                    else:
                        st.tmp_root = tempfile.mkdtemp(prefix="kubesim-exec-")
                        atexit.register(shutil.rmtree, st.tmp_root, True)
            hp = os.path.join(st.tmp_root, pod.replace("/", "_"), str(cp).strip("/").replace("/", "_"))
        hp = os.path.abspath(str(hp))
        os.makedirs(hp, exist_ok=True)
        paths[os.path.normpath(str(cp))] = hp
    entry = {"pod": pod, "container": b.get("container"), "paths": paths,
             "env": dict(b.get("env") or {}), "cwd": b.get("cwd"),
             "hostPaths": list(b.get("hostPaths") or [])}
    with st.lock:
        st.backends = [x for x in st.backends
                       if not (x["pod"] == pod and x.get("container") == entry["container"])]
        st.backends.append(entry)
    return entry


def _add_entry(st, e):
    if not isinstance(e, dict) or not any(k in e for k in ("command", "commandPrefix", "script")):
        raise ValueError("table entry needs command, commandPrefix or script")
    e = dict(e)
    if e.get("pod") and e["pod"] != "*" and "/" not in e["pod"]:
        pass  # bare pod names match any namespace
    with st.lock:
        st.table.append(e)
    return e


def configure(exec_configs, server):
    st = _state(server)
    for item in exec_configs or []:
        if not isinstance(item, dict):
            _log("configure: ignoring %r" % (item,))
            continue
        try:
            if "faults" in item:
                _faults_dict(server, st)["exec"] = dict(item["faults"] or {})
            elif "paths" in item:
                _add_backend(st, item, server)
            else:
                _add_entry(st, item)
        except (ValueError, TypeError, OSError) as e:
            _log("ERROR: scenario exec entry %s ignored: %s" % (json.dumps(item)[:300], e))
    if st.backends:
        _check_bwrap(st)
        _log("host-backed pods: %s (sandbox: %s)" % (
            ", ".join(b["pod"] for b in st.backends), st.sandbox))


def admin(path, body, server):
    st = _state(server)
    u = urllib.parse.urlsplit(path)
    q = urllib.parse.parse_qs(u.query)
    op = u.path.rstrip("/").rsplit("/__test/exec", 1)[-1].strip("/")
    body = body if isinstance(body, dict) else {}
    try:
        if op == "backends":
            items = body.get("backends") if "backends" in body else [body]
            added = [_add_backend(st, b, server) for b in items]
            _check_bwrap(st)
            return 200, {"backends": added, "sandbox": st.sandbox, "sandboxReason": st.sandbox_reason}
        if op == "table":
            items = body.get("entries") if "entries" in body else [body]
            added = [_add_entry(st, e) for e in items]
            return 200, {"entries": added}
        if op == "stdin" or op.startswith("stdin/"):
            # pod from ?pod=ns/name, the body {"pod": ...}, or the path /stdin/ns/name
            pod = (q.get("pod") or [body.get("pod") or op[len("stdin/"):]])[0]
            if pod and "/" not in pod:
                pod = "default/" + pod
            container = (q.get("container") or [body.get("container")])[0]
            with st.lock:
                r = st.recordings.get((pod, container))
            if r is None:
                return 404, _status_body(404, "NotFound", "no stdin recorded for %s" % pod)
            d = r.as_dict()
            d["pod"] = pod
            return 200, d
        if op == "faults":
            with st.lock:
                _faults_dict(server, st)["exec"] = dict(body)
            return 200, {"faults": body}
        if op == "history":
            with st.lock:
                return 200, {"items": list(st.history)}
        if op == "status":
            _check_bwrap(st)
            with st.lock:
                return 200, {"sandbox": st.sandbox, "sandboxReason": st.sandbox_reason,
                             "backends": list(st.backends), "tableEntries": len(st.table),
                             "faults": _exec_faults(server, st)}
        if op == "reset":
            with st.lock:
                st.backends, st.table, st.history = [], [], []
                st.recordings = {}
                _faults_dict(server, st)["exec"] = {}
            return 200, {"reset": True}
    except (ValueError, TypeError, OSError) as e:
        return 400, _status_body(400, "BadRequest", "kubesim exec admin: %s" % e)
    return 404, _status_body(404, "NotFound", "unknown exec admin path %s" % u.path)
