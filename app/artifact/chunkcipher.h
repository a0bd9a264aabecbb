#pragma once

#include "compression.h"
#include "datakey.h"

#include <QByteArray>

#include <optional>

struct evp_cipher_ctx_st;

namespace chartroom::artifact::detail {

// Layout constants of the encrypted container (FORMAT.md is the normative description).
inline constexpr char kMagic[8] = {'\x89', 'C', 'R', 'A', 'E', '\r', '\n', '\x1a'};
inline constexpr quint8 kFormatVersion = 1;
inline constexpr quint8 kCipherAes256GcmHkdf = 1;
inline constexpr qsizetype kHeaderBodySize = 56;
inline constexpr qsizetype kHeaderTagSize = 16;
inline constexpr qsizetype kHeaderSize = kHeaderBodySize + kHeaderTagSize;
inline constexpr qsizetype kFileIdSize = 32;
inline constexpr qsizetype kKeyIdSize = 8;
inline constexpr qsizetype kTagSize = 16;
inline constexpr qint32 kMinChunkSize = 4096;
inline constexpr qint32 kMaxChunkSize = 16 << 20;
inline constexpr qint32 kDefaultChunkSize = 1 << 20;

/// The authenticated fields of the header (everything but the header tag).
struct HeaderFields
{
    quint8 version = kFormatVersion;
    quint8 cipher = kCipherAes256GcmHkdf;
    Compression compression = Compression::None;
    quint32 chunkSize = kDefaultChunkSize;
    QByteArray keyId;  // 8 raw bytes (DataKey::id decoded from hex)
    QByteArray fileId; // 32 random bytes, unique per file

    /// The 56 header bytes that precede the header tag.
    [[nodiscard]] QByteArray serialize() const;
};

/// Why a header could not be parsed.
enum class HeaderProblem { None, NotEncrypted, UnsupportedVersion, Malformed };

/// Parses the first kHeaderBodySize bytes; checks only structure, not authenticity.
HeaderProblem parseHeader(const QByteArray &body, HeaderFields &fields);

/// Per-file AES-256-GCM state: the file subkey, header MAC key and nonce prefix, all derived by
/// HKDF-SHA256 from the data key and the header's file id, so nonces never repeat across files.
///
/// One instance seals or opens the chunks of exactly one file. Key material is wiped on
/// destruction. Not copyable.
class ChunkCipher final
{
public:
    /// `headerBody` is the 56-byte header body as written (or as read, for authentication).
    ChunkCipher(const DataKey &key, const QByteArray &headerBody);
    ~ChunkCipher();
    ChunkCipher(const ChunkCipher &) = delete;
    ChunkCipher &operator=(const ChunkCipher &) = delete;

    /// False when OpenSSL could not derive the keys (never expected in practice).
    [[nodiscard]] bool isValid() const { return m_valid; }
    /// The full 72-byte header: body followed by its tag.
    [[nodiscard]] const QByteArray &header() const { return m_header; }
    /// True when `tag` is the correct header tag for this key and header body.
    [[nodiscard]] bool headerTagMatches(const QByteArray &tag) const;

    /// Encrypts `size` bytes into `out` (size + kTagSize bytes: ciphertext then tag).
    bool seal(quint64 index, bool final, const char *plain, qsizetype size, char *out);
    /// Authenticates and decrypts `size` bytes (ciphertext + tag) into `plainOut`
    /// (size - kTagSize bytes). False on authentication failure; `plainOut` is then garbage.
    bool open(quint64 index, bool final, const char *in, qsizetype size, char *plainOut);

private:
    void nonceAndAad(quint64 index, bool final, unsigned char *nonce, unsigned char *aadTail) const;

    evp_cipher_ctx_st *m_ctx = nullptr;
    unsigned char m_key[32] = {};
    unsigned char m_macKey[32] = {};
    unsigned char m_noncePrefix[4] = {};
    QByteArray m_header;
    bool m_valid = false;
};

} // namespace chartroom::artifact::detail
