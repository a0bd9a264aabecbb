#pragma once

#include <QString>

namespace chartroom::upgrade {

/// A unified diff (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with `context` lines around each
/// change) of two texts, computed by Debian's dtl (the shortest edit script). Empty when equal.
[[nodiscard]] QString unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel,
                                  const QString &afterLabel, int context = 3);

} // namespace chartroom::upgrade
