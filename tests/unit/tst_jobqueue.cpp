#include "fakejob.h"
#include "jobs/jobqueue.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace chartroom;
using namespace chartroom::jobs;
using chartroom::test::FakeJob;
using Outcome = FakeJob::Outcome;

class tst_JobQueue : public QObject
{
    Q_OBJECT

    static std::unique_ptr<FakeJob> hang(const QString &title, QStringList *events)
    {
        auto job = std::make_unique<FakeJob>(title, Outcome::Hang, 0, events);
        test::recordEvents(job.get(), events);
        return job;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void globalLimit()
    {
        QStringList events;
        JobQueue queue;
        queue.setMaxConcurrent(2);
        QList<Job *> jobs;
        for (int i = 0; i < 5; ++i)
            jobs << queue.enqueue(hang(QStringLiteral("j%1").arg(i), &events));
        QTRY_COMPARE(queue.runningCount(), 2);
        QCOMPARE(queue.pendingCount(), 3);
        QCOMPARE(events, (QStringList{"j0:started", "j1:started"}));
        queue.cancel(jobs[0]);
        QTRY_COMPARE(jobs[2]->state(), JobState::Running); // the freed slot goes to the next in line
        QCOMPARE(queue.runningCount(), 2);
        queue.cancelAll();
        QTRY_COMPARE(queue.runningCount(), 0);
        QCOMPARE(queue.pendingCount(), 0);
        for (Job *job : jobs)
            QCOMPARE(job->state(), JobState::Canceled);
    }

    void perClusterLimit()
    {
        QStringList events;
        JobQueue queue;
        queue.setMaxConcurrent(4);
        queue.setMaxPerCluster(1);
        Job *a1 = queue.enqueue(hang(QStringLiteral("a1"), &events), {0, QStringLiteral("home")});
        Job *a2 = queue.enqueue(hang(QStringLiteral("a2"), &events), {0, QStringLiteral("home")});
        Job *b1 = queue.enqueue(hang(QStringLiteral("b1"), &events), {0, QStringLiteral("offsite")});
        QTRY_COMPARE(queue.runningCount(), 2);
        QCOMPARE(a1->state(), JobState::Running);
        QCOMPARE(a2->state(), JobState::Pending); // "home" is full, but "offsite" was not held up
        QCOMPARE(b1->state(), JobState::Running);
        a1->cancel();
        QTRY_COMPARE(a2->state(), JobState::Running);
        queue.cancelAll();
        QTRY_COMPARE(queue.runningCount(), 0);
    }

    void priorities()
    {
        QStringList events;
        JobQueue queue;
        queue.setMaxConcurrent(1);
        Job *blocker = queue.enqueue(hang(QStringLiteral("blocker"), &events));
        QTRY_COMPARE(blocker->state(), JobState::Running);
        queue.enqueue(hang(QStringLiteral("low"), &events), {0, {}});
        queue.enqueue(hang(QStringLiteral("high"), &events), {10, {}});
        queue.enqueue(hang(QStringLiteral("low2"), &events), {0, {}});
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE(queue.runningCount(), 1);
            Job *running = nullptr;
            for (Job *job : queue.jobs())
                if (job->state() == JobState::Running)
                    running = job;
            QVERIFY(running);
            running->cancel();
            QTRY_VERIFY(running->isFinished());
        }
        QStringList starts = events.filter(QStringLiteral(":started"));
        QCOMPARE(starts, (QStringList{"blocker:started", "high:started", "low:started", "low2:started"}));
        queue.cancelAll();
    }

    void retryEnqueuesAClone()
    {
        QStringList events;
        JobQueue queue;
        auto failing = std::make_unique<FakeJob>(QStringLiteral("flaky"), Outcome::Fail, 0, &events);
        Job *first = queue.enqueue(std::move(failing), {3, QStringLiteral("home")});
        QTRY_VERIFY(first->isFinished());
        QCOMPARE(first->state(), JobState::Failed);
        QVERIFY(!queue.retry(nullptr));
        Job *second = queue.retry(first);
        QVERIFY(second);
        QVERIFY(second != first);
        QCOMPARE(second->title(), first->title());
        QCOMPARE(queue.options(second).priority, 3);
        QCOMPARE(queue.options(second).cluster, QStringLiteral("home"));
        QCOMPARE(second->property("chartroom.retryOf").toString(), first->id());
        QTRY_VERIFY(second->isFinished());
    }

    void historyIsTrimmedOldestFirst()
    {
        QStringList events;
        JobQueue queue;
        queue.setHistoryLimit(2);
        QSignalSpy removed(&queue, &JobQueue::jobAboutToBeRemoved);
        QStringList titles;
        for (int i = 0; i < 4; ++i) {
            auto job = std::make_unique<FakeJob>(QStringLiteral("done%1").arg(i), Outcome::Succeed, 0, &events);
            queue.enqueue(std::move(job));
        }
        QTRY_COMPARE(removed.count(), 2);
        for (Job *job : queue.jobs())
            titles << job->title();
        QCOMPARE(titles, (QStringList{"done2", "done3"}));
    }

    void idleSignal()
    {
        QStringList events;
        JobQueue queue;
        QSignalSpy idle(&queue, &JobQueue::idle);
        queue.enqueue(std::make_unique<FakeJob>(QStringLiteral("x"), Outcome::Succeed, 1, &events));
        queue.enqueue(std::make_unique<FakeJob>(QStringLiteral("y"), Outcome::Succeed, 2, &events));
        QTRY_COMPARE(idle.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_JobQueue)
#include "tst_jobqueue.moc"
