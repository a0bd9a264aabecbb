#include "streampump.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <unistd.h>

namespace chartroom::jobs {

namespace {

QString systemError(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

void ignoreSigpipe()
{
    // A consumer that exits early must give EPIPE, not kill Chartroom.
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

} // namespace

StreamPump::StreamPump(int fd, std::unique_ptr<ByteSink> sink, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_sink(std::move(sink))
{
    ::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK);
}

StreamPump::StreamPump(std::unique_ptr<ByteSource> source, int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_source(std::move(source))
{
    ignoreSigpipe();
    ::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK);
}

StreamPump::~StreamPump()
{
    stop();
    if (m_thread.joinable())
        m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
    for (int fd : m_wake)
        if (fd >= 0)
            ::close(fd);
}

qint64 StreamPump::sourceSize() const
{
    return m_source ? m_source->size() : -1;
}

void StreamPump::start()
{
    if (m_thread.joinable() || m_fd < 0)
        return;
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_thread = std::thread([this] { m_sink ? runSinkLoop() : runSourceLoop(); });
}

void StreamPump::stop()
{
    if (m_stopRequested.exchange(true))
        return;
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(m_wake[1], &byte, 1);
}

bool StreamPump::waitFor(int fd, short events)
{
    for (;;) {
        if (m_stopRequested.load())
            return false;
        pollfd fds[2] = {{fd, events, 0}, {m_wake[0], POLLIN, 0}};
        const int r = ::poll(fds, 2, -1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (fds[1].revents)
            return false;
        if (fds[0].revents)
            return true;
    }
}

void StreamPump::runSinkLoop()
{
    std::unique_ptr<char[]> buffer(new char[ChunkSize]);
    for (;;) {
        if (!waitFor(m_fd, POLLIN)) {
            m_sink->abort();
            return complete(false, {});
        }
        const ssize_t n = ::read(m_fd, buffer.get(), ChunkSize);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            const int errnum = errno;
            m_sink->abort();
            return complete(false, QCoreApplication::translate("StreamPump", "Reading the output failed: %1")
                                       .arg(systemError(errnum)));
        }
        if (n == 0)
            break;
        if (!m_sink->write(buffer.get(), n)) {
            const QString error = m_sink->errorString();
            m_sink->abort();
            return complete(false, error);
        }
        m_bytes.fetch_add(n, std::memory_order_relaxed);
    }
    if (!m_sink->close())
        return complete(false, m_sink->errorString());
    complete(true, {});
}

void StreamPump::runSourceLoop()
{
    std::unique_ptr<char[]> buffer(new char[ChunkSize]);
    for (;;) {
        if (m_stopRequested.load())
            return complete(false, {});
        const qint64 n = m_source->read(buffer.get(), ChunkSize);
        if (n < 0)
            return complete(false, m_source->errorString());
        if (n == 0)
            break;
        qint64 offset = 0;
        while (offset < n) {
            if (!waitFor(m_fd, POLLOUT))
                return complete(false, {});
            const ssize_t w = ::write(m_fd, buffer.get() + offset, static_cast<size_t>(n - offset));
            if (w < 0) {
                if (errno == EINTR || errno == EAGAIN)
                    continue;
                const int errnum = errno;
                if (errnum == EPIPE)
                    return complete(false, QCoreApplication::translate("StreamPump",
                                                                       "The command stopped reading its input after %1 bytes")
                                               .arg(m_bytes.load() + offset));
                return complete(false, QCoreApplication::translate("StreamPump", "Writing the input failed: %1")
                                           .arg(systemError(errnum)));
            }
            offset += w;
            m_bytes.fetch_add(w, std::memory_order_relaxed);
        }
    }
    complete(true, {});
}

void StreamPump::complete(bool ok, const QString &error)
{
    // Closing our end is what tells the process: EOF on its stdin, EPIPE on its stdout.
    ::close(m_fd);
    m_fd = -1;
    const bool stopped = !ok && error.isEmpty();
    QMetaObject::invokeMethod(
        this,
        [this, ok, error, stopped] {
            m_succeeded = ok;
            m_stopped = stopped;
            m_error = stopped ? QCoreApplication::translate("StreamPump", "Stopped") : error;
            m_done = true;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

} // namespace chartroom::jobs
