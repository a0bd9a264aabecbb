#pragma once

#include "artifact/datakey.h"
#include "backup/backupmanifest.h"
#include "backup/backuprepository.h"
#include "jobs/job.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

namespace chartroom::backup {

/// Re-reads every artifact of a backup on a worker thread: stored size and SHA-256 against the
/// manifest and, with the repository key, decryption with authentication of every chunk,
/// decompression, and content size and SHA-256. The outcome is written beside the manifest
/// (verification.json), so a failure marks the backup Bad wherever it is listed.
///
/// Contract: the job fails when the backup is bad (record() says why, per artifact) and
/// succeeds when every artifact verified; without the key of an encrypted backup only the stored
/// checksums are checked and the record says the content was not authenticated. Cancel stops
/// between reads within one buffer; a canceled verification records nothing.
class VerifyBackupJob final : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyBackupJob)

public:
    VerifyBackupJob(BackupRepository repository, QString directory, BackupManifest manifest,
                    std::optional<artifact::DataKey> key, QObject *parent = nullptr);
    ~VerifyBackupJob() override;

    [[nodiscard]] const VerificationRecord &record() const { return m_record; }
    [[nodiscard]] std::unique_ptr<Job> clone() const override;

    /// The verification itself, synchronous (for the worker thread and for tests).
    static VerificationRecord verify(const QString &directory, const BackupManifest &manifest,
                                     const std::optional<artifact::DataKey> &key, const std::atomic<bool> &cancel,
                                     const std::function<void(qint64)> &progress);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void handleDone();

    const BackupRepository m_repository;
    const QString m_directory;
    const BackupManifest m_manifest;
    const std::optional<artifact::DataKey> m_key;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<VerificationRecord> m_watcher;
    VerificationRecord m_record;
};

} // namespace chartroom::backup
