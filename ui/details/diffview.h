#pragma once

#include "core/textdiff.h"
#include "inventory/manifestdiff.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace chartroom::ui {

/// A side-by-side diff: old text on the left, new on the right, scrolled together, YAML
/// highlighted, removed/added/changed lines tinted and absent lines shown as gaps. Long runs of
/// unchanged lines fold to a few lines of context. For a manifest, one section per object, with
/// a list of the objects; unchanged objects are hidden unless "Show unchanged" is checked.
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    void setTextDiff(const QList<DiffRow> &rows);
    void setManifestDiff(const QList<inventory::ResourceDiff> &diffs);
    /// Replaces the diff with a message (loading, an error, "pick two revisions").
    void setMessage(const QString &message);

    [[nodiscard]] QString leftText() const;
    [[nodiscard]] QString rightText() const;
    [[nodiscard]] QString summary() const;

private:
    struct Section
    {
        QString title; ///< empty for a plain text diff
        inventory::ResourceDiff::Change change = inventory::ResourceDiff::Change::Unchanged;
        QList<DiffRow> rows;
    };

    void setSections(const QList<Section> &sections, bool objects);
    void render();
    void scrollToSection(int row);

    QLabel *m_summary;
    QCheckBox *m_showUnchanged;
    QListWidget *m_objects;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QList<Section> m_sections;
    QList<int> m_sectionLines; ///< first text line of each shown section
    bool m_objectMode = false;
};

} // namespace chartroom::ui
