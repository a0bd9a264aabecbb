#pragma once

#include "jobs/job.h"

#include <QStringList>

namespace chartroom::test {

/// A Job whose outcome and timing the test chooses. It finishes after `ticks` turns of the
/// event loop (0 = as soon as it starts), so the order of events is deterministic.
class FakeJob final : public jobs::Job
{
    Q_OBJECT
public:
    enum class Outcome { Succeed, Fail, Hang, TimeOutAfterTicks };

    FakeJob(QString title, Outcome outcome, int ticks, QStringList *events, QObject *parent = nullptr);

    std::unique_ptr<jobs::Job> clone() const override;
    int startCount() const { return m_startCount; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void tick();

    const Outcome m_outcome;
    const int m_ticks;
    int m_remaining = 0;
    int m_startCount = 0;
    QStringList *m_events;
};

/// Records every event of `job` into `events` as "title:event".
void recordEvents(jobs::Job *job, QStringList *events);

} // namespace chartroom::test
