#include "backup/restorestepjob.h"

#include "jobs/processjob.h"

using namespace Qt::StringLiterals;

namespace chartroom::backup {

RestoreStepJob::RestoreStepJob(QString title, ClusterTools tools, QObject *parent)
    : Job(std::move(title), parent)
    , m_tools(std::move(tools))
{
}

RestoreStepJob::~RestoreStepJob() = default;

CommandLine RestoreStepJob::kubectl(const QString &context, const QString &namespaceName, const QStringList &arguments) const
{
    CommandLine command(m_tools.commands.kubectl(), {u"--context"_s, context, u"--namespace"_s, namespaceName});
    command.addArguments(arguments);
    return command;
}

void RestoreStepJob::runProcess(const QString &title, const CommandLine &command, const Configure &configure, Done done)
{
    auto process = std::make_unique<jobs::ProcessJob>(title, command);
    process->setBaseEnvironment(m_tools.environment);
    if (configure)
        configure(*process);
    m_commands.append(command);
    jobs::ProcessJob *raw = process.get();
    connect(raw, &Job::outputReceived, this,
            [this](jobs::OutputChannel channel, const QString &line) { forwardOutput(channel, line); });
    connect(raw, &Job::progressChanged, this, [this](qint64 processed, qint64 total) { setProgress(processed, total); });
    connect(raw, &Job::finished, this, [this, raw, done = std::move(done)] {
        // Deleted later: the handler below still reads it.
        m_child.release()->deleteLater();
        if (m_canceled || raw->state() == jobs::JobState::Canceled) {
            finishCanceled();
            return;
        }
        done(*raw);
    });
    m_child = std::move(process);
    raw->start();
}

void RestoreStepJob::failWith(const jobs::ProcessJob &process)
{
    finishFailed(process.error() == jobs::JobError::None ? jobs::JobError::Internal : process.error(), process.errorString());
}

void RestoreStepJob::doCancel()
{
    m_canceled = true;
    markCanceling();
    if (m_child)
        m_child->cancel();
    else
        finishCanceled();
}

} // namespace chartroom::backup
