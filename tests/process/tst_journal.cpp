#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace chartroom;
using namespace chartroom::jobs;

class tst_Journal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }

    void survivesRestart()
    {
        QTemporaryDir dir;
        QString id;
        {
            JobJournal journal(dir.path());
            QVERIFY(journal.open());
            QVERIFY(journal.ownsLock());
            JobQueue queue;
            journal.attach(&queue);
            CommandLine command(test::fakeCli(), {QStringLiteral("exit"), QStringLiteral("3"), QStringLiteral("token: abc123")});
            command.setEnvironmentVariable(QStringLiteral("PGPASSWORD"), QStringLiteral("pg-pass-1"));
            Job *job = queue.enqueue(std::make_unique<ProcessJob>(QStringLiteral("Failing tool"), command),
                                     {0, QStringLiteral("homelab")});
            id = job->id();
            QTRY_VERIFY(job->isFinished());
            journal.flush();
        }
        JobJournal reopened(dir.path());
        QVERIFY(reopened.open());
        const auto entry = reopened.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->title, QStringLiteral("Failing tool"));
        QCOMPARE(entry->cluster, QStringLiteral("homelab"));
        QCOMPARE(entry->state, JobState::Failed);
        QCOMPARE(entry->error, JobError::ExitCode);
        QCOMPARE(entry->exitCode, 3);
        QVERIFY(entry->startedAt.isValid() && entry->finishedAt.isValid());
        QCOMPARE(entry->commandStrings().size(), 1);
        const QString command = entry->commandStrings().first();
        QVERIFY2(command.contains(QLatin1String("PGPASSWORD=***")), qPrintable(command));
        QVERIFY(!command.contains(QLatin1String("pg-pass-1")));

        const QList<JournalLine> log = reopened.readLog(id);
        QVERIFY(log.size() >= 2);
        QCOMPARE(log.first().channel, OutputChannel::Info);
        QVERIFY(log.first().text.startsWith(QLatin1String("$ ")));
        bool sawStderr = false;
        for (const JournalLine &line : log) {
            QVERIFY2(!line.text.contains(QLatin1String("abc123")), "a secret reached the journal");
            if (line.channel == OutputChannel::Stderr && line.text == QLatin1String("token: ***"))
                sawStderr = true;
        }
        QVERIFY(sawStderr);

        // Nothing on disk holds the secrets either.
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("pg-pass-1") && !bytes.contains("abc123"), qPrintable(name));
        }
    }

    void killedApplicationLeavesInterruptedEntry()
    {
        QTemporaryDir dir;
        QProcess child;
        child.start(QStringLiteral(CHARTROOM_JOURNALCHILD), {dir.path(), test::fakeCli()});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 15000);
        const QList<QByteArray> words = child.readLine().trimmed().split(' ');
        QCOMPARE(words.value(0), QByteArray("running"));
        const QString id = QString::fromLatin1(words.value(1));
        const qint64 toolPid = words.value(2).toLongLong();
        QVERIFY(toolPid > 0);

        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // The tool must not outlive the application that started it.
        QTRY_VERIFY_WITH_TIMEOUT(test::processGone(toolPid), 5000);

        JobJournal journal(dir.path());
        QVERIFY(journal.open());
        QVERIFY(journal.ownsLock()); // the dead owner's lock is stale
        const auto entry = journal.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->state, JobState::Interrupted);
        QCOMPARE(entry->error, JobError::Interrupted);
        journal.flush();
        const QList<JournalLine> log = journal.readLog(id);
        QStringList texts;
        for (const JournalLine &line : log)
            texts << line.text;
        QVERIFY2(texts.contains(QStringLiteral("ready")), qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.last().contains(QLatin1String("stopped while this job was running")));
    }

    void secondInstanceLeavesRunningEntriesAlone()
    {
        QTemporaryDir dir;
        JobJournal first(dir.path());
        QVERIFY(first.open());
        JobQueue queue;
        first.attach(&queue);
        Job *job = queue.enqueue(std::make_unique<ProcessJob>(
            QStringLiteral("hang"), CommandLine(test::fakeCli(), {QStringLiteral("hang")})));
        QTRY_COMPARE(job->state(), JobState::Running);
        first.flush();
        JobJournal second(dir.path());
        QVERIFY(second.open());
        QVERIFY(!second.ownsLock());
        QCOMPARE(second.entry(job->id())->state, JobState::Running);
        job->cancel();
        QTRY_VERIFY(job->isFinished());
    }

    void rotationKeepsTheNewest()
    {
        QTemporaryDir dir;
        QStringList ids;
        {
            JobJournal journal(dir.path());
            QVERIFY(journal.open());
            JobQueue queue;
            journal.attach(&queue);
            for (int i = 0; i < 6; ++i) {
                Job *job = queue.enqueue(std::make_unique<ProcessJob>(
                    QStringLiteral("job %1").arg(i), CommandLine(test::fakeCli(), {QStringLiteral("lines"), QStringLiteral("3")})));
                ids << job->id();
                QTRY_VERIFY(job->isFinished());
            }
            journal.flush();
        }
        JobJournal journal(dir.path());
        journal.setLimits({4, 1024 * 1024, 1024 * 1024 * 1024});
        QVERIFY(journal.open());
        journal.flush();
        const QList<JournalEntry> entries = journal.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.first().id, ids.last());
        QVERIFY(!journal.entry(ids.first()));
        QVERIFY(!QFile::exists(dir.filePath(ids.first() + QStringLiteral(".log"))));
        QVERIFY(QFile::exists(dir.filePath(ids.last() + QStringLiteral(".log"))));
    }

    void logsAreCappedPerJob()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.path());
        journal.setLimits({500, 64 * 1024, 1024 * 1024 * 1024});
        QVERIFY(journal.open());
        JobQueue queue;
        journal.attach(&queue);
        Job *job = queue.enqueue(std::make_unique<ProcessJob>(
            QStringLiteral("chatty"), CommandLine(test::fakeCli(), {QStringLiteral("lines"), QStringLiteral("20000")})));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 20000);
        journal.flush();
        const QFileInfo log(dir.filePath(job->id() + QStringLiteral(".log")));
        QVERIFY(log.size() <= 64 * 1024 + 200);
        QVERIFY(journal.readLog(job->id()).last().text.contains(QLatin1String("output truncated")));
    }
};

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
