#include "upgrade/waituntiljob.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

WaitUntilJob::WaitUntilJob(QString title, QDateTime until, QObject *parent)
    : Job(std::move(title), parent)
    , m_until(std::move(until))
{
}

WaitUntilJob::~WaitUntilJob() = default;

qint64 WaitUntilJob::remainingSeconds() const
{
    return qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - m_until.toMSecsSinceEpoch()) / -1000);
}

void WaitUntilJob::doStart()
{
    m_from = QDateTime::currentDateTimeUtc();
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &WaitUntilJob::tick);
    m_timer->start();
    tick();
}

void WaitUntilJob::tick()
{
    if (isFinished())
        return;
    const qint64 total = qMax<qint64>(0, m_from.secsTo(m_until));
    const qint64 remaining = remainingSeconds();
    setProgress(total - remaining, total);
    if (!m_until.isValid() || QDateTime::currentMSecsSinceEpoch() >= m_until.toMSecsSinceEpoch()) {
        m_timer->stop();
        finishSucceeded();
        return;
    }
    const qint64 minute = remaining / 60;
    if (minute != m_lastAnnounced) {
        m_lastAnnounced = minute;
        emitOutput(jobs::OutputChannel::Info,
                   tr("Waiting for %1 UTC: %2 s left").arg(m_until.toUTC().toString(Qt::ISODate)).arg(remaining));
    }
}

void WaitUntilJob::doCancel()
{
    if (m_timer)
        m_timer->stop();
    finishCanceled(tr("The wait was canceled"));
}

} // namespace chartroom::upgrade
