#include "filesink.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace chartroom::jobs {

namespace {

QString partialPath(const QString &path)
{
    return path + QStringLiteral(".partial");
}

bool fsyncDirectoryOf(const QString &path)
{
    const QByteArray dir = QFileInfo(path).absolutePath().toLocal8Bit();
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

FileSink::FileSink(QString path, Mode mode)
    : m_path(std::move(path))
    , m_mode(mode)
{
}

FileSink::~FileSink()
{
    if (!m_closed)
        abort();
}

bool FileSink::fail(const QString &what, int errnum)
{
    m_failed = true;
    m_error = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errnum));
    return false;
}

bool FileSink::open()
{
    const QString target = m_mode == Mode::Atomic ? partialPath(m_path) : m_path;
    m_fd = ::open(target.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return fail(QCoreApplication::translate("FileSink", "Cannot create %1").arg(target), errno);
    return true;
}

bool FileSink::write(const char *data, qsizetype size)
{
    if (m_failed || m_closed)
        return false;
    if (m_fd < 0 && !open())
        return false;
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(QCoreApplication::translate("FileSink", "Cannot write %1").arg(m_path), errno);
        }
        data += n;
        size -= n;
        m_written += n;
    }
    return true;
}

bool FileSink::close()
{
    if (m_failed || m_closed)
        return false;
    if (m_fd < 0 && !open()) // an empty stream still produces an (empty) file
        return false;
    if (::fsync(m_fd) != 0) {
        const int errnum = errno;
        abort();
        return fail(QCoreApplication::translate("FileSink", "Cannot flush %1").arg(m_path), errnum);
    }
    ::close(m_fd);
    m_fd = -1;
    if (m_mode == Mode::Atomic) {
        if (::rename(partialPath(m_path).toLocal8Bit().constData(), m_path.toLocal8Bit().constData()) != 0) {
            const int errnum = errno;
            abort();
            return fail(QCoreApplication::translate("FileSink", "Cannot rename into %1").arg(m_path), errnum);
        }
        fsyncDirectoryOf(m_path);
    }
    m_closed = true;
    return true;
}

void FileSink::abort()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_mode == Mode::Atomic && !m_closed)
        ::unlink(partialPath(m_path).toLocal8Bit().constData());
    m_closed = true;
}

} // namespace chartroom::jobs
