#pragma once

#include "upgrade/chartsource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace chartroom::upgrade {

/// The four canonical strategies (sb-helm-charts' upgrade guides): what the wizard and the CLI offer.
enum class Strategy { Rolling, InPlace, MaintenanceWindow, BlueGreen };

/// "rolling", "in-place", "maintenance-window", "blue-green" (the profile ids).
[[nodiscard]] QString strategyId(Strategy strategy);
/// Also accepts "maintenance" and "bluegreen"; nullopt for anything else.
[[nodiscard]] std::optional<Strategy> strategyFromId(const QString &id);
[[nodiscard]] QString strategyName(Strategy strategy);

/// How the release's values are carried into the new chart version.
enum class ValuesMode {
    /// `--reuse-values`: the last release's values *as merged with the old chart's defaults*; new
    /// defaults of the new chart are not applied.
    ReuseValues,
    /// `--reset-then-reuse-values` (helm ≥ 3.14): the new chart's defaults, then the user's values.
    ResetThenReuseValues,
    /// `--reset-values -f FILE`: the new chart's defaults, then the given file (the complete user values).
    ValuesFile,
};

[[nodiscard]] QString valuesModeId(ValuesMode mode);
/// What the mode does to the values, in one or two sentences for the preview.
[[nodiscard]] QString valuesModeExplanation(ValuesMode mode);
/// Whether helm `helmVersion` has the flag the mode needs (`--reset-then-reuse-values` came in 3.14).
[[nodiscard]] bool valuesModeSupported(ValuesMode mode, const QVersionNumber &helmVersion);
/// The best mode a helm offers without a file: reset-then-reuse when it can, reuse otherwise.
[[nodiscard]] ValuesMode defaultValuesMode(const QVersionNumber &helmVersion);
/// "v3.17.3", "3.17.3+g…" → 3.17.3; null when it does not parse.
[[nodiscard]] QVersionNumber parseHelmVersion(const QString &text);

/// The release being upgraded, as helm reports it (`helm list` / `helm history`).
struct ReleaseTarget
{
    QString context;
    QString namespaceName;
    QString name;
    QString chartName;    ///< deployed chart name, e.g. "memcached"
    QString chartVersion; ///< deployed chart version, e.g. "0.3.3"
    int revision = 0;     ///< current revision
    QString status;       ///< "deployed", "failed", "pending-upgrade", ...

    [[nodiscard]] QString key() const { return context + u'/' + namespaceName + u'/' + name; }
    /// "CTX/NS/NAME" → target (chart fields empty); nullopt when malformed.
    static std::optional<ReleaseTarget> fromKey(const QString &key);
};

/// Everything the user chose for one upgrade: the wizard fills it page by page, the CLI from its
/// options. Plain data; UpgradePlan decides whether it can run.
struct UpgradeRequest
{
    ReleaseTarget release;
    ChartSource source;
    Strategy strategy = Strategy::Rolling;
    ValuesMode valuesMode = ValuesMode::ResetThenReuseValues;
    QString valuesFile;           ///< ValuesFile mode: the file handed to helm (`-f`); "-": valuesData on helm's stdin
    /// ValuesFile mode with valuesFile "-": the values themselves (they may hold secrets), fed to
    /// each helm that needs them on stdin, so no file holds them. Never serialized.
    QByteArray valuesData;
    int timeoutSeconds = 600;     ///< helm --timeout and rollout status timeout
    /// The preview found blocking risks (immutable field changes the API server rejects).
    bool blockingRisks = false;
    /// The user saw the preview's blocking risk flags and wants to go on.
    bool risksConfirmed = false;
    /// The release's Deployments and StatefulSets ("deployment/x"), from the current manifest:
    /// rolled out after the upgrade, scaled to zero in a maintenance window.
    QStringList workloads;

    // Maintenance window.
    QDateTime windowStart; ///< UTC; invalid or past: start at once

    // Blue-green.
    QStringList services;          ///< the blue Services whose selector is switched (from the current manifest)
    int observationSeconds = 0;    ///< wait after the switch before the plan reports success
};

/// The request as JSON (for plans that wait, e.g. a maintenance window); no secrets are in it
/// (values stay in the cluster or in the user's file, which is referenced by path).
[[nodiscard]] QJsonObject upgradeRequestToJson(const UpgradeRequest &request);
[[nodiscard]] std::optional<UpgradeRequest> upgradeRequestFromJson(const QJsonObject &json);

} // namespace chartroom::upgrade
