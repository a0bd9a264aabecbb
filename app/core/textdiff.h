#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom {

/// One row of a side-by-side diff: a line on the left, on the right, or both.
struct DiffRow
{
    enum class Kind { Same, Added, Removed, Changed };
    Kind kind = Kind::Same;
    int leftLine = -1;  ///< 1-based line number in the old text, -1 when absent
    int rightLine = -1; ///< 1-based line number in the new text, -1 when absent
    QString left;
    QString right;
};

/// Side-by-side line diff of two texts (Debian's dtl computes the shortest edit script).
/// Runs of removed and added lines between unchanged ones are paired up as Changed rows, so the
/// two sides stay aligned the way a reviewer reads them.
[[nodiscard]] QList<DiffRow> sideBySideDiff(const QStringList &before, const QStringList &after);
[[nodiscard]] QList<DiffRow> sideBySideDiff(const QString &before, const QString &after);
/// True when any row differs.
[[nodiscard]] bool hasChanges(const QList<DiffRow> &rows);

} // namespace chartroom
