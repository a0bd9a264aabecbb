#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace chartroom::ui {

/// A small YAML highlighter for values, manifests and diffs: keys, comments (including helm's
/// "# Source:" lines), quoted strings and document separators. Colours come from the palette
/// of the widget it was created for, so they stay readable on light and dark themes.
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)

public:
    YamlHighlighter(QTextDocument *document, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_separator;
    QRegularExpression m_keyPattern;
    QRegularExpression m_stringPattern;
};

} // namespace chartroom::ui
