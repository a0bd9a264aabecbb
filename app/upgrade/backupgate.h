#pragma once

#include "catalog/chartprofile.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace chartroom::upgrade {

/// Whether an upgrade may start as far as backups go: a verified backup newer than the release's
/// policy allows must exist, or one is taken first; skipping needs an explicit confirmation and is
/// recorded in the checkpoint.
///
/// Contract: pure decision from what the caller found in the backup repository (the
/// RepositoryBackupIndex snapshot); the backup job itself is the caller's (UpgradePlan::setBackupJobFactory).
class BackupGate final
{
public:
    enum class Decision {
        Fresh,      ///< a verified backup is recent enough: nothing to do
        TakeBackup, ///< take (and verify) a backup before the upgrade
        Skipped,    ///< the user confirmed going on without a fresh backup
        Blocked,    ///< no fresh backup and none can be taken (no profile recipe, no repository): confirm to skip
    };

    struct Input
    {
        std::optional<QDateTime> lastVerified; ///< newest verified backup of the release
        QString lastVerifiedId;
        std::chrono::seconds maxAge{24 * 3600};
        bool canTakeBackup = false;  ///< a profile with backup components and a usable repository
        bool skipConfirmed = false;  ///< the user explicitly chose to go on without a fresh backup
    };

    BackupGate(Input input, QDateTime now);

    [[nodiscard]] Decision decision() const { return m_decision; }
    [[nodiscard]] const Input &input() const { return m_input; }
    /// One line for the plan's preview.
    [[nodiscard]] QString describe() const;

    /// The policy's maximum age: the profile's RPO when it is longer than zero, else a day.
    [[nodiscard]] static std::chrono::seconds maxAgeFor(const catalog::ChartProfile *profile);

private:
    Input m_input;
    QDateTime m_now;
    Decision m_decision = Decision::Blocked;
};

[[nodiscard]] QString backupGateDecisionId(BackupGate::Decision decision);

} // namespace chartroom::upgrade
