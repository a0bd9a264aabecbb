#pragma once

#include "bytestream.h"
#include "job.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringDecoder>
#include <QStringList>

#include <chrono>
#include <memory>

class QTimer;

namespace chartroom::jobs {

class StreamPump;

/// Runs one external program (helm, kubectl...) as a Job.
///
/// - Program + argument list only, never a shell. The environment is the base environment
///   (the application's, unless set) plus the CommandLine's overrides.
/// - The child becomes the leader of its own process group. Cancel and timeout send SIGTERM
///   to the whole group, then SIGKILL after the grace period, and the job finishes only once
///   the process is gone: nothing is left behind, and the UI thread never waits.
/// - Output: stdout and stderr arrive as lines (partial trailing lines are carried over,
///   UTF-8 decoded across chunk boundaries), redacted, through outputReceived(). stdout can
///   also be captured raw for parsers (setCaptureStdout), or streamed to a ByteSink on a worker
///   thread with backpressure (setStdoutSink); stdin can be fed from a ByteSource the same way.
///   Without a source, stdin is /dev/null so that no tool can wait on a prompt.
/// - Success means: started, exited normally with code 0, and the streams completed.
///   Otherwise error() tells StartFailed, ExitCode, Crashed, TimedOut, Canceled, SinkFailed or
///   SourceFailed, with a message that quotes the tool's last stderr line.
class ProcessJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessJob)

public:
    ProcessJob(QString title, CommandLine command, QObject *parent = nullptr);
    ~ProcessJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setTerminateGracePeriod(std::chrono::milliseconds grace) { m_grace = grace; }
    void setBaseEnvironment(const QProcessEnvironment &environment) { m_baseEnvironment = environment; }
    /// Keeps stdout in memory (up to maxBytes) for capturedStdout(); lines are still shown
    /// unless setShowStdout(false).
    void setCaptureStdout(bool capture, qsizetype maxBytes = 64 * 1024 * 1024);
    void setShowStdout(bool show) { m_showStdout = show; }
    void setStdinData(const QByteArray &data) { m_stdinData = data; }
    void setStdoutSink(std::unique_ptr<ByteSink> sink) { m_stdoutSink = std::move(sink); }
    void setStdinSource(std::unique_ptr<ByteSource> source) { m_stdinSource = std::move(source); }

    [[nodiscard]] const CommandLine &command() const { return m_command; }
    [[nodiscard]] QList<CommandLine> commandLines() const override { return {m_command}; }
    [[nodiscard]] std::unique_ptr<Job> clone() const override;

    [[nodiscard]] int exitCode() const { return m_exitCode; }
    [[nodiscard]] qint64 processId() const { return m_pid; }
    [[nodiscard]] const QByteArray &capturedStdout() const { return m_capturedStdout; }
    [[nodiscard]] bool stdoutTruncated() const { return m_stdoutTruncated; }
    /// The last lines of stderr (redacted), for error reports.
    [[nodiscard]] QStringList stderrTail() const { return m_stderrTail; }
    [[nodiscard]] qint64 streamedBytes() const;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void handleStdout();
    void handleStderr();
    void handleProcessFinished(int exitCode, QProcess::ExitStatus status);
    void handleProcessError(QProcess::ProcessError error);
    void handleTimeout();
    void terminateGroup();
    void killGroup();
    void emitLines(OutputChannel channel, QString &pending, const QString &text);
    void flushPartialLines();
    void updateStreamProgress();
    void maybeFinish();
    QString failureDetail() const;

    const CommandLine m_command;
    std::chrono::milliseconds m_timeout{0};
    std::chrono::milliseconds m_grace{5000};
    QProcessEnvironment m_baseEnvironment;
    bool m_captureStdout = false;
    bool m_showStdout = true;
    qsizetype m_captureLimit = 0;
    QByteArray m_stdinData;
    std::unique_ptr<ByteSink> m_stdoutSink;
    std::unique_ptr<ByteSource> m_stdinSource;

    QProcess *m_process = nullptr;
    StreamPump *m_stdoutPump = nullptr;
    StreamPump *m_stdinPump = nullptr;
    QTimer *m_timeoutTimer = nullptr;
    QTimer *m_killTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
    QString m_stdoutPending;
    QString m_stderrPending;
    QByteArray m_capturedStdout;
    bool m_stdoutTruncated = false;
    QStringList m_stderrTail;
    qint64 m_pid = 0;
    int m_exitCode = -1;
    bool m_processDone = false;
    bool m_crashed = false;
    bool m_timedOut = false;
    bool m_cancelRequested = false;
    bool m_startFailed = false;
    QString m_startError;
};

} // namespace chartroom::jobs
