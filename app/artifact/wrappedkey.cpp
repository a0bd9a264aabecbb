#include "wrappedkey.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <openssl/crypto.h>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace chartroom::artifact {

namespace {

constexpr qsizetype kNonceSize = 12;
constexpr qsizetype kTagSize = 16;
constexpr quint64 kMaxMemory = quint64(1) << 30;

QString tr(const char *text)
{
    return QCoreApplication::translate("WrappedKey", text);
}

Error badKeyFile(const QString &why)
{
    return makeError(u"artifact.bad-key-file"_s, tr("The key file is damaged or not a Chartroom key file."), why);
}

// Refuses anything but sane scrypt parameters: they come from a file that may be hostile.
QString checkParameters(const KdfParameters &p)
{
    if (p.algorithm != u"scrypt"_s)
        return tr("unsupported key derivation \"%1\"").arg(p.algorithm);
    if (p.n < 2 || (p.n & (p.n - 1)) != 0 || p.n > (quint64(1) << 24))
        return tr("scrypt N must be a power of two up to 2^24");
    if (p.r < 1 || p.r > 64 || p.p < 1 || p.p > 16)
        return tr("scrypt r or p out of range");
    if (128 * p.n * p.r + 128 * quint64(p.r) * p.p > kMaxMemory)
        return tr("scrypt parameters need more than 1 GiB of memory");
    if (p.salt.size() < 16 || p.salt.size() > 64)
        return tr("salt must be 16 to 64 bytes");
    return {};
}

QByteArray additionalData(const KdfParameters &p, const QString &keyId)
{
    return "chartroom-wrapped-key/v1\n" + p.algorithm.toUtf8() + '\n' + QByteArray::number(p.n) + '\n'
           + QByteArray::number(p.r) + '\n' + QByteArray::number(p.p) + '\n' + p.salt.toBase64() + '\n'
           + keyId.toUtf8();
}

bool deriveKek(const QByteArray &passphrase, const KdfParameters &p, unsigned char *kek)
{
    // maxmem must be given explicitly: OpenSSL's default limit (32 MiB) is below our default N.
    return EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                          reinterpret_cast<const unsigned char *>(p.salt.constData()), size_t(p.salt.size()), p.n,
                          p.r, p.p, kMaxMemory + (quint64(1) << 20), kek, 32)
           == 1;
}

bool gcm(bool encrypt, const unsigned char *kek, const unsigned char *nonce, const QByteArray &aad,
         const unsigned char *in, int inSize, unsigned char *out, unsigned char *tag)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return false;
    int len = 0;
    int finalLen = 0;
    const auto *aadData = reinterpret_cast<const unsigned char *>(aad.constData());
    bool ok = EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, kek, nonce, encrypt ? 1 : 0) == 1
              && EVP_CipherUpdate(ctx, nullptr, &len, aadData, int(aad.size())) == 1
              && EVP_CipherUpdate(ctx, out, &len, in, inSize) == 1;
    if (ok && encrypt)
        ok = EVP_CipherFinal_ex(ctx, out + len, &finalLen) == 1
             && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, int(kTagSize), tag) == 1;
    else if (ok)
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, int(kTagSize), tag) == 1
             && EVP_CipherFinal_ex(ctx, out + len, &finalLen) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

} // namespace

Result<QJsonObject> WrappedKey::wrap(const DataKey &key, const QByteArray &passphrase, KdfParameters parameters)
{
    if (key.bytes.size() != DataKey::Size)
        return badKeyFile(tr("the data key is not 256 bits"));
    if (parameters.salt.isEmpty()) {
        parameters.salt.resize(16);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(parameters.salt.data()), 16) != 1)
            return makeError(u"artifact.kdf-failed"_s, tr("The random generator failed."));
    }
    if (const QString problem = checkParameters(parameters); !problem.isEmpty())
        return badKeyFile(problem);

    const QString keyId = DataKey::idFor(key.bytes);
    unsigned char kek[32];
    if (!deriveKek(passphrase, parameters, kek))
        return makeError(u"artifact.kdf-failed"_s, tr("Deriving the key from the passphrase failed."));
    QByteArray sealed(kNonceSize + DataKey::Size + kTagSize, Qt::Uninitialized);
    auto *s = reinterpret_cast<unsigned char *>(sealed.data());
    const bool ok = RAND_bytes(s, int(kNonceSize)) == 1
                    && gcm(true, kek, s, additionalData(parameters, keyId),
                           reinterpret_cast<const unsigned char *>(key.bytes.constData()), int(DataKey::Size),
                           s + kNonceSize, s + kNonceSize + DataKey::Size);
    OPENSSL_cleanse(kek, sizeof kek);
    if (!ok)
        return makeError(u"artifact.kdf-failed"_s, tr("Encrypting the key failed."));

    QJsonObject kdf{{u"algorithm"_s, parameters.algorithm},
                    {u"n"_s, double(parameters.n)},
                    {u"r"_s, double(parameters.r)},
                    {u"p"_s, double(parameters.p)},
                    {u"salt"_s, QString::fromLatin1(parameters.salt.toBase64())}};
    return QJsonObject{{u"format"_s, u"chartroom-wrapped-key"_s},
                       {u"version"_s, 1},
                       {u"keyId"_s, keyId},
                       {u"kdf"_s, kdf},
                       {u"cipher"_s, u"aes-256-gcm"_s},
                       {u"wrapped"_s, QString::fromLatin1(sealed.toBase64())}};
}

QString WrappedKey::keyId(const QJsonObject &object)
{
    return object.value(u"keyId"_s).toString();
}

Result<DataKey> WrappedKey::unwrap(const QJsonObject &object, const QByteArray &passphrase)
{
    if (object.value(u"format"_s).toString() != u"chartroom-wrapped-key"_s)
        return badKeyFile(tr("not a wrapped key"));
    if (object.value(u"version"_s).toInt() != 1)
        return badKeyFile(tr("unsupported version %1").arg(object.value(u"version"_s).toInt()));
    if (object.value(u"cipher"_s).toString() != u"aes-256-gcm"_s)
        return badKeyFile(tr("unsupported cipher"));
    const QJsonObject kdf = object.value(u"kdf"_s).toObject();
    const auto integer = [&kdf](const QString &name) -> std::optional<quint64> {
        const QJsonValue v = kdf.value(name);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || d != double(quint64(d)))
            return std::nullopt;
        return quint64(d);
    };
    const auto n = integer(u"n"_s);
    const auto r = integer(u"r"_s);
    const auto p = integer(u"p"_s);
    const QString keyId = object.value(u"keyId"_s).toString();
    const auto salt = QByteArray::fromBase64Encoding(kdf.value(u"salt"_s).toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto sealed = QByteArray::fromBase64Encoding(object.value(u"wrapped"_s).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!n || !r || !p || *r > 64 || *p > 64 || keyId.isEmpty() || !salt || !sealed)
        return badKeyFile(tr("missing or malformed fields"));
    if (sealed.decoded.size() != kNonceSize + DataKey::Size + kTagSize)
        return badKeyFile(tr("the wrapped key has the wrong length"));

    KdfParameters parameters;
    parameters.algorithm = kdf.value(u"algorithm"_s).toString();
    parameters.n = *n;
    parameters.r = quint32(*r);
    parameters.p = quint32(*p);
    parameters.salt = salt.decoded;
    if (const QString problem = checkParameters(parameters); !problem.isEmpty())
        return badKeyFile(problem);

    unsigned char kek[32];
    if (!deriveKek(passphrase, parameters, kek))
        return makeError(u"artifact.kdf-failed"_s, tr("Deriving the key from the passphrase failed."));
    const auto *s = reinterpret_cast<const unsigned char *>(sealed.decoded.constData());
    unsigned char tag[kTagSize];
    std::memcpy(tag, s + kNonceSize + DataKey::Size, kTagSize);
    QByteArray plain(DataKey::Size, Qt::Uninitialized);
    const bool ok = gcm(false, kek, s, additionalData(parameters, keyId), s + kNonceSize, int(DataKey::Size),
                        reinterpret_cast<unsigned char *>(plain.data()), tag);
    OPENSSL_cleanse(kek, sizeof kek);
    if (!ok) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return makeError(u"artifact.wrong-passphrase"_s, tr("The passphrase is wrong."),
                         tr("Or the key file was modified: its parameters, key id and wrapped key are authenticated "
                            "together."));
    }
    std::optional<DataKey> key = DataKey::fromBytes(plain);
    if (!key || key->id != keyId) // cannot happen unless the writer was faulty: the id is authenticated
        return badKeyFile(tr("the key does not match its id"));
    return *key;
}

} // namespace chartroom::artifact
