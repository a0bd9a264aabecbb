// Throughput of the artifact pipeline on dump-like data (repeated SQL text with varying numbers).
//   bench_artifact [--size-mb 1024] [--dir DIR]
// Prints one line per configuration: MB/s of content processed (writing, then reading back).

#include "artifact/artifactreader.h"
#include "artifact/artifactwriter.h"
#include "artifact/sha256.h"
#include "jobs/filesink.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace chartroom;
using namespace chartroom::artifact;

namespace {

// One 64 MiB block of dump text, reused; numbers vary so the compressor cannot cheat.
QByteArray makeBlock()
{
    QByteArray out;
    const qsizetype size = 64 << 20;
    out.reserve(size + 256);
    for (quint64 row = 0; out.size() < size; ++row) {
        out += "INSERT INTO public.orders (id, customer_id, placed_at, total, note) VALUES ("
               + QByteArray::number(row) + ", " + QByteArray::number((row * 2654435761u) % 1000003) + ", '2026-"
               + QByteArray::number(row % 12 + 1) + '-' + QByteArray::number(row % 28 + 1) + "', "
               + QByteArray::number(double((row * 40503u) % 100000) / 100.0, 'f', 2) + ", 'ref "
               + QByteArray::number(row ^ 0x5bd1e995, 16) + "');\n";
    }
    out.truncate(size);
    return out;
}

void report(const char *name, qint64 bytes, qint64 ms, qint64 storedBytes = -1)
{
    const double mbps = ms > 0 ? double(bytes) / 1e6 / (double(ms) / 1000.0) : 0.0;
    if (storedBytes >= 0)
        std::printf("%-34s %8.1f MB/s  (%lld ms, stored %.1f%% of content)\n", name, mbps, qlonglong(ms),
                    100.0 * double(storedBytes) / double(bytes));
    else
        std::printf("%-34s %8.1f MB/s  (%lld ms)\n", name, mbps, qlonglong(ms));
    std::fflush(stdout);
}

bool feed(qint64 total, const QByteArray &block, const std::function<bool(const char *, qsizetype)> &sink)
{
    for (qint64 done = 0; done < total;) {
        const qsizetype n = qsizetype(qMin<qint64>(block.size(), total - done));
        // Pieces of 1 MiB, as a pump reading a process pipe would deliver them.
        for (qsizetype off = 0; off < n; off += 1 << 20) {
            if (!sink(block.constData() + off, qMin<qsizetype>(1 << 20, n - off)))
                return false;
        }
        done += n;
    }
    return true;
}

bool readBack(const QString &path, const WriteOptions &options, qint64 total)
{
    ReadOptions readOptions;
    readOptions.compression = options.compression;
    readOptions.key = options.key;
    ArtifactReader reader(path, readOptions);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = reader.read(buffer.data(), buffer.size())) > 0) {
    }
    if (n < 0 || reader.digest().contentBytes != total) {
        std::fprintf(stderr, "read back failed: %s\n", qPrintable(reader.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 sizeMb = 1024;
    QString dirPath = QDir::tempPath();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--size-mb"))
            sizeMb = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            dirPath = args[i + 1];
    }
    QTemporaryDir dir(dirPath + QStringLiteral("/bench_artifact-XXXXXX"));
    const qint64 total = sizeMb * 1000 * 1000;
    const QByteArray block = makeBlock();
    std::printf("bench_artifact: %lld MB of dump-like text, fsync'd atomic files in %s\n", qlonglong(sizeMb),
                qPrintable(dir.path()));
    QElapsedTimer timer;

    {
        jobs::FileSink sink(dir.filePath(QStringLiteral("copy")));
        timer.start();
        if (!feed(total, block, [&sink](const char *d, qsizetype n) { return sink.write(d, n); }) || !sink.close())
            return 1;
        report("plain copy to file", total, timer.elapsed());
        QFile::remove(dir.filePath(QStringLiteral("copy")));
    }
    {
        detail::Sha256 hash;
        timer.start();
        feed(total, block, [&hash](const char *d, qsizetype n) { hash.update(d, n); return true; });
        hash.finish();
        report("sha256 only", total, timer.elapsed());
    }

    struct Config
    {
        const char *name;
        Compression compression;
        int level;
        bool encrypted;
    };
    const Config configs[] = {
        {"none + sha256 (writer)", Compression::None, 0, false},
        {"zstd -1 + sha256", Compression::Zstd, 1, false},
        {"zstd -3 + sha256", Compression::Zstd, 3, false},
        {"zstd -1 + AES-256-GCM + sha256", Compression::Zstd, 1, true},
        {"zstd -3 + AES-256-GCM + sha256", Compression::Zstd, 3, true},
        {"gzip -3 + sha256", Compression::Gzip, 3, false},
    };
    for (const Config &config : configs) {
        WriteOptions options;
        options.compression = config.compression;
        options.level = config.level;
        if (config.encrypted)
            options.key = DataKey::generate();
        const QString path = dir.filePath(QStringLiteral("artifact"));
        ArtifactWriter writer(path, options);
        timer.start();
        if (!feed(total, block, [&writer](const char *d, qsizetype n) { return writer.write(d, n); }) || !writer.close()) {
            std::fprintf(stderr, "%s: %s\n", config.name, qPrintable(writer.errorString()));
            return 1;
        }
        report(config.name, total, timer.elapsed(), writer.digest().storedBytes);
        timer.start();
        if (!readBack(path, options, total))
            return 1;
        report(qPrintable(QStringLiteral("  read back + verify")), total, timer.elapsed());
        QFile::remove(path);
    }
    return 0;
}
