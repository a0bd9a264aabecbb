#include "upgrade/unifieddiff.h"

#include <dtl/dtl.hpp>

#include <QStringList>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {

std::vector<std::string> linesOf(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(lines.size()));
    for (const QString &line : lines)
        out.push_back(line.toStdString());
    return out;
}

struct Line
{
    char mark;         // ' ', '-', '+'
    long long before;  // 1-based line in the old text (for ' ' and '-')
    long long after;   // 1-based line in the new text (for ' ' and '+')
    std::string text;
};

QString range(long long start, long long count)
{
    // Unified format: an empty range names the line before it.
    if (count == 0)
        return u"%1,0"_s.arg(start - 1);
    return count == 1 ? QString::number(start) : u"%1,%2"_s.arg(start).arg(count);
}

} // namespace

QString unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel, const QString &afterLabel,
                    int context)
{
    const std::vector<std::string> a = linesOf(before);
    const std::vector<std::string> b = linesOf(after);
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    std::vector<Line> lines;
    long long ai = 0, bi = 0;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON)
            lines.push_back({' ', ++ai, ++bi, text});
        else if (info.type == dtl::SES_DELETE)
            lines.push_back({'-', ++ai, bi, text});
        else
            lines.push_back({'+', ai, ++bi, text});
    }
    const long long n = static_cast<long long>(lines.size());
    QString out;
    long long i = 0;
    while (i < n) {
        while (i < n && lines[static_cast<std::size_t>(i)].mark == ' ')
            ++i;
        if (i == n)
            break;
        // One hunk: from `context` lines before this change to `context` lines after the last
        // change that is no more than 2 × context common lines away.
        const long long start = qMax(0LL, i - context);
        long long end = i;
        long long j = i;
        while (j < n) {
            if (lines[static_cast<std::size_t>(j)].mark != ' ') {
                end = j;
                ++j;
                continue;
            }
            long long k = j;
            while (k < n && lines[static_cast<std::size_t>(k)].mark == ' ')
                ++k;
            if (k == n || k - j > 2 * context)
                break;
            j = k;
        }
        const long long stop = qMin(n, end + context + 1);
        long long aStart = 0, aCount = 0, bStart = 0, bCount = 0;
        QString body;
        for (long long x = start; x < stop; ++x) {
            const Line &l = lines[static_cast<std::size_t>(x)];
            if (l.mark != '+') {
                if (aCount++ == 0)
                    aStart = l.before;
            }
            if (l.mark != '-') {
                if (bCount++ == 0)
                    bStart = l.after;
            }
            body += QLatin1Char(l.mark) + QString::fromStdString(l.text) + u'\n';
        }
        if (aCount == 0)
            aStart = lines[static_cast<std::size_t>(start)].before + 1;
        if (bCount == 0)
            bStart = lines[static_cast<std::size_t>(start)].after + 1;
        if (out.isEmpty())
            out = u"--- %1\n+++ %2\n"_s.arg(beforeLabel, afterLabel);
        out += u"@@ -%1 +%2 @@\n"_s.arg(range(aStart, aCount), range(bStart, bCount)) + body;
        i = stop;
    }
    return out;
}

} // namespace chartroom::upgrade
