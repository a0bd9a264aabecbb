#pragma once

// Helpers shared by the artifact tests: write a buffer in odd-sized pieces, read it back
// through ArtifactReader in odd-sized pieces, and hash independently of the library.

#include "artifact/artifactreader.h"
#include "artifact/artifactwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

namespace chartroom::artifact::test {

inline QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFileBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.generate() & 0xff);
    return data;
}

/// Writes `data` in pieces of varying odd sizes; returns false and sets `error` on failure.
inline bool writeArtifact(const QString &path, const QByteArray &data, const WriteOptions &options,
                          ArtifactDigest *digest = nullptr, QString *error = nullptr)
{
    static constexpr qsizetype kPieces[] = {1, 7, 4093, 65537, 333, 1000003, 2};
    ArtifactWriter writer(path, options);
    qsizetype pos = 0;
    for (int i = 0; pos < data.size(); ++i) {
        const qsizetype n = qMin(kPieces[i % 7], data.size() - pos);
        if (!writer.write(data.constData() + pos, n)) {
            if (error)
                *error = writer.errorString();
            return false;
        }
        pos += n;
    }
    if (writer.contentBytes() != data.size() || !writer.close()) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    if (digest)
        *digest = writer.digest();
    return true;
}

struct ReadOutcome
{
    QByteArray data;
    bool cleanEnd = false; // read() returned 0
    bool failed = false;   // read() returned -1
    Error error;
    ArtifactDigest digest;
};

/// Reads until read() returns 0 or -1, in varying odd sizes; then checks read() stays put.
inline ReadOutcome readArtifact(const QString &path, const ReadOptions &options)
{
    static constexpr qint64 kSizes[] = {1, 4099, 17, 262147, 65536};
    ArtifactReader reader(path, options);
    ReadOutcome outcome;
    QByteArray buffer(262147, Qt::Uninitialized);
    for (int i = 0;; ++i) {
        const qint64 n = reader.read(buffer.data(), kSizes[i % 5]);
        if (n < 0) {
            outcome.failed = true;
            outcome.error = reader.error();
            // A failed reader must stay failed.
            if (reader.read(buffer.data(), 10) != -1)
                outcome.cleanEnd = true;
            break;
        }
        if (n == 0) {
            outcome.cleanEnd = reader.atEnd();
            outcome.digest = reader.digest();
            break;
        }
        outcome.data.append(buffer.constData(), n);
    }
    return outcome;
}

} // namespace chartroom::artifact::test
