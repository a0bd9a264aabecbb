#include "restorecommand.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"

#include "backup/restoreplan.h"
#include "jobs/jobqueue.h"
#include "kube/releaserevision.h"
#include "jobs/processjob.h"
#include "jobs/sequencejob.h"
#include "secrets/passphraseprompt.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace chartroom {

using cli::seconds;
using cli::tr;

using backup::BackupRepository;

RestoreCommand::RestoreCommand(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

std::optional<int> RestoreCommand::currentRevision(const QString &context, const QString &namespaceName, const QString &release)
{
    const std::unique_ptr<jobs::ProcessJob> job =
        kube::makeReleaseRevisionLookup(m_runtime.clusterTools().commands, context, namespaceName, release);
    QEventLoop loop;
    QObject::connect(job.get(), &jobs::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    const Result<int> revision = kube::releaseRevisionFrom(*job);
    if (revision)
        return revision.value();
    m_err << tr("chartroom-cli: %1/%2/%3: %4\n").arg(context, namespaceName, release, revision.error().message);
    return std::nullopt;
}

int RestoreCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"backup"_s, tr("The backup to restore."), u"ID"_s});
    parser.addOption({u"target-namespace"_s, tr("Restore into this namespace (a clone) instead of in place."), u"NS"_s});
    parser.addOption({u"target-release"_s, tr("Restore as this release name (a clone; installed from the backup when missing)."),
                      u"NAME"_s});
    parser.addOption({u"rollout-timeout"_s, tr("How long to wait for the workload to become ready (default: %1).")
                                                 .arg(backup::RestoreOptions{}.rolloutTimeoutSeconds),
                      u"SECONDS"_s});
    parser.addOption({u"repo"_s, tr("The backup repository (default: %1).").arg(BackupRepository::defaultLocation()), u"DIR"_s});
    parser.addOption({u"yes"_s, tr("Run the restore (without it, only the plan is shown).")});
    parser.addOption({u"no-safety-backup"_s, tr("Do not back up the release's current state first.")});
    parser.addOption({u"confirm-no-safety-backup"_s, tr("The release name, to confirm --no-safety-backup."), u"RELEASE"_s});
    const QString usage = tr("usage: chartroom-cli restore --backup ID [--target-namespace NS] [--target-release NAME] [--repo DIR]\n"
                             "                            [--yes] [--rollout-timeout SECONDS]\n"
                             "                            [--no-safety-backup --confirm-no-safety-backup=RELEASE]\n");
    if (!parser.parse(QStringList{u"restore"_s} + arguments) || !parser.positionalArguments().isEmpty()
        || !parser.isSet(u"backup"_s)) {
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
    const auto record = repository->find(parser.value(u"backup"_s));
    if (!record) {
        m_err << tr("chartroom-cli: no backup %1 in %2\n").arg(parser.value(u"backup"_s), repository->root());
        return CliApp::Failed;
    }
    if (!record->manifest) {
        m_err << tr("chartroom-cli: backup %1 cannot be restored: it is %2 (%3)\n")
                     .arg(record->id, backup::backupStateName(record->state), record->problem);
        return CliApp::Failed;
    }
    const backup::BackupManifest &manifest = *record->manifest;
    const QString targetRelease = parser.isSet(u"target-release"_s) ? parser.value(u"target-release"_s) : manifest.release;
    backup::RestoreOptions options;
    if (parser.isSet(u"no-safety-backup"_s)) {
        if (parser.value(u"confirm-no-safety-backup"_s) != targetRelease) {
            m_err << tr("chartroom-cli: --no-safety-backup needs --confirm-no-safety-backup=%1\n").arg(targetRelease);
            return CliApp::Usage;
        }
        options.safetyBackup = false;
    }
    if (parser.isSet(u"rollout-timeout"_s)) {
        bool ok = false;
        options.rolloutTimeoutSeconds = parser.value(u"rollout-timeout"_s).toInt(&ok);
        if (!ok || options.rolloutTimeoutSeconds < 1) {
            m_err << tr("chartroom-cli: --rollout-timeout needs a number of seconds\n") << usage;
            return CliApp::Usage;
        }
    }
    const catalog::ChartProfile *profile = m_runtime.catalog().profile(manifest.profileId);
    if (!profile) {
        m_err << tr("chartroom-cli: no chart profile “%1” to restore backup %2 with\n").arg(manifest.profileId, record->id);
        return CliApp::MissingPrerequisite;
    }
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;

    backup::RestoreTarget target;
    target.namespaceName = parser.isSet(u"target-namespace"_s) ? parser.value(u"target-namespace"_s) : manifest.releaseNamespace;
    target.releaseName = targetRelease;
    const auto revision = currentRevision(manifest.context, target.namespaceName, target.releaseName);
    if (!revision)
        return CliApp::Failed;
    target.releaseExists = *revision > 0;
    target.currentRevision = *revision;

    const backup::ClusterTools tools = m_runtime.clusterTools();

    const backup::RestorePlan preview(*repository, *record, target, *profile, std::nullopt, options);
    for (const QString &line : preview.describe(tools))
        m_out << line << '\n';
    m_out.flush();
    if (const QString problem = preview.problem(); !problem.isEmpty()) {
        m_err << tr("chartroom-cli: %1\n").arg(problem);
        return CliApp::Failed;
    }
    if (!parser.isSet(u"yes"_s)) {
        m_out << tr("Nothing was changed. Run again with --yes to restore.\n");
        return CliApp::Ok;
    }

    bool keyFailed = false;
    const auto key = cli::unlockRepository(*repository, m_err, &keyFailed);
    if (keyFailed)
        return CliApp::MissingPrerequisite;
    const backup::RestorePlan plan(*repository, *record, target, *profile, key, options);
    std::unique_ptr<jobs::Job> job = plan.makeJob(tools);
    if (!job) {
        m_err << tr("chartroom-cli: the restore cannot run: %1\n").arg(plan.needsKey() ? tr("the key does not match the backup") : plan.problem());
        return CliApp::MissingPrerequisite;
    }
    auto *sequence = qobject_cast<jobs::SequenceJob *>(job.get());
    QEventLoop loop;
    jobs::Job *raw = m_runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, manifest.context});
    QObject::connect(raw, &jobs::Job::outputReceived, &loop, [this](jobs::OutputChannel, const QString &line) {
        m_err << line << '\n';
        m_err.flush();
    });
    QObject::connect(raw, &jobs::Job::finished, &loop, &QEventLoop::quit);
    loop.exec();

    const bool ok = raw->state() == jobs::JobState::Succeeded;
    if (sequence) {
        for (int i = 0; i < sequence->stepCount(); ++i) {
            const jobs::Job *step = sequence->step(i);
            const QString outcome = step->state() == jobs::JobState::Pending ? tr("not run") : jobs::stateName(step->state());
            m_out << u"%1. %2  %3"_s.arg(i + 1, 2).arg(outcome.leftJustified(9), step->title());
            if (step->isFinished() && step->state() != jobs::JobState::Pending)
                m_out << u"  ("_s << seconds(step->elapsedMs()) << u')';
            if (!step->errorString().isEmpty())
                m_out << u"\n      "_s << step->errorString();
            m_out << '\n';
        }
        if (sequence->compensationRan() && sequence->compensation())
            m_out << tr("Compensation: %1  %2\n").arg(jobs::stateName(sequence->compensation()->state()), sequence->compensation()->title());
    }
    const qint64 elapsed = raw->elapsedMs();
    m_out << (ok ? tr("Restored in %1").arg(seconds(elapsed)) : tr("Restore failed after %1: %2").arg(seconds(elapsed), raw->errorString()));
    if (profile->rto)
        m_out << tr(" (RTO %1 s: %2)").arg(profile->rto->count()).arg(
            elapsed <= profile->rto->count() * 1000 ? tr("within") : tr("exceeded"));
    m_out << '\n';
    return ok ? CliApp::Ok : CliApp::Failed;
}

} // namespace chartroom
