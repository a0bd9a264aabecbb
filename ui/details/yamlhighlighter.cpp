#include "yamlhighlighter.h"

#include <QPalette>

namespace chartroom::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// Where a comment starts: a '#' at the start or after whitespace, outside quotes.
qsizetype commentStart(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            return i;
        }
    }
    return -1;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    , m_keyPattern(QStringLiteral(R"(^(\s*(?:-\s+)?)([^\s#'"{}\[\]][^:#]*?|"[^"]*"|'[^']*'):(?=\s|$))"))
    , m_stringPattern(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'[^']*')"))
{
    const bool dark = isDark(palette);
    m_key.setForeground(dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0xa0));
    m_string.setForeground(dark ? QColor(0x9c, 0xd6, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    m_comment.setForeground(palette.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    m_separator.setForeground(palette.color(QPalette::PlaceholderText));
    m_separator.setFontWeight(QFont::Bold);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("---"))) {
        setFormat(0, static_cast<int>(text.size()), m_separator);
        return;
    }
    const qsizetype comment = commentStart(text);
    const QString code = comment < 0 ? text : text.left(comment);
    const QRegularExpressionMatch key = m_keyPattern.match(code);
    if (key.hasMatch())
        setFormat(static_cast<int>(key.capturedStart(2)), static_cast<int>(key.capturedLength(2)), m_key);
    auto strings = m_stringPattern.globalMatch(code, key.hasMatch() ? key.capturedEnd(0) : 0);
    while (strings.hasNext()) {
        const QRegularExpressionMatch match = strings.next();
        setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), m_string);
    }
    if (comment >= 0)
        setFormat(static_cast<int>(comment), static_cast<int>(text.size() - comment), m_comment);
}

} // namespace chartroom::ui
