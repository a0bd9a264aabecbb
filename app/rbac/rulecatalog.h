#pragma once

#include "rbac/severity.h"

#include <QList>
#include <QString>

namespace chartroom::rbac {

/// One documented rule of the RBAC review (the full text is in app/rbac/RULES.md; ids are stable
/// and used in acceptances, reports and `--fail-on`).
struct RuleDefinition
{
    QString id;           ///< e.g. "cluster-admin-binding"
    Severity severity;    ///< default severity (see RULES.md for adjustments)
    QString title;        ///< one line, translated
    QString explanation;  ///< why it matters, translated
    QString reference;    ///< URL of the upstream documentation
};

/// Every rule, in RULES.md order.
[[nodiscard]] const QList<RuleDefinition> &ruleCatalog();
/// The rule with that id, or nullptr.
[[nodiscard]] const RuleDefinition *findRule(const QString &id);

} // namespace chartroom::rbac
