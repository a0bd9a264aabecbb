#include "filesource.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace chartroom::jobs {

FileSource::FileSource(QString path)
    : m_path(std::move(path))
{
}

FileSource::~FileSource()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 FileSource::size() const
{
    const QFileInfo info(m_path);
    return info.exists() ? info.size() : -1;
}

qint64 FileSource::read(char *buffer, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_fd < 0) {
        m_fd = ::open(m_path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            m_failed = true;
            m_error = QCoreApplication::translate("FileSource", "Cannot open %1: %2")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return -1;
        }
    }
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, static_cast<size_t>(maxSize));
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        m_failed = true;
        m_error = QCoreApplication::translate("FileSource", "Cannot read %1: %2")
                      .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
}

} // namespace chartroom::jobs
