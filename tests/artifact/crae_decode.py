#!/usr/bin/env python3
"""Independent decoder for Chartroom artifacts, written from app/artifact/FORMAT.md only.

  crae_decode.py artifact KEYHEX OUT        decrypt a .crae file; OUT gets the compressed stream
  crae_decode.py --unwrap KEYFILE.json PASS print the unwrapped data key as hex

Exit status 0 on success, 2 when the file fails a check (message on stderr), 3 when the Python
'cryptography' package is missing.
"""
import base64
import hashlib
import hmac
import json
import struct
import sys

try:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
except ImportError:
    sys.exit(3)

MAGIC = b"\x89CRAE\r\n\x1a"


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(2)


def key_id(key):
    return hashlib.sha256(b"chartroom-artifact-key-id/v1\x00" + key).digest()[:8]


def decrypt(path, key, out_path):
    data = open(path, "rb").read()
    header = data[:72]
    if len(header) < 72 or header[:8] != MAGIC or header[8] != 1 or header[9] != 1:
        fail("not a version 1 artifact")
    if header[16:24] != key_id(key):
        fail("wrong key")
    derived = HKDF(algorithm=hashes.SHA256(), length=68, salt=header[24:56],
                   info=b"chartroom-artifact/v1 file keys").derive(key)
    kc, kh, prefix = derived[:32], derived[32:64], derived[64:68]
    if not hmac.compare_digest(hmac.new(kh, header[:56], hashlib.sha256).digest()[:16], header[56:72]):
        fail("header tag mismatch")
    (chunk_size,) = struct.unpack(">I", header[12:16])
    aead = AESGCM(kc)
    pos, index, out = 72, 0, bytearray()
    while True:
        remaining = len(data) - pos
        final = remaining <= chunk_size + 16
        size = remaining if final else chunk_size + 16
        if size < 16:
            fail("truncated")
        nonce = prefix + struct.pack(">Q", index)
        aad = header + struct.pack(">Q", index) + (b"\x01" if final else b"\x00")
        try:
            out += aead.decrypt(nonce, data[pos:pos + size], aad)
        except Exception:
            fail("chunk %d failed authentication" % index)
        pos += size
        index += 1
        if final:
            break
    open(out_path, "wb").write(out)


def unwrap(path, passphrase):
    obj = json.load(open(path))
    kdf = obj["kdf"]
    salt = base64.b64decode(kdf["salt"])
    kek = hashlib.scrypt(passphrase, salt=salt, n=kdf["n"], r=kdf["r"], p=kdf["p"],
                         maxmem=2 ** 31 - 1, dklen=32)
    sealed = base64.b64decode(obj["wrapped"])
    aad = "\n".join(["chartroom-wrapped-key/v1", kdf["algorithm"], str(kdf["n"]), str(kdf["r"]),
                     str(kdf["p"]), kdf["salt"], obj["keyId"]]).encode()
    try:
        key = AESGCM(kek).decrypt(sealed[:12], sealed[12:], aad)
    except Exception:
        fail("wrong passphrase")
    if key_id(key).hex() != obj["keyId"]:
        fail("key id mismatch")
    print(key.hex())


if __name__ == "__main__":
    if sys.argv[1] == "--unwrap":
        unwrap(sys.argv[2], sys.argv[3].encode())
    else:
        decrypt(sys.argv[1], bytes.fromhex(sys.argv[2]), sys.argv[3])
