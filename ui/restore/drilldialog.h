#pragma once

#include "backup/backuprecord.h"
#include "backup/backuprepository.h"
#include "backup/drillplan.h"
#include "inventory/fleet.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace chartroom {
class Runtime;
}
namespace chartroom::jobs {
class Job;
}
namespace chartroom::secrets {
class SecretStore;
}

namespace chartroom::ui {

class JobStepsView;
class RepositoryUnlocker;

/// "Run Restore Drill…": a restore drill of one release from the GUI. Shows the drill's plan
/// (the latest verified backup restored into a scratch namespace, the health checks, the
/// teardown) before anything runs, unlocks the repository (keychain, else a typed passphrase),
/// runs the drill in the job queue on "Start Drill" and tells the measured restore time against
/// the profile's RTO and what happened to the scratch namespace. The drill is recorded in the
/// repository like one started from chartroom-cli, so the inventory's drill columns follow.
///
/// Closing the dialog while the drill runs cancels it (the drill still deletes its namespace).
class DrillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDialog)

public:
    DrillDialog(Runtime &runtime, inventory::Release release, QWidget *parent = nullptr);
    ~DrillDialog() override;

    /// The keychain to ask (tests hand in their own).
    void setSecretStore(secrets::SecretStore *store);
    /// The plan as shown (none until the repository is read, or when there is nothing to drill).
    [[nodiscard]] const std::optional<backup::DrillPlan> &plan() const { return m_plan; }
    /// The drill job once started.
    [[nodiscard]] jobs::Job *job() const { return m_job; }

protected:
    void done(int result) override;

private:
    struct Listing
    {
        std::optional<backup::BackupRepository> repository;
        std::optional<backup::BackupRecord> backup;
        QString error;
    };

    void handleListing();
    void rebuildPlan();
    void updateUnlock();
    void updateButtons();
    void startDrill();
    void handleFinished();
    void showProblem(const QString &text);

    Runtime &m_runtime;
    inventory::Release m_release;
    QFutureWatcher<Listing> m_watcher;
    std::optional<backup::BackupRepository> m_repository;
    std::optional<backup::BackupRecord> m_backup;
    std::optional<backup::DrillPlan> m_plan;
    QDateTime m_plannedAt;
    QPointer<jobs::Job> m_job;
    bool m_validating = false;

    QLabel *m_summary;
    QPlainTextEdit *m_preview;
    QCheckBox *m_keepNamespace;
    QGroupBox *m_unlockGroup;
    QLabel *m_unlockStatus;
    QLineEdit *m_passphrase;
    QLabel *m_message;
    JobStepsView *m_view;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    RepositoryUnlocker *m_unlocker;
};

} // namespace chartroom::ui
