#pragma once

#include <QString>

#include <optional>

namespace chartroom::artifact {

/// How an artifact's content is compressed before (optional) encryption.
/// The names are stable: they are stored in backup manifests.
enum class Compression { None, Gzip, Zstd };

/// "none", "gzip" or "zstd".
QString compressionName(Compression compression);
/// Inverse of compressionName(); nullopt for an unknown name.
std::optional<Compression> compressionFromName(const QString &name);
/// File name suffix for an artifact: ".zst", ".gz" or "" for the compression, followed by
/// ".crae" (Chartroom artifact, encrypted) when encrypted, e.g. "dump.sql.zst.crae".
QString fileSuffix(Compression compression, bool encrypted);

} // namespace chartroom::artifact
