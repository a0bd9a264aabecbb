#pragma once

#include "backup/backupplan.h"

#include <QFuture>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace chartroom::ui {

struct PlanOutcome
{
    std::optional<backup::BackupPlan> plan;
    QString error;
};

/// Builds a BackupPlan on a worker thread (listing a repository reads every manifest).
///
/// With `repository` the plan backs up into it. Without one (none exists yet where the backups
/// will go), the plan is made against an empty throwaway repository: its skip reasons and tier
/// order are right, its estimates unknown; such a plan is for showing only, never for running.
/// `catalog` must stay alive and unchanged until the future finishes (the Runtime's is).
[[nodiscard]] PlanOutcome buildPlan(std::optional<backup::BackupRepository> repository,
                                    const catalog::ProfileCatalog *catalog, const QList<inventory::Release> &releases,
                                    const QHash<QString, QStringList> &components);
[[nodiscard]] QFuture<PlanOutcome> buildPlanAsync(std::optional<backup::BackupRepository> repository,
                                                  const catalog::ProfileCatalog *catalog,
                                                  const QList<inventory::Release> &releases,
                                                  const QHash<QString, QStringList> &components);

/// Opens the repository at `location` if there is one (nullopt and no error when there is none).
struct RepositoryProbe
{
    QString location;
    bool exists = false;
    bool usableForNew = false; ///< missing or empty directory: a repository can be created there
    std::optional<backup::BackupRepository> repository;
    QString error;
};
[[nodiscard]] QFuture<RepositoryProbe> probeRepositoryAsync(const QString &location);

} // namespace chartroom::ui
