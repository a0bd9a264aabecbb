#pragma once

#include "artifactdigest.h"
#include "artifactreader.h"
#include "core/result.h"

#include <functional>

namespace chartroom::artifact {

/// Reads a whole artifact through ArtifactReader, discards the content and returns its digest,
/// or the reader's coded Error. `progress` receives the stored (file) bytes read so far;
/// returning false cancels with "artifact.canceled".
///
/// An encrypted artifact verified without a key cannot have its content authenticated. The
/// stored bytes are then still hashed and compared with options.expected ("artifact.truncated"
/// or "artifact.checksum-mismatch" on a difference), and the result is always the Error
/// "artifact.key-required" — never a success — whose details name the stored size and SHA-256
/// and say whether they matched. Use verifyStoredBytes() to get that digest as a value.
Result<ArtifactDigest> verifyArtifact(const QString &path, const ReadOptions &options,
                                      const std::function<bool(qint64 bytesRead)> &progress = {});

/// Hashes the file as stored, without decrypting or decompressing it: storedBytes and
/// storedSha256 are set, contentBytes is -1 and contentSha256 empty (not known).
Result<ArtifactDigest> verifyStoredBytes(const QString &path,
                                         const std::function<bool(qint64 bytesRead)> &progress = {});

} // namespace chartroom::artifact
