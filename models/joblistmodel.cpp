#include "joblistmodel.h"

#include "core/redactor.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace chartroom::models {

using jobs::Job;
using jobs::JobState;

namespace {

QColor baseColor(JobState state)
{
    switch (state) {
    case JobState::Pending: return QColor(0x8a, 0x8f, 0x98);
    case JobState::Running: return QColor(0x2f, 0x7f, 0xe0);
    case JobState::Canceling: return QColor(0xd9, 0x8a, 0x00);
    case JobState::Succeeded: return QColor(0x2e, 0x9d, 0x50);
    case JobState::Failed: return QColor(0xd9, 0x30, 0x25);
    case JobState::Canceled: return QColor(0x8a, 0x8f, 0x98);
    case JobState::Interrupted: return QColor(0xe0, 0x6c, 0x0a);
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QPixmap paintStateIcon(JobState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    const QColor color = baseColor(state);
    if (state == JobState::Pending) {
        // Queued: an outlined clock, lighter than the states that carry news.
        p.setPen(QPen(color, qMax(1.0, s / 10)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(circle.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
        p.setPen(QPen(color, qMax(1.0, s / 10), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.28));
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.68, s / 2));
        return pixmap;
    }
    // A light rim keeps the disc distinct on a selection highlight of a similar hue.
    p.setPen(QPen(QColor(255, 255, 255, 200), qMax(1.0, s / 16)));
    p.setBrush(color);
    p.drawEllipse(circle);
    const QPen glyph(Qt::white, qMax(1.5, s / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(glyph);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case JobState::Running: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.40, s * 0.30);
        triangle.lineTo(s * 0.72, s * 0.50);
        triangle.lineTo(s * 0.40, s * 0.70);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawPath(triangle);
        break;
    }
    case JobState::Canceling:
        p.drawLine(QPointF(s * 0.40, s * 0.33), QPointF(s * 0.40, s * 0.67));
        p.drawLine(QPointF(s * 0.60, s * 0.33), QPointF(s * 0.60, s * 0.67));
        break;
    case JobState::Succeeded: {
        QPainterPath check;
        check.moveTo(s * 0.30, s * 0.52);
        check.lineTo(s * 0.44, s * 0.66);
        check.lineTo(s * 0.71, s * 0.36);
        p.drawPath(check);
        break;
    }
    case JobState::Failed:
        p.drawLine(QPointF(s * 0.35, s * 0.35), QPointF(s * 0.65, s * 0.65));
        p.drawLine(QPointF(s * 0.65, s * 0.35), QPointF(s * 0.35, s * 0.65));
        break;
    case JobState::Canceled:
        p.drawLine(QPointF(s * 0.32, s * 0.50), QPointF(s * 0.68, s * 0.50));
        break;
    case JobState::Interrupted:
        p.drawLine(QPointF(s * 0.50, s * 0.28), QPointF(s * 0.50, s * 0.56));
        p.drawPoint(QPointF(s * 0.50, s * 0.72));
        break;
    case JobState::Pending:
        break;
    }
    return pixmap;
}

bool isActive(JobState state)
{
    return state == JobState::Running || state == JobState::Canceling;
}

QString formatStarted(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(local.date(), QLocale::ShortFormat); // the tooltip has the full time
}

QString formatProgress(JobListModel::ProgressUnit unit, qint64 processed, qint64 total)
{
    const QLocale locale;
    if (unit == JobListModel::ProgressUnit::Bytes) {
        if (processed <= 0 && total <= 0)
            return {};
        if (total > 0)
            return JobListModel::tr("%1 of %2").arg(locale.formattedDataSize(processed), locale.formattedDataSize(total));
        return locale.formattedDataSize(processed);
    }
    if (total <= 0)
        return {};
    return JobListModel::tr("%1 of %2 steps").arg(processed).arg(total);
}

JobListModel::ProgressUnit unitOf(const Job *job)
{
    // A process job's progress counts streamed bytes; composites count their steps.
    return qobject_cast<const jobs::ProcessJob *>(job) ? JobListModel::ProgressUnit::Bytes
                                                      : JobListModel::ProgressUnit::Steps;
}

QStringList commandStrings(const Job *job)
{
    QStringList out;
    for (const CommandLine &command : job->commandLines())
        out << command.toDisplayString(Redactor::shared());
    return out;
}

} // namespace

JobListModel::JobListModel(jobs::JobQueue *queue, const jobs::JobJournal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_tickTimer(new QTimer(this))
    , m_flushTimer(new QTimer(this))
{
    m_tickTimer->setObjectName(QStringLiteral("elapsedTimer"));
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &JobListModel::tick);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(100);
    connect(m_flushTimer, &QTimer::timeout, this, &JobListModel::flushDirty);
    for (size_t i = 0; i < m_icons.size(); ++i)
        m_icons.at(i) = stateIcon(static_cast<JobState>(i));

    // The queue lists oldest first; the model shows newest first.
    const QList<Job *> live = queue->jobs();
    QSet<QString> liveIds;
    for (auto it = live.crbegin(); it != live.crend(); ++it) {
        m_rows.append(Row{*it, {}});
        liveIds.insert((*it)->id());
        connectJob(*it);
    }
    if (journal) {
        for (const jobs::JournalEntry &entry : journal->entries())
            if (!liveIds.contains(entry.id))
                m_rows.append(Row{nullptr, entry});
    }
    connect(queue, &jobs::JobQueue::jobAdded, this, &JobListModel::addJob);
    connect(queue, &jobs::JobQueue::jobAboutToBeRemoved, this, &JobListModel::removeJob);
    updateTimer();
}

JobListModel::~JobListModel() = default;

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section == ProgressColumn || section == DurationColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case TitleColumn: return tr("Job");
    case ClusterColumn: return tr("Cluster");
    case ProgressColumn: return tr("Progress");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(JobIdRole, "jobId");
    names.insert(StateRole, "state");
    names.insert(JobPointerRole, "job");
    names.insert(IsLiveRole, "live");
    names.insert(ProcessedRole, "processed");
    names.insert(TotalRole, "total");
    names.insert(ProgressUnitRole, "progressUnit");
    names.insert(StartedAtRole, "startedAt");
    names.insert(ElapsedMsRole, "elapsedMs");
    names.insert(ErrorStringRole, "errorString");
    names.insert(CommandsRole, "commands");
    names.insert(ClusterRole, "cluster");
    names.insert(CanCancelRole, "canCancel");
    names.insert(CanRetryRole, "canRetry");
    return names;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    return row.job ? liveData(row.job, index.column(), role) : entryData(row.entry, index.column(), role);
}

QVariant JobListModel::liveData(const Job *job, int column, int role) const
{
    const JobState state = job->state();
    switch (role) {
    case JobIdRole: return job->id();
    case StateRole: return QVariant::fromValue(state);
    case JobPointerRole: return QVariant::fromValue(const_cast<Job *>(job));
    case IsLiveRole: return true;
    case ProcessedRole: return job->processedAmount();
    case TotalRole: return job->totalAmount();
    case ProgressUnitRole: return QVariant::fromValue(unitOf(job));
    case StartedAtRole: return job->startedAt();
    case ElapsedMsRole: return job->elapsedMs();
    case ErrorStringRole: return job->errorString();
    case CommandsRole: return commandStrings(job);
    case ClusterRole: return m_queue->options(job).cluster;
    case CanCancelRole: return !job->isFinished() && state != JobState::Canceling;
    case CanRetryRole: return job->isFinished() && job->clone() != nullptr;
    default: break;
    }
    switch (column) {
    case StateColumn:
        if (role == Qt::DisplayRole)
            return jobs::displayName(state);
        if (role == Qt::DecorationRole)
            return m_icons.at(static_cast<size_t>(state));
        if (role == Qt::ToolTipRole)
            return job->errorString().isEmpty() ? jobs::displayName(state) : job->errorString();
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return job->title();
        if (role == Qt::ToolTipRole) {
            const QStringList commands = commandStrings(job);
            return commands.isEmpty() ? job->title() : QString(job->title() + QLatin1Char('\n') + commands.join(QLatin1Char('\n')));
        }
        break;
    case ClusterColumn:
        if (role == Qt::DisplayRole)
            return m_queue->options(job).cluster;
        break;
    case ProgressColumn:
        if (role == Qt::DisplayRole)
            return formatProgress(unitOf(job), job->processedAmount(), job->totalAmount());
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return formatStarted(job->startedAt());
        if (role == Qt::ToolTipRole && job->startedAt().isValid())
            return QLocale().toString(job->startedAt().toLocalTime(), QLocale::LongFormat);
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole)
            return job->startedAt().isValid() ? formatDuration(job->elapsedMs()) : QString();
        break;
    default: break;
    }
    if (role == Qt::TextAlignmentRole && (column == ProgressColumn || column == DurationColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant JobListModel::entryData(const jobs::JournalEntry &entry, int column, int role) const
{
    const qint64 elapsed = entry.startedAt.isValid() && entry.finishedAt.isValid()
                               ? entry.startedAt.msecsTo(entry.finishedAt)
                               : 0;
    switch (role) {
    case JobIdRole: return entry.id;
    case StateRole: return QVariant::fromValue(entry.state);
    case JobPointerRole: return QVariant::fromValue(static_cast<Job *>(nullptr));
    case IsLiveRole: return false;
    case ProcessedRole: return qint64(0);
    case TotalRole: return qint64(0);
    case ProgressUnitRole: return QVariant::fromValue(ProgressUnit::Steps);
    case StartedAtRole: return entry.startedAt;
    case ElapsedMsRole: return elapsed;
    case ErrorStringRole: return entry.errorString;
    case CommandsRole: return entry.commandStrings();
    case ClusterRole: return entry.cluster;
    case CanCancelRole: return false;
    case CanRetryRole: return false;
    default: break;
    }
    switch (column) {
    case StateColumn:
        if (role == Qt::DisplayRole)
            return jobs::displayName(entry.state);
        if (role == Qt::DecorationRole)
            return m_icons.at(static_cast<size_t>(entry.state));
        if (role == Qt::ToolTipRole)
            return entry.errorString.isEmpty() ? jobs::displayName(entry.state) : entry.errorString;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return entry.title;
        if (role == Qt::ToolTipRole) {
            const QStringList commands = entry.commandStrings();
            QString tip = tr("%1 (earlier session)").arg(entry.title);
            if (!commands.isEmpty())
                tip += QLatin1Char('\n') + commands.join(QLatin1Char('\n'));
            return tip;
        }
        break;
    case ClusterColumn:
        if (role == Qt::DisplayRole)
            return entry.cluster;
        break;
    case StartedColumn: {
        const QDateTime started = entry.startedAt.isValid() ? entry.startedAt : entry.createdAt;
        if (role == Qt::DisplayRole)
            return formatStarted(started);
        if (role == Qt::ToolTipRole && started.isValid())
            return QLocale().toString(started.toLocalTime(), QLocale::LongFormat);
        break;
    }
    case DurationColumn:
        if (role == Qt::DisplayRole)
            return entry.startedAt.isValid() && entry.finishedAt.isValid() ? formatDuration(elapsed) : QString();
        break;
    default: break;
    }
    if (role == Qt::TextAlignmentRole && (column == ProgressColumn || column == DurationColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job : nullptr;
}

std::optional<jobs::JournalEntry> JobListModel::journalEntryAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).job)
        return std::nullopt;
    return m_rows.at(row).entry;
}

int JobListModel::rowOf(const QString &jobId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if ((row.job ? row.job->id() : row.entry.id) == jobId)
            return i;
    }
    return -1;
}

int JobListModel::rowOf(const Job *job) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).job == job)
            return i;
    return -1;
}

void JobListModel::clearHistory()
{
    // History rows always follow the live ones: remove them as one block.
    int first = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).job) {
            first = i;
            break;
        }
    }
    if (first < 0)
        return;
    const int last = static_cast<int>(m_rows.size()) - 1;
    beginRemoveRows({}, first, last);
    m_rows.remove(first, last - first + 1);
    endRemoveRows();
}

void JobListModel::hideHistoryBefore(const QDateTime &time)
{
    if (!time.isValid())
        return;
    // Remove from the bottom up so that earlier row numbers stay valid.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        const Row &row = m_rows.at(i);
        if (row.job)
            continue;
        const QDateTime end = row.entry.finishedAt.isValid() ? row.entry.finishedAt : row.entry.createdAt;
        if (!end.isValid() || end > time)
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
}

void JobListModel::setTickInterval(int ms)
{
    m_tickTimer->setInterval(ms);
}

QIcon JobListModel::stateIcon(JobState state)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48})
        icon.addPixmap(paintStateIcon(state, size));
    return icon;
}

QColor JobListModel::stateColor(JobState state, const QColor &background)
{
    const QColor color = baseColor(state);
    return background.lightness() < 128 ? color.lighter(150) : color.darker(115);
}

QString JobListModel::formatDuration(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 10'000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void JobListModel::addJob(Job *job)
{
    if (rowOf(job) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row{job, {}});
    endInsertRows();
    connectJob(job);
    updateTimer();
}

void JobListModel::removeJob(Job *job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    job->disconnect(this);
    m_dirty.remove(job);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    updateTimer();
}

void JobListModel::connectJob(Job *job)
{
    connect(job, &Job::stateChanged, this, [this, job] { handleStateChanged(job); });
    connect(job, &Job::progressChanged, this, [this, job] { markDirty(job); });
    // Safety net: a job deleted without jobAboutToBeRemoved (the queue going away first).
    connect(job, &QObject::destroyed, this, [this, job] {
        const int row = rowOf(job);
        if (row < 0)
            return;
        m_dirty.remove(job);
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
}

void JobListModel::handleStateChanged(Job *job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    m_dirty.remove(job);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateTimer();
}

void JobListModel::markDirty(Job *job)
{
    m_dirty.insert(job);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void JobListModel::flushDirty()
{
    const QSet<Job *> dirty = std::exchange(m_dirty, {});
    for (Job *job : dirty) {
        const int row = rowOf(job);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void JobListModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Job *job = m_rows.at(i).job;
        if (job && isActive(job->state()))
            Q_EMIT dataChanged(index(i, DurationColumn), index(i, DurationColumn), {Qt::DisplayRole, ElapsedMsRole});
    }
}

void JobListModel::updateTimer()
{
    const bool anyActive = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                       [](const Row &row) { return row.job && isActive(row.job->state()); });
    if (anyActive && !m_tickTimer->isActive())
        m_tickTimer->start();
    else if (!anyActive)
        m_tickTimer->stop();
}

} // namespace chartroom::models
