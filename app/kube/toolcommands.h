#pragma once

#include "core/commandline.h"

#include <QString>
#include <QStringList>

namespace chartroom::kube {

/// Builds the helm and kubectl command lines Chartroom runs: pure functions of the tool
/// paths, the helm major version and the arguments, so they are tested against golden
/// argument lists. Every cluster command names its context explicitly (never the kubeconfig's
/// current context by accident).
class ToolCommands final
{
public:
    ToolCommands(QString helm, int helmMajor, QString kubectl);

    [[nodiscard]] const QString &helm() const { return m_helm; }
    [[nodiscard]] int helmMajor() const { return m_helmMajor; }
    [[nodiscard]] const QString &kubectl() const { return m_kubectl; }

    /// `kubectl config view -o json`: kubectl merges KUBECONFIG itself.
    [[nodiscard]] CommandLine configView() const;
    /// Server reachability and version, answering within `timeoutSeconds`.
    [[nodiscard]] CommandLine serverVersion(const QString &context, int timeoutSeconds) const;
    /// Every release in every status but uninstalled, in all namespaces or one.
    [[nodiscard]] CommandLine listReleases(const QString &context, const QString &namespaceName = {}) const;
    /// The cluster's namespaces (for per-namespace fallbacks when cluster-wide lists are forbidden).
    [[nodiscard]] CommandLine getNamespaces(const QString &context) const;
    /// Workloads, pods and PVCs as one JSON List, in all namespaces or one.
    [[nodiscard]] CommandLine getWorkloads(const QString &context, const QString &namespaceName = {}) const;

    /// What `helm get` can show about one release (at a revision, or the current one when 0).
    enum class ReleasePart { UserValues, ComputedValues, Manifest, Notes };
    [[nodiscard]] CommandLine getReleasePart(const QString &context, const QString &namespaceName,
                                             const QString &release, ReleasePart part, int revision = 0) const;
    [[nodiscard]] CommandLine releaseHistory(const QString &context, const QString &namespaceName,
                                             const QString &release) const;

    /// Pods matching a label selector in one namespace, as JSON.
    [[nodiscard]] CommandLine getPods(const QString &context, const QString &namespaceName, const QString &selector) const;
    /// Named objects ("configmap/x", "secret/y") as YAML; missing ones are skipped, not errors.
    [[nodiscard]] CommandLine getObjects(const QString &context, const QString &namespaceName,
                                         const QStringList &objects, const QString &output = QStringLiteral("yaml")) const;
    /// A command run in a pod's container; with `withStdin` it reads Chartroom's stream.
    [[nodiscard]] CommandLine exec(const QString &context, const QString &namespaceName, const QString &pod,
                                   const QString &container, const QStringList &argv, bool withStdin = false) const;
    /// The Secret in which Helm keeps one revision of a release (chart, values, manifest): with it
    /// a release can be reinstalled from a backup alone.
    [[nodiscard]] CommandLine getReleaseRecord(const QString &context, const QString &namespaceName,
                                               const QString &release, int revision) const;

private:
    QString m_helm;
    int m_helmMajor;
    QString m_kubectl;
};

} // namespace chartroom::kube
