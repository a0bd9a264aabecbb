#include "textdiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace chartroom {

namespace {

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // a final newline is not an extra empty line
    return lines;
}

void flushRun(QList<DiffRow> &rows, QList<DiffRow> &removed, QList<DiffRow> &added)
{
    const qsizetype paired = qMin(removed.size(), added.size());
    for (qsizetype i = 0; i < paired; ++i) {
        DiffRow row;
        row.kind = DiffRow::Kind::Changed;
        row.leftLine = removed[i].leftLine;
        row.left = removed[i].left;
        row.rightLine = added[i].rightLine;
        row.right = added[i].right;
        rows << row;
    }
    for (qsizetype i = paired; i < removed.size(); ++i)
        rows << removed[i];
    for (qsizetype i = paired; i < added.size(); ++i)
        rows << added[i];
    removed.clear();
    added.clear();
}

} // namespace

QList<DiffRow> sideBySideDiff(const QStringList &before, const QStringList &after)
{
    const std::vector<QString> a(before.cbegin(), before.cend());
    const std::vector<QString> b(after.cbegin(), after.cend());
    dtl::Diff<QString> diff(a, b);
    diff.onHuge(); // bounded memory on large manifests
    diff.compose();

    QList<DiffRow> rows;
    QList<DiffRow> removed;
    QList<DiffRow> added;
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        DiffRow row;
        switch (info.type) {
        case dtl::SES_COMMON:
            flushRun(rows, removed, added);
            row.kind = DiffRow::Kind::Same;
            row.leftLine = static_cast<int>(info.beforeIdx);
            row.rightLine = static_cast<int>(info.afterIdx);
            row.left = row.right = line;
            rows << row;
            break;
        case dtl::SES_DELETE:
            row.kind = DiffRow::Kind::Removed;
            row.leftLine = static_cast<int>(info.beforeIdx);
            row.left = line;
            removed << row;
            break;
        case dtl::SES_ADD:
            row.kind = DiffRow::Kind::Added;
            row.rightLine = static_cast<int>(info.afterIdx);
            row.right = line;
            added << row;
            break;
        }
    }
    flushRun(rows, removed, added);
    return rows;
}

QList<DiffRow> sideBySideDiff(const QString &before, const QString &after)
{
    return sideBySideDiff(linesOf(before), linesOf(after));
}

bool hasChanges(const QList<DiffRow> &rows)
{
    return std::any_of(rows.cbegin(), rows.cend(), [](const DiffRow &row) { return row.kind != DiffRow::Kind::Same; });
}

} // namespace chartroom
