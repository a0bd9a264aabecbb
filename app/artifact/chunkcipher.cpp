#include "chunkcipher.h"

#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <cstring>

namespace chartroom::artifact::detail {

namespace {

constexpr char kHkdfInfo[] = "chartroom-artifact/v1 file keys";

const unsigned char *ucharData(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

quint8 compressionCode(Compression c)
{
    switch (c) {
    case Compression::None:
        return 0;
    case Compression::Gzip:
        return 1;
    case Compression::Zstd:
        return 2;
    }
    return 0xff;
}

bool hkdf(const QByteArray &key, const QByteArray &salt, unsigned char *out, size_t outSize)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf)
        return false;
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        return false;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(key.constData()),
                                          static_cast<size_t>(key.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()),
                                          static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(kHkdfInfo),
                                          sizeof kHkdfInfo - 1),
        OSSL_PARAM_construct_end(),
    };
    const bool ok = EVP_KDF_derive(ctx, out, outSize, params) == 1;
    EVP_KDF_CTX_free(ctx);
    return ok;
}

} // namespace

QByteArray HeaderFields::serialize() const
{
    QByteArray out(kHeaderBodySize, '\0');
    char *p = out.data();
    std::memcpy(p, kMagic, sizeof kMagic);
    p[8] = static_cast<char>(version);
    p[9] = static_cast<char>(cipher);
    p[10] = static_cast<char>(compressionCode(compression));
    p[11] = 0;
    qToBigEndian<quint32>(chunkSize, p + 12);
    std::memcpy(p + 16, keyId.constData(), static_cast<size_t>(qMin(keyId.size(), kKeyIdSize)));
    std::memcpy(p + 24, fileId.constData(), static_cast<size_t>(qMin(fileId.size(), kFileIdSize)));
    return out;
}

HeaderProblem parseHeader(const QByteArray &body, HeaderFields &fields)
{
    if (body.size() < qsizetype(sizeof kMagic) || std::memcmp(body.constData(), kMagic, sizeof kMagic) != 0)
        return HeaderProblem::NotEncrypted;
    if (body.size() < kHeaderBodySize)
        return HeaderProblem::Malformed;
    const auto *p = ucharData(body);
    fields.version = p[8];
    if (fields.version != kFormatVersion)
        return HeaderProblem::UnsupportedVersion;
    fields.cipher = p[9];
    if (fields.cipher != kCipherAes256GcmHkdf || p[10] > 2 || p[11] != 0)
        return HeaderProblem::Malformed;
    fields.compression = p[10] == 0 ? Compression::None : p[10] == 1 ? Compression::Gzip : Compression::Zstd;
    fields.chunkSize = qFromBigEndian<quint32>(p + 12);
    fields.keyId = body.mid(16, kKeyIdSize);
    fields.fileId = body.mid(24, kFileIdSize);
    return HeaderProblem::None;
}

ChunkCipher::ChunkCipher(const DataKey &key, const QByteArray &headerBody)
    : m_ctx(EVP_CIPHER_CTX_new())
    , m_header(headerBody.left(kHeaderBodySize))
{
    unsigned char derived[68];
    if (!m_ctx || m_header.size() != kHeaderBodySize
        || !hkdf(key.bytes, m_header.mid(24, kFileIdSize), derived, sizeof derived))
        return;
    std::memcpy(m_key, derived, 32);
    std::memcpy(m_macKey, derived + 32, 32);
    std::memcpy(m_noncePrefix, derived + 64, 4);
    OPENSSL_cleanse(derived, sizeof derived);

    unsigned char tag[EVP_MAX_MD_SIZE];
    unsigned int tagSize = 0;
    if (!HMAC(EVP_sha256(), m_macKey, sizeof m_macKey, ucharData(m_header), static_cast<size_t>(m_header.size()),
              tag, &tagSize))
        return;
    m_header.append(reinterpret_cast<const char *>(tag), kHeaderTagSize);
    m_valid = EVP_CipherInit_ex(m_ctx, EVP_aes_256_gcm(), nullptr, m_key, nullptr, -1) == 1;
}

ChunkCipher::~ChunkCipher()
{
    EVP_CIPHER_CTX_free(m_ctx);
    OPENSSL_cleanse(m_key, sizeof m_key);
    OPENSSL_cleanse(m_macKey, sizeof m_macKey);
}

bool ChunkCipher::headerTagMatches(const QByteArray &tag) const
{
    return m_valid && tag.size() == kHeaderTagSize
           && CRYPTO_memcmp(tag.constData(), m_header.constData() + kHeaderBodySize, kHeaderTagSize) == 0;
}

void ChunkCipher::nonceAndAad(quint64 index, bool final, unsigned char *nonce, unsigned char *aadTail) const
{
    std::memcpy(nonce, m_noncePrefix, 4);
    qToBigEndian<quint64>(index, nonce + 4);
    qToBigEndian<quint64>(index, aadTail);
    aadTail[8] = final ? 1 : 0;
}

bool ChunkCipher::seal(quint64 index, bool final, const char *plain, qsizetype size, char *out)
{
    if (!m_valid)
        return false;
    unsigned char nonce[12];
    unsigned char aadTail[9];
    nonceAndAad(index, final, nonce, aadTail);
    auto *o = reinterpret_cast<unsigned char *>(out);
    int len = 0;
    int finalLen = 0;
    return EVP_EncryptInit_ex(m_ctx, nullptr, nullptr, nullptr, nonce) == 1
           && EVP_EncryptUpdate(m_ctx, nullptr, &len, ucharData(m_header), static_cast<int>(m_header.size())) == 1
           && EVP_EncryptUpdate(m_ctx, nullptr, &len, aadTail, sizeof aadTail) == 1
           && EVP_EncryptUpdate(m_ctx, o, &len, reinterpret_cast<const unsigned char *>(plain), static_cast<int>(size)) == 1
           && EVP_EncryptFinal_ex(m_ctx, o + len, &finalLen) == 1
           && EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, o + size) == 1;
}

bool ChunkCipher::open(quint64 index, bool final, const char *in, qsizetype size, char *plainOut)
{
    if (!m_valid || size < kTagSize)
        return false;
    const qsizetype cipherSize = size - kTagSize;
    unsigned char nonce[12];
    unsigned char aadTail[9];
    nonceAndAad(index, final, nonce, aadTail);
    auto *o = reinterpret_cast<unsigned char *>(plainOut);
    const auto *i = reinterpret_cast<const unsigned char *>(in);
    unsigned char tag[kTagSize];
    std::memcpy(tag, i + cipherSize, kTagSize);
    int len = 0;
    int finalLen = 0;
    return EVP_DecryptInit_ex(m_ctx, nullptr, nullptr, nullptr, nonce) == 1
           && EVP_DecryptUpdate(m_ctx, nullptr, &len, ucharData(m_header), static_cast<int>(m_header.size())) == 1
           && EVP_DecryptUpdate(m_ctx, nullptr, &len, aadTail, sizeof aadTail) == 1
           && EVP_DecryptUpdate(m_ctx, o, &len, i, static_cast<int>(cipherSize)) == 1
           && EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag) == 1
           && EVP_DecryptFinal_ex(m_ctx, o + len, &finalLen) == 1;
}

} // namespace chartroom::artifact::detail
