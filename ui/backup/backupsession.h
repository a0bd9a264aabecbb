#pragma once

#include "artifact/datakey.h"
#include "artifact/wrappedkey.h"
#include "backup/backupplan.h"
#include "backup/backuprepository.h"
#include "inventory/fleet.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

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

/// How one release's backup ended (the summary page and the report).
struct BackupOutcome
{
    enum class Result { Succeeded, Failed, Canceled, NotStarted, Skipped };

    QString releaseKey;
    std::optional<int> tier;
    Result result = Result::Skipped;
    QString reason; ///< why it failed or was skipped
    QString backupId;
    qint64 storedBytes = -1;
    qint64 durationMs = -1;
};

/// The state every page of the backup wizard shares: what is backed up, where to, with which
/// key, and what happened. The wizard owns it; pages read and fill it in page order and hold
/// no copy of their own, so going Back and changing an answer always reaches the later pages.
struct BackupSession
{
    /// A repository that the Run page creates (nothing is written before the user starts).
    struct NewRepository
    {
        backup::BackupRepository::InitOptions options;
        bool rememberInKeychain = true;
    };

    BackupSession(Runtime &runtime, secrets::SecretStore &secrets)
        : runtime(runtime)
        , secrets(&secrets)
    {}

    Runtime &runtime;
    secrets::SecretStore *secrets;
    artifact::KdfParameters kdf; ///< scrypt cost of a new passphrase repository

    QList<inventory::Release> selection; ///< what the inventory had selected
    QList<inventory::Release> scope;     ///< what the Scope page chose

    /// The Components page's plan of the whole scope, against the configured repository (or
    /// against nothing yet): skip reasons, tier order and size estimates.
    std::optional<backup::BackupPlan> scopePlan;
    /// What will run: the chosen releases and components against the destination repository,
    /// built by the Destination page (and again by the Run page for a repository it creates).
    std::optional<backup::BackupPlan> plan;
    /// The plan's steps whose permissions are not known yet (UserAccess not loaded): the Review
    /// page shows them. A denied step never gets that far (the Destination page stops).
    QStringList accessWarnings;
    QHash<QString, QStringList> components; ///< release key → chosen component ids (empty: all)
    QSet<QString> excluded;                 ///< releases with no component chosen

    QString location;                                   ///< repository path
    std::optional<backup::BackupRepository> repository; ///< an existing repository, opened
    std::optional<NewRepository> newRepository;         ///< or one to create on Run
    std::optional<artifact::DataKey> key;               ///< unlocked key of an encrypted repository

    bool preparing = false;        ///< the Run page is creating the repository or storing its key
    QPointer<jobs::Job> job;       ///< the running backup, once enqueued
    QList<BackupOutcome> outcomes; ///< filled when the job has finished
    QString reportPath;            ///< the Markdown report, once written
    QString reportError;
    QString failure; ///< why the backup could not even start

    /// The scope minus the releases without any chosen component.
    [[nodiscard]] QList<inventory::Release> chosenReleases() const
    {
        QList<inventory::Release> releases;
        for (const inventory::Release &release : scope)
            if (!excluded.contains(release.key()))
                releases << release;
        return releases;
    }
    [[nodiscard]] bool encrypted() const
    {
        return newRepository ? newRepository->options.keyMode != backup::RepositoryConfig::KeyMode::None
                             : repository && repository->encrypted();
    }
};

} // namespace chartroom::ui
