// Runs `fakecli hang` through a JobQueue recorded by a JobJournal in the directory given as
// argv[1], prints "running <job id> <pid>" once the tool is running, and waits to be killed.
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"

#include <QCoreApplication>

#include <cstdio>

using namespace chartroom;
using namespace chartroom::jobs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    JobJournal journal(QString::fromLocal8Bit(argv[1]));
    if (!journal.open())
        return 3;
    JobQueue queue;
    journal.attach(&queue);
    auto job = std::make_unique<ProcessJob>(QStringLiteral("Long job"),
                                            CommandLine(QString::fromLocal8Bit(argv[2]), {QStringLiteral("hang")}));
    ProcessJob *raw = job.get();
    QObject::connect(raw, &Job::outputReceived, &app, [raw, &journal](OutputChannel channel, const QString &line) {
        if (channel == OutputChannel::Stdout && line == QLatin1String("ready")) {
            journal.flush(); // the output must be on disk before the parent kills us
            std::printf("running %s %lld\n", qPrintable(raw->id()), static_cast<long long>(raw->processId()));
            std::fflush(stdout);
        }
    });
    queue.enqueue(std::move(job));
    return QCoreApplication::exec();
}
