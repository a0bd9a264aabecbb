#include "journalwriter.h"

#include "core/logging.h"

#include <QFile>
#include <QSaveFile>

namespace chartroom::jobs {

JournalWriter::JournalWriter(QString directory, qint64 maxLogBytesPerJob)
    : m_directory(std::move(directory))
    , m_maxLogBytes(maxLogBytesPerJob)
{
}

JournalWriter::~JournalWriter()
{
    qDeleteAll(m_openLogs);
}

void JournalWriter::writeMetadata(const QString &id, const QByteArray &json)
{
    QSaveFile file(m_directory + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        qCWarning(lcJournal) << "cannot write journal entry" << id << file.errorString();
}

QFile *JournalWriter::logFile(const QString &id)
{
    QFile *&file = m_openLogs[id];
    if (!file) {
        file = new QFile(m_directory + QLatin1Char('/') + id + QStringLiteral(".log"));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append))
            qCWarning(lcJournal) << "cannot open job log" << file->fileName() << file->errorString();
    }
    return file;
}

void JournalWriter::appendLog(const QString &id, const QByteArray &lines)
{
    if (m_capped.value(id))
        return;
    QFile *file = logFile(id);
    if (!file->isOpen())
        return;
    if (file->size() + lines.size() > m_maxLogBytes) {
        file->write(QByteArrayLiteral("# [output truncated: the journal keeps at most ")
                    + QByteArray::number(m_maxLogBytes / (1024 * 1024)) + QByteArrayLiteral(" MiB per job]\n"));
        m_capped[id] = true;
    } else {
        file->write(lines);
    }
    file->flush();
}

void JournalWriter::closeLog(const QString &id)
{
    delete m_openLogs.take(id);
    m_capped.remove(id);
}

void JournalWriter::remove(const QStringList &ids)
{
    for (const QString &id : ids) {
        closeLog(id);
        QFile::remove(m_directory + QLatin1Char('/') + id + QStringLiteral(".json"));
        QFile::remove(m_directory + QLatin1Char('/') + id + QStringLiteral(".log"));
    }
}

} // namespace chartroom::jobs
