#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QFile;

namespace chartroom::jobs {

/// Disk side of the JobJournal; lives on the journal's worker thread so that the UI thread
/// never waits on a disk. Metadata files are replaced atomically (QSaveFile); logs are
/// appended and flushed per batch. Each job's log is capped; past the cap one marker line is
/// written and further output is dropped.
class JournalWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWriter)

public:
    JournalWriter(QString directory, qint64 maxLogBytesPerJob);
    ~JournalWriter() override;

public Q_SLOTS:
    void writeMetadata(const QString &id, const QByteArray &json);
    void appendLog(const QString &id, const QByteArray &lines);
    void closeLog(const QString &id);
    void remove(const QStringList &ids);

private:
    QFile *logFile(const QString &id);

    const QString m_directory;
    const qint64 m_maxLogBytes;
    QHash<QString, QFile *> m_openLogs;
    QHash<QString, bool> m_capped;
};

} // namespace chartroom::jobs
