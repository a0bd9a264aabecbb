#include "upgradecommand.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"

#include "backup/backuprepository.h"
#include "core/redactor.h"
#include "backup/drillplan.h"
#include "backup/releasebackupjob.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "jobs/sequencejob.h"
#include "upgrade/releasesourcestore.h"
#include "upgrade/rollbackplan.h"
#include "upgrade/scheduledupgradestore.h"
#include "upgrade/upgradecheckpoint.h"
#include "upgrade/upgradeplan.h"
#include "upgrade/upgradepreviewjob.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chartroom {

using cli::seconds;
using cli::tr;
using namespace chartroom::upgrade;

namespace {

/// helm's chart field "memcached-0.3.3" → {"memcached", "0.3.3"}.
std::pair<QString, QString> splitChartField(const QString &chart)
{
    static const QRegularExpression re(u"^(.*?)-(v?\\d.*)$"_s);
    const QRegularExpressionMatch m = re.match(chart);
    return m.hasMatch() ? std::pair{m.captured(1), m.captured(2)} : std::pair{chart, QString()};
}

} // namespace

UpgradeCommand::UpgradeCommand(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

backup::ClusterTools UpgradeCommand::clusterTools(Runtime &runtime)
{
    backup::ClusterTools tools;
    const kube::ToolInfo &helm = runtime.tools().helm();
    const kube::ToolInfo &kubectl = runtime.tools().kubectl();
    tools.commands = kube::ToolCommands(helm.path, helm.majorVersion(), kubectl.path);
    tools.helmVersion = helm.version.toString();
    tools.kubectlVersion = kubectl.version.toString();
    return tools;
}

jobs::Job *UpgradeCommand::runJob(Runtime &runtime, std::unique_ptr<jobs::Job> job, const QString &context, QTextStream &err,
                                  bool journal, std::unique_ptr<jobs::Job> *keep)
{
    QEventLoop loop;
    jobs::Job *raw = job.get();
    QObject::connect(raw, &jobs::Job::outputReceived, &loop, [&err](jobs::OutputChannel, const QString &line) {
        err << line << '\n';
        err.flush();
    });
    QObject::connect(raw, &jobs::Job::finished, &loop, &QEventLoop::quit);
    if (journal) {
        runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, context});
    } else {
        *keep = std::move(job);
        raw->start();
    }
    loop.exec();
    return raw;
}

std::optional<QList<kube::HelmRevision>> UpgradeCommand::releaseHistory(Runtime &runtime, const backup::ClusterTools &tools,
                                                                        const ReleaseTarget &release, QTextStream &err)
{
    auto process = std::make_unique<jobs::ProcessJob>(tr("Release history"), upgradeCommandsFor(tools).history(release));
    process->setBaseEnvironment(tools.environment);
    process->setCaptureStdout(true);
    process->setShowStdout(false);
    process->setTimeout(std::chrono::minutes(2));
    std::unique_ptr<jobs::Job> kept;
    auto *job = static_cast<jobs::ProcessJob *>(runJob(runtime, std::move(process), release.context, err, false, &kept));
    if (job->state() != jobs::JobState::Succeeded) {
        err << tr("chartroom-cli: cannot read the history of %1: %2\n").arg(release.key(), job->errorString());
        return std::nullopt;
    }
    auto parsed = kube::parseHelmHistory(job->capturedStdout());
    if (!parsed) {
        err << tr("chartroom-cli: %1\n").arg(parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

void UpgradeCommand::printOutcome(const jobs::Job &job, QTextStream &out)
{
    const auto *sequence = qobject_cast<const jobs::SequenceJob *>(&job);
    if (!sequence)
        return;
    for (int i = 0; i < sequence->stepCount(); ++i) {
        const jobs::Job *step = sequence->step(i);
        const bool ran = step->state() != jobs::JobState::Pending;
        out << u"%1. %2  %3"_s.arg(i + 1, 2).arg((ran ? jobs::stateName(step->state()) : tr("not run")).leftJustified(9), step->title());
        if (ran)
            out << u"  ("_s << seconds(step->elapsedMs()) << u')';
        if (!step->errorString().isEmpty())
            out << u"\n      "_s << step->errorString();
        out << '\n';
    }
    if (sequence->compensationRan() && sequence->compensation())
        out << tr("Compensation: %1  %2\n").arg(jobs::stateName(sequence->compensation()->state()), sequence->compensation()->title());
}

int UpgradeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"release"_s, tr("The release to upgrade."), u"CTX/NS/NAME"_s});
    parser.addOption({u"chart"_s, tr("The new chart: REPO/CHART, oci://…, or a chart directory or archive."), u"REF"_s});
    parser.addOption({u"version"_s, tr("The chart version (default: the newest)."), u"V"_s});
    parser.addOption({u"values"_s, tr("A values file: the complete user values (--reset-values -f FILE)."), u"FILE"_s});
    parser.addOption({u"values-mode"_s, tr("reuse or reset-then-reuse (default: reset-then-reuse on helm ≥ 3.14)."), u"MODE"_s});
    parser.addOption({u"strategy"_s, tr("rolling, blue-green, maintenance or in-place."), u"S"_s});
    parser.addOption({u"timeout"_s, tr("helm and rollout timeout in seconds (default 600)."), u"SECONDS"_s, u"600"_s});
    parser.addOption({u"window"_s, tr("Maintenance window start (ISO 8601, UTC)."), u"TIME"_s});
    parser.addOption({u"observe"_s, tr("Blue-green: seconds to observe green after the switch."), u"SECONDS"_s, u"0"_s});
    parser.addOption({u"repo"_s, tr("The backup repository (default: %1).").arg(backup::BackupRepository::defaultLocation()), u"DIR"_s});
    parser.addOption({u"skip-backup"_s, tr("Go on without a fresh verified backup (needs --confirm-skip-backup).")});
    parser.addOption({u"confirm-skip-backup"_s, tr("The release name, to confirm --skip-backup."), u"NAME"_s});
    parser.addOption({u"confirm-risks"_s, tr("Go on although the preview found immutable field changes.")});
    parser.addOption({u"no-diff"_s, tr("Do not print the per-object diffs.")});
    parser.addOption({u"switch-back"_s, tr("Blue-green: point the Services back at the release and remove NAME-green.")});
    parser.addOption({u"retire-blue"_s, tr("Blue-green: keep the Services on green and uninstall the release (needs --confirm-retire).")});
    parser.addOption({u"confirm-retire"_s, tr("The release name, to confirm --retire-blue."), u"NAME"_s});
    parser.addOption({u"plan-only"_s, tr("Print the preview and the plan, change nothing.")});
    parser.addOption({u"yes"_s, tr("Run the plan.")});
    const QString usage = tr("usage: chartroom-cli upgrade --release CTX/NS/NAME --chart REF [--version V] [--values FILE]\n"
                             "       --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]\n");
    const bool parsed = parser.parse(QStringList{u"upgrade"_s} + arguments);
    if (parsed && (parser.isSet(u"switch-back"_s) || parser.isSet(u"retire-blue"_s)))
        return finishBlueGreen(parser.value(u"release"_s), parser.isSet(u"retire-blue"_s), parser.value(u"confirm-retire"_s),
                               parser.isSet(u"yes"_s));
    if (!parsed || !parser.isSet(u"release"_s) || !parser.isSet(u"chart"_s) || !parser.isSet(u"strategy"_s)) {
        if (!parser.errorText().isEmpty())
            m_err << parser.errorText() << '\n';
        m_err << usage;
        return CliApp::Usage;
    }
    auto target = ReleaseTarget::fromKey(parser.value(u"release"_s));
    auto source = ChartSource::fromReference(parser.value(u"chart"_s));
    const auto strategy = strategyFromId(parser.value(u"strategy"_s));
    if (!target || !source || !strategy) {
        m_err << tr("chartroom-cli: --release is CTX/NS/NAME, --chart is REPO/CHART, oci://… or a path, --strategy one of "
                    "rolling, blue-green, maintenance, in-place\n");
        return CliApp::Usage;
    }
    if (parser.isSet(u"skip-backup"_s) && parser.value(u"confirm-skip-backup"_s) != target->name) {
        m_err << tr("chartroom-cli: --skip-backup needs --confirm-skip-backup=%1\n").arg(target->name);
        return CliApp::Usage;
    }
    source->version = parser.value(u"version"_s);
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    const backup::ClusterTools tools = clusterTools(m_runtime);
    const QVersionNumber helmVersion = parseHelmVersion(tools.helmVersion);

    UpgradeRequest request;
    request.release = *target;
    request.source = *source;
    request.strategy = *strategy;
    request.timeoutSeconds = qMax(1, parser.value(u"timeout"_s).toInt());
    request.observationSeconds = parser.value(u"observe"_s).toInt();
    if (parser.isSet(u"window"_s)) {
        request.windowStart = QDateTime::fromString(parser.value(u"window"_s), Qt::ISODate);
        if (!request.windowStart.isValid()) {
            m_err << tr("chartroom-cli: --window is an ISO 8601 time, e.g. 2026-11-27T02:00:00Z\n");
            return CliApp::Usage;
        }
    }
    if (parser.isSet(u"values"_s)) {
        request.valuesMode = ValuesMode::ValuesFile;
        request.valuesFile = QFileInfo(parser.value(u"values"_s)).absoluteFilePath();
    } else if (parser.value(u"values-mode"_s) == u"reuse") {
        request.valuesMode = ValuesMode::ReuseValues;
    } else if (parser.value(u"values-mode"_s) == u"reset-then-reuse" || !parser.isSet(u"values-mode"_s)) {
        request.valuesMode = parser.isSet(u"values-mode"_s) ? ValuesMode::ResetThenReuseValues : defaultValuesMode(helmVersion);
    } else {
        m_err << tr("chartroom-cli: --values-mode is reuse or reset-then-reuse\n");
        return CliApp::Usage;
    }
    if (!valuesModeSupported(request.valuesMode, helmVersion)) {
        m_err << tr("chartroom-cli: helm %1 has no --reset-then-reuse-values (helm ≥ 3.14); use --values-mode reuse\n").arg(tools.helmVersion);
        return CliApp::MissingPrerequisite;
    }

    // Preview: nothing changes in the cluster.
    std::unique_ptr<jobs::Job> kept;
    auto *previewJob = static_cast<UpgradePreviewJob *>(
        runJob(m_runtime, std::make_unique<UpgradePreviewJob>(tools, request), target->context, m_err, false, &kept));
    if (!previewJob->preview()) {
        m_err << tr("chartroom-cli: cannot preview the upgrade of %1: %2\n").arg(target->key(), previewJob->errorString());
        return CliApp::Failed;
    }
    const UpgradePreview &preview = *previewJob->preview();
    if (!preview.renderedByServer())
        m_err << tr("chartroom-cli: the server-side dry run was refused (%1); rendered with helm template\n").arg(previewJob->dryRunError());
    for (const QString &line : preview.describe(!parser.isSet(u"no-diff"_s)))
        m_out << line << '\n';

    if (!preview.history().isEmpty()) {
        const auto [chart, version] = splitChartField(preview.history().last().chart);
        request.release.chartName = chart;
        request.release.chartVersion = version;
    }
    request.release.revision = preview.currentRevision();
    request.release.status = preview.currentStatus();
    request.services = preview.instanceServices();
    request.workloads = preview.workloads();
    request.blockingRisks = preview.hasBlockingRisks();
    request.risksConfirmed = parser.isSet(u"confirm-risks"_s);

    const catalog::ChartProfile *profile = preview.history().isEmpty() ? nullptr : m_runtime.catalog().match(preview.history().last().chart);

    // Backup gate: the newest verified backup of the release in the repository.
    const QString repoPath = parser.isSet(u"repo"_s) ? parser.value(u"repo"_s) : backup::BackupRepository::defaultLocation();
    std::optional<backup::BackupRepository> repository;
    if (backup::BackupRepository::exists(repoPath))
        if (auto opened = backup::BackupRepository::open(repoPath))
            repository = *opened;
    BackupGate::Input gateInput;
    gateInput.maxAge = BackupGate::maxAgeFor(profile);
    gateInput.skipConfirmed = parser.isSet(u"skip-backup"_s);
    gateInput.canTakeBackup = repository && profile && !profile->backupComponents.isEmpty();
    if (repository)
        if (const auto latest = backup::latestVerifiedBackup(repository->list(target->key()))) {
            gateInput.lastVerified = latest->time();
            gateInput.lastVerifiedId = latest->id;
        }
    const BackupGate gate(gateInput, QDateTime::currentDateTimeUtc());
    UpgradePlan plan(request, profile ? std::optional<catalog::ChartProfile>(*profile) : std::nullopt, gate);

    m_out << '\n';
    for (const QString &line : plan.describe(tools))
        m_out << line << '\n';
    m_out.flush();
    if (const QString problem = plan.problem(); !problem.isEmpty()) {
        m_err << tr("chartroom-cli: %1\n").arg(problem);
        return CliApp::Failed;
    }
    if (parser.isSet(u"plan-only"_s) || !parser.isSet(u"yes"_s)) {
        m_out << tr("Nothing was changed. Run again with --yes to upgrade.\n");
        return CliApp::Ok;
    }

    QString backupId = gate.decision() == BackupGate::Decision::Fresh ? gateInput.lastVerifiedId : QString();
    std::optional<artifact::DataKey> key;
    if (gate.decision() == BackupGate::Decision::TakeBackup) {
        bool keyFailed = false;
        key = cli::unlockRepository(*repository, m_err, &keyFailed);
        if (keyFailed)
            return CliApp::MissingPrerequisite;
        backup::ReleaseRef ref{target->context, target->namespaceName, target->name, request.release.chartName,
                               request.release.chartVersion, {}, 0};
        const backup::BackupRequest backupRequest{ref, *profile, {}, key};
        const backup::BackupRepository repo = *repository;
        plan.setBackupJobFactory([repo, backupRequest, tools] {
            return std::make_unique<backup::ReleaseBackupJob>(repo, backupRequest, tools);
        });
    }

    const QDateTime started = QDateTime::currentDateTimeUtc();
    // A plan that waits for its window is kept on disk until it ran, so that it is not lost.
    const ScheduledUpgradeStore scheduled(ScheduledUpgradeStore::defaultPath());
    QString scheduledId;
    if (request.strategy == Strategy::MaintenanceWindow && request.windowStart > started) {
        if (const auto added = scheduled.add(request, started)) {
            scheduledId = *added;
            m_out << tr("Waiting for the window at %1 UTC (scheduled as %2)\n").arg(request.windowStart.toUTC().toString(Qt::ISODate), scheduledId);
            m_out.flush();
        } else {
            m_err << tr("chartroom-cli: cannot keep the scheduled upgrade: %1\n").arg(added.error().message);
        }
    }
    jobs::Job *job = runJob(m_runtime, plan.makeJob(tools), target->context, m_err, true, nullptr);
    if (!scheduledId.isEmpty())
        (void)scheduled.remove(scheduledId);
    const bool ok = job->state() == jobs::JobState::Succeeded;
    printOutcome(*job, m_out);
    if (const auto *sequence = qobject_cast<const jobs::SequenceJob *>(job))
        for (int i = 0; i < sequence->stepCount(); ++i)
            if (const auto *b = qobject_cast<const backup::ReleaseBackupJob *>(sequence->step(i)))
                backupId = b->backupId();

    // The revision it left (helm history again) and the checkpoint.
    const auto history = releaseHistory(m_runtime, tools, request.release, m_err);
    const int nowRevision = history && !history->isEmpty() ? history->last().revision : 0;
    UpgradeCheckpoint checkpoint;
    checkpoint.release = target->key();
    checkpoint.operation = u"upgrade"_s;
    checkpoint.strategy = strategyId(request.strategy);
    checkpoint.fromRevision = request.release.revision;
    checkpoint.toRevision = nowRevision;
    checkpoint.fromChart = preview.history().isEmpty() ? QString() : preview.history().last().chart;
    checkpoint.toChart = request.source.displayName();
    checkpoint.backupId = backupId;
    checkpoint.backupSkipped = gate.decision() == BackupGate::Decision::Skipped;
    checkpoint.outcome = ok ? u"succeeded"_s : (job->state() == jobs::JobState::Canceled ? u"canceled"_s : u"failed"_s);
    checkpoint.error = job->errorString();
    checkpoint.startedAt = started;
    checkpoint.durationMs = job->elapsedMs();
    if (const auto saved = UpgradeCheckpointStore(UpgradeCheckpointStore::defaultPath()).append(checkpoint); !saved)
        m_err << tr("chartroom-cli: cannot record the checkpoint: %1\n").arg(saved.error().message);

    if (ok) {
        ReleaseSourceStore sources(ReleaseSourceStore::defaultPath());
        if (sources.load()) {
            sources.setSource(target->key(), request.source);
            if (const auto saved = sources.save(); !saved)
                m_err << tr("chartroom-cli: cannot remember the chart source: %1\n").arg(saved.error().message);
        }
        m_out << tr("Upgraded %1 to %2 in %3: revision %4 → %5\n")
                     .arg(target->key(), request.source.displayName(), seconds(checkpoint.durationMs))
                     .arg(checkpoint.fromRevision)
                     .arg(checkpoint.toRevision);
        if (request.strategy == Strategy::BlueGreen)
            m_out << tr("Green serves. Switch back: chartroom-cli upgrade --release %1 --switch-back --yes\n"
                        "Retire %2 once you are sure: chartroom-cli upgrade --release %1 --retire-blue --confirm-retire=%2 --yes\n")
                         .arg(target->key(), target->name);
        return CliApp::Ok;
    }
    m_out << tr("Upgrade failed after %1: %2\n").arg(seconds(checkpoint.durationMs), job->errorString());
    if (history && !history->isEmpty()) {
        if (nowRevision != request.release.revision && history->last().status == u"deployed")
            m_out << tr("Revision %1 is in place. To go back: chartroom-cli rollback --release %2 --revision %3\n")
                         .arg(nowRevision)
                         .arg(target->key())
                         .arg(request.release.revision);
        else
            m_out << tr("The release is at revision %1 (%2).\n").arg(nowRevision).arg(history->last().status);
    }
    return CliApp::Failed;
}

int UpgradeCommand::finishBlueGreen(const QString &releaseKey, bool retire, const QString &confirmation, bool yes)
{
    const auto target = ReleaseTarget::fromKey(releaseKey);
    if (!target) {
        m_err << tr("chartroom-cli: --release is CTX/NS/NAME\n");
        return CliApp::Usage;
    }
    if (retire && confirmation != target->name) {
        m_err << tr("chartroom-cli: --retire-blue uninstalls %1: confirm with --confirm-retire=%1\n").arg(target->name);
        return CliApp::Usage;
    }
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    const backup::ClusterTools tools = clusterTools(m_runtime);
    // The Services to switch are the release's own (its manifest still names its instance).
    auto process = std::make_unique<jobs::ProcessJob>(tr("Deployed manifest"), upgradeCommandsFor(tools).getManifest(*target));
    process->setBaseEnvironment(tools.environment);
    process->setCaptureStdout(true);
    process->setShowStdout(false);
    std::unique_ptr<jobs::Job> kept;
    auto *manifest = static_cast<jobs::ProcessJob *>(runJob(m_runtime, std::move(process), target->context, m_err, false, &kept));
    if (manifest->state() != jobs::JobState::Succeeded) {
        m_err << tr("chartroom-cli: cannot read the manifest of %1: %2\n").arg(target->key(), manifest->errorString());
        return CliApp::Failed;
    }
    UpgradeRequest request;
    request.release = *target;
    request.strategy = Strategy::BlueGreen;
    request.services = instanceServicesOf(QString::fromUtf8(manifest->capturedStdout()), target->name);
    BackupGate::Input skip;
    skip.skipConfirmed = true;
    const UpgradePlan plan(request, std::nullopt, BackupGate(skip, QDateTime::currentDateTimeUtc()));
    std::unique_ptr<jobs::Job> job = retire ? plan.makeRetireBlueJob(tools, true) : plan.makeSwitchBackJob(tools);
    m_out << job->title() << '\n';
    for (const CommandLine &command : job->commandLines())
        m_out << u"  $ "_s << command.toDisplayString(Redactor::shared()) << '\n';
    if (!yes) {
        m_out << tr("Nothing was changed. Run again with --yes.\n");
        return CliApp::Ok;
    }
    jobs::Job *raw = runJob(m_runtime, std::move(job), target->context, m_err, true, nullptr);
    printOutcome(*raw, m_out);
    return raw->state() == jobs::JobState::Succeeded ? CliApp::Ok : CliApp::Failed;
}

} // namespace chartroom
