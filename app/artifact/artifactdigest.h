#pragma once

#include <QString>

namespace chartroom::artifact {

/// What a backup manifest records about one artifact, and what verification compares.
///
/// content* describe the uncompressed plaintext (what `kubectl exec` produced), stored* the
/// file exactly as on disk. SHA-256 values are lower-case hex. A default-constructed digest
/// (empty hashes) never equals a computed one.
struct ArtifactDigest
{
    qint64 contentBytes = 0;
    QString contentSha256;
    qint64 storedBytes = 0;
    QString storedSha256;

    friend bool operator==(const ArtifactDigest &, const ArtifactDigest &) = default;
};

} // namespace chartroom::artifact
