#pragma once

#include "jobs/jobstate.h"
#include "models/joboutputstore.h"

#include <QList>
#include <QPlainTextEdit>

class QTimer;

namespace chartroom::ui {

/// Read-only, monospace, bounded view of one job's output.
///
/// stdout is plain text, stderr is drawn in the palette's error colour, and info lines (the
/// `$ helm ...` command echo, step headers, Chartroom's own notes) are set apart in bold and
/// the link colour. Lines arriving quickly are appended in batches; the view follows the end
/// unless the user scrolled up.
class JobOutputView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobOutputView)

public:
    explicit JobOutputView(QWidget *parent = nullptr);
    ~JobOutputView() override;

    /// Replaces the content (a job's backlog).
    void setLines(const QList<models::OutputLine> &lines);
    /// Queues one line; it appears within a few milliseconds.
    void appendLine(jobs::OutputChannel channel, const QString &text);
    /// Clears the view and any queued lines.
    void reset();

    /// Plain text of everything shown and queued (tests).
    [[nodiscard]] QString contentText();

protected:
    void changeEvent(QEvent *event) override;

private:
    void flush();
    void insert(const QList<models::OutputLine> &lines);
    void updateFormats();

    QList<models::OutputLine> m_shown; // what the document holds, to redraw it in a new palette
    QList<models::OutputLine> m_pending;
    QTimer *m_flushTimer;
    QTextCharFormat m_stdoutFormat;
    QTextCharFormat m_stderrFormat;
    QTextCharFormat m_infoFormat;
};

} // namespace chartroom::ui
