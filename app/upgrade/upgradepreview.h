#pragma once

#include "core/textdiff.h"
#include "inventory/manifestdiff.h"
#include "kube/parsers/helmhistory.h"
#include "upgrade/manifestrisk.h"
#include "upgrade/upgraderequest.h"
#include "upgrade/valuesflatten.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom::upgrade {

/// What an upgrade would change, before anything runs: values (the release's own values, the
/// defaults the new chart changes, the proposed values under the chosen mode with an explanation)
/// and the manifest (deployed vs newly rendered, per object, as unified and side-by-side diffs,
/// with risk flags). Everything shown is redacted (Secret data and secret-looking values masked).
///
/// Contract: build() is pure: UpgradePreviewJob gathers the inputs from helm, tests pass fixtures.
class UpgradePreview final
{
public:
    struct Inputs
    {
        QString releaseName;
        ValuesMode mode = ValuesMode::ResetThenReuseValues;
        QByteArray userValues;     ///< `helm get values -o json`
        QByteArray computedValues; ///< `helm get values --all -o json`
        QByteArray newDefaults;    ///< `helm show values` of the new chart (YAML)
        QByteArray valuesFile;     ///< ValuesFile mode: the file's content
        QString currentManifest;   ///< `helm get manifest`
        QString newManifest;       ///< the dry run's (or helm template's) manifest
        bool renderedByServer = true; ///< false: `helm template` (no lookups, no server validation)
        QList<kube::HelmRevision> history;
    };

    struct ResourceChange
    {
        QString key; ///< "Kind/namespace/name"
        inventory::ResourceDiff::Change change = inventory::ResourceDiff::Change::Unchanged;
        QString unifiedDiff;  ///< redacted
        QList<DiffRow> rows;  ///< redacted, side by side
        bool secretOnly = false; ///< only masked Secret data differs (the diff cannot show it)
    };

    static UpgradePreview build(const Inputs &inputs);

    [[nodiscard]] ValuesMode valuesMode() const { return m_mode; }
    [[nodiscard]] QString valuesExplanation() const;
    [[nodiscard]] const QString &userValuesYaml() const { return m_userValues; }
    [[nodiscard]] const QString &newDefaultsYaml() const { return m_newDefaults; }
    /// What helm is given (reuse: the old merged values; reset-then-reuse: your values over the new defaults; file).
    [[nodiscard]] const QString &proposedValuesYaml() const { return m_proposed; }
    [[nodiscard]] const QList<DefaultsChange> &changedDefaults() const { return m_changedDefaults; }
    [[nodiscard]] QString valuesProblem() const { return m_valuesProblem; }

    [[nodiscard]] const QList<ResourceChange> &resources() const { return m_resources; }
    [[nodiscard]] const QList<RiskFlag> &risks() const { return m_risks; }
    [[nodiscard]] bool hasBlockingRisks() const;
    [[nodiscard]] bool renderedByServer() const { return m_renderedByServer; }
    [[nodiscard]] const QList<kube::HelmRevision> &history() const { return m_history; }
    /// The current revision (the newest in the history), 0 without history.
    [[nodiscard]] int currentRevision() const;
    [[nodiscard]] QString currentStatus() const;
    /// The newest revision with status deployed or superseded before the current one (rollback target).
    [[nodiscard]] int previousGoodRevision() const;
    /// Blue-green: the release's Services whose selector names the release's instance.
    [[nodiscard]] const QStringList &instanceServices() const { return m_services; }
    /// The release's Deployments and StatefulSets ("deployment/x"), for rollout status and scaling.
    [[nodiscard]] const QStringList &workloads() const { return m_workloads; }

    /// The human text: values, changed objects with their diffs, risk flags.
    [[nodiscard]] QStringList describe(bool withDiffs = true) const;

private:
    ValuesMode m_mode = ValuesMode::ResetThenReuseValues;
    QString m_userValues;
    QString m_newDefaults;
    QString m_proposed;
    QString m_valuesProblem;
    QList<DefaultsChange> m_changedDefaults;
    QList<ResourceChange> m_resources;
    QList<RiskFlag> m_risks;
    QList<kube::HelmRevision> m_history;
    QStringList m_services;
    QStringList m_workloads;
    bool m_renderedByServer = true;
};

/// The objects of the current manifest that blue-green and the maintenance window act on.
[[nodiscard]] QStringList instanceServicesOf(const QString &manifest, const QString &release);
[[nodiscard]] QStringList workloadsOf(const QString &manifest);

} // namespace chartroom::upgrade
