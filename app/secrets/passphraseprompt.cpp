#include "passphraseprompt.h"

#include "secureerase.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace chartroom::secrets {

namespace {

constexpr std::array TerminatingSignals{SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// What the signal handler needs to put the terminal back. Only one prompt reads at a time
// (a process has one controlling terminal), so process-wide state is enough.
volatile std::sig_atomic_t g_ttyFd = -1;
volatile std::sig_atomic_t g_signal = 0;
termios g_savedTermios{};
struct sigaction g_oldActions[NSIG];

extern "C" void restoreTerminalOnSignal(int signal)
{
    // Only async-signal-safe calls here.
    const int fd = g_ttyFd;
    if (fd >= 0) {
        ::tcsetattr(fd, TCSANOW, &g_savedTermios);
        [[maybe_unused]] const auto written = ::write(fd, "\n", 1);
    }
    g_signal = signal;
    // Give the signal its previous disposition and deliver it again once this handler returns:
    // by default that ends the process, now with a usable terminal.
    ::sigaction(signal, &g_oldActions[signal], nullptr);
    ::raise(signal);
}

/// Echo off for the lifetime of the object, restored on destruction or by a signal.
class EchoOff
{
public:
    EchoOff(int fd, const termios &saved)
        : m_fd(fd)
        , m_saved(saved)
    {
        g_savedTermios = saved;
        g_signal = 0;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalOnSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0; // no SA_RESTART: read() returns EINTR if the process survives
        for (int signal : TerminatingSignals)
            ::sigaction(signal, &action, &g_oldActions[signal]);
        g_ttyFd = fd;

        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK | ECHONL);
        quiet.c_lflag |= ICANON; // line editing (backspace) still works
        // TCSADRAIN, not TCSAFLUSH: a line typed ahead (the confirmation) is kept.
        m_ok = ::tcsetattr(fd, TCSADRAIN, &quiet) == 0;
        m_error = m_ok ? 0 : errno;
    }

    ~EchoOff()
    {
        ::tcsetattr(m_fd, TCSADRAIN, &m_saved);
        g_ttyFd = -1;
        if (g_signal == 0) {
            for (int signal : TerminatingSignals)
                ::sigaction(signal, &g_oldActions[signal], nullptr);
        } else {
            // The handler already restored the one that arrived; restore the others.
            for (int signal : TerminatingSignals) {
                if (signal != g_signal)
                    ::sigaction(signal, &g_oldActions[signal], nullptr);
            }
        }
    }

    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] int error() const { return m_error; }

private:
    int m_fd;
    termios m_saved;
    bool m_ok = false;
    int m_error = 0;
};

enum WaitOutcome { Readable, Interrupted };

/// Waits until `fd` has input, or a terminating signal has been handled (also one that arrived
/// before the call). Only signals the process survives come back here; the others end it.
WaitOutcome waitForInput(int fd)
{
    sigset_t terminating;
    sigemptyset(&terminating);
    for (int signal : TerminatingSignals)
        sigaddset(&terminating, signal);
    sigset_t previous;
    ::pthread_sigmask(SIG_BLOCK, &terminating, &previous);
    WaitOutcome outcome = Readable;
    while (true) {
        if (g_signal != 0) {
            outcome = Interrupted;
            break;
        }
        pollfd ready{fd, POLLIN, 0};
        const int n = ::ppoll(&ready, 1, nullptr, &previous);
        if (n < 0 && errno == EINTR)
            continue; // a handled signal: the check above decides
        break;        // readable, hung up or an error: read() reports which
    }
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return outcome;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const auto n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error noTerminalError(const QString &why)
{
    return makeError(
        u"secrets.no-terminal"_s,
        QCoreApplication::translate(
            "PassphrasePrompt",
            "There is no terminal to ask for the passphrase (%1). Set %2 to the path of a file whose "
            "first line is the passphrase, or to an open file descriptor number (for example %2=3 with 3<file).")
            .arg(why, QString::fromLatin1(PassphrasePrompt::FileVariable)));
}

} // namespace

PassphrasePrompt::PassphrasePrompt(QString prompt, Confirmation confirmation)
    : m_prompt(std::move(prompt))
    , m_confirmPrompt(QCoreApplication::translate("PassphrasePrompt", "Enter the passphrase again: "))
    , m_confirmation(confirmation)
{}

Result<QByteArray> PassphrasePrompt::obtain() const
{
    const QString source = qEnvironmentVariable(FileVariable);
    if (!source.isEmpty()) {
        bool isNumber = false;
        const int fd = source.toInt(&isNumber);
        return fromFile(isNumber && fd >= 0 ? u"/dev/fd/"_s + QString::number(fd) : source);
    }
    return readFromTerminal();
}

Result<QByteArray> PassphrasePrompt::readFromTerminal() const
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return noTerminalError(QCoreApplication::translate("PassphrasePrompt", "/dev/tty: ") + errnoText(error));
    }
    auto result = readFromTerminal(fd);
    ::close(fd);
    return result;
}

Result<QByteArray> PassphrasePrompt::readFromTerminal(int fd) const
{
    if (!::isatty(fd))
        return noTerminalError(QCoreApplication::translate("PassphrasePrompt", "not a terminal"));
    auto first = readLine(fd, m_prompt);
    if (!first)
        return first;
    if (first.value().isEmpty())
        return makeError(u"secrets.empty"_s,
                         QCoreApplication::translate("PassphrasePrompt", "An empty passphrase is not accepted."));
    if (m_confirmation == Confirmation::Required) {
        auto second = readLine(fd, m_confirmPrompt);
        if (!second) {
            secureErase(first.value());
            return second;
        }
        const bool same = first.value() == second.value();
        secureErase(second.value());
        if (!same) {
            secureErase(first.value());
            return makeError(u"secrets.mismatch"_s,
                             QCoreApplication::translate("PassphrasePrompt", "The two passphrases differ."));
        }
    }
    return first;
}

Result<QByteArray> PassphrasePrompt::readLine(int fd, const QString &prompt) const
{
    termios saved{};
    if (::tcgetattr(fd, &saved) != 0)
        return noTerminalError(errnoText(errno));

    std::array<char, MaxLength + 1> buffer{};
    std::size_t length = 0;
    bool tooLong = false;
    std::optional<Error> failure;
    {
        EchoOff echoOff(fd, saved);
        if (!echoOff.ok()) {
            const int error = echoOff.error();
            failure = noTerminalError(QCoreApplication::translate("PassphrasePrompt", "cannot switch echo off: ") +
                                      errnoText(error));
        } else if (!writeAll(fd, prompt.toUtf8())) { // prompt once echo is off: nothing typed after it shows
            const int error = errno;
            failure = noTerminalError(QCoreApplication::translate("PassphrasePrompt", "cannot write the prompt: ") +
                                      errnoText(error));
        }
        while (!failure) {
            // A signal that arrives after the check but before the wait must still wake it:
            // check with the signals blocked, then wait with them atomically unblocked.
            if (waitForInput(fd) == Interrupted) {
                failure =
                    makeError(u"secrets.interrupted"_s,
                              QCoreApplication::translate("PassphrasePrompt", "Passphrase entry was interrupted."));
                continue;
            }
            char c = 0;
            const auto n = ::read(fd, &c, 1);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue; // the next waitForInput() tells an interruption apart
            if (n < 0) {
                const int error = errno;
                failure = makeError(u"secrets.failed"_s,
                                    QCoreApplication::translate("PassphrasePrompt", "Cannot read from the terminal: ") +
                                        errnoText(error) + u'.');
                continue;
            }
            if (n == 0 || c == '\n')
                break;
            if (length < buffer.size())
                buffer[length++] = c;
            else
                tooLong = true;
        }
    }
    writeAll(fd, "\n"_ba); // the Enter the user typed was not echoed

    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    if (length > std::size_t(MaxLength))
        tooLong = true;
    if (!failure && tooLong)
        failure = makeError(
            u"secrets.failed"_s,
            QCoreApplication::translate("PassphrasePrompt", "The passphrase is longer than %1 bytes.").arg(MaxLength));
    if (failure) {
        secureErase(buffer.data(), buffer.size());
        return *failure;
    }
    QByteArray line(buffer.data(), qsizetype(length));
    secureErase(buffer.data(), buffer.size());
    return line;
}

Result<QByteArray> PassphrasePrompt::fromFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return makeError(u"secrets.bad-file"_s,
                         QCoreApplication::translate("PassphrasePrompt", "Cannot read the passphrase file “%1”: %2.")
                             .arg(path, errnoText(error)));
    }
    std::array<char, MaxLength + 2> buffer{};
    std::size_t length = 0;
    std::optional<Error> failure;
    bool lineComplete = false;
    while (!lineComplete && length < buffer.size()) {
        const auto n = ::read(fd, buffer.data() + length, buffer.size() - length);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            failure =
                makeError(u"secrets.bad-file"_s,
                          QCoreApplication::translate("PassphrasePrompt", "Cannot read the passphrase file “%1”: %2.")
                              .arg(path, errnoText(error)));
            break;
        }
        if (n == 0)
            break;
        const auto *newline = static_cast<const char *>(std::memchr(buffer.data() + length, '\n', std::size_t(n)));
        length += std::size_t(n);
        if (newline) {
            length = std::size_t(newline - buffer.data());
            lineComplete = true;
        }
    }
    ::close(fd);

    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    if (!failure && length > std::size_t(MaxLength)) {
        failure =
            makeError(u"secrets.bad-file"_s,
                      QCoreApplication::translate("PassphrasePrompt",
                                                  "The first line of the passphrase file “%1” is longer than %2 bytes.")
                          .arg(path)
                          .arg(MaxLength));
    }
    if (!failure && length == 0) {
        failure = makeError(
            u"secrets.empty"_s,
            QCoreApplication::translate("PassphrasePrompt",
                                        "The passphrase file “%1” is empty (its first line must be the passphrase).")
                .arg(path));
    }
    if (failure) {
        secureErase(buffer.data(), buffer.size());
        return *failure;
    }
    QByteArray line(buffer.data(), qsizetype(length));
    secureErase(buffer.data(), buffer.size());
    return line;
}

} // namespace chartroom::secrets
