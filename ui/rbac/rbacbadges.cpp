#include "rbacbadges.h"

#include "rbac/rulecatalog.h"

#include <QCoreApplication>

namespace chartroom::ui {

QHash<QString, models::FleetTreeModel::RbacBadge>
rbacBadges(const QList<rbac::Finding> &findings, const QList<inventory::Release> &releases, const QStringList &reviewedContexts)
{
    const auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("chartroom::ui::RbacBadges", text, nullptr, n);
    };
    QHash<QString, QList<const rbac::Finding *>> open;
    for (const rbac::Finding &f : findings)
        if (f.isOpen() && !f.release.isEmpty())
            open[f.context + QLatin1Char('/') + f.release.key()] << &f;
    QHash<QString, models::FleetTreeModel::RbacBadge> badges;
    for (const inventory::Release &release : releases) {
        if (!reviewedContexts.contains(release.context))
            continue;
        models::FleetTreeModel::RbacBadge badge;
        const QList<const rbac::Finding *> mine = open.value(release.key());
        if (mine.isEmpty()) {
            badge.text = tr("No open findings");
            badges.insert(release.key(), badge);
            continue;
        }
        rbac::Severity worst = rbac::Severity::Info;
        QStringList lines;
        for (const rbac::Finding *f : mine) {
            worst = std::max(worst, f->severity);
            const rbac::RuleDefinition *rule = rbac::findRule(f->ruleId);
            lines << QStringLiteral("%1: %2 — %3").arg(rbac::severityLabel(f->severity), rule ? rule->title : f->ruleId, f->target());
        }
        badge.severity = int(worst);
        badge.text = tr("%1 (%n open)", int(mine.size())).arg(rbac::severityLabel(worst));
        badge.toolTip = lines.join(QLatin1Char('\n'));
        badges.insert(release.key(), badge);
    }
    return badges;
}

} // namespace chartroom::ui
