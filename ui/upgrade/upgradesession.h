#pragma once

#include "artifact/datakey.h"
#include "backup/backuprepository.h"
#include "inventory/fleet.h"
#include "kube/parsers/helmhistory.h"
#include "upgrade/upgradecheckpoint.h"
#include "upgrade/upgradeplan.h"
#include "upgrade/upgradepreview.h"
#include "upgrade/upgraderequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace chartroom {
class Runtime;
}
namespace chartroom::catalog {
struct ChartProfile;
}
namespace chartroom::jobs {
class Job;
}
namespace chartroom::secrets {
class SecretStore;
}

namespace chartroom::ui {

/// The state every page of the upgrade wizard shares: the release, where its new chart comes
/// from, the values, what the preview found, the strategy and the backup gate, and what happened.
/// Pages fill it in order; the UpgradePlan is rebuilt from it whenever a page needs one
/// (constructing a plan has no side effect).
struct UpgradeSession
{
    UpgradeSession(Runtime &runtime, secrets::SecretStore &secrets);
    ~UpgradeSession();
    Q_DISABLE_COPY_MOVE(UpgradeSession)

    Runtime &runtime;
    secrets::SecretStore *secrets;

    QList<inventory::Release> selection; ///< what the inventory had selected
    std::optional<inventory::Release> release; ///< chosen on the Release page
    std::optional<upgrade::ChartSource> rememberedSource; ///< where this release's chart came from last time

    upgrade::UpgradeRequest request;

    /// The Values page's edited YAML (ValuesFile mode): helm gets it as `-f -` on stdin
    /// (request.valuesData), never through a file.
    QString editedValues;

    /// The read-only preview for the current request (Preview page) and its raw inputs.
    std::optional<upgrade::UpgradePreview> preview;
    std::optional<upgrade::UpgradePreview::Inputs> previewInputs;
    /// The request the inputs were gathered for (its values mode and source shape the rendering).
    std::optional<upgrade::UpgradeRequest> previewRequest;
    bool previewByTemplate = false;
    QString dryRunError;

    /// Backup gate inputs (Backup page).
    upgrade::BackupGate::Input gateInput;
    std::optional<backup::BackupRepository> repository;
    std::optional<artifact::DataKey> key;

    QPointer<jobs::Job> job; ///< the running upgrade, once enqueued
    QDateTime startedAt;
    QString failure;         ///< why it could not even start
    QList<kube::HelmRevision> history; ///< helm history after the run (newest last)
    QString backupId;        ///< the gate's backup (taken or found), empty when none
    /// Blue-green: when the observation window after the switch ends (invalid before the switch).
    QDateTime observationEnds;

    /// The revision helm reports after the run, 0 before.
    [[nodiscard]] int newRevision() const { return history.isEmpty() ? 0 : history.last().revision; }
    /// The checkpoint of the finished upgrade (UpgradeCheckpointStore records it).
    [[nodiscard]] upgrade::UpgradeCheckpoint checkpoint() const;

    /// The chart profile of the deployed chart (nullptr when none matches).
    [[nodiscard]] const catalog::ChartProfile *profile() const;
    [[nodiscard]] upgrade::BackupGate gate() const;
    /// The plan for the current answers (the request completed from the preview).
    [[nodiscard]] upgrade::UpgradePlan plan() const { return plan(request); }
    /// The plan for other answers (the Run page's job: blue-green's observation window is the Result page's).
    [[nodiscard]] upgrade::UpgradePlan plan(const upgrade::UpgradeRequest &answers) const;
    /// Enqueues `helm history` of the release as a read-only job (stdout captured, not shown);
    /// parse its capturedStdout() once it finished.
    [[nodiscard]] jobs::Job *enqueueHistoryRead() const;
    /// The request's release from the inventory row.
    void setRelease(const inventory::Release &chosen);
    /// Copies what the preview found into the request (revision, workloads, Services, risks).
    void applyPreview();
};

} // namespace chartroom::ui
