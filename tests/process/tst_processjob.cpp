#include "jobs/bytestream.h"
#include "jobs/filesink.h"
#include "jobs/filesource.h"
#include "jobs/processjob.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace chartroom;
using namespace chartroom::jobs;

namespace {

struct Run
{
    std::unique_ptr<ProcessJob> job;
    QList<QPair<OutputChannel, QString>> output;
    int finishedCount = 0;

    QStringList lines(OutputChannel channel) const
    {
        QStringList out;
        for (const auto &[c, text] : output)
            if (c == channel)
                out << text;
        return out;
    }
};

std::unique_ptr<Run> makeRun(const QStringList &arguments, const QString &program = test::fakeCli())
{
    auto run = std::make_unique<Run>();
    run->job = std::make_unique<ProcessJob>(QStringLiteral("fakecli"), CommandLine(program, arguments));
    Run *raw = run.get();
    QObject::connect(raw->job.get(), &Job::outputReceived, raw->job.get(),
                     [raw](OutputChannel channel, const QString &line) { raw->output.append({channel, line}); });
    QObject::connect(raw->job.get(), &Job::finished, raw->job.get(), [raw] { ++raw->finishedCount; });
    return run;
}

bool waitFinished(Run &run, int timeoutMs = 20000)
{
    run.job->start();
    if (!QTest::qWaitFor([&run] { return run.job->isFinished(); }, timeoutMs))
        return false;
    QCoreApplication::processEvents();
    return run.finishedCount == 1;
}

/// Counts bytes and their sum; can be paused to show that the producer is held back.
class CountingSink final : public ByteSink
{
public:
    bool write(const char *data, qsizetype size) override
    {
        {
            std::unique_lock lock(m_mutex);
            m_condition.wait(lock, [this] { return !m_paused; });
        }
        for (qsizetype i = 0; i < size; ++i)
            m_sum += static_cast<unsigned char>(data[i]);
        m_bytes += size;
        return true;
    }
    bool close() override { m_closed = true; return true; }
    void abort() override { m_aborted = true; }
    QString errorString() const override { return {}; }
    void setPaused(bool paused)
    {
        {
            std::lock_guard lock(m_mutex);
            m_paused = paused;
        }
        m_condition.notify_all();
    }

    std::atomic<qint64> m_bytes{0};
    std::atomic<quint64> m_sum{0};
    std::atomic<bool> m_closed{false};
    std::atomic<bool> m_aborted{false};

private:
    std::mutex m_mutex;
    std::condition_variable m_condition;
    bool m_paused = false;
};

quint64 patternSum(qint64 bytes)
{
    // fakecli's stream pattern: 64 KiB chunks of 'a' + i % 26.
    quint64 sum = 0;
    for (qint64 i = 0; i < bytes; ++i)
        sum += static_cast<unsigned char>('a' + (i % (64 * 1024)) % 26);
    return sum;
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ProcessJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void success()
    {
        auto run = makeRun({QStringLiteral("lines"), QStringLiteral("3")});
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->job->state(), JobState::Succeeded);
        QCOMPARE(run->job->exitCode(), 0);
        QCOMPARE(run->lines(OutputChannel::Stdout), (QStringList{"line 1", "line 2", "line 3"}));
        const QStringList info = run->lines(OutputChannel::Info);
        QCOMPARE(info.size(), 1);
        QCOMPARE(info.first(), QStringLiteral("$ ") + test::fakeCli() + QStringLiteral(" lines 3"));
    }

    void argumentsReachTheProgramVerbatim()
    {
        const QStringList tricky{QStringLiteral("$(touch /tmp/chartroom-pwned)"), QStringLiteral("a b"),
                                 QStringLiteral("*"), QStringLiteral("'\";|&")};
        auto run = makeRun(QStringList{QStringLiteral("echo-args")} + tricky);
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->lines(OutputChannel::Stdout), tricky);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/chartroom-pwned")));
    }

    void environmentOverridesAndNoInheritedSecrets()
    {
        CommandLine command(test::fakeCli(), {QStringLiteral("env"), QStringLiteral("KUBECONFIG")});
        command.setEnvironmentVariable(QStringLiteral("KUBECONFIG"), QStringLiteral("/tmp/kc"));
        auto run = makeRun({});
        run->job = std::make_unique<ProcessJob>(QStringLiteral("env"), command);
        std::vector<QString> lines;
        connect(run->job.get(), &Job::outputReceived, this, [&lines](OutputChannel c, const QString &l) {
            if (c == OutputChannel::Stdout)
                lines.push_back(l);
        });
        run->job->start();
        QTRY_VERIFY(run->job->isFinished());
        QCOMPARE(lines, std::vector<QString>{QStringLiteral("/tmp/kc")});
    }

    void exitCodeFailureQuotesStderr()
    {
        auto run = makeRun({QStringLiteral("exit"), QStringLiteral("3"), QStringLiteral("Error: release: not found")});
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->job->state(), JobState::Failed);
        QCOMPARE(run->job->error(), JobError::ExitCode);
        QCOMPARE(run->job->exitCode(), 3);
        QCOMPARE(run->job->errorString(), QStringLiteral("fakecli exited with code 3: Error: release: not found"));
        QCOMPARE(run->lines(OutputChannel::Stderr), QStringList{QStringLiteral("Error: release: not found")});
    }

    void missingProgram()
    {
        auto run = makeRun({QStringLiteral("version")}, QStringLiteral("/nonexistent/helm"));
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->job->state(), JobState::Failed);
        QCOMPARE(run->job->error(), JobError::StartFailed);
        QVERIFY2(run->job->errorString().contains(QLatin1String("/nonexistent/helm")), qPrintable(run->job->errorString()));
    }

    void crash()
    {
        auto run = makeRun({QStringLiteral("crash")});
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->job->error(), JobError::Crashed);
        QVERIFY2(run->job->errorString().contains(QLatin1String("signal 6")), qPrintable(run->job->errorString()));
    }

    void partialLinesAreCarriedOver()
    {
        auto run = makeRun({QStringLiteral("partial")});
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->lines(OutputChannel::Stdout), (QStringList{"abcdef", "ghi"}));
    }

    void utf8SplitAcrossReads()
    {
        auto run = makeRun({QStringLiteral("utf8split")});
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->lines(OutputChannel::Stdout), QStringList{QStringLiteral("größe")});
    }

    void stdinIsDevNullByDefault()
    {
        auto run = makeRun({QStringLiteral("count-stdin")});
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->lines(OutputChannel::Stdout), QStringList{QStringLiteral("0 0")});
    }

    void stdinData()
    {
        auto run = makeRun({QStringLiteral("count-stdin")});
        run->job->setStdinData(QByteArrayLiteral("AB")); // 65 + 66
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->lines(OutputChannel::Stdout), QStringList{QStringLiteral("2 131")});
    }

    void captureForParsers()
    {
        auto run = makeRun({QStringLiteral("lines"), QStringLiteral("1000")});
        run->job->setCaptureStdout(true, 100);
        run->job->setShowStdout(false);
        QVERIFY(waitFinished(*run));
        QCOMPARE(run->job->capturedStdout().size(), 100);
        QVERIFY(run->job->stdoutTruncated());
        QVERIFY(run->lines(OutputChannel::Stdout).isEmpty());
    }

    void timeoutStopsTheProcess()
    {
        auto run = makeRun({QStringLiteral("hang")});
        run->job->setTimeout(std::chrono::milliseconds(300));
        run->job->start();
        QTRY_VERIFY(run->lines(OutputChannel::Stdout).contains(QStringLiteral("ready")));
        const qint64 pid = run->job->processId();
        QTRY_VERIFY_WITH_TIMEOUT(run->job->isFinished(), 10000);
        QCOMPARE(run->job->error(), JobError::TimedOut);
        QVERIFY2(run->job->errorString().contains(QLatin1String("0.3 s")), qPrintable(run->job->errorString()));
        QVERIFY(test::processGone(pid));
        QCOMPARE(run->finishedCount, 1);
    }

    void cancelEscalatesToSigkill()
    {
        auto run = makeRun({QStringLiteral("ignore-term")});
        run->job->setTerminateGracePeriod(std::chrono::milliseconds(300));
        QSignalSpy states(run->job.get(), &Job::stateChanged);
        run->job->start();
        QTRY_VERIFY(run->lines(OutputChannel::Stdout).contains(QStringLiteral("ready")));
        const qint64 pid = run->job->processId();
        run->job->cancel();
        QCOMPARE(run->job->state(), JobState::Canceling); // cancel returned at once
        QVERIFY(!test::processGone(pid));                  // SIGTERM was ignored
        QTRY_VERIFY_WITH_TIMEOUT(run->job->isFinished(), 10000);
        QCOMPARE(run->job->state(), JobState::Canceled);
        QVERIFY(test::processGone(pid));
        QVERIFY(run->lines(OutputChannel::Info).join(QLatin1Char('\n')).contains(QLatin1String("SIGKILL")));
        QCOMPARE(run->finishedCount, 1);
    }

    void cancelKillsGrandchildren()
    {
        auto run = makeRun({QStringLiteral("grandchild")});
        run->job->setTerminateGracePeriod(std::chrono::milliseconds(300));
        run->job->start();
        QTRY_COMPARE(run->lines(OutputChannel::Stdout).size(), 2);
        const qint64 child = run->lines(OutputChannel::Stdout).at(0).section(QLatin1Char(' '), 1).toLongLong();
        const qint64 grandchild = run->lines(OutputChannel::Stdout).at(1).section(QLatin1Char(' '), 1).toLongLong();
        QVERIFY(child > 0 && grandchild > 0);
        QVERIFY(!test::processGone(grandchild));
        run->job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run->job->isFinished(), 10000);
        QCOMPARE(run->job->state(), JobState::Canceled);
        QVERIFY(test::processGone(child));
        // The grandchild ignores SIGTERM and is reparented; it must still die.
        QTRY_VERIFY_WITH_TIMEOUT(test::processGone(grandchild), 5000);
    }

    void cancelBeforeStartRunsNothing()
    {
        auto run = makeRun({QStringLiteral("lines"), QStringLiteral("1")});
        run->job->start();
        run->job->cancel();
        QTRY_VERIFY(run->job->isFinished());
        QCOMPARE(run->job->state(), JobState::Canceled);
        QCOMPARE(run->job->processId(), 0);
        QVERIFY(run->output.isEmpty());
    }

    void streams200MBInBoundedMemory()
    {
        const qint64 size = 200LL * 1024 * 1024;
        auto sink = std::make_unique<CountingSink>();
        CountingSink *rawSink = sink.get();
        auto run = makeRun({QStringLiteral("stream"), QString::number(size)});
        run->job->setStdoutSink(std::move(sink));
        const qint64 rssBefore = test::currentRssKiB();
        qint64 rssPeak = rssBefore;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&rssPeak] { rssPeak = qMax(rssPeak, test::currentRssKiB()); });
        sampler.start(20);
        QVERIFY(waitFinished(*run, 120000));
        QCOMPARE(run->job->state(), JobState::Succeeded);
        QCOMPARE(rawSink->m_bytes.load(), size);
        QVERIFY(rawSink->m_closed.load());
        QCOMPARE(run->job->processedAmount(), size);
        QCOMPARE(rawSink->m_sum.load(), patternSum(size));
        const qint64 growthKiB = rssPeak - rssBefore;
        qInfo("streamed %lld MiB; resident memory grew by %lld KiB", size >> 20, growthKiB);
        QVERIFY2(growthKiB < 16 * 1024, qPrintable(QStringLiteral("grew %1 KiB").arg(growthKiB)));
    }

    void slowSinkHoldsTheProducerBack()
    {
        auto sink = std::make_unique<CountingSink>();
        CountingSink *rawSink = sink.get();
        rawSink->setPaused(true);
        auto run = makeRun({QStringLiteral("stream"), QString::number(512LL * 1024 * 1024)});
        run->job->setStdoutSink(std::move(sink));
        run->job->start();
        QTRY_VERIFY(run->job->processId() > 0);
        const qint64 pid = run->job->processId();
        // The producer ends up blocked in write(1, ...) because nothing drains the pipe.
        if (procFile(pid, "syscall").isEmpty())
            QSKIP("/proc/PID/syscall is not readable here");
        QTRY_VERIFY_WITH_TIMEOUT(procFile(pid, "syscall").startsWith("1 0x1 "), 10000);
        const QByteArray io = procFile(pid, "io");
        const qint64 written = io.mid(io.indexOf("wchar:") + 6).trimmed().split('\n').value(0).toLongLong();
        qInfo("producer blocked after writing %lld bytes", written);
        QVERIFY2(written < 4 * 1024 * 1024, qPrintable(QString::number(written)));
        run->job->cancel();
        rawSink->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(run->job->isFinished(), 10000);
        QCOMPARE(run->job->state(), JobState::Canceled);
        QVERIFY(rawSink->m_aborted.load()); // a canceled stream is never closed as complete
        QVERIFY(!rawSink->m_closed.load());
        QVERIFY(test::processGone(pid));
    }

    void stdinFromSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, '\0');
        for (int i = 0; i < chunk.size(); ++i)
            chunk[i] = static_cast<char>(i % 251);
        quint64 sum = 0;
        for (char c : std::as_const(chunk))
            sum += static_cast<unsigned char>(c);
        for (int i = 0; i < 50; ++i)
            file.write(chunk);
        file.close();
        auto run = makeRun({QStringLiteral("count-stdin")});
        run->job->setStdinSource(std::make_unique<FileSource>(path));
        QVERIFY(waitFinished(*run, 60000));
        QCOMPARE(run->job->state(), JobState::Succeeded);
        QCOMPARE(run->lines(OutputChannel::Stdout),
                 QStringList{QStringLiteral("%1 %2").arg(50 * 1024 * 1024).arg(sum * 50)});
        QCOMPARE(run->job->processedAmount(), 50LL * 1024 * 1024);
        QCOMPARE(run->job->totalAmount(), 50LL * 1024 * 1024);
    }

    void consumerStoppingEarlyIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8 * 1024 * 1024, 'x'));
        file.close();
        auto run = makeRun({QStringLiteral("read-then-exit"), QStringLiteral("1000")});
        run->job->setStdinSource(std::make_unique<FileSource>(path));
        QVERIFY(waitFinished(*run, 30000));
        QCOMPARE(run->job->state(), JobState::Failed);
        QCOMPARE(run->job->error(), JobError::SourceFailed);
        QVERIFY2(run->job->errorString().contains(QLatin1String("stopped reading its input")),
                 qPrintable(run->job->errorString()));
    }

    void fullDiskFailsTheSinkAndLeavesNoFile()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("/dev/full is not available");
        auto run = makeRun({QStringLiteral("stream"), QString::number(4 * 1024 * 1024)});
        run->job->setStdoutSink(std::make_unique<FileSink>(QStringLiteral("/dev/full"), FileSink::Mode::Direct));
        QVERIFY(waitFinished(*run, 30000));
        QCOMPARE(run->job->state(), JobState::Failed);
        // The producer dies of SIGPIPE once the sink gave up; the sink's error is what is reported.
        QCOMPARE(run->job->error(), JobError::SinkFailed);
        QVERIFY2(run->job->errorString().contains(QLatin1String("No space left on device")),
                 qPrintable(run->job->errorString()));
    }

    void atomicFileSink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("dump.bin"));
        auto run = makeRun({QStringLiteral("stream"), QString::number(3 * 1024 * 1024 + 17)});
        run->job->setStdoutSink(std::make_unique<FileSink>(target));
        QVERIFY(waitFinished(*run, 30000));
        QCOMPARE(run->job->state(), JobState::Succeeded);
        QCOMPARE(QFileInfo(target).size(), 3 * 1024 * 1024 + 17);
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));

        // A canceled stream leaves neither the target nor a partial file.
        const QString second = dir.filePath(QStringLiteral("canceled.bin"));
        auto hang = makeRun({QStringLiteral("hang")});
        hang->job->setStdoutSink(std::make_unique<FileSink>(second));
        hang->job->start();
        QTRY_VERIFY(hang->job->processId() > 0);
        QTRY_VERIFY(QFile::exists(second + QStringLiteral(".partial")) || hang->job->streamedBytes() == 0);
        hang->job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(hang->job->isFinished(), 10000);
        QVERIFY(!QFile::exists(second));
        QVERIFY(!QFile::exists(second + QStringLiteral(".partial")));
    }

    void destroyingARunningJobLeavesNoProcess()
    {
        auto run = makeRun({QStringLiteral("hang")});
        run->job->start();
        QTRY_VERIFY(run->lines(OutputChannel::Stdout).contains(QStringLiteral("ready")));
        const qint64 pid = run->job->processId();
        run->job.reset();
        QTRY_VERIFY_WITH_TIMEOUT(test::processGone(pid), 5000);
    }

    void retryClone()
    {
        ProcessJob job(QStringLiteral("t"), CommandLine(test::fakeCli(), {QStringLiteral("lines"), QStringLiteral("1")}));
        job.setTimeout(std::chrono::seconds(7));
        auto copy = job.clone();
        QVERIFY(copy);
        auto *process = qobject_cast<ProcessJob *>(copy.get());
        QVERIFY(process);
        QCOMPARE(process->command(), job.command());
        ProcessJob streaming(QStringLiteral("s"), CommandLine(test::fakeCli(), {QStringLiteral("stream"), QStringLiteral("1")}));
        streaming.setStdoutSink(std::make_unique<CountingSink>());
        QVERIFY(!streaming.clone()); // a consumed stream cannot be replayed
    }
};

QTEST_GUILESS_MAIN(tst_ProcessJob)
#include "tst_processjob.moc"
