#pragma once

#include <QFutureWatcher>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace chartroom::ui {

struct RbacSession;

/// Last page: the report of the review (the library's HTML export, acceptances included) and its
/// export as Markdown, HTML, CSV and JSON into a folder, one file per format named
/// rbac-review-<time>.<ext>. Files are written off the UI thread, each atomically.
class RbacReportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacReportPage)

public:
    explicit RbacReportPage(RbacSession &session, QWidget *parent = nullptr);
    ~RbacReportPage() override;

    void initializePage() override;
    /// Writes the chosen formats into the folder typed (the Export button).
    void exportReport();

Q_SIGNALS:
    /// An export ended: the files written, or the error that stopped it.
    void exported(const QStringList &files, const QString &error);

private:
    struct Written
    {
        QStringList files;
        QString error;
    };

    void chooseFolder();

    RbacSession &m_session;
    QLabel *m_summary;
    QLabel *m_warnings; ///< the collection's warnings: the review may be incomplete
    QTextBrowser *m_view;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QCheckBox *m_markdown;
    QCheckBox *m_html;
    QCheckBox *m_csv;
    QCheckBox *m_json;
    QPushButton *m_export;
    QLabel *m_status;
    QFutureWatcher<Written> m_writer;
};

} // namespace chartroom::ui
