#include "processjob.h"

#include "core/logging.h"
#include "core/redactor.h"
#include "streampump.h"

#include <QFileInfo>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace chartroom::jobs {

namespace {

constexpr qsizetype MaxShownLineLength = 8192;
constexpr int StderrTailLines = 20;
constexpr std::chrono::milliseconds StreamDrainTimeout{10000};
constexpr std::chrono::milliseconds ProgressInterval{200};

struct Pipe
{
    int read = -1;
    int write = -1;
    bool open()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        read = fds[0];
        write = fds[1];
        // 1 MiB instead of 64 KiB: a fast producer (kubectl streaming a dump) and the pump hand
        // over far fewer, larger pieces. Best effort: the system limit may be lower.
        ::fcntl(write, F_SETPIPE_SZ, 1024 * 1024);
        return true;
    }
};

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

ProcessJob::ProcessJob(QString title, CommandLine command, QObject *parent)
    : Job(std::move(title), parent)
    , m_command(std::move(command))
{
}

ProcessJob::~ProcessJob()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            killGroup();
            m_process->waitForFinished(2000); // reaping a SIGKILLed child takes milliseconds
        }
        delete m_process;
        m_process = nullptr;
    }
    delete m_stdoutPump;
    delete m_stdinPump;
}

void ProcessJob::setCaptureStdout(bool capture, qsizetype maxBytes)
{
    m_captureStdout = capture;
    m_captureLimit = maxBytes;
}

std::unique_ptr<Job> ProcessJob::clone() const
{
    if (m_stdoutSink || m_stdinSource) // streams are consumed by one run
        return nullptr;
    auto copy = std::make_unique<ProcessJob>(title(), m_command);
    copy->m_timeout = m_timeout;
    copy->m_grace = m_grace;
    copy->m_baseEnvironment = m_baseEnvironment;
    copy->m_captureStdout = m_captureStdout;
    copy->m_captureLimit = m_captureLimit;
    copy->m_showStdout = m_showStdout;
    copy->m_stdinData = m_stdinData;
    return copy;
}

qint64 ProcessJob::streamedBytes() const
{
    qint64 bytes = 0;
    if (m_stdoutPump)
        bytes += m_stdoutPump->bytesTransferred();
    if (m_stdinPump)
        bytes += m_stdinPump->bytesTransferred();
    return bytes;
}

void ProcessJob::doStart()
{
    emitOutput(OutputChannel::Info, QStringLiteral("$ ") + m_command.toDisplayString(Redactor::shared()));

    m_process = new QProcess(this);
    QProcessEnvironment environment = m_baseEnvironment.isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                                  : m_baseEnvironment;
    for (const CommandLine::EnvOverride &e : m_command.environment()) {
        if (e.unset)
            environment.remove(e.name);
        else
            environment.insert(e.name, e.value);
    }
    m_process->setProcessEnvironment(environment);
    if (!m_command.workingDirectory().isEmpty())
        m_process->setWorkingDirectory(m_command.workingDirectory());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);

    Pipe stdoutPipe;
    Pipe stdinPipe;
    if (m_stdoutSink && !stdoutPipe.open()) {
        finishFailed(JobError::Internal, tr("Cannot create a pipe for the output"));
        return;
    }
    if (m_stdinSource && !stdinPipe.open()) {
        closeFd(stdoutPipe.read);
        closeFd(stdoutPipe.write);
        finishFailed(JobError::Internal, tr("Cannot create a pipe for the input"));
        return;
    }
    if (m_stdoutSink)
        m_process->setStandardOutputFile(QProcess::nullDevice()); // replaced by our pipe in the child
    if (m_stdinSource || m_stdinData.isNull())
        m_process->setStandardInputFile(QProcess::nullDevice());

    const int childStdout = stdoutPipe.write;
    const int childStdin = stdinPipe.read;
    m_process->setChildProcessModifier([childStdout, childStdin] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        ::setpgid(0, 0); // own process group, so cancel reaches every descendant
        ::prctl(PR_SET_PDEATHSIG, SIGTERM); // and Chartroom dying (even SIGKILL) stops it too
        if (childStdout >= 0)
            ::dup2(childStdout, STDOUT_FILENO);
        if (childStdin >= 0)
            ::dup2(childStdin, STDIN_FILENO);
        ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC); // no inherited descriptors leak into tools
    });

    connect(m_process, &QProcess::readyReadStandardOutput, this, &ProcessJob::handleStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &ProcessJob::handleStderr);
    connect(m_process, &QProcess::finished, this, &ProcessJob::handleProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ProcessJob::handleProcessError);

    m_process->start(m_command.program(), m_command.arguments(), QIODevice::ReadWrite);
    m_pid = m_process->processId();
    // The child holds its own copies now; ours must go, or the streams never see EOF.
    closeFd(stdoutPipe.write);
    closeFd(stdinPipe.read);

    if (m_startFailed || m_pid <= 0) {
        closeFd(stdoutPipe.read);
        closeFd(stdinPipe.write);
        if (!m_startFailed) { // no error reported yet: it will arrive through errorOccurred
            m_stdoutSink.reset();
            m_stdinSource.reset();
        }
        maybeFinish();
        return;
    }
    qCInfo(lcJobs) << "started" << m_command.toDisplayString(Redactor::shared()) << "pid" << m_pid;

    if (m_stdoutSink) {
        m_stdoutPump = new StreamPump(stdoutPipe.read, std::move(m_stdoutSink));
        connect(m_stdoutPump, &StreamPump::finished, this, &ProcessJob::maybeFinish);
        m_stdoutPump->start();
    }
    if (m_stdinSource) {
        m_stdinPump = new StreamPump(std::move(m_stdinSource), stdinPipe.write);
        connect(m_stdinPump, &StreamPump::finished, this, &ProcessJob::maybeFinish);
        m_stdinPump->start();
    } else if (!m_stdinData.isNull()) {
        m_process->write(m_stdinData);
        m_process->closeWriteChannel();
    }
    if (m_stdoutPump || m_stdinPump) {
        m_progressTimer = new QTimer(this);
        m_progressTimer->setInterval(ProgressInterval);
        connect(m_progressTimer, &QTimer::timeout, this, &ProcessJob::updateStreamProgress);
        m_progressTimer->start();
    }
    if (m_timeout.count() > 0) {
        m_timeoutTimer = new QTimer(this);
        m_timeoutTimer->setSingleShot(true);
        connect(m_timeoutTimer, &QTimer::timeout, this, &ProcessJob::handleTimeout);
        m_timeoutTimer->start(m_timeout);
    }
}

void ProcessJob::doCancel()
{
    m_cancelRequested = true;
    if (m_stdoutPump)
        m_stdoutPump->stop(); // abort the sink: a canceled stream is never complete
    if (m_stdinPump)
        m_stdinPump->stop();
    if (!m_process || m_processDone) {
        maybeFinish();
        return;
    }
    terminateGroup();
}

void ProcessJob::handleTimeout()
{
    if (m_processDone)
        return;
    m_timedOut = true;
    emitOutput(OutputChannel::Info, tr("Time limit of %1 s reached; stopping the process").arg(m_timeout.count() / 1000.0));
    if (m_stdoutPump)
        m_stdoutPump->stop();
    if (m_stdinPump)
        m_stdinPump->stop();
    terminateGroup();
}

void ProcessJob::terminateGroup()
{
    if (m_pid <= 0)
        return;
    ::kill(static_cast<pid_t>(-m_pid), SIGTERM);
    if (!m_killTimer) {
        m_killTimer = new QTimer(this);
        m_killTimer->setSingleShot(true);
        connect(m_killTimer, &QTimer::timeout, this, [this] {
            emitOutput(OutputChannel::Info, tr("The process did not stop after SIGTERM; sending SIGKILL"));
            killGroup();
        });
        m_killTimer->start(m_grace);
    }
}

void ProcessJob::killGroup()
{
    if (m_pid > 0)
        ::kill(static_cast<pid_t>(-m_pid), SIGKILL);
}

void ProcessJob::handleStdout()
{
    const QByteArray data = m_process->readAllStandardOutput();
    if (m_captureStdout) {
        const qsizetype room = m_captureLimit - m_capturedStdout.size();
        if (data.size() > room) {
            m_capturedStdout.append(data.left(qMax<qsizetype>(room, 0)));
            m_stdoutTruncated = true;
        } else {
            m_capturedStdout.append(data);
        }
    }
    if (m_showStdout)
        emitLines(OutputChannel::Stdout, m_stdoutPending, m_stdoutDecoder.decode(data));
}

void ProcessJob::handleStderr()
{
    emitLines(OutputChannel::Stderr, m_stderrPending, m_stderrDecoder.decode(m_process->readAllStandardError()));
}

void ProcessJob::emitLines(OutputChannel channel, QString &pending, const QString &text)
{
    pending += text;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = pending.indexOf(QLatin1Char('\n'), start);
        if (newline < 0)
            break;
        QString line = pending.mid(start, newline - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        start = newline + 1;
        if (line.size() > MaxShownLineLength)
            line = line.left(MaxShownLineLength) + tr(" … (%1 more characters)").arg(line.size() - MaxShownLineLength);
        if (channel == OutputChannel::Stderr) {
            m_stderrTail << Redactor::shared().redactText(line);
            if (m_stderrTail.size() > StderrTailLines)
                m_stderrTail.removeFirst();
        }
        emitOutput(channel, line);
    }
    pending.remove(0, start);
}

void ProcessJob::flushPartialLines()
{
    if (m_process) {
        if (m_showStdout || m_captureStdout)
            handleStdout();
        handleStderr();
    }
    if (m_showStdout && !m_stdoutPending.isEmpty())
        emitLines(OutputChannel::Stdout, m_stdoutPending, QStringLiteral("\n"));
    if (!m_stderrPending.isEmpty())
        emitLines(OutputChannel::Stderr, m_stderrPending, QStringLiteral("\n"));
}

void ProcessJob::handleProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and the rest arrive through finished()
    m_startFailed = true;
    m_processDone = true;
    m_startError = tr("Could not start %1: %2").arg(m_command.program(), m_process->errorString());
    if (m_stdoutPump)
        m_stdoutPump->stop();
    if (m_stdinPump)
        m_stdinPump->stop();
    maybeFinish();
}

void ProcessJob::handleProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    flushPartialLines();
    m_processDone = true;
    m_exitCode = exitCode;
    m_crashed = status == QProcess::CrashExit;
    if (m_killTimer)
        m_killTimer->stop();
    if (m_timeoutTimer)
        m_timeoutTimer->stop();
    if (m_cancelRequested || m_timedOut)
        killGroup(); // descendants that outlived the leader go too
    const bool streamsOpen = (m_stdoutPump && !m_stdoutPump->isDone()) || (m_stdinPump && !m_stdinPump->isDone());
    if (streamsOpen) {
        // A descendant may still hold the pipe open; give the data in flight time to land.
        QTimer::singleShot(StreamDrainTimeout, this, [this] {
            if (isFinished())
                return;
            if (m_stdoutPump && !m_stdoutPump->isDone()) {
                killGroup();
                m_stdoutPump->stop();
            }
            if (m_stdinPump && !m_stdinPump->isDone())
                m_stdinPump->stop();
        });
    }
    maybeFinish();
}

void ProcessJob::updateStreamProgress()
{
    const qint64 total = m_stdinPump ? qMax<qint64>(m_stdinPump->sourceSize(), 0) : 0;
    setProgress(streamedBytes(), total);
}

QString ProcessJob::failureDetail() const
{
    for (auto it = m_stderrTail.crbegin(); it != m_stderrTail.crend(); ++it)
        if (!it->trimmed().isEmpty())
            return QStringLiteral(": ") + it->trimmed();
    return {};
}

void ProcessJob::maybeFinish()
{
    if (isFinished() || !m_processDone)
        return;
    if ((m_stdoutPump && !m_stdoutPump->isDone()) || (m_stdinPump && !m_stdinPump->isDone()))
        return;
    if (m_progressTimer) {
        m_progressTimer->stop();
        updateStreamProgress();
    }
    const QString program = QFileInfo(m_command.program()).fileName();
    if (m_startFailed)
        return finishFailed(JobError::StartFailed, m_startError);
    if (m_cancelRequested)
        return finishCanceled();
    // A sink that failed (disk full) closes the pipe, so the producer then dies of SIGPIPE or
    // exits non-zero: the sink's error is the cause the user needs to see.
    if (m_stdoutPump && !m_stdoutPump->succeeded() && !m_stdoutPump->wasStopped())
        return finishFailed(JobError::SinkFailed, m_stdoutPump->errorString());
    if (m_timedOut)
        return finishFailed(JobError::TimedOut, tr("%1 did not finish within %2 s and was stopped")
                                                    .arg(program).arg(m_timeout.count() / 1000.0));
    if (m_crashed)
        return finishFailed(JobError::Crashed,
                            tr("%1 was killed by signal %2").arg(program).arg(m_exitCode) + failureDetail());
    if (m_exitCode != 0)
        return finishFailed(JobError::ExitCode,
                            tr("%1 exited with code %2").arg(program).arg(m_exitCode) + failureDetail());
    if (m_stdinPump && !m_stdinPump->succeeded())
        return finishFailed(JobError::SourceFailed, m_stdinPump->errorString());
    finishSucceeded();
}

} // namespace chartroom::jobs
