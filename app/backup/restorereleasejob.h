#pragma once

#include "backup/restorepodjob.h"
#include "core/result.h"

#include <QTemporaryDir>

#include <memory>

namespace chartroom::backup {

/// Reinstalls a release that is gone, from the Helm release record a backup holds
/// (`sh.helm.release.v1.<release>.v<revision>`), with `helm upgrade --install`.
///
/// The record is Helm's own: the Secret's data is base64 of base64 of gzip of a JSON release
/// whose `chart` has `metadata`, `templates`, `values`, `schema` and `files`, and whose `config`
/// holds the user-supplied values. The chart is written to a private temporary directory
/// (Chart.yaml, values.yaml and the schema as JSON, which YAML readers accept), the values to a
/// 0600 file beside it, and both are removed when the job is destroyed. A chart with
/// dependencies cannot be rebuilt: Helm does not keep subcharts in the record, so it is refused.
class RestoreReleaseJob final : public RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreReleaseJob)

public:
    RestoreReleaseJob(QString title, ClusterTools tools, QString context, QString namespaceName, QString release,
                      ArtifactInput input, QObject *parent = nullptr);
    ~RestoreReleaseJob() override;

    struct Chart
    {
        QString name;
        QString version;
        QString release;          ///< the release the record belongs to
        QString fullnameOverride; ///< from the saved values; fixes the objects' names whatever the release
    };
    /// Writes the chart of a release record (`kubectl get secret -o json` output) into `chartDir`
    /// and its user-supplied values into `valuesFile`.
    static Result<Chart> writeChart(const QByteArray &secretJson, const QString &chartDir, const QString &valuesFile);
    static CommandLine installCommand(const ClusterTools &tools, const QString &context, const QString &namespaceName,
                                      const QString &release, const QString &chartDir, const QString &valuesFile);

protected:
    void doStart() override;

private:
    const QString m_context;
    const QString m_namespace;
    const QString m_release;
    const ArtifactInput m_input;
    std::unique_ptr<QTemporaryDir> m_workDir;
};

} // namespace chartroom::backup
