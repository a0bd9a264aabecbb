#pragma once

#include "rbac/finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom::rbac {

/// The result of one review (its scope, its findings with acceptances applied) and its exports.
///
/// Exports are deterministic for the same findings and time: Markdown and HTML group findings by
/// severity, then release, and show for each the rule text, the exact PolicyRules, the binding and
/// role and the subject → binding → role → rule paths; CSV has one row per finding (RFC 4180
/// quoting); JSON is {"scope", "generatedAt", "summary", "findings": [Finding::toJson()...]}.
/// HTML escapes everything it prints.
struct RbacReview
{
    QStringList contexts;
    QString namespaceName; ///< scope filter, empty: all
    QString release;       ///< scope filter ("name" or "ns/name"), empty: all
    QDateTime generatedAt;
    QList<Finding> findings;
    QStringList warnings; ///< e.g. "context x: workloads not read: ..."

    /// Keeps the findings in scope: namespace (the finding's scope or release namespace) and release.
    void applyScope();
    /// Open (not accepted) findings at or above `severity`.
    [[nodiscard]] int openAtLeast(Severity severity) const;

    [[nodiscard]] QString toMarkdown() const;
    [[nodiscard]] QString toHtml() const;
    [[nodiscard]] QString toCsv() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace chartroom::rbac
