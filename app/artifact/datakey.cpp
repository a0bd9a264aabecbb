#include "datakey.h"

#include "sha256.h"

#include <openssl/rand.h>

namespace chartroom::artifact {

namespace {
// Domain separation: the id hash must never equal any other hash Chartroom computes over a key.
constexpr char kIdDomain[] = "chartroom-artifact-key-id/v1";
} // namespace

QString DataKey::idFor(const QByteArray &bytes)
{
    detail::Sha256 hash;
    hash.update(kIdDomain, sizeof kIdDomain); // includes the terminating NUL as a separator
    hash.update(bytes.constData(), bytes.size());
    return QString::fromLatin1(hash.finish().left(8).toHex());
}

DataKey DataKey::generate()
{
    QByteArray bytes(Size, Qt::Uninitialized);
    // RAND_bytes only fails when the CSPRNG cannot be seeded; no key is better than a weak one.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), Size) != 1)
        qFatal("chartroom: the OpenSSL random generator failed");
    return *fromBytes(std::move(bytes));
}

std::optional<DataKey> DataKey::fromBytes(QByteArray bytes)
{
    if (bytes.size() != Size)
        return std::nullopt;
    DataKey key;
    key.id = idFor(bytes);
    key.bytes = std::move(bytes);
    return key;
}

} // namespace chartroom::artifact
