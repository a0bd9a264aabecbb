#include "rollbackcommand.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"
#include "upgradecommand.h"

#include "upgrade/rollbackplan.h"
#include "upgrade/upgradecheckpoint.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace chartroom {

using cli::tr;
using namespace chartroom::upgrade;

RollbackCommand::RollbackCommand(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

int RollbackCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"release"_s, tr("The release to roll back."), u"CTX/NS/NAME"_s});
    parser.addOption({u"revision"_s, tr("The revision to go back to (default: the previous good one)."), u"N"_s});
    parser.addOption({u"timeout"_s, tr("helm timeout in seconds (default 300)."), u"SECONDS"_s, u"300"_s});
    parser.addOption({u"yes"_s, tr("Run the rollback.")});
    const QString usage = tr("usage: chartroom-cli rollback --release CTX/NS/NAME [--revision N] [--yes]\n");
    const auto target = parser.parse(QStringList{u"rollback"_s} + arguments) ? ReleaseTarget::fromKey(parser.value(u"release"_s))
                                                                            : std::nullopt;
    bool revisionOk = true;
    const int revision = parser.isSet(u"revision"_s) ? parser.value(u"revision"_s).toInt(&revisionOk) : 0;
    if (!target || !revisionOk || revision < 0) {
        if (!parser.errorText().isEmpty())
            m_err << parser.errorText() << '\n';
        m_err << usage;
        return CliApp::Usage;
    }
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    const backup::ClusterTools tools = UpgradeCommand::clusterTools(m_runtime);
    const auto history = UpgradeCommand::releaseHistory(m_runtime, tools, *target, m_err);
    if (!history)
        return CliApp::Failed;

    const RollbackPlan plan(*target, *history, revision, qMax(1, parser.value(u"timeout"_s).toInt()));
    for (const QString &line : plan.describe(tools))
        m_out << line << '\n';
    m_out.flush();
    if (const QString problem = plan.problem(); !problem.isEmpty()) {
        m_err << tr("chartroom-cli: %1\n").arg(problem);
        return CliApp::Failed;
    }
    if (!parser.isSet(u"yes"_s)) {
        m_out << tr("Nothing was changed. Run again with --yes to roll back.\n");
        return CliApp::Ok;
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    jobs::Job *job = UpgradeCommand::runJob(m_runtime, plan.makeJob(tools), target->context, m_err, true, nullptr);
    const bool ok = job->state() == jobs::JobState::Succeeded;
    const auto after = UpgradeCommand::releaseHistory(m_runtime, tools, *target, m_err);

    UpgradeCheckpoint checkpoint;
    checkpoint.release = target->key();
    checkpoint.operation = plan.mode() == RollbackPlan::Mode::RecoverStuck ? u"recover"_s : u"rollback"_s;
    checkpoint.fromRevision = plan.currentRevision();
    checkpoint.toRevision = after && !after->isEmpty() ? after->last().revision : 0;
    checkpoint.fromChart = history->isEmpty() ? QString() : history->last().chart;
    checkpoint.toChart = tr("revision %1").arg(plan.targetRevision());
    checkpoint.outcome = ok ? u"succeeded"_s : u"failed"_s;
    checkpoint.error = job->errorString();
    checkpoint.startedAt = started;
    checkpoint.durationMs = job->elapsedMs();
    if (const auto saved = UpgradeCheckpointStore(UpgradeCheckpointStore::defaultPath()).append(checkpoint); !saved)
        m_err << tr("chartroom-cli: cannot record the checkpoint: %1\n").arg(saved.error().message);
    if (!ok) {
        m_out << tr("Rollback failed: %1\n").arg(job->errorString());
        return CliApp::Failed;
    }
    m_out << tr("Rolled %1 back to revision %2: now revision %3 (%4)\n")
                 .arg(target->key())
                 .arg(plan.targetRevision())
                 .arg(checkpoint.toRevision)
                 .arg(after && !after->isEmpty() ? after->last().status : QString());
    return CliApp::Ok;
}

} // namespace chartroom
