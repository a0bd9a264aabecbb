#include "drillplan.h"

#include "drilljob.h"

#include "catalog/profilecatalog.h"
#include "core/redactor.h"

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

RestoreTarget scratchTarget(const QString &namespaceName)
{
    RestoreTarget target;
    target.namespaceName = namespaceName;
    target.releaseExists = false; // a new namespace: the release is reinstalled from its Helm record
    target.currentRevision = 0;
    return target;
}

RestoreOptions drillRestoreOptions()
{
    RestoreOptions options;
    options.safetyBackup = false; // nothing is in the scratch namespace to save
    return options;
}

QString releaseName(const BackupRecord &backup)
{
    return backup.manifest ? backup.manifest->release : backup.releaseKey.section(u'/', -1);
}

} // namespace

std::optional<BackupRecord> latestVerifiedBackup(const QList<BackupRecord> &records)
{
    for (qsizetype i = records.size() - 1; i >= 0; --i)
        if (isGood(records.at(i).state) && records.at(i).manifest)
            return records.at(i);
    return std::nullopt;
}

QMap<QString, BackupRecord> latestVerifiedOfTier(const QList<BackupRecord> &records, const catalog::ProfileCatalog &catalog,
                                                 int tier)
{
    QMap<QString, QList<BackupRecord>> byRelease;
    for (const BackupRecord &record : records)
        byRelease[record.releaseKey].append(record);
    QMap<QString, BackupRecord> chosen;
    for (auto it = byRelease.cbegin(); it != byRelease.cend(); ++it) {
        const auto record = latestVerifiedBackup(it.value());
        if (!record)
            continue;
        const catalog::ChartProfile *profile = catalog.profile(record->manifest->profileId);
        if (profile && profile->tier == tier)
            chosen.insert(it.key(), *record);
    }
    return chosen;
}

QString drillNamespaceName(const QString &release, const QDateTime &at)
{
    const QString prefix = u"chartroom-drill-"_s;
    const QString suffix = u'-' + at.toUTC().toString(u"yyyyMMddHHmmss"_s);
    QString name = release.toLower().left(63 - prefix.size() - suffix.size());
    while (name.endsWith(u'-'))
        name.chop(1);
    return prefix + name + suffix;
}

DrillPlan::DrillPlan(BackupRepository repository, BackupRecord backup, catalog::ChartProfile profile,
                     std::optional<artifact::DataKey> key, QDateTime at, DrillOptions options)
    : m_root(repository.root())
    , m_at(at.toUTC())
    , m_namespace(drillNamespaceName(releaseName(backup), m_at))
    , m_options(options)
    , m_restore(std::move(repository), std::move(backup), scratchTarget(m_namespace), std::move(profile), std::move(key),
                drillRestoreOptions())
{
}

CommandLine DrillPlan::teardownCommand(const ClusterTools &tools) const
{
    return CommandLine(tools.commands.kubectl(), {u"--context"_s, context(), u"delete"_s, u"namespace"_s, m_namespace,
                                                  u"--wait=false"_s, u"--ignore-not-found"_s});
}

QList<RestorePlan::Step> DrillPlan::steps(const ClusterTools &tools) const
{
    QList<RestorePlan::Step> steps = m_restore.steps(tools);
    RestorePlan::Step teardown;
    teardown.kind = RestorePlan::StepKind::Note;
    if (m_options.keepNamespace) {
        teardown.title = tr("Keep the scratch namespace %1 for inspection").arg(m_namespace);
    } else {
        teardown.title = tr("Delete the scratch namespace %1").arg(m_namespace);
        teardown.commands << teardownCommand(tools).toDisplayString(Redactor::shared());
        teardown.note = tr("also when the restore fails or is canceled");
    }
    steps << teardown;
    return steps;
}

QStringList DrillPlan::describe(const ClusterTools &tools) const
{
    QStringList lines{tr("Drill %1: restore backup %2 into the scratch namespace %3, timed against the RTO")
                          .arg(releaseKey(), backup().id, m_namespace)};
    lines << m_restore.describe(tools);
    if (!problem().isEmpty())
        return lines;
    // The teardown, numbered after the restore's steps.
    const RestorePlan::Step teardown = steps(tools).constLast();
    lines << u"%1. %2"_s.arg(m_restore.steps(tools).size() + 1, 2).arg(teardown.title);
    for (const QString &command : teardown.commands)
        lines << u"      $ "_s + command;
    if (!teardown.note.isEmpty())
        lines << u"      ("_s + teardown.note + u')';
    return lines;
}

std::unique_ptr<DrillJob> DrillPlan::makeJob(const ClusterTools &tools) const
{
    DrillRecord draft;
    draft.releaseKey = releaseKey();
    draft.backupId = backup().id;
    if (m_restore.profile().rto)
        draft.rtoSeconds = m_restore.profile().rto->count();

    DrillJob::Parts parts;
    parts.repositoryRoot = m_root;
    parts.draft = draft;
    parts.scratchNamespace = m_namespace;
    parts.restore = m_restore.makeJob(tools);
    if (!parts.restore)
        parts.problem = problem().isEmpty() ? tr("the key does not match the backup") : problem();
    if (!m_options.keepNamespace)
        parts.teardown = teardownCommand(tools);
    parts.environment = tools.environment;
    return std::make_unique<DrillJob>(std::move(parts));
}

} // namespace chartroom::backup
