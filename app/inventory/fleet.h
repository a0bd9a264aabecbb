#pragma once

#include "drilloutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace chartroom::inventory {

/// Whether a release's last verified backup is inside its RPO.
enum class RpoState {
    NotApplicable, ///< stateless: nothing to back up
    NeverBackedUp, ///< stateful, no verified backup yet
    Ok,
    DueSoon,       ///< more than 80 % of the RPO has passed
    Breached,      ///< older than the RPO
};

[[nodiscard]] QString rpoStateName(RpoState state);       ///< stable id: "ok", "due-soon", ...
[[nodiscard]] RpoState rpoStateFromName(const QString &name);
[[nodiscard]] QString rpoStateDisplayName(RpoState state); ///< translated

/// Computes the RPO state at `now` (a parameter, so tests use a fake clock).
[[nodiscard]] RpoState computeRpoState(bool stateful, std::optional<std::chrono::seconds> rpo,
                                       const std::optional<QDateTime> &lastVerifiedBackup, const QDateTime &now);

struct Release;

/// Sets a release's drill fields from its drills (oldest first, as recorded). The RTO target is
/// the release's own (its profile's today), else the one recorded with the drill. Returns
/// whether anything changed.
bool applyDrills(Release &release, const QList<DrillOutcome> &drills);

/// A workload (Deployment, StatefulSet, DaemonSet) owned by a release.
struct Workload
{
    QString kind;
    QString name;
    int desired = 0;
    int ready = 0;
};

struct Pod
{
    QString name;
    QString phase;
    bool ready = false;
    int restarts = 0;
};

struct Volume
{
    QString name;
    QString phase;
    QString capacity;
};

/// One Helm release on one cluster, with what Chartroom derived about it.
struct Release
{
    QString context;
    QString namespaceName;
    QString name;
    int revision = 0;
    QDateTime updated;
    QString status;
    QString chart;        ///< helm's raw chart field
    QString chartName;
    QString chartVersion;
    QString appVersion;

    QList<Workload> workloads;
    QList<Pod> pods;
    QList<Volume> volumes;
    int replicasDesired = 0;
    int replicasReady = 0;

    QString profileId;    ///< the matched chart profile, empty if none
    QString displayName;
    std::optional<int> tier;
    std::optional<std::chrono::seconds> rto;
    std::optional<std::chrono::seconds> rpo;
    bool stateful = false;
    std::optional<QDateTime> lastVerifiedBackup;
    RpoState rpoState = RpoState::NotApplicable;

    /// Restore drills (applyDrills() fills these from the backup repository's drills).
    static constexpr int RecentDrillCount = 5;
    std::optional<QDateTime> lastSuccessfulDrill; ///< when the newest successful drill finished
    std::optional<qint64> measuredRtoMs;          ///< how long that drill's restore took
    bool rtoExceeded = false;                     ///< measuredRtoMs is over the RTO target
    bool lastDrillFailed = false;                 ///< the newest drill failed
    QList<DrillOutcome> recentDrills;             ///< newest first, at most RecentDrillCount

    /// "context/namespace/name": unique across the fleet.
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool isPending() const { return status.startsWith(QLatin1String("pending-")); }
    /// Pending for longer than `threshold`: a helm operation died half-way and the release is
    /// locked ("another operation is in progress") until it is recovered.
    [[nodiscard]] bool isStuck(const QDateTime &now, std::chrono::seconds threshold = DefaultStuckThreshold) const;
    static constexpr std::chrono::seconds DefaultStuckThreshold{15 * 60};
    [[nodiscard]] bool isFailed() const { return status == QLatin1String("failed"); }
    /// Deployed, and every workload has all its replicas ready.
    [[nodiscard]] bool isHealthy() const;

    [[nodiscard]] QJsonObject toJson() const;
    static Release fromJson(const QJsonObject &json);
};

/// How one context of the fleet answered the last scan.
struct ContextStatus
{
    enum class Reachability { Unknown, Reachable, Unreachable, TimedOut, Unauthorized, Forbidden, Error };

    QString name;
    QString cluster;
    QString server;
    QString defaultNamespace;
    Reachability reachability = Reachability::Unknown;
    QString serverVersion;
    QString error;                  ///< the tool's own message when not reachable or partly failed
    QStringList forbiddenNamespaces; ///< namespaces whose objects could not be listed
    QDateTime scannedAt;
    int releaseCount = 0;

    [[nodiscard]] bool isOk() const { return reachability == Reachability::Reachable && error.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
    static ContextStatus fromJson(const QJsonObject &json);
};

[[nodiscard]] QString reachabilityName(ContextStatus::Reachability reachability);

/// The whole fleet as of one scan. Serialised as the on-disk cache and as
/// `chartroom-cli inventory --json` (documented in the README).
struct Fleet
{
    static constexpr int FormatVersion = 1;

    QList<ContextStatus> contexts;
    QList<Release> releases;
    QDateTime scannedAt;

    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<Fleet> fromJson(const QJsonObject &json);
};

} // namespace chartroom::inventory
