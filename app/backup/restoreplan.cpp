#include "backup/restoreplan.h"

#include "backup/releasebackupjob.h"
#include "backup/restorecompensationjob.h"
#include "backup/restoreconfigjob.h"
#include "backup/restorepodjob.h"
#include "backup/restorereleasejob.h"
#include "backup/restorescalejob.h"
#include "backup/verifybackupjob.h"
#include "catalog/placeholders.h"
#include "core/redactor.h"
#include "jobs/processjob.h"
#include "jobs/sequencejob.h"

#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

QString tr(const char *text)
{
    return QObject::tr(text);
}

QString display(const CommandLine &command)
{
    return command.toDisplayString(Redactor::shared());
}

/// The placeholder shown for the pod a command runs in: it is chosen when the step runs.
const QString kPodPlaceholder = u"POD"_s;

} // namespace

QString restoreStepKindName(RestorePlan::StepKind kind)
{
    switch (kind) {
    case RestorePlan::StepKind::Verify: return u"verify"_s;
    case RestorePlan::StepKind::SafetyBackup: return u"safety-backup"_s;
    case RestorePlan::StepKind::Reinstall: return u"reinstall"_s;
    case RestorePlan::StepKind::Quiesce: return u"quiesce"_s;
    case RestorePlan::StepKind::Config: return u"config"_s;
    case RestorePlan::StepKind::Data: return u"data"_s;
    case RestorePlan::StepKind::Resume: return u"resume"_s;
    case RestorePlan::StepKind::Rollout: return u"rollout"_s;
    case RestorePlan::StepKind::HealthCheck: return u"health-check"_s;
    case RestorePlan::StepKind::Note: return u"note"_s;
    }
    return {};
}

RestorePlan::RestorePlan(BackupRepository repository, BackupRecord backup, RestoreTarget target,
                         catalog::ChartProfile profile, std::optional<artifact::DataKey> key, RestoreOptions options)
    : m_repository(std::move(repository))
    , m_backup(std::move(backup))
    , m_target(std::move(target))
    , m_profile(std::move(profile))
    , m_key(std::move(key))
    , m_options(options)
{
}

QString RestorePlan::targetContext() const
{
    return m_backup.manifest ? m_backup.manifest->context : QString();
}

QString RestorePlan::targetNamespace() const
{
    if (!m_target.namespaceName.isEmpty())
        return m_target.namespaceName;
    return m_backup.manifest ? m_backup.manifest->releaseNamespace : QString();
}

QString RestorePlan::targetRelease() const
{
    if (!m_target.releaseName.isEmpty())
        return m_target.releaseName;
    return m_backup.manifest ? m_backup.manifest->release : QString();
}

bool RestorePlan::inPlace() const
{
    return m_backup.manifest && targetNamespace() == m_backup.manifest->releaseNamespace
           && targetRelease() == m_backup.manifest->release;
}

QString RestorePlan::problem() const
{
    if (!m_backup.manifest)
        return tr("Backup %1 cannot be restored: it is incomplete (%2).").arg(m_backup.id, m_backup.problem);
    switch (m_backup.state) {
    case BackupState::Bad:
    case BackupState::Failed:
    case BackupState::Incomplete:
    case BackupState::InProgress:
        return tr("Backup %1 cannot be restored: it is %2%3.")
            .arg(m_backup.id, backupStateName(m_backup.state),
                 m_backup.problem.isEmpty() ? QString() : u" ("_s + m_backup.problem + u')');
    case BackupState::Unverified:
    case BackupState::Verified:
        break;
    }
    const BackupManifest &manifest = *m_backup.manifest;
    if (manifest.profileId != m_profile.id)
        return tr("Backup %1 was taken with the chart profile “%2”, not “%3”.").arg(m_backup.id, manifest.profileId, m_profile.id);
    if (!m_target.releaseExists && !recordFor(u"helm-release"_s))
        return tr("Release %1 is not installed in namespace %2 and backup %3 holds no Helm release record to reinstall it "
                  "from (unencrypted repositories do not store it): install the chart first, then restore into it.")
            .arg(targetRelease(), targetNamespace(), m_backup.id);
    bool anyConfig = false;
    for (const catalog::BackupComponent &c : m_profile.backupComponents)
        anyConfig = anyConfig || (c.kind == u"config-export" && recordFor(c.id));
    if (dataComponents().isEmpty() && !anyConfig)
        return tr("Backup %1 holds nothing this profile can restore.").arg(m_backup.id);
    return {};
}

const ComponentRecord *RestorePlan::recordFor(const QString &componentId) const
{
    if (!m_backup.manifest)
        return nullptr;
    for (const ComponentRecord &record : m_backup.manifest->components)
        if (record.id == componentId && record.status == ComponentRecord::Status::Ok && !record.artifact.isEmpty())
            return &record;
    return nullptr;
}

QString RestorePlan::substitute(const QString &text) const
{
    return catalog::substitutePlaceholders(text, placeholderValues());
}

QStringList RestorePlan::substituteAll(const QStringList &texts) const
{
    return catalog::substitutePlaceholders(texts, placeholderValues());
}

ReleaseRename RestorePlan::releaseRename() const
{
    if (!m_backup.manifest || targetRelease() == m_backup.manifest->release)
        return {};
    const catalog::PlaceholderValues target = placeholderValues();
    return ReleaseRename{m_backup.manifest->release, catalog::chartFullname(m_backup.manifest->release, target.chart),
                         target.release, target.fullname};
}

catalog::PlaceholderValues RestorePlan::placeholderValues() const
{
    catalog::PlaceholderValues values;
    values.release = targetRelease();
    values.releaseNamespace = targetNamespace();
    values.chart = m_backup.manifest && !m_backup.manifest->chart.isEmpty() ? m_backup.manifest->chart : m_profile.id;
    values.fullname = catalog::chartFullname(values.release, values.chart);
    return values;
}

CommandLine RestorePlan::rolloutStatus(const ClusterTools &tools) const
{
    return CommandLine(tools.commands.kubectl(), {u"--context"_s, targetContext(), u"--namespace"_s, targetNamespace(), u"rollout"_s,
                                                  u"status"_s, workload(), u"--timeout=%1s"_s.arg(m_options.rolloutTimeoutSeconds)});
}

QString RestorePlan::workload() const
{
    return substitute(m_profile.workload);
}

QString RestorePlan::artifactPath(const ComponentRecord &record) const
{
    return m_backup.directory + u'/' + record.artifact;
}

QList<catalog::BackupComponent> RestorePlan::dataComponents() const
{
    QList<catalog::BackupComponent> components;
    for (const catalog::BackupComponent &c : m_profile.backupComponents) {
        if (c.kind == u"helm-values" || c.kind == u"config-export" || c.restore.argv.isEmpty())
            continue;
        if (recordFor(c.id))
            components.append(c);
    }
    std::stable_sort(components.begin(), components.end(), [](const auto &a, const auto &b) { return a.order < b.order; });
    return components;
}

bool RestorePlan::needsQuiesce(const catalog::BackupComponent &component) const
{
    // Only a restore that runs outside the workload can have the workload stopped around it:
    // scaling it to zero would otherwise remove the pod the restore command runs in.
    if (workload().isEmpty() || component.restore.selector.isEmpty())
        return false;
    return substitute(component.restore.selector) != substitute(m_profile.podSelector);
}

QList<RestorePlan::Step> RestorePlan::steps(const ClusterTools &tools) const
{
    QList<Step> steps;
    if (!m_backup.manifest)
        return steps;
    const BackupManifest &manifest = *m_backup.manifest;
    const QString context = targetContext();
    const QString ns = targetNamespace();
    const QString release = targetRelease();
    const QString work = workload();
    const QList<catalog::BackupComponent> data = dataComponents();

    steps.append({StepKind::Verify, tr("Verify backup %1: re-read every artifact (checksums, authentication, content)").arg(m_backup.id),
                  {}, tr("reads the repository only; a bad backup stops the restore here")});

    const bool reinstall = !m_target.releaseExists;
    if (reinstall) {
        steps.append({StepKind::Note, tr("No safety backup: %1 is not installed in %2, there is nothing to keep").arg(release, ns), {}, {}});
        const ComponentRecord *record = recordFor(u"helm-release"_s);
        steps.append({StepKind::Reinstall, tr("Reinstall %1 from the backup's Helm record (chart %2 %3 with its saved values)")
                                               .arg(release, manifest.chart, manifest.chartVersion),
                      {display(RestoreReleaseJob::installCommand(tools, context, ns, release, u"CHART"_s, u"VALUES"_s))},
                      tr("CHART, VALUES: rebuilt from %1 in a private temporary directory, removed after helm ran").arg(record->artifact)});
        steps.append({StepKind::Rollout, tr("Wait until %1 is ready").arg(work), {display(rolloutStatus(tools))}, {}});
    } else if (m_options.safetyBackup) {
        Step safety{StepKind::SafetyBackup, tr("Safety backup of %1/%2/%3 as it is now, into %4").arg(context, ns, release, m_repository.root()),
                    {}, tr("the backup to restore from if this restore goes wrong")};
        safety.commands << display(tools.commands.getReleasePart(context, ns, release, kube::ToolCommands::ReleasePart::UserValues))
                        << display(tools.commands.getReleasePart(context, ns, release, kube::ToolCommands::ReleasePart::Manifest));
        for (const catalog::BackupComponent &c : m_profile.backupComponents)
            if (!c.backup.argv.isEmpty())
                safety.commands << display(tools.commands.exec(context, ns, kPodPlaceholder,
                                                               c.backup.container.isEmpty() ? m_profile.container : c.backup.container,
                                                               substituteAll(c.backup.argv)));
        steps.append(safety);
    } else {
        steps.append({StepKind::Note, tr("No safety backup (skipped on request): a failed restore cannot be undone"), {}, {}});
    }

    QStringList quiesced;
    for (const catalog::BackupComponent &c : data)
        if (!reinstall && needsQuiesce(c) && !quiesced.contains(work))
            quiesced.append(work);
    if (quiesced.isEmpty() && !reinstall) {
        steps.append({StepKind::Note,
                      tr("No quiesce: %1 restore(s) into the running pods (a database dump is replayed by the server's own "
                         "client; scaling the workload to zero would remove the pod the restore runs in)")
                          .arg(work.isEmpty() ? m_profile.id : work),
                      {}, {}});
    }
    for (const QString &w : std::as_const(quiesced)) {
        steps.append({StepKind::Quiesce, tr("Quiesce %1: remember its replicas, scale to 0").arg(w),
                      {display(CommandLine(tools.commands.kubectl(), {u"--context"_s, context, u"--namespace"_s, ns, u"get"_s, w,
                                                                      u"-o"_s, u"jsonpath={.spec.replicas}"_s, u"--request-timeout=60s"_s})),
                       display(RestoreScaleJob::scaleCommand(tools, context, ns, w, u"0"_s))},
                      {}});
    }

    for (const catalog::BackupComponent &c : m_profile.backupComponents) {
        if (c.kind != u"config-export")
            continue;
        const ComponentRecord *record = recordFor(c.id);
        if (!record)
            continue;
        QString note = inPlace() ? QString() : tr("objects rewritten into namespace %1").arg(ns);
        if (const ReleaseRename rename = releaseRename(); !rename.isEmpty())
            note += tr("; names %1… become %2…, release labels and Helm annotations name %3")
                        .arg(rename.fromFullname, rename.toFullname, rename.toRelease);
        if (!manifest.encrypted())
            note = (note.isEmpty() ? QString() : note + u"; "_s) + tr("the backup holds no Secrets, none is applied");
        steps.append({StepKind::Config, tr("Restore config %1 from %2").arg(c.id, record->artifact),
                      {display(RestoreConfigJob::applyCommand(tools, context, ns)) + u" < "_s + record->artifact}, note});
    }

    for (const catalog::BackupComponent &c : data) {
        const ComponentRecord *record = recordFor(c.id);
        catalog::PlaceholderValues pod;
        pod.pod = kPodPlaceholder;
        const QStringList argv = catalog::substitutePlaceholders(substituteAll(c.restore.argv), pod);
        const QString container = c.restore.container.isEmpty() ? m_profile.container : c.restore.container;
        const QString selector = substitute(c.restore.selector.isEmpty() ? m_profile.podSelector : c.restore.selector);
        QString command = display(tools.commands.exec(context, ns, kPodPlaceholder, container, argv,
                                                      c.restore.stdinFromArtifact));
        if (c.restore.stdinFromArtifact)
            command += u" < "_s + record->artifact;
        steps.append({StepKind::Data, tr("Restore %1 (%2)").arg(c.id, c.description), {command},
                      tr("POD: the first running, ready pod of %1").arg(selector)});
    }

    for (const QString &w : std::as_const(quiesced))
        steps.append({StepKind::Resume, tr("Scale %1 back to its replicas").arg(w),
                      {display(RestoreScaleJob::scaleCommand(tools, context, ns, w, u"N"_s))}, tr("N: as read before the quiesce")});
    const bool restart = std::any_of(data.cbegin(), data.cend(), [this](const auto &c) { return c.restartAfterRestore && !needsQuiesce(c); });
    if (restart && !work.isEmpty())
        steps.append({StepKind::Resume, tr("Restart %1 so that it reads the restored files").arg(work),
                      {display(CommandLine(tools.commands.kubectl(), {u"--context"_s, context, u"--namespace"_s, ns, u"rollout"_s,
                                                                      u"restart"_s, work, u"--request-timeout=60s"_s}))},
                      {}});
    if (!work.isEmpty())
        steps.append({StepKind::Rollout, tr("Wait until %1 is ready").arg(work), {display(rolloutStatus(tools))}, {}});

    for (const catalog::HealthCheck &check : m_profile.healthChecks) {
        const QString container = check.command.container.isEmpty() ? m_profile.container : check.command.container;
        CommandLine command = check.httpPort > 0
            ? CommandLine(tools.commands.kubectl(), {u"--context"_s, context, u"get"_s, u"--raw"_s,
                                                     u"/api/v1/namespaces/%1/pods/%2:%3/proxy%4"_s.arg(ns, kPodPlaceholder).arg(check.httpPort).arg(check.httpPath)})
            : tools.commands.exec(context, ns, kPodPlaceholder, container, substituteAll(check.command.argv));
        steps.append({StepKind::HealthCheck, tr("Health check %1: %2").arg(check.id, check.description), {display(command)}, {}});
    }
    return steps;
}

QStringList RestorePlan::describe(const ClusterTools &tools) const
{
    QStringList lines;
    if (!m_backup.manifest) {
        lines << problem();
        return lines;
    }
    const BackupManifest &m = *m_backup.manifest;
    lines << tr("Restore backup %1 of %2 (%3 %4, revision %5, taken %6)")
                 .arg(m_backup.id, m.releaseKey(), m.chart, m.chartVersion)
                 .arg(m.helmRevision)
                 .arg(m_backup.time().toString(Qt::ISODate));
    lines << tr("  into %1/%2/%3 (%4)").arg(targetContext(), targetNamespace(), targetRelease(),
                                            inPlace() ? tr("in place") : tr("clone"));
    if (m_profile.rto)
        lines << tr("  recovery time objective: %1 s").arg(m_profile.rto->count());
    if (const QString p = problem(); !p.isEmpty())
        lines << tr("  cannot run: %1").arg(p);
    int n = 0;
    for (const Step &step : steps(tools)) {
        lines << u"%1. %2"_s.arg(++n, 2).arg(step.title);
        for (const QString &command : step.commands)
            lines << u"      $ "_s + command;
        if (!step.note.isEmpty())
            lines << u"      ("_s + step.note + u')';
    }
    return lines;
}

artifact::ReadOptions RestorePlan::readOptions(const ComponentRecord &record) const
{
    artifact::ReadOptions options;
    options.compression = artifact::compressionFromName(record.compression).value_or(artifact::Compression::None);
    if (m_backup.manifest && m_backup.manifest->encrypted())
        options.key = m_key;
    options.expected = artifact::ArtifactDigest{record.contentBytes, record.contentSha256, record.storedBytes, record.storedSha256};
    return options;
}

bool RestorePlan::needsKey() const
{
    return m_backup.manifest && m_backup.manifest->encrypted() && (!m_key || m_key->id != m_backup.manifest->keyId);
}

std::unique_ptr<jobs::Job> RestorePlan::makeJob(const ClusterTools &tools) const
{
    if (!problem().isEmpty() || needsKey())
        return nullptr;
    const BackupManifest &manifest = *m_backup.manifest;
    const QString context = targetContext();
    const QString ns = targetNamespace();
    const QString release = targetRelease();
    const QString work = workload();
    const QList<catalog::BackupComponent> data = dataComponents();
    auto state = std::make_shared<RestoreState>();

    auto sequence = std::make_unique<jobs::SequenceJob>(tr("Restore %1/%2 from backup %3").arg(ns, release, m_backup.id));
    sequence->addStep(std::make_unique<VerifyBackupJob>(m_repository, m_backup.directory, manifest, m_key));

    const bool reinstall = !m_target.releaseExists;
    auto addRollout = [&] {
        auto rollout = std::make_unique<jobs::ProcessJob>(tr("Wait until %1 is ready").arg(work), rolloutStatus(tools));
        rollout->setTimeout(std::chrono::seconds(m_options.rolloutTimeoutSeconds + 30));
        sequence->addStep(std::move(rollout));
    };
    if (reinstall) {
        state->reinstalledRelease = release;
        const ComponentRecord *record = recordFor(u"helm-release"_s);
        sequence->addStep(std::make_unique<RestoreReleaseJob>(tr("Reinstall %1").arg(release), tools, context, ns, release,
                                                              ArtifactInput{artifactPath(*record), readOptions(*record)}));
        if (!work.isEmpty())
            addRollout();
    } else if (m_options.safetyBackup) {
        BackupRequest request;
        request.release = ReleaseRef{context, ns, release, manifest.chart, manifest.chartVersion, manifest.appVersion,
                                     m_target.currentRevision};
        request.profile = m_profile;
        request.key = m_key;
        auto safety = std::make_unique<ReleaseBackupJob>(m_repository, request, tools);
        ReleaseBackupJob *raw = safety.get();
        QObject::connect(raw, &jobs::Job::finished, raw, [raw, state] {
            if (raw->state() == jobs::JobState::Succeeded)
                state->safetyBackupId = raw->backupId();
        });
        sequence->addStep(std::move(safety));
    }

    bool quiesced = false;
    for (const catalog::BackupComponent &c : data)
        quiesced = quiesced || (!reinstall && needsQuiesce(c));
    if (quiesced)
        sequence->addStep(std::make_unique<RestoreScaleJob>(tr("Quiesce %1").arg(work), tools, context, ns, work,
                                                            RestoreScaleJob::Direction::Down, state));

    for (const catalog::BackupComponent &c : m_profile.backupComponents) {
        const ComponentRecord *record = c.kind == u"config-export" ? recordFor(c.id) : nullptr;
        if (record)
            sequence->addStep(std::make_unique<RestoreConfigJob>(tr("Restore config %1").arg(c.id), tools, context, ns,
                                                                 ArtifactInput{artifactPath(*record), readOptions(*record)},
                                                                 releaseRename()));
    }

    for (const catalog::BackupComponent &c : data) {
        const ComponentRecord *record = recordFor(c.id);
        RestorePodJob::Target target{context, ns,
                                     substitute(c.restore.selector.isEmpty() ? m_profile.podSelector : c.restore.selector),
                                     c.restore.container.isEmpty() ? m_profile.container : c.restore.container};
        const QStringList argv = substituteAll(c.restore.argv);
        const bool withStdin = c.restore.stdinFromArtifact;
        const kube::ToolCommands commands = tools.commands;
        auto command = [commands, context, ns, container = target.container, argv, withStdin](const QString &pod) {
            catalog::PlaceholderValues values;
            values.pod = pod;
            return commands.exec(context, ns, pod, container, catalog::substitutePlaceholders(argv, values), withStdin);
        };
        std::optional<ArtifactInput> input;
        if (withStdin)
            input = ArtifactInput{artifactPath(*record), readOptions(*record)};
        sequence->addStep(std::make_unique<RestorePodJob>(tr("Restore %1").arg(c.id), tools, target, command, input));
    }

    if (quiesced)
        sequence->addStep(std::make_unique<RestoreScaleJob>(tr("Scale %1 back up").arg(work), tools, context, ns, work,
                                                            RestoreScaleJob::Direction::Up, state));
    const bool restart = std::any_of(data.cbegin(), data.cend(), [this](const auto &c) { return c.restartAfterRestore && !needsQuiesce(c); });
    if (restart && !work.isEmpty())
        sequence->addStep(std::make_unique<jobs::ProcessJob>(
            tr("Restart %1").arg(work),
            CommandLine(tools.commands.kubectl(), {u"--context"_s, context, u"--namespace"_s, ns, u"rollout"_s, u"restart"_s, work,
                                                   u"--request-timeout=60s"_s})));
    if (!work.isEmpty())
        addRollout();

    for (const catalog::HealthCheck &check : m_profile.healthChecks) {
        RestorePodJob::Target target{context, ns,
                                     substitute(check.command.selector.isEmpty() ? m_profile.podSelector : check.command.selector),
                                     check.command.container.isEmpty() ? m_profile.container : check.command.container};
        const kube::ToolCommands commands = tools.commands;
        const QStringList argv = substituteAll(check.command.argv);
        const int port = check.httpPort;
        const QString path = check.httpPath;
        auto command = [commands, context, ns, container = target.container, argv, port, path](const QString &pod) {
            if (port > 0)
                return CommandLine(commands.kubectl(), {u"--context"_s, context, u"get"_s, u"--raw"_s,
                                                        u"/api/v1/namespaces/%1/pods/%2:%3/proxy%4"_s.arg(ns, pod).arg(port).arg(path)});
            catalog::PlaceholderValues values;
            values.pod = pod;
            return commands.exec(context, ns, pod, container, catalog::substitutePlaceholders(argv, values));
        };
        sequence->addStep(std::make_unique<RestorePodJob>(tr("Health check %1").arg(check.id), tools, target, command));
    }

    // Process steps built here run in the cluster tools' environment too.
    for (int i = 0; i < sequence->stepCount(); ++i)
        if (auto *process = qobject_cast<jobs::ProcessJob *>(sequence->step(i)))
            process->setBaseEnvironment(tools.environment);
    sequence->setCompensation(std::make_unique<RestoreCompensationJob>(tools, context, ns, m_options.safetyBackup && !reinstall, state));
    return sequence;
}

} // namespace chartroom::backup
