#pragma once

#include "backup/backupmanifest.h"
#include "backup/backuprepository.h"
#include "backup/backuprequest.h"
#include "jobs/job.h"

#include <QHash>

#include <optional>

#include <functional>
#include <memory>

namespace chartroom::jobs {
class ProcessJob;
}
namespace chartroom::artifact {
class ArtifactWriter;
}

namespace chartroom::backup {

class VerifyBackupJob;

/// Backs up one release into a repository, then verifies what it wrote.
///
/// Steps, each a child job whose exact (redacted) command and output appear in this job's log:
/// the Helm side (the release record with its chart, the user-supplied values and the rendered
/// manifest at the release's revision), then the profile's components in restore order: config
/// exports through `kubectl get`, and dumps or archives through `kubectl exec` in a running pod,
/// streamed into ArtifactWriter (compression, encryption, SHA-256, atomic file) with bounded memory.
///
/// Contract:
/// - Credentials stay in the cluster: commands read them from the pod's environment; nothing
///   secret is put on a command line. In an unencrypted repository nothing secret is stored:
///   Secrets and the Helm release record are skipped and secret-looking values masked, each
///   recorded in the manifest with the reason.
/// - The manifest is written last. A required component that fails (non-zero exit, no running
///   pod, no output, a full disk) fails the job and leaves a manifest saying so (state Failed);
///   a canceled job removes its directory. Either way nothing half-written is listed as good.
/// - Succeeds only when the backup is complete and its verification (re-reading every artifact)
///   passed; backupId() and manifest() describe the result in every case.
class ReleaseBackupJob final : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseBackupJob)

public:
    ReleaseBackupJob(BackupRepository repository, BackupRequest request, ClusterTools tools, QObject *parent = nullptr);
    ~ReleaseBackupJob() override;

    [[nodiscard]] const BackupRequest &request() const { return m_request; }
    [[nodiscard]] QString backupId() const { return m_manifest.id; }
    [[nodiscard]] QString backupDirectory() const { return m_directory; }
    [[nodiscard]] const BackupManifest &manifest() const { return m_manifest; }
    [[nodiscard]] QList<CommandLine> commandLines() const override;
    [[nodiscard]] std::unique_ptr<Job> clone() const override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Step
    {
        ComponentRecord record;
        std::optional<CommandLine> command; ///< streamed into the artifact; none: the record is final (skipped)
        bool needsPod = false;
        QString selector;
        QString container;
        QStringList argv; ///< in-pod command, placeholders filled except {pod}
        QString artifact;
        artifact::Compression compression = artifact::Compression::Zstd;
        bool captureAndMask = false;
        bool runsInPod = false;
        artifact::ArtifactWriter *writer = nullptr; ///< owned by the step's ProcessJob
    };

    void planSteps();
    void addHelmSteps();
    [[nodiscard]] Step helmStep(const QString &id, const QString &description, const QString &artifact,
                                const CommandLine &command) const;
    void addComponentSteps();
    void runNext();
    void resolvePodThenRun(Step &step);
    void runStep(Step &step);
    void stepFinished(Job *child);
    void finishBackup();
    void startVerification();
    void fail(const QString &message);
    void finishAsCanceled();
    [[nodiscard]] QString sensitiveSkipReason() const;
    void adopt(Job *child);
    std::unique_ptr<jobs::ProcessJob> makeProcess(const QString &title, const CommandLine &command);
    std::unique_ptr<jobs::ProcessJob> makeArtifactProcess(Step &step, const CommandLine &command);

    const BackupRepository m_repository;
    const BackupRequest m_request;
    const ClusterTools m_tools;
    std::unique_ptr<BackupSlot> m_slot;
    QString m_directory;
    BackupManifest m_manifest;
    QList<Step> m_steps;
    int m_current = -1;
    QHash<QString, QString> m_podsBySelector;
    std::unique_ptr<Job> m_child;
    QList<CommandLine> m_commands;
    qint64 m_bytesDone = 0;
    bool m_canceled = false;
    bool m_failed = false;
    QString m_failure;
};

} // namespace chartroom::backup
