#include "testsupport.h"

#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "models/joblistmodel.h"
#include "models/joboutputstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace chartroom;
using chartroom::jobs::Job;
using chartroom::jobs::JobState;
using chartroom::models::JobListModel;

namespace {

/// A job the test drives by hand: it runs until told to succeed, fail or report progress.
class ManualJob final : public Job
{
public:
    using Job::Job;
    void progress(qint64 done, qint64 total) { setProgress(done, total); }
    void succeed() { finishSucceeded(); }
    void fail(const QString &why) { finishFailed(jobs::JobError::ExitCode, why); }
    void say(const QString &line) { emitOutput(jobs::OutputChannel::Stdout, line); }

protected:
    void doStart() override {}
    void doCancel() override { finishCanceled(); }
};

ManualJob *enqueueManual(jobs::JobQueue &queue, const QString &title, const QString &cluster = {})
{
    return static_cast<ManualJob *>(queue.enqueue(std::make_unique<ManualJob>(title), jobs::JobOptions{0, cluster}));
}

/// State, title, cluster and progress columns of `row` (the time columns vary from run to run).
QString stableText(const JobListModel &model, int row)
{
    QStringList parts;
    for (const int column : {JobListModel::StateColumn, JobListModel::TitleColumn, JobListModel::ClusterColumn,
                             JobListModel::ProgressColumn})
        parts << model.index(row, column).data().toString();
    return parts.join(QLatin1Char('|'));
}

QStringList allStableTexts(const JobListModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << stableText(model, row);
    return rows;
}

/// dataChanged() signals that covered the whole of `row` (elapsed-time ticks cover one column).
int changesOfRow(const QSignalSpy &spy, int row)
{
    int count = 0;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        if (topLeft.row() == row && bottomRight.row() == row && topLeft.column() == 0
            && bottomRight.column() == JobListModel::ColumnCount - 1)
            ++count;
    }
    return count;
}

} // namespace

class tst_JobListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void liveJobsAreListedNewestFirst();
    void stateAndProgressChangeOneRowAtATime();
    void elapsedTicksOnlyWhileRunning();
    void historyTrimmingRemovesRows();
    void processJobRoles();
    void journalEntriesFromAnEarlierRun();
    void outputStoreKeepsBoundedBacklog();
};

void tst_JobListModel::initTestCase()
{
    test::isolateEnvironment();
}

void tst_JobListModel::liveJobsAreListedNewestFirst()
{
    jobs::JobQueue queue;
    ManualJob *already = enqueueManual(queue, QStringLiteral("already queued"));
    JobListModel model(&queue, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(JobListModel::ColumnCount));
    ManualJob *a = enqueueManual(queue, QStringLiteral("install redis"), QStringLiteral("homelab"));
    ManualJob *b = enqueueManual(queue, QStringLiteral("backup grafana"));
    QCOMPARE(test::rowSpyToText(inserted), QStringLiteral("0,0;0,0"));
    QCOMPARE(allStableTexts(model), (QStringList{QStringLiteral("Queued|backup grafana||"),
                                                 QStringLiteral("Queued|install redis|homelab|"),
                                                 QStringLiteral("Queued|already queued||")}));
    QCOMPARE(model.jobAt(0), b);
    QCOMPARE(model.rowOf(a), 1);
    QCOMPARE(model.rowOf(already->id()), 2);
    QCOMPARE(model.index(1, 0).data(JobListModel::JobIdRole).toString(), a->id());
    QCOMPARE(model.index(1, 0).data(JobListModel::JobPointerRole).value<Job *>(), a);
    QCOMPARE(model.index(1, 0).data(JobListModel::ClusterRole).toString(), QStringLiteral("homelab"));
    QVERIFY(model.index(1, 0).data(JobListModel::IsLiveRole).toBool());
    QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.journalEntryAt(0).has_value());
    queue.cancelAll();
}

void tst_JobListModel::stateAndProgressChangeOneRowAtATime()
{
    jobs::JobQueue queue;
    JobListModel model(&queue, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ManualJob *older = enqueueManual(queue, QStringLiteral("older"));
    ManualJob *job = enqueueManual(queue, QStringLiteral("upgrade nextcloud"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Running, 5000);
    QCOMPARE(changesOfRow(changed, 0), 1); // Pending → Running: one change of row 0
    QCOMPARE(model.index(0, 0).data(JobListModel::StateRole).value<JobState>(), JobState::Running);
    QVERIFY(model.index(0, 0).data(JobListModel::CanCancelRole).toBool());
    QVERIFY(!model.index(0, JobListModel::StartedColumn).data().toString().isEmpty());

    // A burst of progress is coalesced into one dataChanged for the row.
    changed.clear();
    job->progress(1, 5);
    job->progress(2, 5);
    job->progress(3, 5);
    QTRY_COMPARE_WITH_TIMEOUT(changesOfRow(changed, 0), 1, 5000);
    QCoreApplication::processEvents();
    QCOMPARE(changesOfRow(changed, 0), 1);
    QCOMPARE(model.index(0, JobListModel::ProgressColumn).data().toString(), QStringLiteral("3 of 5 steps"));
    QCOMPARE(changesOfRow(changed, 1), 0);
    QCOMPARE(model.index(0, 0).data(JobListModel::ProcessedRole).toLongLong(), 3);
    QCOMPARE(model.index(0, 0).data(JobListModel::TotalRole).toLongLong(), 5);

    changed.clear();
    job->fail(QStringLiteral("helm exited with code 1"));
    QCOMPARE(changesOfRow(changed, 0), 1);
    QCOMPARE(stableText(model, 0), QStringLiteral("Failed|upgrade nextcloud||3 of 5 steps"));
    QCOMPARE(model.index(0, 0).data(JobListModel::ErrorStringRole).toString(), QStringLiteral("helm exited with code 1"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("helm exited with code 1"));
    QVERIFY(!model.index(0, 0).data(JobListModel::CanCancelRole).toBool());
    QVERIFY(!model.index(0, 0).data(JobListModel::CanRetryRole).toBool()); // a ManualJob cannot be cloned
    older->succeed();
    QCOMPARE(stableText(model, 1), QStringLiteral("Succeeded|older||"));
}

void tst_JobListModel::elapsedTicksOnlyWhileRunning()
{
    jobs::JobQueue queue;
    JobListModel model(&queue, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTickInterval(20);
    auto *ticker = model.findChild<QTimer *>(QStringLiteral("elapsedTimer"));
    QVERIFY(ticker);
    QVERIFY(!ticker->isActive());
    ManualJob *job = enqueueManual(queue, QStringLiteral("long restore"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Running, 5000);
    QVERIFY(ticker->isActive());
    changed.clear();
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 5000);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().column(), int(JobListModel::DurationColumn));
        QCOMPARE(args.at(1).toModelIndex().column(), int(JobListModel::DurationColumn));
    }
    QVERIFY(model.index(0, 0).data(JobListModel::ElapsedMsRole).toLongLong() >= 0);
    job->succeed();
    QVERIFY(!ticker->isActive());
    QVERIFY(!model.index(0, JobListModel::DurationColumn).data().toString().isEmpty());
}

void tst_JobListModel::historyTrimmingRemovesRows()
{
    jobs::JobQueue queue;
    queue.setHistoryLimit(1);
    JobListModel model(&queue, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ManualJob *first = enqueueManual(queue, QStringLiteral("first"));
    ManualJob *second = enqueueManual(queue, QStringLiteral("second"));
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), JobState::Running, 5000);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    first->succeed();
    QTest::qWait(0); // let a (wrong) trim run; one finished job is within the limit
    QCOMPARE(model.rowCount(), 2);
    second->succeed();
    // The queue trims the oldest finished job from the event loop; the model drops its row first.
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QCOMPARE(test::rowSpyToText(removed), QStringLiteral("1,1"));
    QCOMPARE(allStableTexts(model), QStringList{QStringLiteral("Succeeded|second||")});

    removed.clear();
    queue.clearFinished();
    QCOMPARE(test::rowSpyToText(removed), QStringLiteral("0,0"));
    QCOMPARE(model.rowCount(), 0);
}

void tst_JobListModel::processJobRoles()
{
    jobs::JobQueue queue;
    JobListModel model(&queue, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CommandLine command(test::fakeCli(), {QStringLiteral("lines"), QStringLiteral("3")});
    command.addArgument(QStringLiteral("--password"));
    command.addSecretArgument(QStringLiteral("hunter2-secret"));
    Job *job = queue.enqueue(std::make_unique<jobs::ProcessJob>(QStringLiteral("print lines"), command));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
    QCOMPARE(job->state(), JobState::Succeeded);
    const QStringList commands = model.index(0, 0).data(JobListModel::CommandsRole).toStringList();
    QCOMPARE(commands.size(), 1);
    QVERIFY2(commands.first().startsWith(test::fakeCli()), qPrintable(commands.first()));
    QVERIFY2(!commands.first().contains(QStringLiteral("hunter2-secret")), qPrintable(commands.first()));
    QVERIFY(model.index(0, 0).data(JobListModel::CanRetryRole).toBool());
    QCOMPARE(model.index(0, 0).data(JobListModel::ProgressUnitRole).value<JobListModel::ProgressUnit>(),
             JobListModel::ProgressUnit::Bytes);
    QVERIFY(model.index(0, JobListModel::TitleColumn).data(Qt::ToolTipRole).toString().contains(test::fakeCli()));
}

void tst_JobListModel::journalEntriesFromAnEarlierRun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString succeededId;
    QString interruptedId;
    {
        // The "earlier run": one job that finished, one still running when the app went away.
        jobs::JobQueue queue;
        jobs::JobJournal journal(dir.path());
        QVERIFY(journal.open());
        journal.attach(&queue);
        Job *done = queue.enqueue(std::make_unique<jobs::ProcessJob>(
            QStringLiteral("list releases"), CommandLine(test::fakeCli(), {QStringLiteral("lines"), QStringLiteral("2")})));
        QTRY_VERIFY_WITH_TIMEOUT(done->isFinished(), 10000);
        succeededId = done->id();
        ManualJob *running = enqueueManual(queue, QStringLiteral("restore postgresql"), QStringLiteral("homelab"));
        QTRY_COMPARE_WITH_TIMEOUT(running->state(), JobState::Running, 5000);
        running->say(QStringLiteral("restoring base backup"));
        interruptedId = running->id();
        journal.flush();
        queue.disconnect(&journal);
        running->disconnect(&journal);
        // The journal closes while the job still runs, as when the application is killed.
    }

    jobs::JobQueue queue;
    jobs::JobJournal journal(dir.path());
    QVERIFY(journal.open());
    journal.attach(&queue);
    JobListModel model(&queue, &journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(allStableTexts(model), (QStringList{QStringLiteral("Interrupted|restore postgresql|homelab|"),
                                                 QStringLiteral("Succeeded|list releases||")}));
    QCOMPARE(model.index(0, 0).data(JobListModel::JobIdRole).toString(), interruptedId);
    QCOMPARE(model.index(1, 0).data(JobListModel::JobIdRole).toString(), succeededId);
    QVERIFY(!model.index(0, 0).data(JobListModel::IsLiveRole).toBool());
    QCOMPARE(model.index(0, 0).data(JobListModel::JobPointerRole).value<Job *>(), nullptr);
    QVERIFY(!model.index(0, 0).data(JobListModel::CanRetryRole).toBool());
    QVERIFY(!model.index(0, 0).data(JobListModel::ErrorStringRole).toString().isEmpty());
    QVERIFY(model.index(1, 0).data(JobListModel::CommandsRole).toStringList().value(0).contains(QStringLiteral("lines 2")));
    QCOMPARE(model.journalEntryAt(0)->state, JobState::Interrupted);
    QVERIFY(!model.index(1, JobListModel::DurationColumn).data().toString().isEmpty());

    // The earlier run's output is still there for the output pane.
    QList<jobs::JournalLine> log;
    bool read = false;
    journal.readLogAsync(interruptedId, this, [&](const QList<jobs::JournalLine> &lines) {
        log = lines;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 5000);
    QStringList texts;
    for (const jobs::JournalLine &line : std::as_const(log))
        texts << line.text;
    QVERIFY2(texts.contains(QStringLiteral("restoring base backup")), qPrintable(texts.join(QLatin1Char('\n'))));

    {
        // A "Clear finished" of an earlier session hides what had finished by then.
        JobListModel later(&queue, &journal);
        QAbstractItemModelTester laterTester(&later, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&later, &QAbstractItemModel::rowsRemoved);
        later.hideHistoryBefore(journal.entry(succeededId)->finishedAt);
        QCOMPARE(test::rowSpyToText(removed), QStringLiteral("1,1"));
        QCOMPARE(allStableTexts(later), QStringList{QStringLiteral("Interrupted|restore postgresql|homelab|")});
        later.hideHistoryBefore({}); // no cut-off: nothing changes
        QCOMPARE(later.rowCount(), 1);
    }

    // New jobs go on top; the history follows; clearHistory() drops only the history.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    ManualJob *now = enqueueManual(queue, QStringLiteral("check tools"));
    QCOMPARE(test::rowSpyToText(inserted), QStringLiteral("0,0"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.jobAt(0), now);
    model.clearHistory();
    QCOMPARE(test::rowSpyToText(removed), QStringLiteral("1,2"));
    QCOMPARE(allStableTexts(model), QStringList{QStringLiteral("Queued|check tools||")});
    queue.cancelAll();
}

void tst_JobListModel::outputStoreKeepsBoundedBacklog()
{
    jobs::JobQueue queue;
    models::JobOutputStore store(&queue);
    store.setMaxLinesPerJob(10);
    ManualJob *job = enqueueManual(queue, QStringLiteral("chatty"));
    QSignalSpy appended(&store, &models::JobOutputStore::lineAppended);
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Running, 5000);
    for (int i = 1; i <= 25; ++i)
        job->say(QStringLiteral("line %1").arg(i));
    QCOMPARE(appended.size(), 25);
    const QList<models::OutputLine> lines = store.lines(job);
    QVERIFY(lines.size() >= 10 && lines.size() <= 11);
    QCOMPARE(lines.last().text, QStringLiteral("line 25"));
    QCOMPARE(store.droppedLines(job) + lines.size(), 25);
    // Finished jobs keep less.
    store.setMaxLinesPerFinishedJob(4);
    job->succeed();
    QCOMPARE(store.lines(job).size(), 4);
    QCOMPARE(store.lines(job).last().text, QStringLiteral("line 25"));
    QCOMPARE(store.droppedLines(job), 21);
    queue.clearFinished();
    QVERIFY(store.lines(job).isEmpty());
}

QTEST_MAIN(tst_JobListModel)
#include "tst_joblistmodel.moc"
