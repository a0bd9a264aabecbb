#include "performanceprobe.h"

#include "fleet/fleettreeview.h"
#include "fleet/fleetworkspace.h"
#include "runtime.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <malloc.h>

namespace chartroom {

namespace {

constexpr int TickMs = 2;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double monotonicSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace

PerformanceProbe::PerformanceProbe(Runtime &runtime, ui::FleetWorkspace *workspace, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_workspace(workspace)
{
    connect(workspace, &ui::FleetWorkspace::fleetShown, this, &PerformanceProbe::handleFleetShown);
    connect(&runtime.scanner(), &inventory::InventoryScanner::scanStarted, this, &PerformanceProbe::handleScanStarted);
    connect(&runtime.scanner(), &inventory::InventoryScanner::scanFinished, this, &PerformanceProbe::handleScanFinished);
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &PerformanceProbe::tick);
}

void PerformanceProbe::handleFleetShown()
{
    if (m_painted || m_waitingForPaint)
        return;
    m_waitingForPaint = true;
    m_viewport = m_workspace->tree()->viewport();
    m_viewport->installEventFilter(this);
    m_workspace->tree()->viewport()->update();
}

bool PerformanceProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Paint && m_waitingForPaint) {
        const bool handled = QObject::eventFilter(watched, event);
        m_viewport->removeEventFilter(this);
        m_waitingForPaint = false;
        m_painted = true;
        // Printed after this paint has been delivered: the window shows the fleet now.
        QMetaObject::invokeMethod(this, [] {
            std::printf("painted-at-monotonic %.6f\n", monotonicSeconds());
            std::printf("rss-kib-loaded %lld\n", static_cast<long long>(residentKiB()));
            std::fflush(stdout);
        }, Qt::QueuedConnection);
        return handled;
    }
    return QObject::eventFilter(watched, event);
}

void PerformanceProbe::handleScanStarted()
{
    m_scanning = true;
    m_maxStallNs = 0;
    m_scanTime.start();
    m_sinceTick.start();
    m_ticker.start();
}

void PerformanceProbe::tick()
{
    const qint64 gap = m_sinceTick.nsecsElapsed();
    m_sinceTick.start();
    m_maxStallNs = qMax(m_maxStallNs, gap - qint64(TickMs) * 1000000);
}

void PerformanceProbe::handleScanFinished()
{
    if (!m_scanning)
        return;
    m_scanning = false;
    m_ticker.stop();
    // Let the last context's update and the cache save land before measuring memory.
    QTimer::singleShot(500, this, [this] {
        malloc_trim(0);
        std::printf("refresh-seconds %.3f\n", m_scanTime.elapsed() / 1000.0);
        std::printf("refresh-max-stall-ms %.1f\n", m_maxStallNs / 1e6);
        std::printf("rss-kib-after-refresh %lld\n", static_cast<long long>(residentKiB()));
        std::printf("releases %d\n", static_cast<int>(m_runtime.scanner().fleet().releases.size()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace chartroom
