// Memory stays bounded however long the stream: 200 MB through writer and reader.

#include "artifact/artifactreader.h"
#include "artifact/artifactwriter.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom::artifact;

namespace {

constexpr qint64 kTotal = 200'000'000;
constexpr qint64 kAllowedGrowthKiB = 48 * 1024;

// Dump-like text with varying numbers, generated block by block so the test holds none of it.
class DumpGenerator
{
public:
    QByteArray next(qsizetype size)
    {
        QByteArray out;
        out.reserve(size + 128);
        while (out.size() < size) {
            out += "INSERT INTO events VALUES (" + QByteArray::number(m_row) + ", '2026-11-"
                   + QByteArray::number(m_row % 28 + 1) + "', " + QByteArray::number((m_row * 2654435761u) % 100000)
                   + ", 'user-" + QByteArray::number(m_row % 977) + "');\n";
            ++m_row;
        }
        out.truncate(size);
        return out;
    }

private:
    quint64 m_row = 0;
};

} // namespace

class tst_ArtifactMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bounded_data()
    {
        QTest::addColumn<int>("compression");
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("zstd+aes") << int(Compression::Zstd) << true;
        QTest::newRow("gzip") << int(Compression::Gzip) << false;
        QTest::newRow("none+aes") << int(Compression::None) << true;
    }

    void bounded()
    {
        QFETCH(int, compression);
        QFETCH(bool, encrypted);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big"));
        WriteOptions options;
        options.compression = Compression(compression);
        options.level = 1;
        if (encrypted)
            options.key = DataKey::generate();

        const qint64 before = chartroom::test::currentRssKiB();
        qint64 peak = before;
        QCryptographicHash expected(QCryptographicHash::Sha256);
        {
            ArtifactWriter writer(file, options);
            DumpGenerator generator;
            for (qint64 done = 0; done < kTotal;) {
                const QByteArray block = generator.next(qMin<qint64>(1'048'573, kTotal - done));
                expected.addData(block);
                QVERIFY(writer.write(block.constData(), block.size()));
                done += block.size();
                peak = qMax(peak, chartroom::test::currentRssKiB());
            }
            QVERIFY(writer.close());
            QCOMPARE(writer.digest().contentBytes, kTotal);
        }
        ReadOptions readOptions;
        readOptions.compression = options.compression;
        readOptions.key = options.key;
        ArtifactReader reader(file, readOptions);
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        QCryptographicHash actual(QCryptographicHash::Sha256);
        for (;;) {
            const qint64 n = reader.read(buffer.data(), buffer.size());
            QVERIFY2(n >= 0, qPrintable(reader.errorString()));
            if (n == 0)
                break;
            actual.addData(QByteArrayView(buffer.constData(), n));
            peak = qMax(peak, chartroom::test::currentRssKiB());
        }
        QCOMPARE(reader.digest().contentBytes, kTotal);
        QCOMPARE(actual.result(), expected.result());
        qInfo("RSS before %lld KiB, peak %lld KiB (+%lld KiB) for %lld MB", before, peak, peak - before, kTotal / 1000000);
        QVERIFY2(peak - before < kAllowedGrowthKiB, qPrintable(QString::number(peak - before)));
    }
};

QTEST_GUILESS_MAIN(tst_ArtifactMemory)
#include "tst_artifactmemory.moc"
