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
#include "upgrade/batchupgradeplan.h"
#include "upgrade/chartversionsjob.h"
#include "upgrade/releasesourcestore.h"
#include "upgrade/rollbackplan.h"
#include "upgrade/scheduledupgradestore.h"
#include "upgrade/upgradecheckpoint.h"
#include "upgrade/upgradeplan.h"
#include "upgrade/upgradepreviewjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

/// What the user chose on the command line, for every release of the run.
struct UpgradeCommand::Options
{
    QStringList releases;
    std::optional<int> tier;
    bool toLatest = false;
    std::optional<ChartSource> chart; ///< --chart with --version
    Strategy strategy = Strategy::Rolling;
    ValuesMode valuesMode = ValuesMode::ResetThenReuseValues;
    QString valuesFile;
    int timeoutSeconds = 600;
    int observationSeconds = 0;
    QDateTime windowStart;
    QStringList skipConfirmed; ///< release names typed with --confirm-skip-backup
    bool skipBackup = false;
    bool confirmRisks = false;
    bool diffs = true;
};

/// One release previewed and planned.
struct UpgradeCommand::Prepared
{
    Target target;
    UpgradeRequest request;
    QString fromChart;
    const catalog::ChartProfile *profile = nullptr;
    std::optional<BackupGate> gate;
    std::optional<UpgradePlan> plan;
    QString scheduledId;
};

int UpgradeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"release"_s, tr("The release to upgrade (repeatable: several are upgraded in tier order)."), u"CTX/NS/NAME"_s});
    parser.addOption({u"tier"_s, tr("Upgrade every release of this DR tier in the scanned fleet."), u"N"_s});
    parser.addOption({u"chart"_s, tr("The new chart: REPO/CHART, oci://…, or a chart directory or archive."), u"REF"_s});
    parser.addOption({u"version"_s, tr("The chart version (default: the newest)."), u"V"_s});
    parser.addOption({u"plain-http"_s, tr("The OCI registry of --chart speaks plain HTTP (e.g. a local registry).")});
    parser.addOption({u"to-latest"_s, tr("The newest version from each release's remembered chart source (--chart for those without one).")});
    parser.addOption({u"values"_s, tr("A values file: the complete user values (--reset-values -f FILE)."), u"FILE"_s});
    parser.addOption({u"values-mode"_s, tr("reuse or reset-then-reuse (default: reset-then-reuse on helm ≥ 3.14)."), u"MODE"_s});
    parser.addOption({u"strategy"_s, tr("rolling, blue-green, maintenance or in-place."), u"S"_s});
    parser.addOption({u"timeout"_s, tr("helm and rollout timeout in seconds (default 600)."), u"SECONDS"_s, u"600"_s});
    parser.addOption({u"window"_s, tr("Maintenance window start (ISO 8601, UTC)."), u"TIME"_s});
    parser.addOption({u"observe"_s, tr("Blue-green: seconds to observe green after the switch."), u"SECONDS"_s, u"0"_s});
    parser.addOption({u"repo"_s, tr("The backup repository (default: %1).").arg(backup::BackupRepository::defaultLocation()), u"DIR"_s});
    parser.addOption({u"skip-backup"_s, tr("Go on without a fresh verified backup (needs --confirm-skip-backup).")});
    parser.addOption({u"confirm-skip-backup"_s, tr("The release name, to confirm --skip-backup (once per release)."), u"NAME"_s});
    parser.addOption({u"confirm-risks"_s, tr("Go on although the preview found immutable field changes.")});
    parser.addOption({u"no-diff"_s, tr("Do not print the per-object diffs.")});
    parser.addOption({u"switch-back"_s, tr("Blue-green: point the Services back at the release and remove NAME-green.")});
    parser.addOption({u"retire-blue"_s, tr("Blue-green: keep the Services on green and uninstall the release (needs --confirm-retire).")});
    parser.addOption({u"confirm-retire"_s, tr("The release name, to confirm --retire-blue."), u"NAME"_s});
    parser.addOption({u"plan-only"_s, tr("Print the preview and the plan, change nothing.")});
    parser.addOption({u"yes"_s, tr("Run the plan.")});
    parser.addOption({u"list-scheduled"_s, tr("List the upgrades waiting for a maintenance window, and those that missed it.")});
    const QString usage = tr("usage: chartroom-cli upgrade (--release CTX/NS/NAME... | --tier N) (--chart REF [--version V] | --to-latest)\n"
                             "       [--values FILE] --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]\n");
    const bool parsed = parser.parse(QStringList{u"upgrade"_s} + arguments);
    if (parsed && parser.isSet(u"list-scheduled"_s))
        return listScheduled();
    if (parsed && (parser.isSet(u"switch-back"_s) || parser.isSet(u"retire-blue"_s)))
        return finishBlueGreen(parser.value(u"release"_s), parser.isSet(u"retire-blue"_s), parser.value(u"confirm-retire"_s),
                               parser.isSet(u"yes"_s));
    const bool scoped = parser.isSet(u"release"_s) != parser.isSet(u"tier"_s);
    if (!parsed || !scoped || !(parser.isSet(u"chart"_s) || parser.isSet(u"to-latest"_s)) || !parser.isSet(u"strategy"_s)) {
        if (!parser.errorText().isEmpty())
            m_err << parser.errorText() << '\n';
        m_err << usage;
        return CliApp::Usage;
    }
    Options options;
    options.releases = parser.values(u"release"_s);
    bool tierOk = true;
    if (parser.isSet(u"tier"_s))
        options.tier = parser.value(u"tier"_s).toInt(&tierOk);
    options.toLatest = parser.isSet(u"to-latest"_s);
    if (parser.isSet(u"chart"_s)) {
        options.chart = ChartSource::fromReference(parser.value(u"chart"_s));
        if (options.chart) {
            options.chart->version = parser.value(u"version"_s);
            options.chart->plainHttp = options.chart->kind == ChartSource::Kind::Oci && parser.isSet(u"plain-http"_s);
        }
    }
    const auto strategy = strategyFromId(parser.value(u"strategy"_s));
    const bool keysOk = std::all_of(options.releases.cbegin(), options.releases.cend(),
                                    [](const QString &key) { return ReleaseTarget::fromKey(key).has_value(); });
    if (!keysOk || !tierOk || (parser.isSet(u"chart"_s) && !options.chart) || !strategy) {
        m_err << tr("chartroom-cli: --release is CTX/NS/NAME, --tier a number, --chart is REPO/CHART, oci://… or a path, "
                    "--strategy one of rolling, blue-green, maintenance, in-place\n");
        return CliApp::Usage;
    }
    options.strategy = *strategy;
    options.skipBackup = parser.isSet(u"skip-backup"_s);
    options.skipConfirmed = parser.values(u"confirm-skip-backup"_s);
    for (const QString &key : std::as_const(options.releases)) {
        const QString name = ReleaseTarget::fromKey(key)->name;
        if (options.skipBackup && !options.skipConfirmed.contains(name)) {
            m_err << tr("chartroom-cli: --skip-backup needs --confirm-skip-backup=%1\n").arg(name);
            return CliApp::Usage;
        }
    }
    options.timeoutSeconds = qMax(1, parser.value(u"timeout"_s).toInt());
    options.observationSeconds = parser.value(u"observe"_s).toInt();
    options.confirmRisks = parser.isSet(u"confirm-risks"_s);
    options.diffs = !parser.isSet(u"no-diff"_s);
    if (parser.isSet(u"window"_s)) {
        options.windowStart = QDateTime::fromString(parser.value(u"window"_s), Qt::ISODate);
        if (!options.windowStart.isValid()) {
            m_err << tr("chartroom-cli: --window is an ISO 8601 time, e.g. 2026-11-27T02:00:00Z\n");
            return CliApp::Usage;
        }
    }
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    const backup::ClusterTools tools = clusterTools(m_runtime);
    const QVersionNumber helmVersion = parseHelmVersion(tools.helmVersion);
    if (parser.isSet(u"values"_s)) {
        options.valuesMode = ValuesMode::ValuesFile;
        options.valuesFile = QFileInfo(parser.value(u"values"_s)).absoluteFilePath();
    } else if (parser.value(u"values-mode"_s) == u"reuse") {
        options.valuesMode = ValuesMode::ReuseValues;
    } else if (parser.value(u"values-mode"_s) == u"reset-then-reuse" || !parser.isSet(u"values-mode"_s)) {
        options.valuesMode = parser.isSet(u"values-mode"_s) ? ValuesMode::ResetThenReuseValues : defaultValuesMode(helmVersion);
    } else {
        m_err << tr("chartroom-cli: --values-mode is reuse or reset-then-reuse\n");
        return CliApp::Usage;
    }
    if (!valuesModeSupported(options.valuesMode, helmVersion)) {
        m_err << tr("chartroom-cli: helm %1 has no --reset-then-reuse-values (helm ≥ 3.14); use --values-mode reuse\n").arg(tools.helmVersion);
        return CliApp::MissingPrerequisite;
    }

    int code = CliApp::Ok;
    const auto targets = selectTargets(options, tools, &code);
    if (!targets)
        return code;
    if (targets->isEmpty()) {
        m_out << tr("Nothing to upgrade.\n");
        return CliApp::Ok;
    }
    for (const Target &target : *targets) {
        if (options.skipBackup && !options.skipConfirmed.contains(target.release.name)) {
            m_err << tr("chartroom-cli: --skip-backup needs --confirm-skip-backup=%1\n").arg(target.release.name);
            return CliApp::Usage;
        }
    }

    // Previews and plans: nothing changes in the cluster.
    const QString repoPath = parser.isSet(u"repo"_s) ? parser.value(u"repo"_s) : backup::BackupRepository::defaultLocation();
    std::optional<backup::BackupRepository> repository;
    if (backup::BackupRepository::exists(repoPath))
        if (auto opened = backup::BackupRepository::open(repoPath))
            repository = *opened;
    const bool batch = targets->size() > 1;
    QList<Prepared> prepared;
    for (const Target &target : *targets) {
        if (batch)
            m_out << tr("== %1 (%2) ==\n").arg(target.release.key(), BatchUpgradePlan::tierLabel(target.tier));
        auto one = prepare(target, options, tools, repository);
        if (!one)
            return CliApp::Failed;
        prepared.append(std::move(*one));
    }

    const bool needKey = std::any_of(prepared.cbegin(), prepared.cend(),
                                     [](const Prepared &p) { return p.gate->decision() == BackupGate::Decision::TakeBackup; });
    std::optional<artifact::DataKey> key;
    const bool run = parser.isSet(u"yes"_s) && !parser.isSet(u"plan-only"_s);
    if (run && needKey) {
        bool keyFailed = false;
        key = cli::unlockRepository(*repository, m_err, &keyFailed);
        if (keyFailed)
            return CliApp::MissingPrerequisite;
    }
    QList<BatchUpgradePlan::Item> items;
    for (Prepared &p : prepared) {
        if (p.gate->decision() == BackupGate::Decision::TakeBackup && repository && p.profile) {
            const ReleaseTarget &r = p.request.release;
            backup::ReleaseRef ref{r.context, r.namespaceName, r.name, r.chartName, r.chartVersion, {}, 0};
            const backup::BackupRequest backupRequest{ref, *p.profile, {}, key};
            const backup::BackupRepository repo = *repository;
            p.plan->setBackupJobFactory([repo, backupRequest, tools] {
                return std::make_unique<backup::ReleaseBackupJob>(repo, backupRequest, tools);
            });
        }
        items.append({*p.plan, p.target.tier});
    }
    const BatchUpgradePlan plan(items);

    m_out << '\n';
    const QStringList planLines = batch ? plan.describe(tools) : prepared.first().plan->describe(tools);
    for (const QString &line : planLines)
        m_out << line << '\n';
    m_out.flush();
    if (const QString problem = plan.problem(); !problem.isEmpty()) {
        m_err << tr("chartroom-cli: %1\n").arg(batch ? problem : prepared.first().plan->problem());
        return CliApp::Failed;
    }
    if (!run) {
        m_out << tr("Nothing was changed. Run again with --yes to upgrade.\n");
        return CliApp::Ok;
    }

    // Plans that wait for their window are kept on disk until they ran, so that they are not lost.
    const ScheduledUpgradeStore scheduled(ScheduledUpgradeStore::defaultPath());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Prepared &p : prepared) {
        if (p.request.strategy != Strategy::MaintenanceWindow || p.request.windowStart <= now)
            continue;
        if (const auto added = scheduled.add(p.request, now)) {
            p.scheduledId = *added;
            m_out << tr("%1 waits for the window at %2 UTC (scheduled as %3)\n")
                         .arg(p.request.release.key(), p.request.windowStart.toUTC().toString(Qt::ISODate), p.scheduledId);
        } else {
            m_err << tr("chartroom-cli: cannot keep the scheduled upgrade: %1\n").arg(added.error().message);
        }
    }
    m_out.flush();
    std::unique_ptr<jobs::Job> batchJob = plan.makeJob(tools);
    if (!batchJob) {
        m_err << tr("chartroom-cli: the plan cannot run\n");
        return CliApp::Failed;
    }
    jobs::Job *job = runJob(m_runtime, std::move(batchJob), prepared.first().request.release.context, m_err, true, nullptr);
    for (const Prepared &p : prepared)
        if (!p.scheduledId.isEmpty())
            (void)scheduled.remove(p.scheduledId);

    // The batch sorted the releases: match outcomes to what was prepared by release key.
    const auto *sequence = qobject_cast<const jobs::SequenceJob *>(job);
    const QList<BatchUpgradePlan::Outcome> outcomes = plan.outcomes(*job);
    bool allOk = true;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const BatchUpgradePlan::Outcome &outcome = outcomes[i];
        const auto p = std::find_if(prepared.cbegin(), prepared.cend(),
                                    [&](const Prepared &x) { return x.request.release.key() == outcome.release; });
        if (batch)
            m_out << tr("\n== %1: %2 ==\n").arg(outcome.release, outcome.text);
        if (outcome.state == jobs::JobState::Pending) {
            allOk = false;
            continue;
        }
        allOk = record(*p, *sequence->step(int(i)), tools) && allOk;
    }
    if (batch)
        m_out << (allOk ? QCoreApplication::translate("chartroom::CliApp", "All %n release(s) upgraded.\n", nullptr, int(outcomes.size()))
                        : tr("The batch stopped: not every release was upgraded.\n"));
    return allOk ? CliApp::Ok : CliApp::Failed;
}

std::optional<ChartVersionEntry> UpgradeCommand::newestVersion(const ChartSource &source, const backup::ClusterTools &tools,
                                                               const QString &context)
{
    std::unique_ptr<jobs::Job> kept;
    auto *job = static_cast<ChartVersionsJob *>(runJob(m_runtime, std::make_unique<ChartVersionsJob>(tools, source), context, m_err, false, &kept));
    if (job->state() != jobs::JobState::Succeeded || !job->newest()) {
        m_err << tr("chartroom-cli: cannot list the versions of %1: %2\n")
                     .arg(source.chartArgument(), job->errorString().isEmpty() ? tr("none found") : job->errorString());
        return std::nullopt;
    }
    return job->newest();
}

std::optional<QList<UpgradeCommand::Target>> UpgradeCommand::selectTargets(const Options &options, const backup::ClusterTools &tools,
                                                                           int *code)
{
    *code = CliApp::Failed;
    QList<Target> targets;
    // One release with a given chart needs no scan: its tier does not matter.
    if (options.releases.size() == 1 && !options.tier && !options.toLatest) {
        targets.append({*ReleaseTarget::fromKey(options.releases.first()), std::nullopt, *options.chart});
        return targets;
    }
    const auto releases = cli::selectReleases(m_runtime, options.releases, options.tier, m_err);
    if (!releases)
        return std::nullopt;
    if (releases->isEmpty() && options.tier) {
        m_err << tr("chartroom-cli: no release of tier %1 in the fleet\n").arg(*options.tier);
        return std::nullopt;
    }
    ReleaseSourceStore store(ReleaseSourceStore::defaultPath());
    if (options.toLatest)
        if (const auto loaded = store.load(); !loaded) {
            m_err << tr("chartroom-cli: cannot read the remembered chart sources: %1\n").arg(loaded.error().message);
            return std::nullopt;
        }
    QHash<QString, std::optional<ChartVersionEntry>> newest; // one listing per source
    QStringList refused;
    for (const inventory::Release &release : *releases) {
        Target target{*ReleaseTarget::fromKey(release.key()), release.tier, ChartSource()};
        const std::optional<ChartSource> remembered = options.toLatest ? store.source(release.key()) : std::nullopt;
        if (remembered) {
            ChartSource source = *remembered;
            source.version.clear();
            const QString id = source.chartArgument() + u' ' + source.repositoryUrl;
            if (!newest.contains(id))
                newest.insert(id, newestVersion(source, tools, release.context));
            const std::optional<ChartVersionEntry> latest = newest.value(id);
            if (!latest) {
                refused << tr("%1: the versions of its source %2 cannot be listed").arg(release.key(), source.chartArgument());
                continue;
            }
            if (compareChartVersions(latest->version, release.chartVersion) <= 0) {
                m_out << tr("%1 is at %2, the newest version of %3: nothing to do\n").arg(release.key(), release.chartVersion,
                                                                                          source.chartArgument());
                continue;
            }
            if (source.kind != ChartSource::Kind::Local)
                source.version = latest->version;
            target.source = source;
        } else if (options.chart) {
            target.source = *options.chart;
        } else {
            refused << tr("%1 has no remembered chart source (Chartroom learns it from an upgrade it ran): give --chart")
                           .arg(release.key());
            continue;
        }
        targets.append(target);
    }
    for (const QString &reason : std::as_const(refused))
        m_err << tr("chartroom-cli: refused: %1\n").arg(reason);
    if (!refused.isEmpty())
        return std::nullopt;
    *code = CliApp::Ok;
    return targets;
}

std::optional<UpgradeCommand::Prepared> UpgradeCommand::prepare(const Target &target, const Options &options,
                                                                const backup::ClusterTools &tools,
                                                                const std::optional<backup::BackupRepository> &repository)
{
    UpgradeRequest request;
    request.release = target.release;
    request.source = target.source;
    request.strategy = options.strategy;
    request.valuesMode = options.valuesMode;
    request.valuesFile = options.valuesFile;
    request.timeoutSeconds = options.timeoutSeconds;
    request.observationSeconds = options.observationSeconds;
    request.windowStart = options.windowStart;

    std::unique_ptr<jobs::Job> kept;
    auto *previewJob = static_cast<UpgradePreviewJob *>(
        runJob(m_runtime, std::make_unique<UpgradePreviewJob>(tools, request), target.release.context, m_err, false, &kept));
    if (!previewJob->preview()) {
        m_err << tr("chartroom-cli: cannot preview the upgrade of %1: %2\n").arg(target.release.key(), previewJob->errorString());
        return std::nullopt;
    }
    const UpgradePreview &preview = *previewJob->preview();
    if (!preview.renderedByServer())
        m_err << tr("chartroom-cli: the server-side dry run was refused (%1); rendered with helm template\n").arg(previewJob->dryRunError());
    for (const QString &line : preview.describe(options.diffs))
        m_out << line << '\n';

    Prepared p;
    p.target = target;
    if (!preview.history().isEmpty()) {
        p.fromChart = preview.history().last().chart;
        const auto [chart, version] = splitChartField(p.fromChart);
        request.release.chartName = chart;
        request.release.chartVersion = version;
    }
    request.release.revision = preview.currentRevision();
    request.release.status = preview.currentStatus();
    request.services = preview.instanceServices();
    request.workloads = preview.workloads();
    request.blockingRisks = preview.hasBlockingRisks();
    request.risksConfirmed = options.confirmRisks;
    p.profile = p.fromChart.isEmpty() ? nullptr : m_runtime.catalog().match(p.fromChart);

    // Backup gate: the newest verified backup of the release in the repository.
    BackupGate::Input gateInput;
    gateInput.maxAge = BackupGate::maxAgeFor(p.profile);
    gateInput.skipConfirmed = options.skipBackup && options.skipConfirmed.contains(target.release.name);
    gateInput.canTakeBackup = repository && p.profile && !p.profile->backupComponents.isEmpty();
    if (repository)
        if (const auto latest = backup::latestVerifiedBackup(repository->list(target.release.key()))) {
            gateInput.lastVerified = latest->time();
            gateInput.lastVerifiedId = latest->id;
        }
    p.gate.emplace(gateInput, QDateTime::currentDateTimeUtc());
    p.request = request;
    p.plan.emplace(request, p.profile ? std::optional<catalog::ChartProfile>(*p.profile) : std::nullopt, *p.gate);
    return p;
}

bool UpgradeCommand::record(const Prepared &prepared, const jobs::Job &job, const backup::ClusterTools &tools)
{
    const UpgradeRequest &request = prepared.request;
    const QString key = request.release.key();
    const bool ok = job.state() == jobs::JobState::Succeeded;
    printOutcome(job, m_out);
    QString backupId = prepared.gate->decision() == BackupGate::Decision::Fresh ? prepared.gate->input().lastVerifiedId : QString();
    if (const auto *sequence = qobject_cast<const jobs::SequenceJob *>(&job))
        for (int i = 0; i < sequence->stepCount(); ++i)
            if (const auto *b = qobject_cast<const backup::ReleaseBackupJob *>(sequence->step(i)))
                backupId = b->backupId();

    // The revision it left (helm history again) and the checkpoint.
    const auto history = releaseHistory(m_runtime, tools, request.release, m_err);
    const int nowRevision = history && !history->isEmpty() ? history->last().revision : 0;
    UpgradeCheckpoint checkpoint;
    checkpoint.release = key;
    checkpoint.operation = u"upgrade"_s;
    checkpoint.strategy = strategyId(request.strategy);
    checkpoint.fromRevision = request.release.revision;
    checkpoint.toRevision = nowRevision;
    checkpoint.fromChart = prepared.fromChart;
    checkpoint.toChart = request.source.displayName();
    checkpoint.backupId = backupId;
    checkpoint.backupSkipped = prepared.gate->decision() == BackupGate::Decision::Skipped;
    checkpoint.outcome = ok ? u"succeeded"_s : (job.state() == jobs::JobState::Canceled ? u"canceled"_s : u"failed"_s);
    checkpoint.error = job.errorString();
    checkpoint.startedAt = job.startedAt().isValid() ? job.startedAt().toUTC() : QDateTime::currentDateTimeUtc();
    checkpoint.durationMs = job.elapsedMs();
    if (const auto saved = UpgradeCheckpointStore(UpgradeCheckpointStore::defaultPath()).append(checkpoint); !saved)
        m_err << tr("chartroom-cli: cannot record the checkpoint: %1\n").arg(saved.error().message);

    if (ok) {
        ReleaseSourceStore sources(ReleaseSourceStore::defaultPath());
        if (sources.load()) {
            sources.setSource(key, request.source);
            if (const auto saved = sources.save(); !saved)
                m_err << tr("chartroom-cli: cannot remember the chart source: %1\n").arg(saved.error().message);
        }
        m_out << tr("Upgraded %1 to %2 in %3: revision %4 → %5\n")
                     .arg(key, request.source.displayName(), seconds(checkpoint.durationMs))
                     .arg(checkpoint.fromRevision)
                     .arg(checkpoint.toRevision);
        if (request.strategy == Strategy::BlueGreen)
            m_out << tr("Green serves. Switch back: chartroom-cli upgrade --release %1 --switch-back --yes\n"
                        "Retire %2 once you are sure: chartroom-cli upgrade --release %1 --retire-blue --confirm-retire=%2 --yes\n")
                         .arg(key, request.release.name);
        return true;
    }
    m_out << tr("Upgrade failed after %1: %2\n").arg(seconds(checkpoint.durationMs), job.errorString());
    if (history && !history->isEmpty()) {
        if (nowRevision != request.release.revision && history->last().status == u"deployed")
            m_out << tr("Revision %1 is in place. To go back: chartroom-cli rollback --release %2 --revision %3\n")
                         .arg(nowRevision)
                         .arg(key)
                         .arg(request.release.revision);
        else
            m_out << tr("The release is at revision %1 (%2).\n").arg(nowRevision).arg(history->last().status);
    }
    return false;
}

int UpgradeCommand::listScheduled()
{
    const ScheduledUpgradeStore store(ScheduledUpgradeStore::defaultPath());
    const auto items = store.list();
    if (!items) {
        m_err << tr("chartroom-cli: cannot read the scheduled upgrades: %1\n").arg(items.error().message);
        return CliApp::Failed;
    }
    if (items->isEmpty()) {
        m_out << tr("No upgrade is waiting for a maintenance window.\n");
        return CliApp::Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ScheduledUpgrade &s : *items) {
        const bool missed = s.request.windowStart.isValid() && s.request.windowStart <= now;
        const QString state = !missed ? tr("pending") : s.missedAt.isValid() ? tr("missed (told %1)").arg(s.missedAt.toUTC().toString(Qt::ISODate))
                                                                             : tr("missed (not told yet)");
        m_out << tr("%1  %2  window %3 UTC  %4 → %5  [%6]\n")
                     .arg(s.id, s.request.release.key(), s.request.windowStart.toUTC().toString(Qt::ISODate),
                          strategyId(s.request.strategy), s.request.source.displayName(), state);
    }
    return CliApp::Ok;
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
