#pragma once

#include <QString>

#include <optional>

namespace chartroom::rbac {

/// How bad a finding is, lowest first (ordered: compare with <).
enum class Severity { Info = 0, Low, Medium, High, Critical };

/// "info", "low", "medium", "high", "critical" (stable, used in files and on the command line).
[[nodiscard]] QString severityId(Severity severity);
/// Translated label for display.
[[nodiscard]] QString severityLabel(Severity severity);
/// Parses an id (case-insensitive); nullopt for anything else.
[[nodiscard]] std::optional<Severity> parseSeverity(const QString &text);

} // namespace chartroom::rbac
