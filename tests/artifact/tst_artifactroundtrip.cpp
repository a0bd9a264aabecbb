// Round trips through ArtifactWriter/ArtifactReader for every compression × encryption, the
// writer's atomicity and failure reporting, and checks of the plain (unencrypted) formats.

#include "artifact/verifyartifact.h"
#include "artifacttesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>

#include <csignal>
#include <cstring>
#include <sys/resource.h>

using namespace chartroom::artifact;
using namespace chartroom::artifact::test;

Q_DECLARE_METATYPE(Compression)

class tst_ArtifactRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DataKey m_key = DataKey::generate();

    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool leftovers(const QString &file) const
    {
        return QFileInfo::exists(file) || QFileInfo::exists(file + QStringLiteral(".partial"));
    }

private Q_SLOTS:
    void names()
    {
        for (const Compression c : {Compression::None, Compression::Gzip, Compression::Zstd})
            QCOMPARE(compressionFromName(compressionName(c)), c);
        QCOMPARE(compressionName(Compression::Zstd), QStringLiteral("zstd"));
        QCOMPARE(compressionName(Compression::Gzip), QStringLiteral("gzip"));
        QCOMPARE(compressionName(Compression::None), QStringLiteral("none"));
        QVERIFY(!compressionFromName(QStringLiteral("xz")));
        QCOMPARE(fileSuffix(Compression::Zstd, false), QStringLiteral(".zst"));
        QCOMPARE(fileSuffix(Compression::Gzip, true), QStringLiteral(".gz.crae"));
        QCOMPARE(fileSuffix(Compression::None, true), QStringLiteral(".crae"));
        QCOMPARE(fileSuffix(Compression::None, false), QString());
    }

    void dataKey()
    {
        const DataKey a = DataKey::generate();
        const DataKey b = DataKey::generate();
        QCOMPARE(a.bytes.size(), 32);
        QVERIFY(a.bytes != b.bytes);
        QVERIFY(a.id != b.id);
        QCOMPARE(a.id.size(), 16);
        // Independent computation of the documented id: SHA-256("chartroom-artifact-key-id/v1\0" || key).
        const QByteArray domain("chartroom-artifact-key-id/v1", 29);
        QCOMPARE(a.id, sha256Hex(domain + a.bytes).left(16));
        QVERIFY(!a.id.contains(QString::fromLatin1(a.bytes.toHex().left(8))));
        QCOMPARE(DataKey::fromBytes(a.bytes)->id, a.id);
        QVERIFY(!DataKey::fromBytes(QByteArray(31, 'x')));
        QVERIFY(!DataKey::fromBytes(QByteArray(33, 'x')));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<qsizetype>("size");
        const qsizetype chunk = 1 << 20;
        const QList<QPair<const char *, qsizetype>> sizes = {
            {"empty", 0}, {"1 byte", 1}, {"chunk-1", chunk - 1}, {"chunk", chunk},
            {"chunk+1", chunk + 1}, {"20 MB", 20'000'000}};
        for (const Compression c : {Compression::None, Compression::Gzip, Compression::Zstd}) {
            for (const bool encrypted : {false, true}) {
                for (const auto &[label, size] : sizes) {
                    const QString name = compressionName(c) + (encrypted ? QStringLiteral("+aes ") : QStringLiteral(" "))
                                         + QLatin1String(label);
                    QTest::newRow(qPrintable(name)) << c << encrypted << size;
                }
            }
        }
    }

    void roundTrip()
    {
        QFETCH(Compression, compression);
        QFETCH(bool, encrypted);
        QFETCH(qsizetype, size);
        const QByteArray content = randomBytes(size, quint32(size) + 11);
        const QString file = path(QStringLiteral("rt") + fileSuffix(compression, encrypted));
        WriteOptions options;
        options.compression = compression;
        if (encrypted)
            options.key = m_key;
        ArtifactDigest written;
        QString error;
        QVERIFY2(writeArtifact(file, content, options, &written, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".partial")));

        const QByteArray stored = fileBytes(file);
        QCOMPARE(written.contentBytes, size);
        QCOMPARE(written.contentSha256, sha256Hex(content));
        QCOMPARE(written.storedBytes, stored.size());
        QCOMPARE(written.storedSha256, sha256Hex(stored));
        QCOMPARE(isEncryptedArtifact(file), std::optional<bool>(encrypted));
        if (compression == Compression::None && !encrypted)
            QCOMPARE(stored, content);
        if (encrypted) // header, then every 1 MiB chunk carries a 16-byte tag; at least one chunk
            QVERIFY(stored.size() >= 72 + 16);

        ReadOptions readOptions;
        readOptions.compression = compression;
        readOptions.key = options.key;
        ReadOutcome outcome = readArtifact(file, readOptions);
        QVERIFY2(!outcome.failed, qPrintable(outcome.error.toString()));
        QVERIFY(outcome.cleanEnd);
        QVERIFY(outcome.data == content);
        QCOMPARE(outcome.digest, written);

        readOptions.expected = written;
        ArtifactReader sized(file, readOptions);
        QCOMPARE(sized.size(), size);
        outcome = readArtifact(file, readOptions);
        QVERIFY2(outcome.cleanEnd, qPrintable(outcome.error.toString()));

        qint64 lastProgress = 0;
        const auto verified = verifyArtifact(file, readOptions, [&lastProgress](qint64 n) {
            lastProgress = n;
            return true;
        });
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().toString()));
        QCOMPARE(*verified, written);
        if (size > 0)
            QCOMPARE(lastProgress, written.storedBytes);
    }

    void encryptionIsFreshPerFile()
    {
        // Same key, same content: different file ids, so different ciphertexts.
        const QByteArray content(100'000, 'a');
        WriteOptions options;
        options.compression = Compression::None;
        options.key = m_key;
        QVERIFY(writeArtifact(path(QStringLiteral("a.crae")), content, options));
        QVERIFY(writeArtifact(path(QStringLiteral("b.crae")), content, options));
        const QByteArray a = fileBytes(path(QStringLiteral("a.crae")));
        const QByteArray b = fileBytes(path(QStringLiteral("b.crae")));
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a.left(24), b.left(24)); // magic, version, sizes, key id
        QVERIFY(a.mid(24) != b.mid(24));
        QVERIFY(!a.contains(content.left(64)));
        QCOMPARE(a.mid(16, 8).toHex(), m_key.id.toLatin1());
    }

    void plainFormatsAreStandard_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<QString>("tool");
        QTest::newRow("zstd") << Compression::Zstd << QStringLiteral("zstd");
        QTest::newRow("gzip") << Compression::Gzip << QStringLiteral("gzip");
    }

    void plainFormatsAreStandard()
    {
        QFETCH(Compression, compression);
        QFETCH(QString, tool);
        const QString exe = QStandardPaths::findExecutable(tool);
        if (exe.isEmpty())
            QSKIP("compression tool not installed");
        QByteArray content;
        for (int i = 0; i < 50'000; ++i)
            content += "INSERT INTO t VALUES (" + QByteArray::number(i) + ", 'row');\n";
        const QString file = path(QStringLiteral("std") + fileSuffix(compression, false));
        WriteOptions options;
        options.compression = compression;
        QVERIFY(writeArtifact(file, content, options));
        QProcess process;
        process.start(exe, {QStringLiteral("-dc"), file});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput() == content);
        QVERIFY(fileBytes(file).size() < content.size() / 4);
    }

    void independentDecoder_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("none empty") << Compression::None << qsizetype(0);
        QTest::newRow("none 3 full chunks") << Compression::None << qsizetype(3 * 4096);
        QTest::newRow("none 300 KB") << Compression::None << qsizetype(300'001);
        QTest::newRow("zstd 300 KB") << Compression::Zstd << qsizetype(300'001);
        QTest::newRow("gzip 300 KB") << Compression::Gzip << qsizetype(300'001);
    }

    // crae_decode.py implements FORMAT.md with Python's own crypto: if it decodes what the
    // writer produced, the document describes the format precisely enough to write a decoder.
    void independentDecoder()
    {
        QFETCH(Compression, compression);
        QFETCH(qsizetype, size);
        const QString script = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/artifact/crae_decode.py");
        const QByteArray content = randomBytes(size / 2, 77) + QByteArray(size - size / 2, 'z');
        const QString file = path(QStringLiteral("py") + fileSuffix(compression, true));
        WriteOptions options;
        options.compression = compression;
        options.chunkSize = 4096;
        options.key = m_key;
        QVERIFY(writeArtifact(file, content, options));

        const auto run = [&](const QString &input) {
            QProcess process;
            process.start(QStringLiteral(CHARTROOM_PYTHON),
                          {script, input, QString::fromLatin1(m_key.bytes.toHex()), path(QStringLiteral("py.out"))});
            process.waitForFinished(60'000);
            return process.exitCode();
        };
        const int rc = run(file);
        if (rc == 3)
            QSKIP("python3 'cryptography' package not installed");
        QCOMPARE(rc, 0);
        QByteArray decoded = fileBytes(path(QStringLiteral("py.out")));
        if (compression != Compression::None) {
            const QString tool = QStandardPaths::findExecutable(compression == Compression::Zstd ? QStringLiteral("zstd")
                                                                                                 : QStringLiteral("gzip"));
            if (tool.isEmpty())
                QSKIP("compression tool not installed");
            QProcess process;
            process.start(tool, {QStringLiteral("-dc"), path(QStringLiteral("py.out"))});
            QVERIFY(process.waitForFinished(30'000));
            QCOMPARE(process.exitCode(), 0);
            decoded = process.readAllStandardOutput();
        }
        QVERIFY(decoded == content);

        // The independent decoder rejects a damaged file as well.
        QByteArray damaged = fileBytes(file);
        damaged[damaged.size() - 1] = char(damaged.back() ^ 1);
        QVERIFY(writeFileBytes(path(QStringLiteral("py-damaged")), damaged));
        QCOMPARE(run(path(QStringLiteral("py-damaged"))), 2);
    }

    void abortLeavesNothing_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("plain") << false;
        QTest::newRow("encrypted") << true;
    }

    void abortLeavesNothing()
    {
        QFETCH(bool, encrypted);
        const QString file = path(QStringLiteral("aborted.zst"));
        const QByteArray content = randomBytes(3'000'000, 5);
        WriteOptions options;
        if (encrypted)
            options.key = m_key;
        {
            ArtifactWriter writer(file, options);
            QVERIFY(writer.write(content.constData(), content.size()));
            QVERIFY(QFileInfo::exists(file + QStringLiteral(".partial")));
            QVERIFY(!QFileInfo::exists(file));
            writer.abort();
            QVERIFY(!leftovers(file));
            QVERIFY(!writer.write("x", 1));
            QVERIFY(!writer.close());
        }
        {
            ArtifactWriter writer(file, options); // destroyed without close()
            QVERIFY(writer.write(content.constData(), content.size()));
        }
        QVERIFY(!leftovers(file));
    }

    void writeFailureKeepsSystemMessage()
    {
        // Root ignores directory permissions, so simulate a full disk with a file size limit:
        // write() then fails with EFBIG exactly as it would with ENOSPC.
        const QString file = path(QStringLiteral("full.zst.crae"));
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = old;
        limited.rlim_cur = 1 << 20;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);

        WriteOptions options;
        options.compression = Compression::None;
        options.key = m_key;
        const QByteArray content = randomBytes(4 << 20, 9);
        QString error;
        const bool ok = writeArtifact(file, content, options, nullptr, &error);

        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(error));
        QVERIFY(!leftovers(file));
    }

    void missingDirectoryFails()
    {
        const QString file = path(QStringLiteral("no/such/dir/x.zst"));
        ArtifactWriter writer(file, WriteOptions{});
        const bool wrote = writer.write("abc", 3) && writer.close();
        QVERIFY(!wrote);
        QVERIFY2(writer.errorString().contains(QString::fromLocal8Bit(std::strerror(ENOENT))),
                 qPrintable(writer.errorString()));
        QVERIFY(!leftovers(file));
    }

    void progressFromAnotherThread()
    {
        // contentBytes() is what a progress timer on the UI thread polls while a worker writes.
        ArtifactWriter writer(path(QStringLiteral("progress.zst")), WriteOptions{});
        std::atomic<bool> done = false;
        QList<qint64> seen;
        QThread *poller = QThread::create([&] {
            while (!done.load())
                seen.append(writer.contentBytes());
        });
        poller->start();
        const QByteArray block(65536, 'p');
        for (int i = 0; i < 400; ++i)
            QVERIFY(writer.write(block.constData(), block.size()));
        done = true;
        poller->wait();
        delete poller;
        QVERIFY(writer.close());
        QCOMPARE(writer.contentBytes(), 400 * 65536);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(!seen.isEmpty() && seen.last() <= 400 * 65536);
    }

    void missingFile()
    {
        ReadOptions options;
        const ReadOutcome outcome = readArtifact(path(QStringLiteral("nothing.zst")), options);
        QVERIFY(outcome.failed && !outcome.cleanEnd);
        QCOMPARE(outcome.error.code, QStringLiteral("artifact.io"));
        QVERIFY(outcome.error.message.contains(QString::fromLocal8Bit(std::strerror(ENOENT))));
        QCOMPARE(verifyArtifact(path(QStringLiteral("nothing.zst")), options).error().code, QStringLiteral("artifact.io"));
    }
};

QTEST_GUILESS_MAIN(tst_ArtifactRoundTrip)
#include "tst_artifactroundtrip.moc"
