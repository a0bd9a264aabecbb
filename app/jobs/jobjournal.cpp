#include "jobjournal.h"

#include "core/logging.h"
#include "journalwriter.h"
#include "processjob.h"
#include "core/redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace chartroom::jobs {

namespace {

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

char channelPrefix(OutputChannel channel)
{
    switch (channel) {
    case OutputChannel::Stdout: return '1';
    case OutputChannel::Stderr: return '2';
    case OutputChannel::Info: return '#';
    }
    return '#';
}

} // namespace

QStringList JournalEntry::commandStrings() const
{
    QStringList out;
    for (const QJsonValue &command : commands)
        out << CommandLine::displayStringFromJson(command.toObject());
    return out;
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("cluster"), cluster},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("error"), errorName(error)},
        {QStringLiteral("errorString"), errorString},
        {QStringLiteral("commands"), commands},
        {QStringLiteral("createdAt"), isoOrEmpty(createdAt)},
        {QStringLiteral("startedAt"), isoOrEmpty(startedAt)},
        {QStringLiteral("finishedAt"), isoOrEmpty(finishedAt)},
        {QStringLiteral("exitCode"), exitCode},
    };
    if (!retryOf.isEmpty())
        json.insert(QStringLiteral("retryOf"), retryOf);
    return json;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &json)
{
    JournalEntry entry;
    entry.id = json.value(QStringLiteral("id")).toString();
    entry.title = json.value(QStringLiteral("title")).toString();
    entry.cluster = json.value(QStringLiteral("cluster")).toString();
    entry.state = jobStateFromString(json.value(QStringLiteral("state")).toString());
    entry.error = jobErrorFromString(json.value(QStringLiteral("error")).toString());
    entry.errorString = json.value(QStringLiteral("errorString")).toString();
    entry.commands = json.value(QStringLiteral("commands")).toArray();
    entry.createdAt = parseTime(json.value(QStringLiteral("createdAt")));
    entry.startedAt = parseTime(json.value(QStringLiteral("startedAt")));
    entry.finishedAt = parseTime(json.value(QStringLiteral("finishedAt")));
    entry.exitCode = json.value(QStringLiteral("exitCode")).toInt(-1);
    entry.retryOf = json.value(QStringLiteral("retryOf")).toString();
    return entry;
}

JobJournal::JobJournal(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{
}

JobJournal::~JobJournal()
{
    if (m_writer) {
        flushPendingOutput();
        QMetaObject::invokeMethod(m_writer, &QObject::deleteLater, Qt::QueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool JobJournal::open()
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the job journal directory %1").arg(m_directory);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_directory + QStringLiteral("/journal.lock"));
    m_lock->setStaleLockTime(0); // stale only when its owner is gone, never because of age
    m_ownsLock = m_lock->tryLock(0);
    if (!m_ownsLock)
        qCInfo(lcJournal) << "journal is in use by another Chartroom; not touching its entries";

    const QDir dir(m_directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            qCWarning(lcJournal) << "skipping unreadable journal entry" << info.fileName() << parseError.errorString();
            continue;
        }
        JournalEntry entry = JournalEntry::fromJson(doc.object());
        if (entry.id.isEmpty())
            continue;
        m_entries.insert(entry.id, entry);
    }

    m_writer = new JournalWriter(m_directory, m_limits.maxLogBytesPerJob);
    m_writer->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("journal-writer"));
    m_thread.start();

    if (m_ownsLock) {
        for (JournalEntry &entry : m_entries) {
            if (isFinalState(entry.state))
                continue;
            entry.state = JobState::Interrupted;
            entry.error = JobError::Interrupted;
            entry.errorString = tr("Chartroom stopped while this job was running");
            writeEntry(entry);
            appendOutput(entry.id, OutputChannel::Info, entry.errorString);
        }
        rotate();
    }
    flushPendingOutput();
    return true;
}

void JobJournal::attach(JobQueue *queue)
{
    connect(queue, &JobQueue::jobAdded, this, [this, queue](Job *job) {
        track(job, queue->options(job), job->property("chartroom.retryOf").toString());
    });
}

void JobJournal::track(Job *job, const JobOptions &options, const QString &retryOf)
{
    JournalEntry entry;
    entry.id = job->id();
    entry.title = job->title();
    entry.cluster = options.cluster;
    entry.state = job->state();
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.retryOf = retryOf;
    for (const CommandLine &command : job->commandLines())
        entry.commands.append(command.toRedactedJson(Redactor::shared()));
    m_entries.insert(entry.id, entry);
    writeEntry(entry);
    Q_EMIT entryAdded(entry.id);

    const QString id = entry.id;
    connect(job, &Job::stateChanged, this, [this, job, id](JobState state) {
        auto it = m_entries.find(id);
        if (it == m_entries.end())
            return;
        it->state = state;
        it->startedAt = job->startedAt();
        if (isFinalState(state)) {
            it->finishedAt = job->finishedAt();
            it->error = job->error();
            it->errorString = job->errorString();
            if (auto *process = qobject_cast<ProcessJob *>(job))
                it->exitCode = process->exitCode();
        }
        writeEntry(*it);
        if (isFinalState(state)) {
            flushPendingOutput();
            QMetaObject::invokeMethod(m_writer, [writer = m_writer, id] { writer->closeLog(id); },
                                      Qt::QueuedConnection);
        }
        Q_EMIT entryChanged(id);
    });
    connect(job, &Job::outputReceived, this,
            [this, id](OutputChannel channel, const QString &line) { appendOutput(id, channel, line); });
}

void JobJournal::writeEntry(const JournalEntry &entry)
{
    if (!m_writer)
        return;
    const QByteArray json = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, id = entry.id, json] { writer->writeMetadata(id, json); },
        Qt::QueuedConnection);
}

void JobJournal::appendOutput(const QString &id, OutputChannel channel, const QString &line)
{
    QByteArray &pending = m_pendingOutput[id];
    pending += channelPrefix(channel);
    pending += ' ';
    pending += line.toUtf8();
    pending += '\n';
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &JobJournal::flushPendingOutput, Qt::QueuedConnection);
    }
}

void JobJournal::flushPendingOutput()
{
    m_flushQueued = false;
    if (!m_writer)
        return;
    for (auto it = m_pendingOutput.cbegin(); it != m_pendingOutput.cend(); ++it) {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, id = it.key(), data = it.value()] { writer->appendLog(id, data); },
            Qt::QueuedConnection);
    }
    m_pendingOutput.clear();
}

void JobJournal::flush()
{
    flushPendingOutput();
    if (m_writer)
        QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void JobJournal::rotate()
{
    QList<JournalEntry> finished;
    for (const JournalEntry &entry : std::as_const(m_entries))
        if (isFinalState(entry.state))
            finished << entry;
    std::sort(finished.begin(), finished.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.createdAt < b.createdAt; });
    qint64 total = 0;
    for (const JournalEntry &entry : std::as_const(m_entries))
        total += QFileInfo(m_directory + QLatin1Char('/') + entry.id + QStringLiteral(".log")).size();
    QStringList removed;
    qsizetype count = m_entries.size();
    for (const JournalEntry &entry : std::as_const(finished)) {
        if (count <= m_limits.maxEntries && total <= m_limits.maxTotalBytes)
            break;
        total -= QFileInfo(m_directory + QLatin1Char('/') + entry.id + QStringLiteral(".log")).size();
        m_entries.remove(entry.id);
        removed << entry.id;
        --count;
    }
    if (!removed.isEmpty()) {
        qCInfo(lcJournal) << "rotated" << removed.size() << "old journal entries out";
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, removed] { writer->remove(removed); },
                                  Qt::QueuedConnection);
    }
}

QList<JournalEntry> JobJournal::entries() const
{
    QList<JournalEntry> out(m_entries.cbegin(), m_entries.cend());
    std::sort(out.begin(), out.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.createdAt > b.createdAt; });
    return out;
}

std::optional<JournalEntry> JobJournal::entry(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

QList<JournalLine> JobJournal::parseLog(const QByteArray &data)
{
    QList<JournalLine> lines;
    for (const QByteArray &raw : data.split('\n')) {
        if (raw.size() < 2)
            continue;
        JournalLine line;
        line.channel = raw.at(0) == '1' ? OutputChannel::Stdout
                       : raw.at(0) == '2' ? OutputChannel::Stderr
                                          : OutputChannel::Info;
        line.text = QString::fromUtf8(raw.mid(2));
        lines << line;
    }
    return lines;
}

QList<JournalLine> JobJournal::readLog(const QString &id) const
{
    QFile file(m_directory + QLatin1Char('/') + id + QStringLiteral(".log"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseLog(file.readAll());
}

void JobJournal::readLogAsync(const QString &id, QObject *context,
                              std::function<void(const QList<JournalLine> &)> done) const
{
    const QString path = m_directory + QLatin1Char('/') + id + QStringLiteral(".log");
    QThreadPool::globalInstance()->start([path, context = QPointer<QObject>(context), done = std::move(done)] {
        QFile file(path);
        QList<JournalLine> lines;
        if (file.open(QIODevice::ReadOnly))
            lines = parseLog(file.readAll());
        if (context)
            QMetaObject::invokeMethod(context.data(), [done, lines] { done(lines); }, Qt::QueuedConnection);
    });
}

} // namespace chartroom::jobs
