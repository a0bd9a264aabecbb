#include "rbacreportpage.h"

#include "rbacsession.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace chartroom::ui {

RbacReportPage::RbacReportPage(RbacSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_warnings(new QLabel)
    , m_view(new QTextBrowser)
    , m_folder(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_markdown(new QCheckBox(tr("&Markdown")))
    , m_html(new QCheckBox(tr("&HTML")))
    , m_csv(new QCheckBox(tr("&CSV")))
    , m_json(new QCheckBox(tr("&JSON")))
    , m_export(new QPushButton(tr("&Export")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("rbacReportPage"));
    setTitle(tr("Report"));
    setSubTitle(tr("The review with your decisions. Export it to keep it or to share it; "
                   "`chartroom-cli rbac` produces the same report in a pipeline."));
    m_summary->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setOpenExternalLinks(true);
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_markdown->setObjectName(QStringLiteral("exportMarkdownCheck"));
    m_html->setObjectName(QStringLiteral("exportHtmlCheck"));
    m_csv->setObjectName(QStringLiteral("exportCsvCheck"));
    m_json->setObjectName(QStringLiteral("exportJsonCheck"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QCheckBox *box : {m_markdown, m_html, m_csv, m_json})
        box->setChecked(true);
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir::toNativeSeparators(documents.isEmpty() ? QDir::homePath() : documents));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Folder:")));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Formats:")));
    for (QCheckBox *box : {m_markdown, m_html, m_csv, m_json})
        formatRow->addWidget(box);
    formatRow->addStretch();
    formatRow->addWidget(m_export);
    m_warnings->setObjectName(QStringLiteral("reportWarningsLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings); // a partial collection is said first
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(folderRow);
    layout->addLayout(formatRow);
    layout->addWidget(m_status);

    connect(m_browse, &QPushButton::clicked, this, &RbacReportPage::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, &RbacReportPage::exportReport);
    connect(&m_writer, &QFutureWatcher<Written>::finished, this, [this] {
        const Written written = m_writer.result();
        m_export->setEnabled(true);
        QStringList shown;
        for (const QString &file : written.files)
            shown << QDir::toNativeSeparators(file);
        m_status->setText(written.error.isEmpty() ? tr("Written: %1").arg(shown.join(QStringLiteral(", ")))
                                                  : tr("Export failed: %1").arg(written.error));
        Q_EMIT exported(written.files, written.error);
    });
}

RbacReportPage::~RbacReportPage()
{
    m_writer.waitForFinished(); // a few small files written atomically; never leave one half done
}

void RbacReportPage::initializePage()
{
    m_session.showWarnings(m_warnings);
    const rbac::RbacReview &review = m_session.review;
    m_summary->setText(tr("%n finding(s) for %1: %2 open, %3 accepted.", nullptr, int(review.findings.size()))
                           .arg(m_session.scopeText())
                           .arg(review.openAtLeast(rbac::Severity::Info))
                           .arg(review.findings.size() - review.openAtLeast(rbac::Severity::Info)));
    m_view->setHtml(review.toHtml());
    m_status->clear();
}

void RbacReportPage::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Export the RBAC Review To"), m_folder->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void RbacReportPage::exportReport()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose a folder to export to."));
        return;
    }
    const rbac::RbacReview &review = m_session.review;
    const QString base = folder + QStringLiteral("/rbac-review-") +
                         review.generatedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QList<std::pair<QString, QByteArray>> files;
    if (m_markdown->isChecked())
        files.append({base + QStringLiteral(".md"), review.toMarkdown().toUtf8()});
    if (m_html->isChecked())
        files.append({base + QStringLiteral(".html"), review.toHtml().toUtf8()});
    if (m_csv->isChecked())
        files.append({base + QStringLiteral(".csv"), review.toCsv().toUtf8()});
    if (m_json->isChecked())
        files.append({base + QStringLiteral(".json"), QJsonDocument(review.toJson()).toJson(QJsonDocument::Indented)});
    if (files.isEmpty()) {
        m_status->setText(tr("Choose at least one format."));
        return;
    }
    m_export->setEnabled(false);
    m_status->setText(tr("Writing…"));
    m_writer.setFuture(QtConcurrent::run([files, folder] {
        Written written;
        if (!QDir().mkpath(folder)) {
            written.error = QCoreApplication::translate("chartroom::ui::RbacReportPage", "cannot create %1").arg(folder);
            return written;
        }
        for (const auto &[path, content] : files) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
                written.error = QStringLiteral("%1: %2").arg(path, file.errorString());
                return written;
            }
            written.files << path;
        }
        return written;
    }));
}

} // namespace chartroom::ui
