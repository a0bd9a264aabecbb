#pragma once

#include "artifact/datakey.h"
#include "backup/backuprepository.h"
#include "backup/restoreplan.h"
#include "inventory/fleet.h"

#include <QList>
#include <QPointer>
#include <QString>

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

/// The state every page of the restore wizard shares: which release, which backup, where to,
/// and what happened. The wizard owns it; pages read and fill it in page order, so going Back
/// and changing an answer always reaches the later pages. The RestorePlan itself is rebuilt from
/// it whenever a page needs it (constructing one has no side effect).
struct RestoreSession
{
    RestoreSession(Runtime &runtime, secrets::SecretStore &secrets)
        : runtime(runtime)
        , secrets(&secrets)
    {}

    Runtime &runtime;
    secrets::SecretStore *secrets;

    QList<inventory::Release> selection; ///< what the inventory had selected
    QString location;                    ///< repository path

    /// The repository, read on a worker thread by the Release page.
    std::optional<backup::BackupRepository> repository;
    QList<backup::BackupRecord> records; ///< every backup in it, oldest first
    QString loadError;

    QString releaseKey; ///< "context/namespace/release" chosen on the Release page
    std::optional<backup::BackupRecord> backup; ///< the restore point
    QString targetNamespace;                    ///< empty: the backup's namespace
    QString targetRelease;                      ///< empty: the backup's release name
    backup::RestoreOptions options;

    /// The target's current Helm revision (0: not installed), once the Preview page asked helm.
    std::optional<int> currentRevision;
    std::optional<artifact::DataKey> key; ///< unlocked on the Confirmation page when encrypted

    QPointer<jobs::Job> job; ///< the running restore, once enqueued
    QString safetyBackupId;  ///< the safety backup the restore took, once it completed
    QString failure;         ///< why the restore could not even start

    [[nodiscard]] QList<backup::BackupRecord> recordsOf(const QString &key) const
    {
        QList<backup::BackupRecord> found;
        for (const backup::BackupRecord &record : records)
            if (record.releaseKey == key)
                found << record;
        return found;
    }
    /// The chart profile of the chosen backup (nullptr before one is chosen or when unknown).
    [[nodiscard]] const catalog::ChartProfile *profile() const;
    [[nodiscard]] backup::RestoreTarget target() const
    {
        backup::RestoreTarget target;
        target.namespaceName = targetNamespace;
        target.releaseName = targetRelease;
        target.releaseExists = currentRevision.value_or(1) > 0;
        target.currentRevision = currentRevision.value_or(0);
        return target;
    }
    /// The plan for the current answers; nullopt before a backup and its profile are known.
    [[nodiscard]] std::optional<backup::RestorePlan> plan() const;
    [[nodiscard]] QString targetNamespaceOrOwn() const
    {
        return !targetNamespace.isEmpty() ? targetNamespace
                                          : (backup && backup->manifest ? backup->manifest->releaseNamespace : QString());
    }
    [[nodiscard]] QString releaseName() const
    {
        return backup && backup->manifest ? backup->manifest->release : releaseKey.section(QLatin1Char('/'), -1);
    }
    /// The release restored into: the backup's own name unless the Target page chose another.
    [[nodiscard]] QString targetReleaseName() const { return targetRelease.isEmpty() ? releaseName() : targetRelease; }
    [[nodiscard]] bool inPlace() const
    {
        const bool sameNamespace = targetNamespace.isEmpty() ||
                                   (backup && backup->manifest && targetNamespace == backup->manifest->releaseNamespace);
        return sameNamespace && targetReleaseName() == releaseName();
    }
};

} // namespace chartroom::ui
