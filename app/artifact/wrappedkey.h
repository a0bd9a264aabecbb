#pragma once

#include "core/result.h"
#include "datakey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace chartroom::artifact {

/// Passphrase stretching parameters. The defaults (N = 2^16, r = 8: 64 MiB, about 0.2–0.4 s on
/// the reference machine) are for real repositories; tests pass a small N.
struct KdfParameters
{
    QString algorithm = QStringLiteral("scrypt");
    quint64 n = 1 << 16;
    quint32 r = 8;
    quint32 p = 1;
    /// Random 16 bytes are chosen by wrap() when empty.
    QByteArray salt;
};

/// A repository's data key, encrypted under a passphrase (FORMAT.md, "Wrapped key").
///
/// wrap() derives a key-encryption key with scrypt and seals the data key with AES-256-GCM;
/// the additional data binds the KDF parameters, salt and key id, so none of them can be
/// changed without unwrap() failing. unwrap() refuses parameters that would need more than
/// 1 GiB of memory, so a hostile key file cannot exhaust the machine. Intermediate secrets
/// (the key-encryption key, decrypted bytes) are wiped with OPENSSL_cleanse; the caller owns
/// and wipes the passphrase buffer it passes in.
class WrappedKey final
{
public:
    /// Errors: "artifact.bad-key-file" (unsupported or unsafe parameters), "artifact.kdf-failed".
    static Result<QJsonObject> wrap(const DataKey &key, const QByteArray &passphrase, KdfParameters parameters = {});
    /// Errors: "artifact.wrong-passphrase" ("The passphrase is wrong." — also what a modified
    /// parameter, key id or ciphertext looks like), "artifact.bad-key-file" (malformed or
    /// unsupported JSON), "artifact.kdf-failed".
    static Result<DataKey> unwrap(const QJsonObject &object, const QByteArray &passphrase);
    /// The key id recorded in a wrapped-key object (no passphrase needed), or empty.
    static QString keyId(const QJsonObject &object);
};

} // namespace chartroom::artifact
