#include "sha256.h"

#include <QString>

#include <openssl/evp.h>

namespace chartroom::artifact::detail {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1)
        qFatal("chartroom: OpenSSL SHA-256 is unavailable");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::update(const char *data, qsizetype size)
{
    if (size > 0)
        EVP_DigestUpdate(m_ctx, data, static_cast<size_t>(size));
}

QByteArray Sha256::finish()
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    return digest;
}

QString Sha256::finishHex()
{
    return QString::fromLatin1(finish().toHex());
}

} // namespace chartroom::artifact::detail
