#pragma once

#include "jobs/job.h"

#include <QDateTime>

class QTimer;

namespace chartroom::upgrade {

/// Waits in the queue until a moment (a maintenance window opening): progress is seconds waited
/// of seconds to wait, remainingSeconds() is the countdown, and a line is printed each minute.
///
/// Contract: a Job; a moment in the past finishes at once; cancel() ends the wait immediately
/// (Canceled) and nothing after it runs.
class WaitUntilJob final : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitUntilJob)

public:
    WaitUntilJob(QString title, QDateTime until, QObject *parent = nullptr);
    ~WaitUntilJob() override;

    [[nodiscard]] const QDateTime &until() const { return m_until; }
    [[nodiscard]] qint64 remainingSeconds() const;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void tick();

    const QDateTime m_until;
    QDateTime m_from;
    QTimer *m_timer = nullptr;
    qint64 m_lastAnnounced = -1;
};

} // namespace chartroom::upgrade
