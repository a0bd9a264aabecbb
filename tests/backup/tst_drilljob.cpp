// DrillJob's contract with a scripted restore and real teardown programs (no cluster): the
// scratch namespace is torn down after success, failure and cancel; every drill that ran is
// recorded in drills.json, a canceled one is not; finished() exactly once. Plus the drills file
// (a malformed one is reported and never overwritten), the backup index's drills, the RTO
// flagging of the inventory, and the shared selection helpers.
#include "backup/backuprecord.h"
#include "backup/drilljob.h"
#include "backup/drillplan.h"
#include "backup/drillrecord.h"
#include "backup/repositorybackupindex.h"
#include "inventory/fleet.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace chartroom;
using backup::DrillJob;

namespace {

const QString kRelease = QStringLiteral("homelab/data/main-db");

/// A restore that ends by itself after `ms` (succeeding or failing) or, once canceled, a little
/// later (as a real restore does once its process is dead).
class ScriptedRestore final : public jobs::Job
{
    Q_OBJECT

public:
    ScriptedRestore(int ms, bool succeed)
        : Job(QStringLiteral("scripted restore"))
        , m_succeed(succeed)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(ms);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            emitOutput(jobs::OutputChannel::Stdout, QStringLiteral("restored"));
            if (m_succeed)
                finishSucceeded();
            else
                finishFailed(jobs::JobError::ExitCode, QStringLiteral("psql: relation \"items\" does not exist"));
        });
    }

protected:
    void doStart() override { m_timer.start(); }
    void doCancel() override
    {
        m_timer.stop();
        QTimer::singleShot(20, this, [this] { finishCanceled(); });
    }

private:
    QTimer m_timer;
    bool m_succeed;
};

QString program(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    return path.isEmpty() ? QStringLiteral("/bin/") + name : path;
}

DrillJob::Parts parts(const QString &root, std::unique_ptr<jobs::Job> restore, const QString &teardownProgram)
{
    DrillJob::Parts p;
    p.repositoryRoot = root;
    p.draft.releaseKey = kRelease;
    p.draft.backupId = QStringLiteral("20261126T091500Z-abcdef");
    p.draft.rtoSeconds = 3600;
    p.scratchNamespace = QStringLiteral("chartroom-drill-main-db-20261126101500");
    p.restore = std::move(restore);
    if (!teardownProgram.isEmpty())
        p.teardown = CommandLine(program(teardownProgram), {});
    return p;
}

/// Runs `job` to its end; the number of finished() signals it gave.
int runToEnd(DrillJob &job, const std::function<void()> &afterStart = {})
{
    QSignalSpy finished(&job, &jobs::Job::finished);
    job.start();
    if (afterStart)
        afterStart();
    if (!finished.wait(20000))
        return 0;
    QTest::qWait(50); // a second finished() would be queued behind the first
    return static_cast<int>(finished.size());
}

backup::BackupRecord record(const QString &id, backup::BackupState state, bool withManifest = true)
{
    backup::BackupRecord r;
    r.id = id;
    r.releaseKey = kRelease;
    r.state = state;
    if (withManifest) {
        backup::BackupManifest manifest;
        manifest.id = id;
        r.manifest = manifest;
    }
    return r;
}

} // namespace

class tst_DrillJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successTearsDownAndRecords()
    {
        QTemporaryDir repo;
        QVERIFY(repo.isValid());
        DrillJob job(parts(repo.path(), std::make_unique<ScriptedRestore>(60, true), QStringLiteral("true")));
        QStringList output;
        connect(&job, &jobs::Job::outputReceived, this, [&output](jobs::OutputChannel, const QString &line) { output << line; });
        QCOMPARE(runToEnd(job), 1);
        QCOMPARE(job.state(), jobs::JobState::Succeeded);
        QCOMPARE(job.teardownState(), DrillJob::Teardown::Deleted);
        QVERIFY(job.restoreRan());
        QVERIFY(job.recorded());
        QVERIFY(output.contains(QStringLiteral("restored")));
        const QList<backup::DrillRecord> drills = backup::loadDrills(repo.path());
        QCOMPARE(drills.size(), 1);
        QCOMPARE(drills.first(), job.record());
        QVERIFY(drills.first().ok);
        QVERIFY(drills.first().error.isEmpty());
        QVERIFY2(drills.first().durationMs >= 50, qPrintable(QString::number(drills.first().durationMs)));
        QVERIFY(drills.first().finishedAt >= drills.first().startedAt);
        QCOMPARE(drills.first().rtoSeconds, std::optional<qint64>(3600));
    }

    void failureStillTearsDownAndRecordsTheError()
    {
        QTemporaryDir repo;
        DrillJob job(parts(repo.path(), std::make_unique<ScriptedRestore>(30, false), QStringLiteral("true")));
        QCOMPARE(runToEnd(job), 1);
        QCOMPARE(job.state(), jobs::JobState::Failed);
        QCOMPARE(job.error(), jobs::JobError::ExitCode);
        QCOMPARE(job.teardownState(), DrillJob::Teardown::Deleted);
        const QList<backup::DrillRecord> drills = backup::loadDrills(repo.path());
        QCOMPARE(drills.size(), 1);
        QVERIFY(!drills.first().ok);
        QVERIFY(drills.first().error.contains(QStringLiteral("relation \"items\" does not exist")));
        QCOMPARE(job.errorString(), drills.first().error);
    }

    void cancelTearsDownAndRecordsNothing()
    {
        QTemporaryDir repo;
        DrillJob job(parts(repo.path(), std::make_unique<ScriptedRestore>(60000, true), QStringLiteral("true")));
        QElapsedTimer cancelTime;
        const int finishedCount = runToEnd(job, [&job, &cancelTime] {
            QTRY_VERIFY(job.restoreRan());
            cancelTime.start();
            job.cancel(); // returns at once; the teardown runs after the restore stopped
            QVERIFY(cancelTime.elapsed() < 1000);
            QCOMPARE(job.state(), jobs::JobState::Canceling);
        });
        QCOMPARE(finishedCount, 1);
        QCOMPARE(job.state(), jobs::JobState::Canceled);
        QCOMPARE(job.teardownState(), DrillJob::Teardown::Deleted);
        QVERIFY(!job.recorded());
        QVERIFY(!QFile::exists(backup::drillsFilePath(repo.path())));
    }

    void cancelBeforeStartRunsNothing()
    {
        QTemporaryDir repo;
        DrillJob job(parts(repo.path(), std::make_unique<ScriptedRestore>(10, true), QStringLiteral("true")));
        QSignalSpy finished(&job, &jobs::Job::finished);
        job.start();
        job.cancel(); // before the deferred start ran
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.state(), jobs::JobState::Canceled);
        QVERIFY(!job.restoreRan());
        QCOMPARE(job.teardownState(), DrillJob::Teardown::NotRun);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!QFile::exists(backup::drillsFilePath(repo.path())));
    }

    void keptNamespaceAndFailedTeardown()
    {
        QTemporaryDir repo;
        DrillJob kept(parts(repo.path(), std::make_unique<ScriptedRestore>(10, true), QString()));
        QCOMPARE(runToEnd(kept), 1);
        QCOMPARE(kept.state(), jobs::JobState::Succeeded);
        QCOMPARE(kept.teardownState(), DrillJob::Teardown::Kept);

        // kubectl refusing to delete the namespace is reported; the drill itself was good.
        DrillJob refused(parts(repo.path(), std::make_unique<ScriptedRestore>(10, true), QStringLiteral("false")));
        QCOMPARE(runToEnd(refused), 1);
        QCOMPARE(refused.state(), jobs::JobState::Succeeded);
        QCOMPARE(refused.teardownState(), DrillJob::Teardown::Failed);
        QVERIFY(!refused.teardownError().isEmpty());
        QCOMPARE(backup::loadDrills(repo.path()).size(), 2);
    }

    void drillThatCannotRunIsRecordedWithoutTouchingTheCluster()
    {
        QTemporaryDir repo;
        DrillJob::Parts p = parts(repo.path(), nullptr, QStringLiteral("true"));
        p.problem = QStringLiteral("the key does not match the backup");
        DrillJob job(std::move(p));
        QCOMPARE(runToEnd(job), 1);
        QCOMPARE(job.state(), jobs::JobState::Failed);
        QVERIFY(!job.restoreRan());
        QCOMPARE(job.teardownState(), DrillJob::Teardown::NotRun);
        const QList<backup::DrillRecord> drills = backup::loadDrills(repo.path());
        QCOMPARE(drills.size(), 1);
        QCOMPARE(drills.first().error, QStringLiteral("the key does not match the backup"));
    }

    void exceededRtoIsRecordedAndFlagged()
    {
        // A profile whose RTO is 0 s: any real restore exceeds it.
        QTemporaryDir repo;
        DrillJob::Parts p = parts(repo.path(), std::make_unique<ScriptedRestore>(30, true), QStringLiteral("true"));
        p.draft.rtoSeconds = 0;
        DrillJob job(std::move(p));
        QCOMPARE(runToEnd(job), 1);
        QCOMPARE(job.state(), jobs::JobState::Succeeded);
        QVERIFY(job.record().outcome().exceeds());

        const backup::RepositoryBackupIndex index({}, backup::loadDrills(repo.path()));
        QCOMPARE(index.drillCount(), 1);
        inventory::Release release;
        release.context = QStringLiteral("homelab");
        release.namespaceName = QStringLiteral("data");
        release.name = QStringLiteral("main-db");
        release.stateful = true;
        QVERIFY(inventory::applyDrills(release, index.drills(release.key())));
        QVERIFY(release.rtoExceeded);
        QVERIFY(!release.lastDrillFailed);
        QCOMPARE(release.measuredRtoMs, std::optional<qint64>(job.record().durationMs));
        QCOMPARE(release.lastSuccessfulDrill, std::optional<QDateTime>(job.record().finishedAt));
        QVERIFY(!inventory::applyDrills(release, index.drills(release.key()))); // nothing new

        // The release's own target (its profile today) is what counts when it has one.
        release.rto = std::chrono::seconds(3600);
        QVERIFY(inventory::applyDrills(release, index.drills(release.key())));
        QVERIFY(!release.rtoExceeded);
    }

    void flaggingLogic()
    {
        const QDateTime t0(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
        auto drill = [&t0](int day, bool ok, qint64 ms, std::optional<qint64> rto) {
            inventory::DrillOutcome d;
            d.finishedAt = t0.addDays(day);
            d.backupId = QStringLiteral("b%1").arg(day);
            d.ok = ok;
            d.durationMs = ms;
            d.rtoSeconds = rto;
            d.error = ok ? QString() : QStringLiteral("health check failed");
            return d;
        };
        inventory::Release r;
        r.rto = std::chrono::seconds(60);
        // A good drill within the RTO, a slow one, then a failure: measured RTO is the newest good one.
        const QList<inventory::DrillOutcome> drills{drill(0, true, 20000, 60), drill(1, true, 61000, 60), drill(2, false, 500, 60)};
        QVERIFY(inventory::applyDrills(r, drills));
        QCOMPARE(r.lastSuccessfulDrill, std::optional<QDateTime>(t0.addDays(1)));
        QCOMPARE(r.measuredRtoMs, std::optional<qint64>(61000));
        QVERIFY(r.rtoExceeded);
        QVERIFY(r.lastDrillFailed);
        QCOMPARE(r.recentDrills.size(), 3);
        QCOMPARE(r.recentDrills.first().backupId, QStringLiteral("b2")); // newest first

        // Exactly at the target is within it; no target at all flags nothing.
        inventory::Release exact;
        exact.rto = std::chrono::seconds(60);
        inventory::applyDrills(exact, {drill(0, true, 60000, std::nullopt)});
        QVERIFY(!exact.rtoExceeded);
        inventory::Release untargeted;
        inventory::applyDrills(untargeted, {drill(0, true, 999999, std::nullopt)});
        QVERIFY(!untargeted.rtoExceeded);
        QVERIFY(untargeted.measuredRtoMs);

        // Only the last few are kept on the release.
        QList<inventory::DrillOutcome> many;
        for (int day = 0; day < 8; ++day)
            many << drill(day, true, 1000, 60);
        inventory::Release busy;
        inventory::applyDrills(busy, many);
        QCOMPARE(busy.recentDrills.size(), inventory::Release::RecentDrillCount);
        QCOMPARE(busy.recentDrills.first().backupId, QStringLiteral("b7"));

        // The fleet JSON (cache and inventory --json) carries all of it.
        r.context = QStringLiteral("homelab");
        const inventory::Release back = inventory::Release::fromJson(r.toJson());
        QCOMPARE(back.lastSuccessfulDrill, r.lastSuccessfulDrill);
        QCOMPARE(back.measuredRtoMs, r.measuredRtoMs);
        QCOMPARE(back.rtoExceeded, true);
        QCOMPARE(back.lastDrillFailed, true);
        QCOMPARE(back.recentDrills, r.recentDrills);
    }

    void malformedDrillsFileIsReportedAndKept()
    {
        QTemporaryDir repo;
        const QString path = backup::drillsFilePath(repo.path());
        // No file yet: no drills, no error.
        const auto none = backup::readDrills(repo.path());
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());

        const QByteArray broken = "{\"formatVersion\": 1, \"drills\": [{\"releaseKey\": \"homelab/data/main-db\", ";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        const auto read = backup::readDrills(repo.path());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(path) && read.error().message.contains(QStringLiteral("not valid JSON")),
                 qPrintable(read.error().message));

        // Recording refuses rather than replacing what was there.
        backup::DrillRecord drill;
        drill.releaseKey = kRelease;
        drill.ok = true;
        const auto appended = backup::appendDrill(repo.path(), drill);
        QVERIFY(!appended.ok());
        QVERIFY(appended.error().message.contains(path));
        DrillJob job(parts(repo.path(), std::make_unique<ScriptedRestore>(10, true), QStringLiteral("true")));
        QCOMPARE(runToEnd(job), 1);
        QCOMPARE(job.state(), jobs::JobState::Failed);
        QCOMPARE(job.error(), jobs::JobError::SinkFailed);
        QVERIFY(!job.recorded());
        QVERIFY(job.errorString().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(job.teardownState(), DrillJob::Teardown::Deleted);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);

        // Valid JSON that is not a drills file is refused the same way.
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[1, 2, 3]");
        file.close();
        const auto notDrills = backup::readDrills(repo.path());
        QVERIFY(!notDrills.ok());
        QVERIFY(notDrills.error().message.contains(QStringLiteral("no list of drills")));
    }

    void indexGroupsDrillsByRelease()
    {
        QList<backup::DrillRecord> drills;
        for (int i = 0; i < 3; ++i) {
            backup::DrillRecord d;
            d.releaseKey = i == 1 ? QStringLiteral("homelab/apps/wiki") : kRelease;
            d.backupId = QStringLiteral("b%1").arg(i);
            d.ok = i != 2;
            d.durationMs = 1000 * (i + 1);
            d.finishedAt = QDateTime(QDate(2026, 11, 20 + i), QTime(1, 0), Qt::UTC);
            drills << d;
        }
        const backup::RepositoryBackupIndex index({}, drills);
        QCOMPARE(index.drillCount(), 3);
        const QList<inventory::DrillOutcome> mine = index.drills(kRelease);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0), drills.at(0).outcome()); // oldest first, as recorded
        QCOMPARE(mine.at(1).backupId, QStringLiteral("b2"));
        QVERIFY(!mine.at(1).ok);
        QCOMPARE(index.drills(QStringLiteral("homelab/apps/wiki")).size(), 1);
        QVERIFY(index.drills(QStringLiteral("homelab/apps/none")).isEmpty());
    }

    void selectionHelpers()
    {
        QVERIFY(!backup::latestVerifiedBackup({}));
        const QList<backup::BackupRecord> records{record(QStringLiteral("a"), backup::BackupState::Verified),
                                                  record(QStringLiteral("b"), backup::BackupState::Verified),
                                                  record(QStringLiteral("c"), backup::BackupState::Bad),
                                                  record(QStringLiteral("d"), backup::BackupState::Failed),
                                                  record(QStringLiteral("e"), backup::BackupState::Verified, false)};
        const auto latest = backup::latestVerifiedBackup(records);
        QVERIFY(latest);
        QCOMPARE(latest->id, QStringLiteral("b"));

        const QDateTime at(QDate(2026, 11, 26), QTime(10, 15, 0), Qt::UTC);
        QCOMPARE(backup::drillNamespaceName(QStringLiteral("Main-DB"), at), QStringLiteral("chartroom-drill-main-db-20261126101500"));
        const QString longName = backup::drillNamespaceName(QStringLiteral("a-very-long-release-name-that-goes-on-and-on-"), at);
        QVERIFY(longName.size() <= 63);
        QVERIFY(!longName.contains(QStringLiteral("--")));
        QVERIFY(longName.endsWith(QStringLiteral("-20261126101500")));
    }
};

QTEST_GUILESS_MAIN(tst_DrillJob)
#include "tst_drilljob.moc"
