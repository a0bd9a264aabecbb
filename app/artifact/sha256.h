#pragma once

#include <QByteArray>
#include <QtGlobal>

struct evp_md_ctx_st;

namespace chartroom::artifact::detail {

/// Incremental SHA-256 through OpenSSL EVP (uses the CPU's SHA extensions where present,
/// which QCryptographicHash does not). Not copyable.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const char *data, qsizetype size);
    /// The 32-byte digest; the object must not be updated afterwards.
    QByteArray finish();
    /// Lower-case hex of finish().
    QString finishHex();

private:
    evp_md_ctx_st *m_ctx = nullptr;
};

} // namespace chartroom::artifact::detail
