#include "compression.h"

using namespace Qt::StringLiterals;

namespace chartroom::artifact {

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::None:
        return u"none"_s;
    case Compression::Gzip:
        return u"gzip"_s;
    case Compression::Zstd:
        return u"zstd"_s;
    }
    return {};
}

std::optional<Compression> compressionFromName(const QString &name)
{
    for (const Compression c : {Compression::None, Compression::Gzip, Compression::Zstd}) {
        if (name == compressionName(c))
            return c;
    }
    return std::nullopt;
}

QString fileSuffix(Compression compression, bool encrypted)
{
    QString suffix;
    if (compression == Compression::Gzip)
        suffix = u".gz"_s;
    else if (compression == Compression::Zstd)
        suffix = u".zst"_s;
    if (encrypted)
        suffix += u".crae"_s;
    return suffix;
}

} // namespace chartroom::artifact
