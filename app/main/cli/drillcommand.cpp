#include "drillcommand.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"

#include "backup/drilljob.h"
#include "backup/drillplan.h"
#include "jobs/jobqueue.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QMap>

using namespace Qt::StringLiterals;

namespace chartroom {

using cli::seconds;
using cli::tr;

using backup::BackupRepository;

DrillCommand::DrillCommand(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

int DrillCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"release"_s, tr("The release to drill."), u"CTX/NS/NAME"_s});
    parser.addOption({u"tier"_s, tr("Drill every release of this tier."), u"N"_s});
    parser.addOption({u"repo"_s, tr("The backup repository (default: %1).").arg(BackupRepository::defaultLocation()), u"DIR"_s});
    parser.addOption({u"keep-namespace"_s, tr("Keep the scratch namespace after the drill.")});
    parser.addOption({u"dry-run"_s, tr("Show what each drill would do, with its commands; change nothing.")});
    const QString usage =
        tr("usage: chartroom-cli drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace] [--dry-run]\n");
    bool tierOk = true;
    const int tier = parser.parse(QStringList{u"drill"_s} + arguments) && parser.isSet(u"tier"_s)
        ? parser.value(u"tier"_s).toInt(&tierOk)
        : 0;
    if (!parser.errorText().isEmpty() || !parser.positionalArguments().isEmpty()
        || parser.isSet(u"release"_s) == parser.isSet(u"tier"_s) || !tierOk
        || (parser.isSet(u"release"_s) && parser.value(u"release"_s).split(u'/').size() != 3)) {
        if (!parser.errorText().isEmpty())
            m_err << parser.errorText() << '\n';
        m_err << usage;
        return CliApp::Usage;
    }
    auto repository = BackupRepository::open(parser.isSet(u"repo"_s) ? parser.value(u"repo"_s) : BackupRepository::defaultLocation());
    if (!repository) {
        m_err << tr("chartroom-cli: %1\n").arg(repository.error().message);
        return CliApp::MissingPrerequisite;
    }

    // The backups to drill, by release key.
    QMap<QString, backup::BackupRecord> chosen;
    if (parser.isSet(u"release"_s)) {
        const QString releaseKey = parser.value(u"release"_s);
        const auto record = backup::latestVerifiedBackup(repository->list(releaseKey));
        if (!record) {
            m_err << tr("chartroom-cli: %1 has no verified backup in %2\n").arg(releaseKey, repository->root());
            return CliApp::Failed;
        }
        chosen.insert(releaseKey, *record);
    } else {
        chosen = backup::latestVerifiedOfTier(repository->list(), m_runtime.catalog(), tier);
        if (chosen.isEmpty()) {
            m_err << tr("chartroom-cli: no release of tier %1 has a verified backup in %2\n").arg(tier).arg(repository->root());
            return CliApp::Failed;
        }
    }
    for (const backup::BackupRecord &record : std::as_const(chosen)) {
        if (!m_runtime.catalog().profile(record.manifest->profileId)) {
            m_err << tr("chartroom-cli: no chart profile “%1” to restore backup %2 with\n").arg(record.manifest->profileId, record.id);
            return CliApp::MissingPrerequisite;
        }
    }
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    const bool dryRun = parser.isSet(u"dry-run"_s);
    bool keyFailed = false;
    // The preview needs no key.
    const auto key = dryRun ? std::nullopt : cli::unlockRepository(*repository, m_err, &keyFailed);
    if (keyFailed)
        return CliApp::MissingPrerequisite;
    const backup::ClusterTools tools = m_runtime.clusterTools();

    backup::DrillOptions options;
    options.keepNamespace = parser.isSet(u"keep-namespace"_s);
    bool allOk = true;
    for (const backup::BackupRecord &record : std::as_const(chosen)) {
        const catalog::ChartProfile &profile = *m_runtime.catalog().profile(record.manifest->profileId);
        const backup::DrillPlan plan(*repository, record, profile, key, QDateTime::currentDateTimeUtc(), options);
        if (dryRun) {
            m_out << plan.describe(tools).join(u'\n') << '\n';
            allOk = allOk && plan.problem().isEmpty();
            continue;
        }
        m_out << tr("Drill %1: backup %2 into %3\n").arg(record.releaseKey, record.id, plan.scratchNamespace());
        m_out.flush();

        QEventLoop loop;
        auto *job = static_cast<backup::DrillJob *>(
            m_runtime.queue().enqueue(plan.makeJob(tools), jobs::JobOptions{0, plan.context()}));
        QObject::connect(job, &jobs::Job::outputReceived, &loop, [this](jobs::OutputChannel, const QString &line) {
            m_err << line << '\n';
            m_err.flush();
        });
        QObject::connect(job, &jobs::Job::finished, &loop, &QEventLoop::quit);
        loop.exec();

        const backup::DrillRecord &drill = job->record();
        m_out << (drill.ok ? tr("  succeeded in %1").arg(seconds(drill.durationMs))
                           : tr("  failed after %1: %2").arg(seconds(drill.durationMs), drill.error));
        // A failed restore measured nothing to hold against the RTO.
        if (drill.ok && drill.rtoSeconds)
            m_out << tr(" (RTO %1 s: %2)").arg(*drill.rtoSeconds).arg(
                drill.outcome().exceeds() ? tr("exceeded") : tr("within"));
        else if (drill.ok)
            m_out << tr(" (no RTO in the profile)");
        m_out << '\n';
        if (!job->recorded())
            m_err << tr("chartroom-cli: cannot record the drill: %1\n").arg(job->recordError());
        switch (job->teardownState()) {
        case backup::DrillJob::Teardown::Kept:
            m_out << tr("  kept namespace %1\n").arg(job->scratchNamespace());
            break;
        case backup::DrillJob::Teardown::Deleted:
            m_out << tr("  deleting namespace %1\n").arg(job->scratchNamespace());
            break;
        case backup::DrillJob::Teardown::Failed:
            m_err << tr("chartroom-cli: cannot delete the drill namespace %1: %2\n").arg(job->scratchNamespace(), job->teardownError());
            break;
        case backup::DrillJob::Teardown::NotRun:
            break;
        }
        m_out.flush();
        allOk = allOk && drill.ok && job->recorded();
    }
    return allOk ? CliApp::Ok : CliApp::Failed;
}

} // namespace chartroom
