#include "joboutputview.h"

#include "models/joblistmodel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

#include <utility>

namespace chartroom::ui {

namespace {
constexpr int MaxBlocks = 10000;
}

JobOutputView::JobOutputView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_flushTimer(new QTimer(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    // The pane is narrow and helm commands are long: wrap rather than hide the end of a line.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setMaximumBlockCount(MaxBlocks);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(40);
    connect(m_flushTimer, &QTimer::timeout, this, &JobOutputView::flush);
    updateFormats();
}

JobOutputView::~JobOutputView() = default;

void JobOutputView::setLines(const QList<models::OutputLine> &lines)
{
    reset();
    if (lines.size() <= MaxBlocks) {
        insert(lines);
        return;
    }
    // Keep the end, where a failure explains itself, and say what was left out.
    const qsizetype skipped = lines.size() - (MaxBlocks - 1);
    QList<models::OutputLine> tail{{jobs::OutputChannel::Info,
                                    tr("… %n earlier line(s) not shown", nullptr, static_cast<int>(skipped))}};
    tail += lines.mid(skipped);
    insert(tail);
}

void JobOutputView::appendLine(jobs::OutputChannel channel, const QString &text)
{
    m_pending.append(models::OutputLine{channel, text});
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void JobOutputView::reset()
{
    m_shown.clear();
    m_pending.clear();
    m_flushTimer->stop();
    clear();
}

QString JobOutputView::contentText()
{
    flush();
    return toPlainText();
}

void JobOutputView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Colours are baked into the document: draw it again with the new palette's.
        updateFormats();
        flush();
        const QList<models::OutputLine> shown = std::exchange(m_shown, {});
        clear();
        insert(shown);
    }
}

void JobOutputView::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    insert(std::exchange(m_pending, {}));
}

void JobOutputView::insert(const QList<models::OutputLine> &lines)
{
    if (lines.isEmpty())
        return;
    m_shown += lines;
    if (m_shown.size() > MaxBlocks + MaxBlocks / 10)
        m_shown.remove(0, m_shown.size() - MaxBlocks);
    QScrollBar *bar = verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    bool first = document()->isEmpty();
    for (const models::OutputLine &line : lines) {
        if (!first)
            cursor.insertBlock();
        first = false;
        switch (line.channel) {
        case jobs::OutputChannel::Stdout: cursor.insertText(line.text, m_stdoutFormat); break;
        case jobs::OutputChannel::Stderr: cursor.insertText(line.text, m_stderrFormat); break;
        case jobs::OutputChannel::Info: cursor.insertText(line.text, m_infoFormat); break;
        }
    }
    cursor.endEditBlock();
    if (follow)
        bar->setValue(bar->maximum());
}

void JobOutputView::updateFormats()
{
    const QPalette pal = palette();
    m_stdoutFormat = QTextCharFormat(); // the palette's text colour
    m_stderrFormat = QTextCharFormat();
    m_stderrFormat.setForeground(models::JobListModel::stateColor(jobs::JobState::Failed, pal.color(QPalette::Base)));
    m_infoFormat = QTextCharFormat();
    m_infoFormat.setForeground(pal.color(QPalette::Link));
    m_infoFormat.setFontWeight(QFont::Bold);
}

} // namespace chartroom::ui
