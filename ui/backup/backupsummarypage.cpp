#include "backupsummarypage.h"

#include "backupformatting.h"
#include "backupreport.h"
#include "backupsession.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace chartroom::ui {

BackupSummaryPage::BackupSummaryPage(BackupSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_headline(new QLabel)
    , m_tree(new QTreeWidget)
    , m_report(new QLabel)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What happened to each release. Failed backups are kept in the repository, marked as failed."));
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("summaryTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Release"), tr("Result"), tr("Size"), tr("Duration"), tr("Backup"), tr("Reason")});
    m_tree->header()->setStretchLastSection(true);
    m_report->setObjectName(QStringLiteral("reportLabel"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_report->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_report);
}

BackupSummaryPage::~BackupSummaryPage() = default;

void BackupSummaryPage::initializePage()
{
    m_tree->clear();
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    for (const BackupOutcome &o : std::as_const(m_session.outcomes)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(ReleaseColumn, o.releaseKey);
        item->setText(ResultColumn, outcomeText(o.result));
        item->setText(SizeColumn, o.storedBytes >= 0 ? backupSizeText(o.storedBytes) : QStringLiteral("—"));
        item->setText(DurationColumn, durationText(o.durationMs));
        item->setText(BackupColumn, o.backupId);
        item->setText(ReasonColumn, o.reason);
        item->setToolTip(ReasonColumn, o.reason);
        switch (o.result) {
        case BackupOutcome::Result::Succeeded:
            ++succeeded;
            break;
        case BackupOutcome::Result::Skipped:
            ++skipped;
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
            break;
        default:
            ++failed;
            item->setForeground(ResultColumn, backupErrorColor());
            item->setForeground(ReasonColumn, backupErrorColor());
            break;
        }
    }
    for (int c = 0; c < m_tree->columnCount() - 1; ++c)
        m_tree->resizeColumnToContents(c);
    if (!m_session.failure.isEmpty())
        m_headline->setText(m_session.failure);
    else
        m_headline->setText(tr("%1 succeeded, %2 failed, %3 skipped.").arg(succeeded).arg(failed).arg(skipped));
    if (!m_session.reportPath.isEmpty())
        m_report->setText(tr("Report saved to <a href=\"%1\">%2</a>")
                              .arg(QUrl::fromLocalFile(m_session.reportPath).toString(),
                                   QDir::toNativeSeparators(m_session.reportPath).toHtmlEscaped()));
    else if (!m_session.reportError.isEmpty())
        m_report->setText(tr("The report could not be saved: %1").arg(m_session.reportError.toHtmlEscaped()));
    else
        m_report->clear();
}

} // namespace chartroom::ui
