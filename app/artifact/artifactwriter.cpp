#include "artifactwriter.h"

#include "chunkcipher.h"
#include "compressingsink.h"
#include "encryptingsink.h"
#include "hashingsink.h"
#include "jobs/filesink.h"
#include "sha256.h"

#include <QCoreApplication>

namespace chartroom::artifact {

ArtifactWriter::ArtifactWriter(QString path, WriteOptions options)
    : m_path(std::move(path))
    , m_contentHash(std::make_unique<detail::Sha256>())
{
    if (options.key && !DataKey::fromBytes(options.key->bytes)) {
        m_error = QCoreApplication::translate("ArtifactWriter", "The encryption key is not a 256-bit key.");
        m_finished = true;
        return;
    }
    if (options.key && (options.chunkSize < detail::kMinChunkSize || options.chunkSize > detail::kMaxChunkSize)) {
        m_error = QCoreApplication::translate("ArtifactWriter", "Chunk size %1 is out of range.").arg(options.chunkSize);
        m_finished = true;
        return;
    }
    auto stored = std::make_unique<detail::HashingSink>(std::make_unique<jobs::FileSink>(m_path));
    m_stored = stored.get();
    std::unique_ptr<jobs::ByteSink> chain = std::move(stored);
    if (options.key) {
        // Key id and content are normalised through fromBytes so a hand-built DataKey cannot
        // carry an id that does not belong to its bytes.
        chain = std::make_unique<detail::EncryptingSink>(*DataKey::fromBytes(options.key->bytes), options.compression,
                                                         options.chunkSize, std::move(chain));
    }
    m_chain = std::make_unique<detail::CompressingSink>(options.compression, options.level, std::move(chain));
}

ArtifactWriter::~ArtifactWriter()
{
    if (!m_finished)
        abort();
}

QString ArtifactWriter::errorString() const
{
    return m_error;
}

bool ArtifactWriter::fail()
{
    // Keep the first cause (e.g. ENOSPC from the file), then remove the partial file.
    if (m_error.isEmpty())
        m_error = m_chain->errorString();
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("ArtifactWriter", "Writing %1 failed.").arg(m_path);
    m_chain->abort();
    m_finished = true;
    return false;
}

bool ArtifactWriter::write(const char *data, qsizetype size)
{
    if (m_finished)
        return false;
    if (size <= 0)
        return true;
    m_contentHash->update(data, size);
    m_contentBytes.fetch_add(size, std::memory_order_relaxed);
    if (!m_chain->write(data, size))
        return fail();
    return true;
}

bool ArtifactWriter::close()
{
    if (m_finished)
        return false;
    if (!m_chain->close())
        return fail();
    m_finished = true;
    m_digest.contentBytes = m_contentBytes.load();
    m_digest.contentSha256 = m_contentHash->finishHex();
    m_digest.storedBytes = m_stored->bytes();
    m_digest.storedSha256 = m_stored->sha256();
    return true;
}

void ArtifactWriter::abort()
{
    if (!m_finished && m_chain)
        m_chain->abort();
    m_finished = true;
}

} // namespace chartroom::artifact
