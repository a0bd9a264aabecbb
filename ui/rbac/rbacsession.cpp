#include "rbacsession.h"

#include "runtime.h"

#include "inventory/inventoryscanner.h"

#include <QCoreApplication>
#include <QLabel>

namespace chartroom::ui {

QStringList RbacSession::contexts() const
{
    if (scope != Scope::Fleet)
        return {context};
    QStringList found;
    for (const inventory::Release &release : runtime.scanner().fleet().releases)
        if (!found.contains(release.context))
            found << release.context;
    for (const inventory::ContextStatus &status : runtime.scanner().fleet().contexts)
        if (!found.contains(status.name) && status.reachability == inventory::ContextStatus::Reachability::Reachable)
            found << status.name;
    found.sort();
    return found;
}

QString RbacSession::scopeText() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("chartroom::ui::RbacWizard", text); };
    switch (scope) {
    case Scope::Fleet:
        return tr("the whole fleet");
    case Scope::Context:
        return tr("context %1").arg(context);
    case Scope::Namespace:
        return tr("namespace %1/%2").arg(context, namespaceName);
    case Scope::Release:
        return tr("release %1/%2/%3").arg(context, namespaceName, release);
    }
    return {};
}

void RbacSession::showWarnings(QLabel *label) const
{
    QStringList lines = review.warnings;
    for (QString &line : lines)
        line.prepend(QStringLiteral("⚠ "));
    label->setText(lines.join(QLatin1Char('\n')));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b35900; font-weight: bold;"));
    label->setVisible(!lines.isEmpty());
}

} // namespace chartroom::ui
