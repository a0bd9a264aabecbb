#pragma once

#include "core/commandline.h"
#include "kube/toolcommands.h"
#include "upgrade/upgraderequest.h"

#include <QString>
#include <QStringList>

namespace chartroom::upgrade {

/// The helm and kubectl command lines of upgrades, rollbacks and recoveries: pure functions of the
/// tool paths, helm's version and the arguments, tested against golden argument lists.
///
/// helm 3 and helm 4 differ here: automatic rollback on a failed upgrade is `--atomic` on helm 3
/// and `--rollback-on-failure` on helm 4; `--reset-then-reuse-values` needs helm ≥ 3.14. Every
/// command names its kube context and namespace.
class UpgradeCommands final
{
public:
    UpgradeCommands(kube::ToolCommands tools, QVersionNumber helmVersion);

    [[nodiscard]] const kube::ToolCommands &tools() const { return m_tools; }
    [[nodiscard]] int helmMajor() const { return m_tools.helmMajor(); }
    [[nodiscard]] const QVersionNumber &helmVersion() const { return m_helmVersion; }

    struct UpgradeFlags
    {
        bool wait = true;
        bool rollbackOnFailure = true; ///< --atomic (helm 3) / --rollback-on-failure (helm 4)
        bool dryRunServer = false;     ///< --dry-run=server -o json: renders with lookups, changes nothing
        int timeoutSeconds = 600;
    };

    /// The flag that makes helm roll back a failed upgrade itself.
    [[nodiscard]] QString rollbackOnFailureFlag() const;
    /// The values arguments of a mode (`--reuse-values`, `--reset-then-reuse-values`, `--reset-values -f FILE`).
    [[nodiscard]] QStringList valuesArguments(ValuesMode mode, const QString &valuesFile) const;

    /// `helm upgrade NAME CHART [--version V] -n NS --kube-context C <values> [--wait --timeout Ns <rollback flag>]`.
    [[nodiscard]] CommandLine upgrade(const ReleaseTarget &release, const ChartSource &source, ValuesMode mode,
                                      const QString &valuesFile, const UpgradeFlags &flags) const;
    /// `helm template NAME CHART … -f -` (the user values on stdin): the offline rendering when the
    /// server-side dry run is not allowed.
    [[nodiscard]] CommandLine templateRender(const ReleaseTarget &release, const ChartSource &source,
                                             const QString &valuesFile) const;
    /// `helm install NAME-green CHART … -f - --wait --timeout` (blue-green: the user values on stdin).
    [[nodiscard]] CommandLine installGreen(const ReleaseTarget &release, const QString &greenName, const ChartSource &source,
                                           const QString &valuesFile, int timeoutSeconds) const;
    [[nodiscard]] CommandLine uninstall(const QString &context, const QString &namespaceName, const QString &release,
                                        int timeoutSeconds) const;
    /// `helm rollback NAME [REV] --wait --timeout` (REV 0: the previous revision).
    [[nodiscard]] CommandLine rollback(const QString &context, const QString &namespaceName, const QString &release,
                                       int revision, int timeoutSeconds) const;
    /// `helm show values CHART [--version V]`: the chart's defaults (raw values.yaml).
    [[nodiscard]] CommandLine showValues(const ChartSource &source) const;
    /// `helm show chart CHART [--version V]`: the chart's Chart.yaml (an OCI reference without a
    /// version resolves to its newest tag).
    [[nodiscard]] CommandLine showChart(const ChartSource &source) const;
    /// `helm get values NAME -o json [--all]`.
    [[nodiscard]] CommandLine getValuesJson(const ReleaseTarget &release, bool all) const;
    [[nodiscard]] CommandLine getManifest(const ReleaseTarget &release) const;
    [[nodiscard]] CommandLine history(const ReleaseTarget &release) const;
    [[nodiscard]] CommandLine repoAdd(const QString &name, const QString &url) const;
    [[nodiscard]] CommandLine repoUpdate(const QString &name) const;
    /// `helm search repo REPO/CHART --versions -o json` (a substring match: filter by exact name).
    [[nodiscard]] CommandLine searchVersions(const QString &repoChart) const;

    /// `kubectl rollout status WORKLOAD --timeout=Ns`.
    [[nodiscard]] CommandLine rolloutStatus(const QString &context, const QString &namespaceName, const QString &workload,
                                            int timeoutSeconds) const;
    /// `kubectl patch service NAME --type merge -p {"spec":{"selector":{"app.kubernetes.io/instance":INSTANCE}}}`.
    [[nodiscard]] CommandLine switchServiceInstance(const QString &context, const QString &namespaceName,
                                                    const QString &service, const QString &instance) const;
    /// `kubectl get service NAME -o json`.
    [[nodiscard]] CommandLine getService(const QString &context, const QString &namespaceName, const QString &service) const;

    /// The label blue-green switches on.
    static inline const QString InstanceLabel = QStringLiteral("app.kubernetes.io/instance");

private:
    [[nodiscard]] QStringList releaseScope(const QString &context, const QString &namespaceName) const;
    [[nodiscard]] CommandLine kubectl(const QString &context, const QString &namespaceName, const QStringList &arguments) const;

    kube::ToolCommands m_tools;
    QVersionNumber m_helmVersion;
};

} // namespace chartroom::upgrade
