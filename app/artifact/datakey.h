#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace chartroom::artifact {

/// A 256-bit artifact encryption key and its public identifier.
///
/// `id` is the first 16 hex digits of SHA-256 over a domain-separated encoding of the key: it
/// is stable, safe to store in manifests and artifact headers, and reveals nothing usable about
/// the key. Instances only come from generate() or fromBytes(), so `id` always matches `bytes`.
struct DataKey
{
    static constexpr qsizetype Size = 32;

    QByteArray bytes;
    QString id;

    /// A fresh key from the OpenSSL CSPRNG.
    static DataKey generate();
    /// nullopt unless `bytes` is exactly 32 bytes long.
    static std::optional<DataKey> fromBytes(QByteArray bytes);
    /// The id of a key, as stored in DataKey::id.
    static QString idFor(const QByteArray &bytes);
};

} // namespace chartroom::artifact
