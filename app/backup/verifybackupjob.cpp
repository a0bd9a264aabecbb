#include "backup/verifybackupjob.h"

#include "artifact/artifactreader.h"
#include "artifact/verifyartifact.h"

#include <QFile>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

/// Adapts a "bytes read so far" callback to `progress`, which takes increments, and to `cancel`.
std::function<bool(qint64)> readProgress(const std::atomic<bool> &cancel, const std::function<void(qint64)> &progress)
{
    return [&cancel, &progress, reported = qint64(0)](qint64 total) mutable {
        if (progress)
            progress(total - reported);
        reported = total;
        return !cancel.load();
    };
}

/// Stored size and SHA-256 only: what can be checked of an encrypted artifact without its key.
QString checkStoredDigest(const QString &path, const ComponentRecord &component, const std::atomic<bool> &cancel,
                          const std::function<void(qint64)> &progress)
{
    const auto stored = artifact::verifyStoredBytes(path, readProgress(cancel, progress));
    if (!stored)
        return component.artifact + u": "_s + stored.error().message;
    if (stored->storedBytes != component.storedBytes)
        return QObject::tr("%1 has %2 bytes, the manifest says %3")
            .arg(component.artifact)
            .arg(stored->storedBytes)
            .arg(component.storedBytes);
    if (stored->storedSha256 != component.storedSha256)
        return QObject::tr("%1 does not match its SHA-256 in the manifest").arg(component.artifact);
    return {};
}

} // namespace

VerifyBackupJob::VerifyBackupJob(BackupRepository repository, QString directory, BackupManifest manifest,
                                 std::optional<artifact::DataKey> key, QObject *parent)
    : Job(tr("Verify backup %1 of %2").arg(manifest.id, manifest.release), parent)
    , m_repository(std::move(repository))
    , m_directory(std::move(directory))
    , m_manifest(std::move(manifest))
    , m_key(std::move(key))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VerifyBackupJob::handleDone);
}

VerifyBackupJob::~VerifyBackupJob()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

std::unique_ptr<jobs::Job> VerifyBackupJob::clone() const
{
    return std::make_unique<VerifyBackupJob>(m_repository, m_directory, m_manifest, m_key);
}

VerificationRecord VerifyBackupJob::verify(const QString &directory, const BackupManifest &manifest,
                                           const std::optional<artifact::DataKey> &key, const std::atomic<bool> &cancel,
                                           const std::function<void(qint64)> &progress)
{
    VerificationRecord record;
    record.ok = true;
    const bool haveKey = !manifest.encrypted() || (key && key->id == manifest.keyId);
    for (const ComponentRecord &component : manifest.components) {
        if (component.status != ComponentRecord::Status::Ok || component.artifact.isEmpty())
            continue;
        if (cancel.load())
            break;
        VerificationRecord::Artifact result;
        result.artifact = component.artifact;
        const QString path = directory + u'/' + component.artifact;
        if (!QFile::exists(path)) {
            result.error = QObject::tr("%1 is missing").arg(component.artifact);
        } else if (haveKey) {
            artifact::ReadOptions options;
            options.compression = artifact::compressionFromName(component.compression).value_or(artifact::Compression::Zstd);
            if (manifest.encrypted())
                options.key = key;
            options.expected = artifact::ArtifactDigest{component.contentBytes, component.contentSha256,
                                                        component.storedBytes, component.storedSha256};
            const auto verified = artifact::verifyArtifact(path, options, readProgress(cancel, progress));
            if (verified)
                result.authenticated = true;
            else
                result.error = component.artifact + u": "_s + verified.error().message;
        } else {
            result.error = checkStoredDigest(path, component, cancel, progress);
        }
        result.ok = result.error.isEmpty();
        if (!result.ok && record.ok) {
            record.ok = false;
            record.error = result.error;
        }
        record.artifacts.append(result);
    }
    if (!haveKey && record.ok)
        record.error = QObject::tr("Only the stored checksums were checked: the repository key was not available to "
                                   "authenticate the content.");
    record.verifiedAt = QDateTime::currentDateTimeUtc();
    return record;
}

void VerifyBackupJob::doStart()
{
    qint64 total = 0;
    for (const ComponentRecord &c : m_manifest.components)
        total += c.storedBytes;
    setProgress(0, total);
    auto processed = std::make_shared<std::atomic<qint64>>(0);
    QPointer<VerifyBackupJob> self(this);
    auto progress = [processed, self, total](qint64 n) {
        const qint64 done = processed->fetch_add(n) + n;
        // At most ~100 updates: one per percent crossed.
        if (total > 0 && (done - n) * 100 / total != done * 100 / total) {
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    self->setProgress(done, total);
            }, Qt::QueuedConnection);
        }
    };
    m_watcher.setFuture(QtConcurrent::run([directory = m_directory, manifest = m_manifest, key = m_key,
                                           cancel = m_cancel, progress] {
        return verify(directory, manifest, key, *cancel, progress);
    }));
}

void VerifyBackupJob::doCancel()
{
    markCanceling();
    m_cancel->store(true);
}

void VerifyBackupJob::handleDone()
{
    if (m_cancel->load()) {
        finishCanceled();
        return;
    }
    m_record = m_watcher.result();
    BackupRecord target;
    target.directory = m_directory;
    if (const auto written = m_repository.writeVerification(target, m_record); !written) {
        finishFailed(jobs::JobError::SinkFailed, written.error().message);
        return;
    }
    for (const VerificationRecord::Artifact &a : std::as_const(m_record.artifacts))
        emitOutput(jobs::OutputChannel::Info, (a.ok ? u"verified  "_s : u"FAILED    "_s) + (a.ok ? a.artifact : a.error));
    if (!m_record.ok)
        finishFailed(jobs::JobError::Internal, tr("The backup is bad: %1").arg(m_record.error));
    else
        finishSucceeded();
}

} // namespace chartroom::backup
