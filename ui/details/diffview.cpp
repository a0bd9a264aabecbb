#include "diffview.h"

#include "yamlhighlighter.h"

#include "models/statusicons.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

using Change = inventory::ResourceDiff::Change;

constexpr int ContextLines = 3;
constexpr int FoldThreshold = 2 * ContextLines + 2;

enum class Tint { None, Removed, Added, Changed, Gap, Header, Fold };

struct Line
{
    QString text;
    Tint tint = Tint::None;
};

QString changeText(Change change)
{
    switch (change) {
    case Change::Added: return DiffView::tr("added");
    case Change::Removed: return DiffView::tr("removed");
    case Change::Changed: return DiffView::tr("changed");
    case Change::Unchanged: return DiffView::tr("unchanged");
    }
    return {};
}

models::StatusIcons::Kind changeIcon(Change change)
{
    switch (change) {
    case Change::Added: return models::StatusIcons::Kind::Good;
    case Change::Removed: return models::StatusIcons::Kind::Bad;
    case Change::Changed: return models::StatusIcons::Kind::Warning;
    case Change::Unchanged: return models::StatusIcons::Kind::Unknown;
    }
    return models::StatusIcons::Kind::Unknown;
}

QPlainTextEdit *codeEditor(const QString &name)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new YamlHighlighter(edit->document(), edit->palette());
    return edit;
}

QColor tintColor(Tint tint, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (tint) {
    case Tint::Removed: return dark ? QColor(0x6b, 0x22, 0x22) : QColor(0xfd, 0xe2, 0xe1);
    case Tint::Added: return dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xdd, 0xf4, 0xe1);
    case Tint::Changed: return dark ? QColor(0x5a, 0x4a, 0x1c) : QColor(0xfc, 0xf0, 0xc8);
    case Tint::Gap: return palette.color(QPalette::AlternateBase);
    case Tint::Header: return palette.color(QPalette::Window);
    case Tint::Fold: return palette.color(QPalette::AlternateBase);
    case Tint::None: break;
    }
    return {};
}

void fill(QPlainTextEdit *edit, const QList<Line> &lines)
{
    QStringList texts;
    texts.reserve(lines.size());
    for (const Line &line : lines)
        texts << line.text;
    edit->setPlainText(texts.join(QLatin1Char('\n')));

    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = edit->document()->firstBlock();
    for (const Line &line : lines) {
        if (line.tint != Tint::None) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setBackground(tintColor(line.tint, edit->palette()));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            if (line.tint == Tint::Header)
                selection.format.setFontWeight(QFont::Bold);
            if (line.tint == Tint::Fold)
                selection.format.setForeground(edit->palette().color(QPalette::PlaceholderText));
            selections << selection;
        }
        block = block.next();
    }
    edit->setExtraSelections(selections);
}

/// Appends one diff row to both sides.
void appendRow(const DiffRow &row, QList<Line> &left, QList<Line> &right)
{
    switch (row.kind) {
    case DiffRow::Kind::Same:
        left << Line{row.left, Tint::None};
        right << Line{row.right, Tint::None};
        break;
    case DiffRow::Kind::Removed:
        left << Line{row.left, Tint::Removed};
        right << Line{QString(), Tint::Gap};
        break;
    case DiffRow::Kind::Added:
        left << Line{QString(), Tint::Gap};
        right << Line{row.right, Tint::Added};
        break;
    case DiffRow::Kind::Changed:
        left << Line{row.left, Tint::Changed};
        right << Line{row.right, Tint::Changed};
        break;
    }
}

/// Appends the rows, folding runs of unchanged lines longer than FoldThreshold.
void appendRows(const QList<DiffRow> &rows, QList<Line> &left, QList<Line> &right)
{
    qsizetype i = 0;
    while (i < rows.size()) {
        if (rows.at(i).kind != DiffRow::Kind::Same) {
            appendRow(rows.at(i++), left, right);
            continue;
        }
        qsizetype end = i;
        while (end < rows.size() && rows.at(end).kind == DiffRow::Kind::Same)
            ++end;
        const qsizetype keepBefore = i == 0 ? 0 : ContextLines;
        const qsizetype keepAfter = end == rows.size() ? 0 : ContextLines;
        if (end - i <= FoldThreshold || end - i <= keepBefore + keepAfter + 1) {
            for (; i < end; ++i)
                appendRow(rows.at(i), left, right);
            continue;
        }
        for (qsizetype k = 0; k < keepBefore; ++k)
            appendRow(rows.at(i + k), left, right);
        const QString fold = DiffView::tr("⋯ %n unchanged line(s)", nullptr, static_cast<int>(end - i - keepBefore - keepAfter));
        left << Line{fold, Tint::Fold};
        right << Line{fold, Tint::Fold};
        for (qsizetype k = end - keepAfter; k < end; ++k)
            appendRow(rows.at(k), left, right);
        i = end;
    }
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged objects")))
    , m_objects(new QListWidget)
    , m_left(codeEditor(QStringLiteral("diffLeft")))
    , m_right(codeEditor(QStringLiteral("diffRight")))
{
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_showUnchanged->setObjectName(QStringLiteral("showUnchangedCheck"));
    m_objects->setObjectName(QStringLiteral("diffObjects"));
    m_objects->setUniformItemSizes(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showUnchanged);

    auto *sides = new QSplitter(Qt::Horizontal);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_objects);
    split->addWidget(sides);
    split->setStretchFactor(1, 1);
    split->setSizes({fontMetrics().averageCharWidth() * 28, 600});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    // Both sides scroll as one.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged, m_right->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged, m_left->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &DiffView::render);
    connect(m_objects, &QListWidget::currentRowChanged, this, &DiffView::scrollToSection);
    setMessage({});
}

DiffView::~DiffView() = default;

void DiffView::setTextDiff(const QList<DiffRow> &rows)
{
    setSections({Section{{}, hasChanges(rows) ? Change::Changed : Change::Unchanged, rows}}, false);
}

void DiffView::setManifestDiff(const QList<inventory::ResourceDiff> &diffs)
{
    QList<Section> sections;
    sections.reserve(diffs.size());
    for (const inventory::ResourceDiff &diff : diffs)
        sections << Section{diff.key, diff.change, diff.rows};
    setSections(sections, true);
}

void DiffView::setMessage(const QString &message)
{
    m_sections.clear();
    m_objectMode = false;
    m_objects->clear();
    m_objects->setVisible(false);
    m_showUnchanged->setVisible(false);
    m_summary->setText(message);
    m_summary->setVisible(!message.isEmpty());
    m_left->clear();
    m_right->clear();
    m_left->setExtraSelections({});
    m_right->setExtraSelections({});
}

void DiffView::setSections(const QList<Section> &sections, bool objects)
{
    m_sections = sections;
    m_objectMode = objects;
    m_objects->setVisible(objects);
    m_showUnchanged->setVisible(objects);
    render();
}

void DiffView::render()
{
    const bool objects = m_objectMode;
    QList<Line> left;
    QList<Line> right;
    QMap<Change, int> counts;
    m_sectionLines.clear();
    const QSignalBlocker blocker(m_objects);
    m_objects->clear();
    for (const Section &section : std::as_const(m_sections)) {
        ++counts[section.change];
        const bool shown = !objects || section.change != Change::Unchanged || m_showUnchanged->isChecked();
        if (objects && shown) {
            auto *item = new QListWidgetItem(models::StatusIcons::icon(changeIcon(section.change)), section.title, m_objects);
            item->setToolTip(changeText(section.change));
        }
        if (!shown)
            continue;
        m_sectionLines << static_cast<int>(left.size());
        if (!section.title.isEmpty()) {
            const QString header = QStringLiteral("%1  (%2)").arg(section.title, changeText(section.change));
            left << Line{header, Tint::Header};
            right << Line{header, Tint::Header};
        }
        appendRows(section.rows, left, right);
        if (objects) {
            left << Line{};
            right << Line{};
        }
    }
    fill(m_left, left);
    fill(m_right, right);

    if (!objects) {
        m_summary->setText(counts.value(Change::Changed) > 0 ? QString() : tr("The two revisions are identical."));
    } else {
        QStringList parts;
        parts << tr("%n object(s) changed", nullptr, counts.value(Change::Changed))
              << tr("%n added", nullptr, counts.value(Change::Added))
              << tr("%n removed", nullptr, counts.value(Change::Removed));
        if (counts.value(Change::Unchanged) > 0)
            parts << (m_showUnchanged->isChecked() ? tr("%n unchanged", nullptr, counts.value(Change::Unchanged))
                                                   : tr("%n unchanged (hidden)", nullptr, counts.value(Change::Unchanged)));
        m_summary->setText(parts.join(QStringLiteral(", ")));
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
}

void DiffView::scrollToSection(int row)
{
    if (row < 0 || row >= m_sectionLines.size())
        return;
    const QTextBlock block = m_left->document()->findBlockByNumber(m_sectionLines.at(row));
    m_left->setTextCursor(QTextCursor(block));
    m_left->verticalScrollBar()->setValue(m_sectionLines.at(row));
}

QString DiffView::leftText() const { return m_left->toPlainText(); }
QString DiffView::rightText() const { return m_right->toPlainText(); }
QString DiffView::summary() const { return m_summary->text(); }

} // namespace chartroom::ui
