#pragma once

#include "artifact/artifactreader.h"
#include "backup/restorestepjob.h"

#include <functional>
#include <optional>

namespace chartroom::backup {

/// A backup artifact to stream into a command: where it is and how to read and check it.
struct ArtifactInput
{
    QString path;
    artifact::ReadOptions options;
};

/// Runs one command in a release's pod: finds the pod (`kubectl get pods --selector`, the first
/// running and ready one, as the backup does), then runs the command built for that pod, with the
/// artifact's plaintext on stdin when given (ArtifactReader: authenticated chunk by chunk, sizes
/// and checksums checked at the end; a mismatch fails the stream and so the step).
///
/// Contract: succeeds only when a pod was found, the command exited 0 and, with an input, the
/// whole artifact was read and checked.
class RestorePodJob final : public RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestorePodJob)

public:
    using CommandFor = std::function<CommandLine(const QString &pod)>;

    struct Target
    {
        QString context;
        QString namespaceName;
        QString selector;
        QString container;
    };

    RestorePodJob(QString title, ClusterTools tools, Target target, CommandFor command,
                  std::optional<ArtifactInput> input = std::nullopt, QObject *parent = nullptr);
    ~RestorePodJob() override;

protected:
    void doStart() override;

private:
    void runIn(const QString &pod);

    const Target m_target;
    const CommandFor m_command;
    const std::optional<ArtifactInput> m_input;
};

} // namespace chartroom::backup
