#pragma once

#include "jobs/jobstate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace chartroom::jobs {
class Job;
class JobQueue;
} // namespace chartroom::jobs

namespace chartroom::models {

/// One line of a job's output as the output pane shows it.
struct OutputLine
{
    jobs::OutputChannel channel = jobs::OutputChannel::Stdout;
    QString text;
};

/// Keeps the recent output of the queue's live jobs in memory, so that selecting a job shows
/// what it printed before it was selected. Bounded per job (oldest lines dropped, counted in
/// droppedLines()), more tightly once a job has finished, since the queue keeps up to a few
/// hundred finished jobs; a job's lines go when the queue removes the job. The journal keeps
/// every line; earlier runs' output is read from there.
class JobOutputStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobOutputStore)

public:
    explicit JobOutputStore(jobs::JobQueue *queue, QObject *parent = nullptr);
    ~JobOutputStore() override;

    void setMaxLinesPerJob(int lines) { m_maxLines = qMax(1, lines); }
    [[nodiscard]] int maxLinesPerJob() const { return m_maxLines; }
    void setMaxLinesPerFinishedJob(int lines) { m_maxFinishedLines = qMax(1, lines); }

    [[nodiscard]] QList<OutputLine> lines(const jobs::Job *job) const;
    [[nodiscard]] qint64 droppedLines(const jobs::Job *job) const;

Q_SIGNALS:
    /// Emitted after the line was stored.
    void lineAppended(chartroom::jobs::Job *job, chartroom::jobs::OutputChannel channel, const QString &text);

private:
    struct Buffer
    {
        QList<OutputLine> lines;
        qint64 dropped = 0;
    };

    void watch(jobs::Job *job);
    void append(jobs::Job *job, jobs::OutputChannel channel, const QString &text);
    void trim(const jobs::Job *job, int maxLines);

    QHash<const jobs::Job *, Buffer> m_buffers;
    int m_maxLines = 5000;
    int m_maxFinishedLines = 1000;
};

} // namespace chartroom::models
