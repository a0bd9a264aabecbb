// The job contract, row by row: each scenario builds a job tree from FakeJobs, drives it,
// and compares the exact sequence of events (started / canceling / finished, per job).

#include "fakejob.h"
#include "jobs/parallelgroupjob.h"
#include "jobs/sequencejob.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace chartroom;
using namespace chartroom::jobs;
using chartroom::test::FakeJob;
using Outcome = FakeJob::Outcome;

namespace {

struct Scenario
{
    std::unique_ptr<Job> root;
    std::function<void(Job *)> drive; // what the test does after start()
};

std::unique_ptr<FakeJob> fake(const char *title, Outcome outcome, int ticks, QStringList *events)
{
    auto job = std::make_unique<FakeJob>(QString::fromLatin1(title), outcome, ticks, events);
    test::recordEvents(job.get(), events);
    return job;
}

Scenario build(const QString &name, QStringList *events)
{
    Scenario s;
    auto none = [](Job *) {};
    auto cancelWhenStarted = [](Job *job) {
        QObject::connect(job, &Job::started, job, [job] { QMetaObject::invokeMethod(job, &Job::cancel, Qt::QueuedConnection); });
    };
    if (name == QLatin1String("success")) {
        s.root = fake("a", Outcome::Succeed, 2, events);
        s.drive = none;
    } else if (name == QLatin1String("failure")) {
        s.root = fake("a", Outcome::Fail, 1, events);
        s.drive = none;
    } else if (name == QLatin1String("cancel before start")) {
        s.root = fake("a", Outcome::Succeed, 1, events);
        s.drive = [](Job *job) { job->cancel(); };
    } else if (name == QLatin1String("cancel while running")) {
        s.root = fake("a", Outcome::Hang, 0, events);
        s.drive = cancelWhenStarted;
    } else if (name == QLatin1String("timeout")) {
        s.root = fake("a", Outcome::TimeOutAfterTicks, 3, events);
        s.drive = none;
    } else if (name.startsWith(QLatin1String("sequence"))) {
        auto seq = std::make_unique<SequenceJob>(QStringLiteral("seq"));
        test::recordEvents(seq.get(), events);
        const bool failing = name.contains(QLatin1String("fails"));
        const bool hanging = name.contains(QLatin1String("cancel"));
        seq->addStep(fake("s1", Outcome::Succeed, 1, events));
        seq->addStep(fake("s2", failing ? Outcome::Fail : hanging ? Outcome::Hang : Outcome::Succeed, 1, events));
        seq->addStep(fake("s3", Outcome::Succeed, 1, events));
        if (name.contains(QLatin1String("compensation")))
            seq->setCompensation(fake("undo", Outcome::Succeed, 1, events));
        if (name.contains(QLatin1String("failing compensation")))
            seq->setCompensation(fake("undo", Outcome::Fail, 1, events));
        if (name.contains(QLatin1String("continue")))
            seq->setPolicy(SequenceJob::Policy::ContinueOnError);
        Job *secondStep = seq->step(1);
        Job *root = seq.get();
        s.drive = hanging ? std::function<void(Job *)>([secondStep, root](Job *) {
            // Cancel the sequence while its second step is really running.
            QObject::connect(secondStep, &Job::started, root,
                             [root] { QMetaObject::invokeMethod(root, &Job::cancel, Qt::QueuedConnection); });
        })
                          : std::function<void(Job *)>(none);
        s.root = std::move(seq);
    } else if (name.startsWith(QLatin1String("parallel"))) {
        auto group = std::make_unique<ParallelGroupJob>(QStringLiteral("par"), 2);
        test::recordEvents(group.get(), events);
        const bool failing = name.contains(QLatin1String("fails"));
        group->addJob(fake("p1", Outcome::Succeed, 1, events));
        group->addJob(fake("p2", failing ? Outcome::Fail : Outcome::Succeed, 3, events));
        group->addJob(fake("p3", Outcome::Succeed, 4, events));
        group->addJob(fake("p4", Outcome::Succeed, 1, events));
        if (name.contains(QLatin1String("continue")))
            group->setPolicy(ParallelGroupJob::Policy::ContinueOnError);
        s.root = std::move(group);
        s.drive = none;
    }
    return s;
}

} // namespace

class tst_JobContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void eventSequence_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("finalState");

        auto row = [](const char *name, QStringList expected, const char *state) {
            QTest::newRow(name) << QString::fromLatin1(name) << expected << QString::fromLatin1(state);
        };
        row("success", {"a:started", "a:finished:succeeded"}, "succeeded");
        row("failure", {"a:started", "a:finished:failed"}, "failed");
        row("cancel before start", {"a:finished:canceled"}, "canceled");
        row("cancel while running", {"a:started", "a:canceling", "a:finished:canceled"}, "canceled");
        row("timeout", {"a:started", "a:finished:failed"}, "failed");
        row("sequence", {"seq:started", "s1:started", "s1:finished:succeeded", "s2:started", "s2:finished:succeeded",
                         "s3:started", "s3:finished:succeeded", "seq:finished:succeeded"}, "succeeded");
        row("sequence fails", {"seq:started", "s1:started", "s1:finished:succeeded", "s2:started", "s2:finished:failed",
                               "seq:finished:failed"}, "failed");
        row("sequence fails with compensation",
            {"seq:started", "s1:started", "s1:finished:succeeded", "s2:started", "s2:finished:failed", "undo:started",
             "undo:finished:succeeded", "seq:finished:failed"}, "failed");
        row("sequence fails with failing compensation",
            {"seq:started", "s1:started", "s1:finished:succeeded", "s2:started", "s2:finished:failed", "undo:started",
             "undo:finished:failed", "seq:finished:failed"}, "failed");
        row("sequence cancel with compensation",
            {"seq:started", "s1:started", "s1:finished:succeeded", "s2:started", "seq:canceling", "s2:canceling",
             "s2:finished:canceled", "undo:started", "undo:finished:succeeded", "seq:finished:canceled"}, "canceled");
        row("sequence fails continue",
            {"seq:started", "s1:started", "s1:finished:succeeded", "s2:started", "s2:finished:failed", "s3:started",
             "s3:finished:succeeded", "seq:finished:failed"}, "failed");
        // Limit 2: p3 starts when p1 ends, p4 when p2 ends.
        row("parallel", {"par:started", "p1:started", "p2:started", "p1:finished:succeeded", "p3:started",
                         "p2:finished:succeeded", "p4:started", "p4:finished:succeeded", "p3:finished:succeeded",
                         "par:finished:succeeded"}, "succeeded");
        row("parallel fails", {"par:started", "p1:started", "p2:started", "p1:finished:succeeded", "p3:started",
                               "p2:finished:failed", "p3:canceling", "p4:finished:canceled", "p3:finished:canceled",
                               "par:finished:failed"}, "failed");
        row("parallel fails continue",
            {"par:started", "p1:started", "p2:started", "p1:finished:succeeded", "p3:started", "p2:finished:failed",
             "p4:started", "p4:finished:succeeded", "p3:finished:succeeded", "par:finished:failed"}, "failed");
    }

    void eventSequence()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, expected);
        QFETCH(QString, finalState);

        QStringList events;
        Scenario s = build(scenario, &events);
        QVERIFY(s.root);
        QSignalSpy finished(s.root.get(), &Job::finished);
        s.root->start();
        s.drive(s.root.get());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        // Let any stray late events arrive before comparing: there must be none.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        if (events != expected)
            qWarning("actual events: %s", qPrintable(events.join(QLatin1Char(' '))));
        QCOMPARE(events, expected);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(stateName(s.root->state()), finalState);
        QVERIFY(s.root->isFinished());
    }

    void startIsDeferred()
    {
        QStringList events;
        auto job = fake("a", Outcome::Succeed, 0, &events);
        job->start();
        QCOMPARE(job->state(), JobState::Pending); // nothing happens until the event loop runs
        QVERIFY(events.isEmpty());
        QTRY_VERIFY(job->isFinished());
    }

    void startTwiceRunsOnce()
    {
        QStringList events;
        auto job = fake("a", Outcome::Succeed, 1, &events);
        job->start();
        job->start();
        QTRY_VERIFY(job->isFinished());
        job->start();
        QCoreApplication::processEvents();
        QCOMPARE(job->startCount(), 1);
        QCOMPARE(events, (QStringList{"a:started", "a:finished:succeeded"}));
    }

    void cancelIsIdempotentAndFinishedOnce()
    {
        QStringList events;
        auto job = fake("a", Outcome::Hang, 0, &events);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QTRY_COMPARE(job->state(), JobState::Running);
        job->cancel();
        job->cancel();
        QCOMPARE(job->state(), JobState::Canceling);
        QTRY_VERIFY(job->isFinished());
        job->cancel();
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error(), JobError::Canceled);
    }

    void sequenceKeepsFirstError()
    {
        QStringList events;
        SequenceJob seq(QStringLiteral("seq"));
        seq.setPolicy(SequenceJob::Policy::ContinueOnError);
        seq.addStep(fake("one", Outcome::Fail, 0, &events));
        seq.addStep(fake("two", Outcome::TimeOutAfterTicks, 0, &events));
        seq.start();
        QTRY_VERIFY(seq.isFinished());
        QCOMPARE(seq.error(), JobError::ExitCode);
        QVERIFY2(seq.errorString().contains(QLatin1String("one failed")), qPrintable(seq.errorString()));
        QCOMPARE(seq.processedAmount(), 2);
    }

    void cloneForRetry()
    {
        QStringList events;
        SequenceJob seq(QStringLiteral("seq"));
        seq.addStep(fake("one", Outcome::Succeed, 0, &events));
        seq.setCompensation(fake("undo", Outcome::Succeed, 0, &events));
        std::unique_ptr<Job> copy = seq.clone();
        QVERIFY(copy);
        auto *copySeq = qobject_cast<SequenceJob *>(copy.get());
        QVERIFY(copySeq);
        QCOMPARE(copySeq->stepCount(), 1);
        QVERIFY(copySeq->compensation());
        QCOMPARE(copySeq->state(), JobState::Pending);
        QVERIFY(copy->id() != seq.id());
    }
};

QTEST_GUILESS_MAIN(tst_JobContract)
#include "tst_jobcontract.moc"
