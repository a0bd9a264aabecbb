// Damage to artifacts must be detected with the right error code, and ArtifactReader must
// never report a clean end for a damaged or incomplete artifact.

#include "artifact/verifyartifact.h"
#include "artifacttesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace chartroom::artifact;
using namespace chartroom::artifact::test;

using Mutation = std::function<QByteArray(QByteArray)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(Compression)

namespace {

constexpr qsizetype kChunk = 4096;
constexpr qsizetype kSealed = kChunk + 16;
constexpr qsizetype kHeader = 72;

qsizetype chunkOffset(int k)
{
    return kHeader + k * kSealed;
}

Mutation flip(qsizetype offset)
{
    return [offset](QByteArray b) {
        b[offset] = char(b[offset] ^ 0x01);
        return b;
    };
}

Mutation truncateAt(qsizetype size)
{
    return [size](QByteArray b) { return b.left(size); };
}

} // namespace

class tst_ArtifactTamper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DataKey m_key = DataKey::generate();

    // 5 full chunks of 4 KiB and a final chunk of 100 bytes, uncompressed so offsets are exact.
    QByteArray m_content = randomBytes(5 * kChunk + 100, 42);

    QString write(const QString &name, const QByteArray &content, Compression compression, bool encrypted,
                  ArtifactDigest *digest)
    {
        WriteOptions options;
        options.compression = compression;
        options.chunkSize = kChunk;
        if (encrypted)
            options.key = m_key;
        const QString file = m_dir.filePath(name);
        if (!writeArtifact(file, content, options, digest))
            qFatal("writing the test artifact failed");
        return file;
    }

    // Reads the damaged file with and without an expected digest and checks the verdicts.
    void expectFailure(const QString &file, const ReadOptions &options, const QString &code,
                       const QString &messagePart, qsizetype maxPlaintextReleased)
    {
        const ReadOutcome outcome = readArtifact(file, options);
        QVERIFY2(outcome.failed, "the damaged artifact was read to a clean end");
        QVERIFY(!outcome.cleanEnd);
        QCOMPARE(outcome.error.code, code);
        if (!messagePart.isEmpty())
            QVERIFY2(outcome.error.message.contains(messagePart), qPrintable(outcome.error.message));
        QVERIFY2(outcome.data.size() <= maxPlaintextReleased,
                 qPrintable(QStringLiteral("%1 bytes released").arg(outcome.data.size())));
        QVERIFY(m_content.startsWith(outcome.data) || options.compression != Compression::None);

        const auto verified = verifyArtifact(file, options);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, code);
    }

private Q_SLOTS:
    void encrypted_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<bool>("withExpected");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qsizetype>("maxReleased");
        const QString auth = QStringLiteral("artifact.authentication-failed");
        const QString truncated = QStringLiteral("artifact.truncated");
        const qsizetype all = 5 * kChunk + 100;

        QTest::newRow("header magic") << flip(1) << false << QStringLiteral("artifact.bad-format") << QString() << qsizetype(0);
        QTest::newRow("header version") << flip(8) << false << QStringLiteral("artifact.bad-format")
                                        << QStringLiteral("version") << qsizetype(0);
        QTest::newRow("header compression") << flip(10) << false << auth << QStringLiteral("header") << qsizetype(0);
        QTest::newRow("header chunk size") << flip(13) << false << auth << QStringLiteral("header") << qsizetype(0);
        QTest::newRow("header key id") << flip(18) << false << QStringLiteral("artifact.wrong-key")
                                       << QStringLiteral("does not match") << qsizetype(0);
        QTest::newRow("header file id") << flip(40) << false << auth << QStringLiteral("header") << qsizetype(0);
        QTest::newRow("header tag") << flip(60) << false << auth << QStringLiteral("header") << qsizetype(0);
        QTest::newRow("chunk 0 first byte") << flip(chunkOffset(0)) << false << auth << QStringLiteral("Chunk 0") << qsizetype(0);
        QTest::newRow("chunk 2 middle") << flip(chunkOffset(2) + 1000) << false << auth << QStringLiteral("Chunk 2")
                                        << 2 * kChunk;
        QTest::newRow("chunk 3 tag") << flip(chunkOffset(3) + kChunk + 5) << false << auth << QStringLiteral("Chunk 3")
                                     << 3 * kChunk;
        QTest::newRow("final chunk") << flip(chunkOffset(5) + 10) << false << auth << QStringLiteral("Chunk 5") << 5 * kChunk;
        QTest::newRow("last byte") << Mutation([](QByteArray b) { b[b.size() - 1] = char(b.back() ^ 0x80); return b; })
                                   << false << auth << QStringLiteral("Chunk 5") << 5 * kChunk;
        QTest::newRow("truncate inside header") << truncateAt(40) << false << truncated << QString() << qsizetype(0);
        QTest::newRow("truncate after header") << truncateAt(kHeader) << false << truncated << QString() << qsizetype(0);
        QTest::newRow("truncate at chunk boundary") << truncateAt(chunkOffset(3)) << false << truncated
                                                    << QStringLiteral("chunk 2") << 2 * kChunk;
        QTest::newRow("drop final chunk") << truncateAt(chunkOffset(5)) << false << truncated
                                          << QStringLiteral("chunk 4") << 4 * kChunk;
        QTest::newRow("truncate inside chunk 3") << truncateAt(chunkOffset(3) + 2000) << false << auth
                                                 << QStringLiteral("Chunk 3") << 3 * kChunk;
        QTest::newRow("truncate inside chunk 3, expected") << truncateAt(chunkOffset(3) + 2000) << true << truncated
                                                           << QStringLiteral("chunk 3") << 3 * kChunk;
        QTest::newRow("truncate inside tag of final") << truncateAt(chunkOffset(5) + 10) << false << truncated
                                                      << QStringLiteral("chunk 5") << 5 * kChunk;
        QTest::newRow("swap chunks 1 and 2") << Mutation([](QByteArray b) {
            const QByteArray c1 = b.mid(chunkOffset(1), kSealed);
            b.replace(chunkOffset(1), kSealed, b.mid(chunkOffset(2), kSealed));
            b.replace(chunkOffset(2), kSealed, c1);
            return b;
        }) << false << auth << QStringLiteral("Chunk 1") << kChunk;
        QTest::newRow("duplicate chunk 1") << Mutation([](QByteArray b) {
            const QByteArray copy = b.mid(chunkOffset(1), kSealed);
            b.insert(chunkOffset(2), copy);
            return b;
        }) << false << auth << QStringLiteral("Chunk 2") << 2 * kChunk;
        QTest::newRow("remove chunk 1") << Mutation([](QByteArray b) {
            b.remove(chunkOffset(1), kSealed);
            return b;
        })
                                        << false << auth << QStringLiteral("Chunk 1") << kChunk;
        QTest::newRow("append garbage") << Mutation([](QByteArray b) {
            b.append("garbage");
            return b;
        }) << false << auth
                                        << QStringLiteral("Chunk 5") << 5 * kChunk;
        QTest::newRow("append a copy of the final chunk") << Mutation([](QByteArray b) {
            const QByteArray final = b.mid(chunkOffset(5));
            b.append(final);
            return b;
        }) << false << auth << QString() << 5 * kChunk;
        QTest::newRow("empty file") << truncateAt(0) << false << QStringLiteral("artifact.bad-format") << QString()
                                    << qsizetype(0);
        Q_UNUSED(all)
    }

    void encrypted()
    {
        QFETCH(Mutation, mutation);
        QFETCH(bool, withExpected);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(qsizetype, maxReleased);
        ArtifactDigest digest;
        const QString original = write(QStringLiteral("t.crae"), m_content, Compression::None, true, &digest);
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.crae"));
        QVERIFY(writeFileBytes(damaged, mutation(fileBytes(original))));
        ReadOptions options;
        options.compression = Compression::None;
        options.key = m_key;
        if (withExpected)
            options.expected = digest;
        expectFailure(damaged, options, code, message, maxReleased);
    }

    void finalChunkFull()
    {
        // Content of exactly 3 chunks: the final chunk is full-sized, so only its flag marks it.
        const QByteArray content = m_content.left(3 * kChunk);
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("full.crae"), content, Compression::None, true, &digest);
        const QByteArray stored = fileBytes(file);
        QCOMPARE(stored.size(), kHeader + 3 * kSealed);
        ReadOptions options;
        options.compression = Compression::None;
        options.key = m_key;
        QVERIFY(readArtifact(file, options).data == content);

        const QString damaged = m_dir.filePath(QStringLiteral("full-damaged.crae"));
        QVERIFY(writeFileBytes(damaged, QByteArray(stored).append('x')));
        expectFailure(damaged, options, QStringLiteral("artifact.authentication-failed"),
                      QStringLiteral("after its final chunk 2"), 2 * kChunk);
        QVERIFY(writeFileBytes(damaged, stored.left(chunkOffset(2))));
        expectFailure(damaged, options, QStringLiteral("artifact.truncated"), QStringLiteral("chunk 1"), kChunk);
    }

    void emptyStreamHasAFinalChunk()
    {
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("empty.crae"), {}, Compression::None, true, &digest);
        QCOMPARE(fileBytes(file).size(), kHeader + 16);
        ReadOptions options;
        options.compression = Compression::None;
        options.key = m_key;
        const QString damaged = m_dir.filePath(QStringLiteral("empty-damaged.crae"));
        QVERIFY(writeFileBytes(damaged, fileBytes(file).left(kHeader)));
        expectFailure(damaged, options, QStringLiteral("artifact.truncated"), QString(), 0);
    }

    void compressedAndEncrypted()
    {
        QByteArray content;
        for (int i = 0; i < 20'000; ++i)
            content += "INSERT INTO orders VALUES (" + QByteArray::number(i * 7919) + ", 'customer-"
                       + QByteArray::number(i % 97) + "');\n";
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("c.zst.crae"), content, Compression::Zstd, true, &digest);
        const QByteArray stored = fileBytes(file);
        QVERIFY(stored.size() > chunkOffset(2)); // several chunks of compressed data
        const QString damaged = m_dir.filePath(QStringLiteral("c-damaged.zst.crae"));
        QVERIFY(writeFileBytes(damaged, flip(chunkOffset(1) + 7)(stored)));
        ReadOptions options;
        options.compression = Compression::Zstd;
        options.key = m_key;
        expectFailure(damaged, options, QStringLiteral("artifact.authentication-failed"), QStringLiteral("Chunk 1"),
                      content.size());

        options.compression = Compression::Gzip; // the header records zstd
        expectFailure(file, options, QStringLiteral("artifact.bad-format"), QStringLiteral("zstd"), 0);
    }

    void wrongKey()
    {
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("k.crae"), m_content, Compression::None, true, &digest);
        ReadOptions options;
        options.compression = Compression::None;
        options.key = DataKey::generate();
        expectFailure(file, options, QStringLiteral("artifact.wrong-key"),
                      QStringLiteral("The key does not match this artifact"), 0);

        // A plain artifact read with a key is not what the caller expects either.
        const QString plain = write(QStringLiteral("plain"), m_content, Compression::None, false, &digest);
        expectFailure(plain, options, QStringLiteral("artifact.bad-format"), QString(), 0);
    }

    void noKey()
    {
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("nokey.crae"), m_content, Compression::None, true, &digest);
        ReadOptions options;
        options.compression = Compression::None;
        const ReadOutcome outcome = readArtifact(file, options);
        QVERIFY(outcome.failed && !outcome.cleanEnd);
        QCOMPARE(outcome.error.code, QStringLiteral("artifact.key-required"));

        auto verified = verifyArtifact(file, options);
        QCOMPARE(verified.error().code, QStringLiteral("artifact.key-required"));
        QVERIFY(verified.error().details.contains(digest.storedSha256));
        options.expected = digest;
        verified = verifyArtifact(file, options);
        QCOMPARE(verified.error().code, QStringLiteral("artifact.key-required"));
        QVERIFY(verified.error().details.contains(QStringLiteral("matches")));

        const QString damaged = m_dir.filePath(QStringLiteral("nokey-damaged.crae"));
        QVERIFY(writeFileBytes(damaged, flip(chunkOffset(2))(fileBytes(file))));
        QCOMPARE(verifyArtifact(damaged, options).error().code, QStringLiteral("artifact.checksum-mismatch"));
        QVERIFY(writeFileBytes(damaged, fileBytes(file).left(chunkOffset(2))));
        QCOMPARE(verifyArtifact(damaged, options).error().code, QStringLiteral("artifact.truncated"));

        const auto stored = verifyStoredBytes(file);
        QVERIFY(stored.ok());
        QCOMPARE(stored->storedSha256, digest.storedSha256);
        QCOMPARE(stored->contentBytes, -1);
    }

    void expectedMismatch_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("code");
        for (const bool encrypted : {false, true}) {
            const char *e = encrypted ? "aes " : "";
            QTest::addRow("%scontent sha", e) << Compression::Zstd << encrypted << 0 << QStringLiteral("artifact.checksum-mismatch");
            QTest::addRow("%sstored sha", e) << Compression::Zstd << encrypted << 1 << QStringLiteral("artifact.checksum-mismatch");
            QTest::addRow("%scontent shorter than recorded", e) << Compression::Gzip << encrypted << 2
                                                                << QStringLiteral("artifact.checksum-mismatch");
            QTest::addRow("%scontent longer than recorded", e) << Compression::None << encrypted << 3
                                                               << QStringLiteral("artifact.checksum-mismatch");
            QTest::addRow("%sfile shorter than recorded", e) << Compression::None << encrypted << 4
                                                             << QStringLiteral("artifact.truncated");
        }
    }

    void expectedMismatch()
    {
        QFETCH(Compression, compression);
        QFETCH(bool, encrypted);
        QFETCH(int, field);
        QFETCH(QString, code);
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("e") + fileSuffix(compression, encrypted), m_content, compression,
                                   encrypted, &digest);
        ArtifactDigest expected = digest;
        switch (field) {
        case 0:
            expected.contentSha256 = sha256Hex("something else");
            break;
        case 1:
            expected.storedSha256 = sha256Hex("something else");
            break;
        case 2:
            expected.contentBytes += 1;
            break;
        case 3:
            expected.contentBytes -= 1;
            break;
        case 4:
            expected.storedBytes += 1;
            break;
        }
        ReadOptions options;
        options.compression = compression;
        options.expected = expected;
        if (encrypted)
            options.key = m_key;
        expectFailure(file, options, code, QString(), m_content.size());
    }

    void plainCompressedDamage_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("code");
        for (const Compression c : {Compression::Zstd, Compression::Gzip}) {
            const QString name = compressionName(c);
            QTest::addRow("%s flipped byte", qPrintable(name)) << c << flip(3000) << QStringLiteral("artifact.decompress-failed");
            QTest::addRow("%s truncated", qPrintable(name)) << c << truncateAt(3000) << QStringLiteral("artifact.truncated");
            QTest::addRow("%s garbage appended", qPrintable(name))
                << c << Mutation([](QByteArray b) {
                   b.append("not a frame at all");
                   return b;
               })
                << QStringLiteral("artifact.decompress-failed");
            QTest::addRow("%s empty file", qPrintable(name)) << c << truncateAt(0) << QStringLiteral("artifact.truncated");
            QTest::addRow("%s not compressed", qPrintable(name))
                << c << Mutation([](const QByteArray &) {
                   QByteArray other;
                   other.fill('x', 5000);
                   return other;
               }) << QStringLiteral("artifact.decompress-failed");
        }
    }

    void plainCompressedDamage()
    {
        QFETCH(Compression, compression);
        QFETCH(Mutation, mutation);
        QFETCH(QString, code);
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("p") + fileSuffix(compression, false), m_content, compression, false,
                                   &digest);
        QVERIFY(fileBytes(file).size() > 3000);
        const QString damaged = m_dir.filePath(QStringLiteral("p-damaged") + fileSuffix(compression, false));
        QVERIFY(writeFileBytes(damaged, mutation(fileBytes(file))));
        ReadOptions options;
        options.compression = compression;
        expectFailure(damaged, options, code, QString(), m_content.size());
    }

    void cancel()
    {
        ArtifactDigest digest;
        const QString file = write(QStringLiteral("cancel.crae"), randomBytes(2'000'000, 3), Compression::None, true,
                                   &digest);
        ReadOptions options;
        options.compression = Compression::None;
        options.key = m_key;
        int calls = 0;
        const auto result = verifyArtifact(file, options, [&calls](qint64) { return ++calls < 2; });
        QCOMPARE(result.error().code, QStringLiteral("artifact.canceled"));
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ArtifactTamper)
#include "tst_artifacttamper.moc"
