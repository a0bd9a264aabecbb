#pragma once

#include "rbac/rbacobjects.h"
#include "rbac/severity.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom::rbac {

/// One result of the RBAC review: a rule of the catalog matched by one binding (or, for
/// chart-drift, one role) of one context.
///
/// It carries the exact PolicyRules and the binding behind it, and the path from each subject to
/// each rule. `release` is the release the finding is about: the release whose workloads run as
/// the ServiceAccount that receives the permission, else the release that created the binding,
/// else the one that created the role; empty for "not from a release".
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Info;
    QString context;
    ReleaseRef release;
    QString bindingText;      ///< "ClusterRoleBinding x" / "RoleBinding ns/x" (empty for role-only drift)
    ReleaseRef bindingRelease; ///< who created the binding (empty: not from a release)
    QString roleText;         ///< "ClusterRole y" / "Role ns/y"
    ReleaseRef roleRelease;
    QString scopeNamespace;   ///< empty: cluster-wide
    QList<Subject> subjects;  ///< the binding subjects that receive it
    QList<PolicyRule> rules;  ///< the PolicyRules that trigger the rule
    QStringList paths;        ///< subject → binding → role → rule, one per (subject, rule)
    QString detail;           ///< what exactly matched, e.g. "create pods/exec"
    /// Every triggering permission is in the chart profile's expected RBAC: shown as Info,
    /// `originalSeverity` keeps what it would otherwise be.
    bool expectedByChart = false;
    Severity originalSeverity = Severity::Info;
    bool accepted = false;
    QString acceptNote;

    /// What acceptances are keyed by besides context/release/rule: the binding (or role) text.
    [[nodiscard]] QString target() const { return bindingText.isEmpty() ? roleText : bindingText; }
    /// Stable identity: context|release|rule|target.
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool isOpen() const { return !accepted; }
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace chartroom::rbac
