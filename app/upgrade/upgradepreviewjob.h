#pragma once

#include "backup/restorestepjob.h"
#include "upgrade/upgradecommands.h"
#include "upgrade/upgradepreview.h"
#include "upgrade/upgraderequest.h"

#include <optional>

namespace chartroom::upgrade {

/// Gathers an UpgradePreview from helm without changing the cluster: `helm history`, `helm get
/// values` (user and computed), `helm show values` of the new chart, `helm get manifest`, and the
/// new rendering by `helm upgrade --dry-run=server -o json` — or, when the server-side dry run is
/// refused (RBAC, a release in a pending state), by `helm template` with the release's values on stdin.
///
/// Contract: a Job (deferred start, finished once, cancelable); helm's stdout (values may hold
/// secrets) is captured, never shown or journaled. preview() is set once it Succeeded; the job
/// fails when the release is unknown or the chart cannot be rendered at all.
class UpgradePreviewJob final : public backup::RestoreStepJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradePreviewJob)

public:
    UpgradePreviewJob(backup::ClusterTools tools, UpgradeRequest request, QObject *parent = nullptr);
    ~UpgradePreviewJob() override;

    [[nodiscard]] const std::optional<UpgradePreview> &preview() const { return m_preview; }
    [[nodiscard]] const UpgradeRequest &request() const { return m_request; }
    /// The dry run's error when helm template had to render instead.
    [[nodiscard]] const QString &dryRunError() const { return m_dryRunError; }
    /// What helm reported, once it Succeeded: rebuilding the preview under another values mode
    /// (UpgradePreview::build) needs no second run.
    [[nodiscard]] const UpgradePreview::Inputs &inputs() const { return m_inputs; }

protected:
    void doStart() override;

private:
    void capture(const QString &title, const CommandLine &command, std::function<void(const QByteArray &)> next,
                 const QByteArray &stdinData = {});
    void renderDryRun();
    void renderTemplate();
    void finishWith(const QString &manifest, bool byServer);

    const UpgradeRequest m_request;
    const UpgradeCommands m_commands;
    UpgradePreview::Inputs m_inputs;
    std::optional<UpgradePreview> m_preview;
    QString m_dryRunError;
};

/// UpgradeCommands for the probed tools (helm version parsed from ClusterTools::helmVersion).
[[nodiscard]] UpgradeCommands upgradeCommandsFor(const backup::ClusterTools &tools);

} // namespace chartroom::upgrade
