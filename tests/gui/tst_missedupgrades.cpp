// Maintenance-window upgrades whose window passed while Chartroom was not running: the main
// window tells of them on start (a notice above the inventory and a status bar message, never a
// modal dialog), Open… lists them with how to plan them again, and Dismiss records them as missed
// so that the next start does not tell of them again. A plan still waiting is not told.
#include "testsupport.h"

#include "fleet/missedupgradesbar.h"
#include "mainwindow/mainwindow.h"
#include "runtime.h"

#include "upgrade/scheduledupgradestore.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace chartroom;

namespace {

upgrade::UpgradeRequest maintenance(const QString &key, const QDateTime &window)
{
    upgrade::UpgradeRequest request;
    request.release = *upgrade::ReleaseTarget::fromKey(key);
    request.source = *upgrade::ChartSource::fromReference(QStringLiteral("sb-charts/memcached"));
    request.source.version = QStringLiteral("0.5.0");
    request.strategy = upgrade::Strategy::MaintenanceWindow;
    request.windowStart = window;
    request.workloads = {QStringLiteral("deployment/cache")};
    return request;
}

} // namespace

class tst_MissedUpgrades : public QObject
{
    Q_OBJECT

    QString m_base;

    struct Started
    {
        std::unique_ptr<Runtime> runtime;
        std::unique_ptr<ui::MainWindow> window;
        ui::MissedUpgradesBar *bar = nullptr;
    };

    /// A main window as the application starts it; returns once the notice has read the store.
    Started start()
    {
        Started s;
        Runtime::Options options;
        options.settingsFile = m_base + QStringLiteral("/config/test.ini");
        options.journalDir = m_base + QStringLiteral("/state/journal");
        s.runtime = std::make_unique<Runtime>(options);
        s.window = std::make_unique<ui::MainWindow>(*s.runtime);
        s.bar = s.window->findChild<ui::MissedUpgradesBar *>(QStringLiteral("missedUpgradesBar"));
        if (!s.bar)
            return s;
        QSignalSpy checked(s.bar, &ui::MissedUpgradesBar::checked);
        s.window->show();
        if (!QTest::qWaitForWindowExposed(s.window.get()) || !(checked.size() > 0 || checked.wait(10000)))
            s.bar = nullptr;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Q_INIT_RESOURCE(resources);
        m_base = test::isolateEnvironment();
    }

    void toldOnStartAndDismissedForGood()
    {
        const upgrade::ScheduledUpgradeStore store(upgrade::ScheduledUpgradeStore::defaultPath());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto missedId = store.add(maintenance(QStringLiteral("homelab/cache/memcached"), now.addSecs(-3600)), now.addDays(-1));
        const auto waitingId = store.add(maintenance(QStringLiteral("homelab/web/nginx"), now.addDays(2)), now);
        QVERIFY(missedId && waitingId);

        Started first = start();
        QVERIFY(first.bar);
        QVERIFY(!first.bar->isHidden());
        const QString text = first.bar->findChild<QLabel *>(QStringLiteral("missedUpgradesLabel"))->text();
        QVERIFY2(text.contains(QStringLiteral("1 planned maintenance upgrade(s) missed the window")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("homelab/cache/memcached")));
        QVERIFY(!text.contains(QStringLiteral("homelab/web/nginx"))); // still waiting for its window
        QCOMPARE(first.window->statusBar()->currentMessage(), text);
        QVERIFY(QApplication::activeModalWidget() == nullptr);

        // Open…: the plan and how to plan it again, in a non-modal window.
        QTest::mouseClick(first.bar->findChild<QPushButton *>(QStringLiteral("missedUpgradesOpen")), Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = first.bar->findChild<QWidget *>(QStringLiteral("missedUpgradesDialog"))) && dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const QString details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("missedUpgradesText"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("homelab/cache/memcached: Maintenance window upgrade to sb-charts/memcached 0.5.0, window ")),
                 qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("nginx")));
        QVERIFY(details.contains(QStringLiteral("chartroom-cli upgrade --release homelab/cache/memcached --chart sb-charts/memcached --version 0.5.0 --strategy maintenance")));
        dialog->close();

        // Dismiss: hidden at once, recorded as missed in the store (off the UI thread).
        QSignalSpy dismissed(first.bar, &ui::MissedUpgradesBar::dismissed);
        QTest::mouseClick(first.bar->findChild<QPushButton *>(QStringLiteral("missedUpgradesDismiss")), Qt::LeftButton);
        QVERIFY(first.bar->isHidden());
        QVERIFY(first.window->statusBar()->currentMessage().isEmpty());
        QVERIFY(dismissed.wait(10000));
        const auto all = store.list();
        QVERIFY(all && all->size() == 2);
        for (const upgrade::ScheduledUpgrade &s : *all)
            QCOMPARE(s.missedAt.isValid(), s.id == *missedId);
        QVERIFY(store.untold(QDateTime::currentDateTimeUtc())->isEmpty());
        first = {};

        // The next start does not tell of it again.
        Started second = start();
        QVERIFY(second.bar);
        QVERIFY(second.bar->isHidden());
        QVERIFY(second.bar->missed().isEmpty());
    }
};

QTEST_MAIN(tst_MissedUpgrades)
#include "tst_missedupgrades.moc"
