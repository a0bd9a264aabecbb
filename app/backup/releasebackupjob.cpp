#include "backup/releasebackupjob.h"

#include "artifact/artifactwriter.h"
#include "backup/podselection.h"
#include "backup/secretmasking.h"
#include "backup/verifybackupjob.h"
#include "catalog/placeholders.h"
#include "core/redactor.h"
#include "jobs/processjob.h"

#include <QDir>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

bool arrivesCompressed(const QString &fileName)
{
    static const QStringList suffixes{u".gz"_s, u".tgz"_s, u".zst"_s, u".bz2"_s, u".xz"_s, u".zip"_s, u".rdb"_s};
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&fileName](const QString &s) {
        // An RDB file is LZF-compressed by Redis already.
        return fileName.endsWith(s);
    });
}

QString safeFileName(QString name)
{
    name.replace(u'/', u'_');
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    return name;
}

} // namespace

ReleaseBackupJob::ReleaseBackupJob(BackupRepository repository, BackupRequest request, ClusterTools tools, QObject *parent)
    : Job(tr("Back up %1/%2 (%3)").arg(request.release.namespaceName, request.release.name, request.release.context), parent)
    , m_repository(std::move(repository))
    , m_request(std::move(request))
    , m_tools(std::move(tools))
{
}

ReleaseBackupJob::~ReleaseBackupJob() = default;

std::unique_ptr<jobs::Job> ReleaseBackupJob::clone() const
{
    return std::make_unique<ReleaseBackupJob>(m_repository, m_request, m_tools);
}

QList<CommandLine> ReleaseBackupJob::commandLines() const
{
    return m_commands;
}

QString ReleaseBackupJob::sensitiveSkipReason() const
{
    return tr("not stored: it holds secrets and the repository is not encrypted");
}

void ReleaseBackupJob::doStart()
{
    if (m_repository.encrypted() && (!m_request.key || m_request.key->id != m_repository.config().keyId)) {
        finishFailed(jobs::JobError::Internal,
                     tr("The repository is encrypted and its key is not unlocked; nothing was backed up."));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto slot = m_repository.createBackup(m_request.release.context, m_request.release.namespaceName,
                                          m_request.release.name, now);
    if (!slot) {
        finishFailed(jobs::JobError::SinkFailed, slot.error().message);
        return;
    }
    m_slot = std::move(slot).value();
    m_directory = m_slot->directory();

    const ReleaseRef &r = m_request.release;
    m_manifest.id = m_slot->id();
    m_manifest.context = r.context;
    m_manifest.releaseNamespace = r.namespaceName;
    m_manifest.release = r.name;
    m_manifest.chart = r.chartName;
    m_manifest.chartVersion = r.chartVersion;
    m_manifest.appVersion = r.appVersion;
    m_manifest.helmRevision = r.revision;
    m_manifest.profileId = m_request.profile.id;
    m_manifest.profileVersion = m_request.profile.profileVersion;
    m_manifest.helmVersion = m_tools.helmVersion;
    m_manifest.kubectlVersion = m_tools.kubectlVersion;
    m_manifest.compression = artifact::compressionName(m_repository.compression());
    m_manifest.encryption = m_repository.encrypted() ? u"aes-256-gcm"_s : u"none"_s;
    m_manifest.keyId = m_repository.encrypted() ? m_repository.config().keyId : QString();
    m_manifest.startedAt = now;
    emitOutput(jobs::OutputChannel::Info, tr("Backup %1 into %2").arg(m_manifest.id, m_directory));

    planSteps();
    runNext();
}

void ReleaseBackupJob::planSteps()
{
    addHelmSteps();
    addComponentSteps();
}

void ReleaseBackupJob::addHelmSteps()
{
    const ReleaseRef &r = m_request.release;
    const kube::ToolCommands &tools = m_tools.commands;
    const bool encrypted = m_repository.encrypted();

    // The release record holds the chart itself: with it, a release can be reinstalled from
    // the backup alone, even when its chart repository is gone.
    Step record = helmStep(u"helm-release"_s, tr("Helm's record of revision %1: chart, values and manifest").arg(r.revision),
                           u"helm-release.json"_s, tools.getReleaseRecord(r.context, r.namespaceName, r.name, r.revision));
    record.record.optional = true;
    if (!encrypted || r.revision <= 0) {
        record.command.reset();
        record.record.status = ComponentRecord::Status::Skipped;
        record.record.reason = encrypted ? tr("the release's revision is not known") : sensitiveSkipReason();
    }
    m_steps.append(record);

    Step values = helmStep(u"helm-values"_s, tr("User-supplied values (helm get values)"), u"values.yaml"_s,
                           tools.getReleasePart(r.context, r.namespaceName, r.name,
                                                kube::ToolCommands::ReleasePart::UserValues, r.revision));
    values.captureAndMask = !encrypted;
    m_steps.append(values);

    Step manifest = helmStep(u"helm-manifest"_s, tr("Rendered manifest (helm get manifest)"), u"manifest.yaml"_s,
                             tools.getReleasePart(r.context, r.namespaceName, r.name,
                                                  kube::ToolCommands::ReleasePart::Manifest, r.revision));
    manifest.captureAndMask = !encrypted;
    m_steps.append(manifest);
}

ReleaseBackupJob::Step ReleaseBackupJob::helmStep(const QString &id, const QString &description, const QString &artifact,
                                                  const CommandLine &command) const
{
    Step step;
    step.record.id = id;
    step.record.kind = id;
    step.record.description = description;
    step.artifact = artifact;
    step.compression = m_repository.compression();
    step.command = command;
    return step;
}

void ReleaseBackupJob::addComponentSteps()
{
    const ReleaseRef &r = m_request.release;
    const catalog::ChartProfile &profile = m_request.profile;
    catalog::PlaceholderValues values;
    values.release = r.name;
    values.releaseNamespace = r.namespaceName;
    values.chart = r.chartName.isEmpty() ? profile.id : r.chartName;
    values.fullname = catalog::chartFullname(r.name, values.chart);
    values.timestamp = m_manifest.startedAt.toString(u"yyyyMMdd-HHmmss"_s);

    QList<catalog::BackupComponent> components = profile.backupComponents;
    std::stable_sort(components.begin(), components.end(),
                     [](const auto &a, const auto &b) { return a.order < b.order; });
    QSet<QString> usedNames{u"helm-release.json"_s, u"values.yaml"_s, u"manifest.yaml"_s};
    for (const catalog::BackupComponent &component : std::as_const(components)) {
        if (component.kind == u"helm-values")
            continue; // the Helm steps above store them for every release
        if (!m_request.componentIds.isEmpty() && !m_request.componentIds.contains(component.id))
            continue;
        Step step;
        step.record.id = component.id;
        step.record.kind = component.kind;
        step.record.description = component.description;
        step.record.optional = component.optional;
        QString fileName = safeFileName(catalog::substitutePlaceholders(component.fileName, values));
        if (fileName.isEmpty())
            fileName = component.id;
        if (usedNames.contains(fileName))
            fileName = component.id + u'-' + fileName;
        usedNames.insert(fileName);
        step.artifact = fileName;
        step.compression = arrivesCompressed(fileName) ? artifact::Compression::None : m_repository.compression();

        if (component.kind == u"config-export") {
            QStringList objects;
            QStringList dropped;
            for (const QString &object : component.objects) {
                const QString name = catalog::substitutePlaceholders(object, values);
                if (!m_repository.encrypted() && name.startsWith(u"secret/", Qt::CaseInsensitive))
                    dropped.append(name);
                else
                    objects.append(name);
            }
            if (!dropped.isEmpty())
                step.record.reason = tr("%1 not stored: the repository is not encrypted").arg(dropped.join(u", "_s));
            if (objects.isEmpty()) {
                step.record.status = ComponentRecord::Status::Skipped;
                if (step.record.reason.isEmpty())
                    step.record.reason = tr("the profile names no objects");
            } else {
                step.command = m_tools.commands.getObjects(r.context, r.namespaceName, objects);
            }
        } else if (component.backup.argv.isEmpty()) {
            step.record.status = ComponentRecord::Status::Skipped;
            step.record.reason = tr("the profile has no command for it");
        } else {
            step.needsPod = true;
            step.runsInPod = true;
            step.selector = catalog::substitutePlaceholders(
                component.backup.selector.isEmpty() ? profile.podSelector : component.backup.selector, values);
            step.container = component.backup.container.isEmpty() ? profile.container : component.backup.container;
            step.argv = catalog::substitutePlaceholders(component.backup.argv, values);
        }
        m_steps.append(step);
    }
}

void ReleaseBackupJob::runNext()
{
    if (m_canceled)
        return;
    ++m_current;
    if (m_current >= m_steps.size()) {
        finishBackup();
        return;
    }
    Step &step = m_steps[m_current];
    if (m_failed) {
        step.record.status = ComponentRecord::Status::Skipped;
        step.record.reason = tr("not run: an earlier component failed");
        step.command.reset();
        step.needsPod = false;
    }
    if (step.needsPod) {
        resolvePodThenRun(step);
        return;
    }
    if (!step.command) {
        if (!m_failed)
            emitOutput(jobs::OutputChannel::Info, tr("%1: skipped (%2)").arg(step.record.id, step.record.reason));
        m_manifest.components.append(step.record);
        QMetaObject::invokeMethod(this, &ReleaseBackupJob::runNext, Qt::QueuedConnection);
        return;
    }
    runStep(step);
}

void ReleaseBackupJob::resolvePodThenRun(Step &step)
{
    const auto known = m_podsBySelector.constFind(step.selector);
    if (known != m_podsBySelector.constEnd()) {
        const QString pod = *known;
        const ReleaseRef &r = m_request.release;
        step.record.pod = pod;
        step.record.container = step.container;
        QStringList argv = step.argv;
        catalog::PlaceholderValues podValue;
        podValue.pod = pod;
        argv = catalog::substitutePlaceholders(argv, podValue);
        step.command = m_tools.commands.exec(r.context, r.namespaceName, pod, step.container, argv);
        step.needsPod = false;
        runStep(step);
        return;
    }
    const ReleaseRef &r = m_request.release;
    auto lookup = makeProcess(tr("Find the pod for %1").arg(step.record.id),
                              m_tools.commands.getPods(r.context, r.namespaceName, step.selector));
    lookup->setCaptureStdout(true, 16 * 1024 * 1024);
    lookup->setShowStdout(false);
    jobs::ProcessJob *raw = lookup.get();
    connect(raw, &Job::finished, this, [this, raw] {
        Step &current = m_steps[m_current];
        QString pod;
        QString problem;
        if (raw->state() != jobs::JobState::Succeeded) {
            problem = raw->errorString();
        } else {
            auto chosen = choosePod(raw->capturedStdout(), current.container);
            if (chosen)
                pod = chosen.value();
            else
                problem = chosen.error().message;
        }
        m_child.release()->deleteLater();
        if (m_canceled) {
            finishAsCanceled();
            return;
        }
        if (pod.isEmpty()) {
            current.record.status = ComponentRecord::Status::Failed;
            current.record.reason = tr("no pod to run it in (selector %1): %2").arg(current.selector, problem);
            emitOutput(jobs::OutputChannel::Stderr, tr("%1 failed: %2").arg(current.record.id, current.record.reason));
            if (!current.record.optional) {
                m_failed = true;
                m_failure = tr("%1 failed: %2").arg(current.record.id, current.record.reason);
            }
            m_manifest.components.append(current.record);
            runNext();
            return;
        }
        m_podsBySelector.insert(current.selector, pod);
        resolvePodThenRun(current);
    });
    adopt(raw);
    m_child = std::move(lookup);
    raw->start();
}

std::unique_ptr<jobs::ProcessJob> ReleaseBackupJob::makeProcess(const QString &title, const CommandLine &command)
{
    auto job = std::make_unique<jobs::ProcessJob>(title, command);
    job->setBaseEnvironment(m_tools.environment);
    m_commands.append(command);
    return job;
}

std::unique_ptr<jobs::ProcessJob> ReleaseBackupJob::makeArtifactProcess(Step &step, const CommandLine &command)
{
    auto job = makeProcess(tr("%1 of %2").arg(step.record.id, m_request.release.name), command);
    artifact::WriteOptions options;
    options.compression = step.compression;
    // zstd level 1: on database dumps it compresses as well as level 3 (even slightly better on
    // the benchmark's SQL) at about twice the speed, so the stream keeps up with kubectl.
    options.level = 1;
    if (m_repository.encrypted())
        options.key = m_request.key;
    auto writer = std::make_unique<artifact::ArtifactWriter>(m_slot->filePath(step.artifact + artifact::fileSuffix(
                                                                 step.compression, m_repository.encrypted())),
                                                             options);
    step.writer = writer.get();
    step.record.artifact = step.artifact + artifact::fileSuffix(step.compression, m_repository.encrypted());
    step.record.compression = artifact::compressionName(step.compression);
    step.record.command = Redactor::shared().redactArguments(QStringList{command.program()} + command.arguments());
    std::unique_ptr<jobs::ByteSink> sink = std::move(writer);
    if (step.captureAndMask) {
        const bool isManifest = step.record.kind == u"helm-manifest";
        sink = std::make_unique<TransformingSink>(
            [isManifest](const QByteArray &data) -> Result<QByteArray> {
                if (isManifest)
                    return Redactor::shared().redactManifest(QString::fromUtf8(data)).toUtf8();
                return maskSecretValues(data);
            },
            std::move(sink));
        step.record.reason = isManifest ? tr("Secret data masked: the repository is not encrypted")
                                        : tr("secret-looking values masked: the repository is not encrypted");
    }
    job->setStdoutSink(std::move(sink));
    job->setShowStdout(false);
    return job;
}

void ReleaseBackupJob::runStep(Step &step)
{
    step.record.startedAt = QDateTime::currentDateTimeUtc();
    std::unique_ptr<Job> child = makeArtifactProcess(step, *step.command);
    Job *raw = child.get();
    connect(raw, &Job::finished, this, &ReleaseBackupJob::stepFinished);
    connect(raw, &Job::progressChanged, this, [this](qint64 processed, qint64) {
        setProgress(m_bytesDone + processed, 0);
    });
    adopt(raw);
    m_child = std::move(child);
    raw->start();
}

void ReleaseBackupJob::adopt(Job *child)
{
    connect(child, &Job::outputReceived, this, [this](jobs::OutputChannel channel, const QString &line) {
        forwardOutput(channel, line);
    });
}

void ReleaseBackupJob::stepFinished(Job *child)
{
    auto *process = qobject_cast<jobs::ProcessJob *>(child);
    Step &step = m_steps[m_current];
    step.record.finishedAt = QDateTime::currentDateTimeUtc();
    step.record.exitCode = process ? process->exitCode() : 0;
    const bool succeeded = child->state() == jobs::JobState::Succeeded;
    QString problem = succeeded ? QString() : child->errorString();
    if (succeeded && step.writer) {
        // The stream completed, so the writer closed and its digest is final.
        const artifact::ArtifactDigest digest = step.writer->digest();
        step.record.contentBytes = digest.contentBytes;
        step.record.contentSha256 = digest.contentSha256;
        step.record.storedBytes = digest.storedBytes;
        step.record.storedSha256 = digest.storedSha256;
        if (digest.contentBytes == 0 && step.runsInPod)
            problem = tr("the command produced no data");
    }
    step.writer = nullptr;
    m_child.release()->deleteLater();
    if (m_canceled || child->state() == jobs::JobState::Canceled) {
        finishAsCanceled();
        return;
    }
    if (problem.isEmpty()) {
        step.record.status = ComponentRecord::Status::Ok;
        m_bytesDone += step.record.contentBytes;
        emitOutput(jobs::OutputChannel::Info, tr("%1: %2 bytes stored as %3").arg(step.record.id).arg(step.record.storedBytes).arg(step.record.artifact));
    } else {
        step.record.status = ComponentRecord::Status::Failed;
        step.record.reason = problem;
        emitOutput(jobs::OutputChannel::Stderr, tr("%1 failed: %2").arg(step.record.id, problem));
        if (!step.record.optional) {
            m_failed = true;
            m_failure = tr("%1 failed: %2").arg(step.record.id, problem);
        }
    }
    m_manifest.components.append(step.record);
    runNext();
}

void ReleaseBackupJob::finishBackup()
{
    m_manifest.finishedAt = QDateTime::currentDateTimeUtc();
    if (const auto written = m_repository.writeManifest(*m_slot, m_manifest); !written) {
        m_slot.reset();
        fail(tr("The manifest could not be written (%1); the backup is incomplete.").arg(written.error().message));
        return;
    }
    if (m_failed) {
        m_slot.reset();
        fail(m_failure);
        return;
    }
    startVerification();
}

void ReleaseBackupJob::startVerification()
{
    auto verify = std::make_unique<VerifyBackupJob>(m_repository, m_directory, m_manifest, m_request.key);
    VerifyBackupJob *raw = verify.get();
    adopt(raw);
    connect(raw, &Job::finished, this, [this, raw] {
        const bool ok = raw->state() == jobs::JobState::Succeeded;
        const bool canceled = raw->state() == jobs::JobState::Canceled;
        const QString error = raw->errorString();
        m_child.release()->deleteLater();
        m_slot.reset();
        if (canceled)
            finishCanceled(tr("Canceled during verification; the backup stays unverified."));
        else if (!ok)
            fail(error);
        else
            finishSucceeded();
    });
    m_child = std::move(verify);
    raw->start();
}

void ReleaseBackupJob::fail(const QString &message)
{
    finishFailed(jobs::JobError::Internal, message);
}

void ReleaseBackupJob::finishAsCanceled()
{
    // A canceled backup was not wanted: nothing of it stays behind.
    m_slot.reset();
    if (!m_directory.isEmpty())
        QDir(m_directory).removeRecursively();
    finishCanceled();
}

void ReleaseBackupJob::doCancel()
{
    m_canceled = true;
    markCanceling();
    if (m_child)
        m_child->cancel();
}

} // namespace chartroom::backup
