// Restore drills on screen, from fixture data: the dashboard's drill coverage per tier (drilled
// within 30 / 90 days, older, never, RTO exceeded or failed) with its summary and the bar that
// filters the inventory, and the release details' measured RTO and last drills.
#include "dashboard/dashboardview.h"
#include "details/releasedetailspane.h"
#include "inventory/fleet.h"
#include "inventory/releasedetailsloader.h"
#include "jobs/jobqueue.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTest>
#include <QTextBrowser>

using namespace chartroom;
using namespace chartroom::inventory;

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc(); // the details pane ages against the real clock

DrillOutcome drill(int daysAgo, bool ok, qint64 ms, const QString &backupId, const QString &error = {})
{
    DrillOutcome d;
    d.finishedAt = kNow.addDays(-daysAgo);
    d.backupId = backupId;
    d.ok = ok;
    d.durationMs = ms;
    d.error = error;
    d.rtoSeconds = 3600;
    return d;
}

Release release(const QString &name, int tier, std::chrono::seconds rto, const QList<DrillOutcome> &drills, bool stateful = true)
{
    Release r;
    r.context = QStringLiteral("homelab");
    r.namespaceName = QStringLiteral("data");
    r.name = name;
    r.status = QStringLiteral("deployed");
    r.tier = tier;
    r.rto = rto;
    r.stateful = stateful;
    r.rpo = std::chrono::seconds(3600);
    r.rpoState = stateful ? RpoState::Ok : RpoState::NotApplicable;
    applyDrills(r, drills);
    return r;
}

Fleet fixture()
{
    Fleet fleet;
    ContextStatus homelab;
    homelab.name = QStringLiteral("homelab");
    homelab.reachability = ContextStatus::Reachability::Reachable;
    fleet.contexts = {homelab};
    fleet.releases = {
        release(QStringLiteral("recent"), 1, std::chrono::hours(1), {drill(5, true, 40000, QStringLiteral("b-recent"))}),
        release(QStringLiteral("month"), 1, std::chrono::hours(1), {drill(45, true, 40000, QStringLiteral("b-month"))}),
        release(QStringLiteral("old"), 2, std::chrono::hours(1), {drill(200, true, 40000, QStringLiteral("b-old"))}),
        release(QStringLiteral("never"), 2, std::chrono::hours(1), {}),
        release(QStringLiteral("slow"), 1, std::chrono::seconds(30), {drill(2, true, 95000, QStringLiteral("b-slow"))}),
        release(QStringLiteral("broken"), 2, std::chrono::hours(1),
                {drill(10, true, 20000, QStringLiteral("b-ok")), drill(1, false, 800, QStringLiteral("b-bad"), QStringLiteral("health check query failed"))}),
        release(QStringLiteral("stateless"), 1, std::chrono::hours(1), {}, false),
    };
    return fleet;
}

/// Per bar set label: its values for Tier 1..4, Untiered.
QMap<QString, QList<int>> drillBars(QChartView *view)
{
    QMap<QString, QList<int>> bars;
    const QList<QAbstractSeries *> series = view->chart()->series();
    if (series.size() != 1)
        return bars;
    for (QBarSet *set : static_cast<QStackedBarSeries *>(series.first())->barSets()) {
        QList<int> values;
        for (int i = 0; i < set->count(); ++i)
            values << static_cast<int>(set->at(i));
        bars.insert(set->label(), values);
    }
    return bars;
}

} // namespace

class tst_DrillDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dashboardCoverage()
    {
        ui::DashboardView view;
        view.resize(1200, 900);
        view.setFleet(fixture(), kNow);
        QChartView *chart = view.findChild<QChartView *>(QStringLiteral("drillChart"));
        QVERIFY(chart);
        QCOMPARE(chart, view.drillChart());
        const QMap<QString, QList<int>> bars = drillBars(chart);
        QCOMPARE(bars.value(QStringLiteral("Drilled within 30 days")), (QList<int>{1, 0, 0, 0, 0}));
        QCOMPARE(bars.value(QStringLiteral("Drilled within 90 days")), (QList<int>{1, 0, 0, 0, 0}));
        QCOMPARE(bars.value(QStringLiteral("Drilled over 90 days ago")), (QList<int>{0, 1, 0, 0, 0}));
        QCOMPARE(bars.value(QStringLiteral("Never drilled")), (QList<int>{0, 1, 0, 0, 0}));
        QCOMPARE(bars.value(QStringLiteral("RTO exceeded or last drill failed")), (QList<int>{1, 1, 0, 0, 0}));

        const QString summary = view.findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1 drilled within 30 days")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("2 with RTO exceeded or a failed drill")), qPrintable(summary));

        // The red bar of Tier 1 asks for exactly those releases.
        QList<ui::FleetFilter> requested;
        connect(&view, &ui::DashboardView::filterRequested, this, [&requested](const ui::FleetFilter &f) { requested << f; });
        QBarSet *alerts = nullptr;
        for (QBarSet *set : static_cast<QStackedBarSeries *>(chart->chart()->series().first())->barSets())
            if (set->label() == QLatin1String("RTO exceeded or last drill failed"))
                alerts = set;
        QVERIFY(alerts);
        Q_EMIT alerts->clicked(0);
        QCOMPARE(requested.size(), 1);
        const ui::FleetFilter filter = requested.first();
        QVERIFY(filter.drillAlertsOnly);
        QCOMPARE(filter.tiers, QSet<int>{1});
    }

    void coverageBuckets()
    {
        using Coverage = ui::DashboardView::DrillCoverage;
        const Fleet fleet = fixture();
        QStringList seen;
        for (const Release &r : fleet.releases)
            seen << QStringLiteral("%1=%2").arg(r.name).arg(static_cast<int>(ui::DashboardView::drillCoverage(r, kNow)));
        QCOMPARE(seen, (QStringList{QStringLiteral("recent=%1").arg(int(Coverage::Within30Days)),
                                    QStringLiteral("month=%1").arg(int(Coverage::Within90Days)),
                                    QStringLiteral("old=%1").arg(int(Coverage::Older)),
                                    QStringLiteral("never=%1").arg(int(Coverage::Never)),
                                    QStringLiteral("slow=%1").arg(int(Coverage::Alert)),
                                    QStringLiteral("broken=%1").arg(int(Coverage::Alert)),
                                    QStringLiteral("stateless=%1").arg(int(Coverage::Never))}));
    }

    void detailsShowLastDrills()
    {
        jobs::JobQueue queue;
        inventory::ReleaseDetailsLoader loader(&queue);
        ui::ReleaseDetailsPane pane(&loader);
        pane.resize(900, 900);
        const Fleet fleet = fixture();
        auto *overview = pane.findChild<QTextBrowser *>(QStringLiteral("overviewBrowser"));
        QVERIFY(overview);

        pane.setRelease(fleet.releases.at(5)); // "broken": a good drill, then a failed one
        QString text = overview->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Restore drills")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("b-ok")));
        QVERIFY(text.contains(QStringLiteral("b-bad")));
        QVERIFY(text.contains(QStringLiteral("health check query failed")));
        QVERIFY(text.contains(QStringLiteral("The last drill failed")));
        QVERIFY(text.contains(QStringLiteral("20.0 s (last successful drill 10 d ago)")));
        // Newest first.
        QVERIFY(text.indexOf(QStringLiteral("b-bad")) < text.indexOf(QStringLiteral("b-ok")));

        pane.setRelease(fleet.releases.at(4)); // "slow": 95 s against a 30 s target
        text = overview->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("RTO exceeded: the restore took longer than the 30 s target")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("exceeded (30 s)")));
        QVERIFY(text.contains(QStringLiteral("1 min 35 s")));

        pane.setRelease(fleet.releases.at(0)); // "recent": within its hour
        text = overview->toPlainText();
        QVERIFY(text.contains(QStringLiteral("within (1 h)")));
        QVERIFY(!text.contains(QStringLiteral("RTO exceeded")));

        pane.setRelease(fleet.releases.at(3)); // "never"
        text = overview->toPlainText();
        QVERIFY(text.contains(QStringLiteral("No restore drill of this release has been recorded")));
        QVERIFY(text.contains(QStringLiteral("not measured: no successful restore drill")));
        QVERIFY(!text.contains(QStringLiteral("cannot be read")));

        // A drills file that cannot be read is named, not hidden behind "never drilled".
        pane.setBackupSource([](const QString &) {
            ui::ReleaseDetailsPane::Backups backups;
            backups.loaded = true;
            backups.drillError = QStringLiteral("/repo/drills.json is not a drills file");
            return backups;
        });
        pane.setRelease(fleet.releases.at(3));
        text = overview->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("The recorded drills cannot be read: /repo/drills.json is not a drills file")),
                 qPrintable(text));
    }
};

QTEST_MAIN(tst_DrillDisplay)
#include "tst_drilldisplay.moc"
