#include "backupplanning.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

PlanOutcome buildPlan(std::optional<backup::BackupRepository> repository, const catalog::ProfileCatalog *catalog,
                      const QList<inventory::Release> &releases, const QHash<QString, QStringList> &components)
{
    PlanOutcome outcome;
    std::optional<backup::BackupRepository> target = repository;
    QTemporaryDir scratch;
    if (!target) {
        backup::BackupRepository::InitOptions options;
        options.keyMode = backup::RepositoryConfig::KeyMode::None;
        auto empty = backup::BackupRepository::init(scratch.filePath(QStringLiteral("plan")), options);
        if (!empty) {
            outcome.error = empty.error().message;
            return outcome;
        }
        target = empty.value();
    }
    backup::BackupPlan plan(*target, *catalog, releases);
    for (auto it = components.cbegin(); it != components.cend(); ++it)
        plan.setComponents(it.key(), it.value());
    outcome.plan = std::move(plan);
    return outcome;
}

QFuture<PlanOutcome> buildPlanAsync(std::optional<backup::BackupRepository> repository,
                                    const catalog::ProfileCatalog *catalog, const QList<inventory::Release> &releases,
                                    const QHash<QString, QStringList> &components)
{
    return QtConcurrent::run(
        [repository, catalog, releases, components] { return buildPlan(repository, catalog, releases, components); });
}

QFuture<RepositoryProbe> probeRepositoryAsync(const QString &location)
{
    return QtConcurrent::run([location] {
        RepositoryProbe probe;
        probe.location = location;
        if (location.isEmpty()) {
            probe.error =
                QCoreApplication::translate("chartroom::ui::BackupPlanning", "Choose a folder for the backups.");
            return probe;
        }
        probe.exists = backup::BackupRepository::exists(location);
        if (probe.exists) {
            auto repository = backup::BackupRepository::open(location);
            if (repository)
                probe.repository = repository.value();
            else
                probe.error = repository.error().message;
            return probe;
        }
        const QFileInfo info(location);
        if (!info.exists())
            probe.usableForNew = true;
        else if (!info.isDir())
            probe.error = QCoreApplication::translate("chartroom::ui::BackupPlanning", "%1 is a file, not a folder.")
                              .arg(QDir::toNativeSeparators(location));
        else if (!QDir(location).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            probe.error = QCoreApplication::translate("chartroom::ui::BackupPlanning",
                                                      "%1 is not empty and holds no backup repository. Choose an empty "
                                                      "or new folder.")
                              .arg(QDir::toNativeSeparators(location));
        else
            probe.usableForNew = true;
        return probe;
    });
}

} // namespace chartroom::ui
