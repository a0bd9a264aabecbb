#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace chartroom {
class Runtime;
}
namespace chartroom::ui {
class FleetWorkspace;
}

namespace chartroom {

/// `chartroom --measure`: prints what the performance targets are about, then quits.
///
/// - `painted-at-monotonic S`: CLOCK_MONOTONIC seconds when the inventory first painted with a
///   fleet in it (the cached one), so a launcher can subtract its own start time;
/// - `rss-kib-loaded N`: resident memory at that point;
/// - `refresh-max-stall-ms X`: the longest the event loop was kept from running during the scan
///   that follows (an event-loop latency probe: a 2 ms timer and the gaps between its ticks);
/// - `refresh-seconds S` and `rss-kib-after-refresh N`.
class PerformanceProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformanceProbe)

public:
    PerformanceProbe(Runtime &runtime, ui::FleetWorkspace *workspace, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleFleetShown();
    void handleScanStarted();
    void handleScanFinished();
    void tick();

    Runtime &m_runtime;
    ui::FleetWorkspace *m_workspace;
    QObject *m_viewport = nullptr;
    bool m_waitingForPaint = false;
    bool m_painted = false;
    bool m_scanning = false;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_scanTime;
    qint64 m_maxStallNs = 0;
};

} // namespace chartroom
