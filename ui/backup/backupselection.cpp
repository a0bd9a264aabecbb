#include "backupselection.h"

#include "catalog/profilecatalog.h"

#include <QCoreApplication>

namespace chartroom::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::ui::BackupSelection", text);
}

} // namespace

QString backupSkipReason(const inventory::Release &release, const catalog::ProfileCatalog &catalog)
{
    const catalog::ChartProfile *profile =
        release.profileId.isEmpty() ? catalog.match(release.chart) : catalog.profile(release.profileId);
    if (!profile)
        return tr("no chart profile knows chart %1").arg(release.chart);
    if (profile->backupComponents.isEmpty())
        return tr("profile %1 lists nothing to back up").arg(profile->id);
    if (release.isPending())
        return tr("a Helm operation is in progress (%1)").arg(release.status);
    return {};
}

QString BackupSelection::noSelectionReason()
{
    return tr("Select a release, a tier or a context in the inventory to back it up.");
}

BackupSelection BackupSelection::from(const QList<inventory::Release> &releases, const catalog::ProfileCatalog &catalog)
{
    BackupSelection selection;
    selection.releases = releases;
    QString firstReason;
    for (const inventory::Release &release : releases) {
        const QString reason = backupSkipReason(release, catalog);
        if (reason.isEmpty())
            ++selection.backupable;
        else if (firstReason.isEmpty())
            firstReason = tr("%1: %2").arg(release.name, reason);
    }
    if (releases.isEmpty())
        selection.disabledReason = noSelectionReason();
    else if (selection.backupable == 0)
        selection.disabledReason =
            releases.size() == 1
                ? tr("Nothing to back up: %1.").arg(firstReason)
                : tr("None of the %1 selected releases can be backed up (%2).").arg(releases.size()).arg(firstReason);
    return selection;
}

} // namespace chartroom::ui
