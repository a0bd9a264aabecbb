#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace chartroom::catalog {

/// A command run inside a release's pod (through `kubectl exec`), as an argument list.
/// Arguments may contain placeholders that Chartroom fills in at run time (placeholders.h):
/// `{release}`, `{namespace}`, `{fullname}`, `{chart}`, `{pod}`, `{database}`, `{timestamp}` and
/// `{env:NAME}` (a value resolved inside the pod's environment, never put on a command line
/// Chartroom shows). Secrets are read by the pod's own shell (`sh -c '... "$PGPASSWORD" ...'`).
struct PodCommand
{
    QString container;              ///< empty: the profile's default container
    QString selector;               ///< pod label selector; empty: the profile's pod selector
    QStringList argv;               ///< program + arguments, no shell unless argv is ["sh", "-c", ...]
    bool stdinFromArtifact = false; ///< restore commands read the artifact on stdin
};

/// One thing a backup of this chart produces (a database dump, a data directory, a config export...).
struct BackupComponent
{
    QString id;   ///< stable id, e.g. "pg-dumpall", "data-dir", "config"
    QString kind; ///< "helm-values" | "config-export" | "db-dump" | "physical-backup" | "data-archive" | "app-export"
    QString description;
    PodCommand backup;     ///< writes the component to stdout
    PodCommand restore;    ///< reads it back from stdin; empty argv: no in-pod restore (helm-values and
                           ///< config-export restore through helm/kubectl; other kinds are kept for reference)
    QString fileName;      ///< artifact name pattern, e.g. "{release}-pgdumpall.sql"
    int order = 0;         ///< restore order, lowest first
    bool optional = false; ///< a failure of this component does not fail the backup
    /// kind "config-export": the objects saved with `kubectl get -o yaml` and re-applied with
    /// `kubectl apply`, as "kind/name" with placeholders, e.g. "configmap/{fullname}-config".
    QStringList objects;
    /// The workload is restarted (`kubectl rollout restart`) once this component is restored,
    /// for applications that only read their files at start-up.
    bool restartAfterRestore = false;
};

/// A check run after a restore or an upgrade (or before an upgrade).
struct HealthCheck
{
    QString id;
    QString description;
    PodCommand command; ///< succeeds when it exits 0 (used when httpPort is 0)
    /// HTTP form, for images without a shell: GET through the API server's pod proxy
    /// (`/api/v1/namespaces/{namespace}/pods/{pod}:<httpPort>/proxy<httpPath>`), 2xx = healthy.
    int httpPort = 0;
    QString httpPath;
};

struct UpgradeStrategy
{
    QString id;       ///< "rolling" | "blue-green" | "maintenance-window" | "in-place" | ...
    QString downtime; ///< as the chart documents it, e.g. "none", "5-15 min"
    QString description;
};

/// One rule of a Role or ClusterRole the chart renders.
struct RbacRule
{
    QStringList apiGroups; ///< "" is the core group
    QStringList resources; ///< or nonResourceURLs such as "/metrics"
    QStringList verbs;
    bool clusterScope = false; ///< rule of the chart's ClusterRole rather than its Role
    QString when;              ///< Helm condition under which the rule is rendered; empty: always
};

/// The RBAC a chart is expected to create (for drift findings).
struct ExpectedRbac
{
    bool createsRole = false;
    bool createsClusterRole = false;
    QStringList resources; ///< resources its Role grants, e.g. "configmaps", "secrets", "pods"
    QStringList verbs;
    QList<RbacRule> rules; ///< the rules themselves; resources/verbs above are their sorted unions
};

/// Everything Chartroom knows about one chart of the collection (or a user's own chart).
///
/// Loaded from YAML (resources/profiles/*.yaml, overridable from the user's config dir); see
/// resources/profiles/SCHEMA.md. A chart that the sources do not tier has no tier (shown as
/// "Untiered"); RTO/RPO are unset for such charts rather than guessed.
struct ChartProfile
{
    QString id;             ///< the chart name as helm reports it, e.g. "postgresql"
    int profileVersion = 1; ///< bumped when the recipe changes (recorded with backups)
    QString displayName;
    QString description;     ///< one line, optional
    QString category;        ///< "database", "monitoring", "application", ...
    std::optional<int> tier; ///< 1..4, or none
    std::optional<std::chrono::seconds> rto;
    std::optional<std::chrono::seconds> rpo;
    bool stateful = false;
    QString podSelector;       ///< label selector with placeholders, e.g.
                               ///< "app.kubernetes.io/name=postgresql,app.kubernetes.io/instance={release}"
    QString container;         ///< default container for exec
    QString workload;          ///< "statefulset/{fullname}", "deployment/{fullname}"...: what is scaled or restarted
    QString credentialsSecret; ///< e.g. "{fullname}-secret"
    QString credentialsKey;    ///< e.g. "postgres-password"
    QList<BackupComponent> backupComponents;
    QList<HealthCheck> healthChecks;
    QList<HealthCheck> preUpgradeChecks;
    QList<HealthCheck> postUpgradeChecks;
    QList<UpgradeStrategy> upgradeStrategies;
    ExpectedRbac rbac;
    QStringList notes;  ///< caveats shown to the user (e.g. a flag a backup needs)
    QString sourceFile; ///< where it was loaded from (":/profiles/x.yaml" or a user path)
};

} // namespace chartroom::catalog
