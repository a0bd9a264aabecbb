#pragma once

#include "backup/restorepodjob.h"
#include "core/result.h"

namespace chartroom::backup {

/// Re-applies a config export (ConfigMaps, Secrets) with `kubectl apply -f -`.
///
/// The artifact is read whole (config exports are small) through ArtifactReader, so nothing
/// unauthenticated is applied, then rewritten: every object goes into the target namespace and
/// loses what the API server owns (uid, resourceVersion, creationTimestamp, managedFields,
/// status), which would otherwise make the apply conflict. Objects the backup does not hold
/// (Secrets of an unencrypted backup) are simply not applied. For a restore under another release
/// name (ReleaseRename), names that start with the backup's chart fullname get the target's
/// fullname instead, and the labels and Helm annotations that name the release
/// (`app.kubernetes.io/instance`, `release`, `meta.helm.sh/release-name`/`-namespace`) name the
/// target. The YAML reaches kubectl on stdin only, never a file or a log.
/// The release a config export came from and the one it is restored as (both empty: the same).
struct ReleaseRename
{
    QString fromRelease;
    QString fromFullname;
    QString toRelease;
    QString toFullname;
    [[nodiscard]] bool isEmpty() const { return fromRelease == toRelease && fromFullname == toFullname; }
};

class RestoreConfigJob final : public RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreConfigJob)

public:
    RestoreConfigJob(QString title, ClusterTools tools, QString context, QString namespaceName, ArtifactInput input,
                     ReleaseRename rename = {}, QObject *parent = nullptr);
    ~RestoreConfigJob() override;

    /// The rewrite described above, on `kubectl get -o yaml` output (one object or a List).
    static Result<QByteArray> rewriteForApply(const QByteArray &yaml, const QString &namespaceName,
                                              const ReleaseRename &rename = {});
    /// `kubectl --context C --namespace N apply -f -`.
    static CommandLine applyCommand(const ClusterTools &tools, const QString &context, const QString &namespaceName);

protected:
    void doStart() override;

private:
    const QString m_context;
    const QString m_namespace;
    const ArtifactInput m_input;
    const ReleaseRename m_rename;
};

} // namespace chartroom::backup
