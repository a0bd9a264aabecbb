#include "rbacfindingspage.h"

#include "rbacsession.h"
#include "runtime.h"

#include "catalog/profilecatalog.h"
#include "rbac/leastprivilege.h"
#include "rbac/rulecatalog.h"

#include <QApplication>
#include <QBrush>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

namespace {

QColor severityColor(rbac::Severity severity)
{
    switch (severity) {
    case rbac::Severity::Critical:
        return QColor(0xb0, 0x00, 0x20);
    case rbac::Severity::High:
        return QColor(0xc8, 0x50, 0x00);
    case rbac::Severity::Medium:
        return QColor(0x9a, 0x7a, 0x00);
    case rbac::Severity::Low:
        return QColor(0x30, 0x60, 0xa0);
    case rbac::Severity::Info:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString releaseText(const rbac::ReleaseRef &release)
{
    return release.isEmpty() ? QCoreApplication::translate("chartroom::ui::RbacFindingsPage", "not from a release")
                             : release.key();
}

} // namespace

RbacFindingsPage::RbacFindingsPage(RbacSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_warnings(new QLabel)
    , m_tree(new QTreeWidget)
    , m_details(new QTextBrowser)
    , m_suggestion(new QPlainTextEdit)
    , m_copy(new QPushButton(tr("&Copy YAML")))
    , m_note(new QLineEdit)
    , m_accept(new QPushButton(tr("&Accept")))
    , m_reopen(new QPushButton(tr("Keep &Open")))
    , m_saveStatus(new QLabel)
{
    setObjectName(QStringLiteral("rbacFindingsPage"));
    setTitle(tr("Findings"));
    setSubTitle(tr("What the RBAC in scope allows that a careful reviewer would question. Accept a finding "
                   "with a note when it is intended; accepted findings no longer count as open."));
    m_summary->setObjectName(QStringLiteral("findingsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setHeaderLabels({tr("Finding"), tr("Rule"), tr("Binding or role"), tr("State")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(FindingColumn, 240);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setOpenExternalLinks(true);
    m_suggestion->setObjectName(QStringLiteral("leastPrivilegeEdit"));
    m_suggestion->setReadOnly(true);
    m_suggestion->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_suggestion->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("copySuggestionButton"));
    m_note->setObjectName(QStringLiteral("acceptNoteEdit"));
    m_note->setPlaceholderText(tr("Why this is acceptable (required to accept)"));
    m_accept->setObjectName(QStringLiteral("acceptFindingButton"));
    m_reopen->setObjectName(QStringLiteral("reopenFindingButton"));
    m_saveStatus->setObjectName(QStringLiteral("acceptanceStatusLabel"));
    m_saveStatus->setWordWrap(true);

    auto *suggestionPage = new QWidget;
    auto *suggestionLayout = new QVBoxLayout(suggestionPage);
    auto *suggestionNote = new QLabel(tr("A narrower Role and RoleBinding for review. Chartroom does not apply it: "
                                         "change the chart's values or apply it yourself after review."));
    suggestionNote->setWordWrap(true);
    suggestionLayout->addWidget(suggestionNote);
    suggestionLayout->addWidget(m_suggestion, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copy);
    suggestionLayout->addLayout(copyRow);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("findingTabs"));
    tabs->addTab(m_details, tr("Details"));
    tabs->addTab(suggestionPage, tr("Least Privilege"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tree);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(new QLabel(tr("Note:")));
    acceptRow->addWidget(m_note, 1);
    acceptRow->addWidget(m_accept);
    acceptRow->addWidget(m_reopen);
    m_warnings->setObjectName(QStringLiteral("findingsWarningsLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings); // a partial collection is said first
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(acceptRow);
    layout->addWidget(m_saveStatus);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RbacFindingsPage::showCurrent);
    connect(m_note, &QLineEdit::textChanged, this, &RbacFindingsPage::updateButtons);
    connect(m_note, &QLineEdit::returnPressed, this, &RbacFindingsPage::acceptCurrent);
    connect(m_accept, &QPushButton::clicked, this, &RbacFindingsPage::acceptCurrent);
    connect(m_reopen, &QPushButton::clicked, this, &RbacFindingsPage::reopenCurrent);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_suggestion->toPlainText()); });
    connect(&m_saver, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_saver.result();
        m_session.storeError = error;
        m_saveStatus->setText(error.isEmpty() ? tr("Saved to %1").arg(m_session.store.path())
                                              : tr("The acceptances could not be saved: %1").arg(error));
        Q_EMIT acceptancesSaved(error);
        if (error.isEmpty())
            Q_EMIT m_session.runtime.rbacAcceptancesChanged(); // the inventory's RBAC column follows
    });
}

RbacFindingsPage::~RbacFindingsPage()
{
    m_saver.waitForFinished(); // a small JSON file written atomically; never leave it half done
}

void RbacFindingsPage::initializePage()
{
    m_session.showWarnings(m_warnings);
    m_note->clear();
    m_saveStatus->clear();
    fill();
}

void RbacFindingsPage::fill()
{
    m_tree->clear();
    const QList<rbac::Finding> &findings = m_session.review.findings;
    QTreeWidgetItem *severityItem = nullptr;
    QTreeWidgetItem *releaseItem = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (int i = 0; i < findings.size(); ++i) {
        const rbac::Finding &f = findings.at(i);
        if (!severityItem || severityItem->data(0, SeverityRole).toInt() != int(f.severity)) {
            severityItem = new QTreeWidgetItem(m_tree);
            severityItem->setData(0, FindingIndexRole, -1);
            severityItem->setData(0, SeverityRole, int(f.severity));
            severityItem->setFont(FindingColumn, bold);
            severityItem->setForeground(FindingColumn, QBrush(severityColor(f.severity)));
            severityItem->setFirstColumnSpanned(true);
            releaseItem = nullptr;
        }
        const QString release = f.context + QLatin1Char('/') + releaseText(f.release);
        if (!releaseItem || releaseItem->text(FindingColumn) != release) {
            releaseItem = new QTreeWidgetItem(severityItem, {release});
            releaseItem->setFirstColumnSpanned(true);
            releaseItem->setData(0, FindingIndexRole, -1);
        }
        const rbac::RuleDefinition *rule = rbac::findRule(f.ruleId);
        auto *item = new QTreeWidgetItem(releaseItem, {rule ? rule->title : f.ruleId, f.ruleId, f.target()});
        item->setData(0, FindingIndexRole, i);
        item->setToolTip(FindingColumn, f.detail);
        item->setToolTip(TargetColumn, f.target());
    }
    refreshStates();
    m_tree->expandAll();
    // Start on the most severe open finding.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const int index = (*it)->data(0, FindingIndexRole).toInt();
        if ((*it)->childCount() == 0 && index >= 0 && findings.at(index).isOpen()) {
            m_tree->setCurrentItem(*it);
            break;
        }
    }
    if (!m_tree->currentItem())
        showCurrent();
}

void RbacFindingsPage::refreshStates()
{
    const QList<rbac::Finding> &findings = m_session.review.findings;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *severityItem = m_tree->topLevelItem(s);
        const auto severity = rbac::Severity(severityItem->data(0, SeverityRole).toInt());
        int total = 0;
        int open = 0;
        for (int r = 0; r < severityItem->childCount(); ++r) {
            QTreeWidgetItem *releaseItem = severityItem->child(r);
            for (int c = 0; c < releaseItem->childCount(); ++c) {
                QTreeWidgetItem *item = releaseItem->child(c);
                const rbac::Finding &f = findings.at(item->data(0, FindingIndexRole).toInt());
                ++total;
                open += f.isOpen() ? 1 : 0;
                item->setText(StateColumn, f.isOpen() ? tr("open") : tr("accepted"));
                item->setToolTip(StateColumn, f.isOpen() ? QString() : f.acceptNote);
                item->setForeground(FindingColumn, f.isOpen() ? QBrush() : palette().brush(QPalette::PlaceholderText));
            }
        }
        severityItem->setText(FindingColumn,
                              tr("%1 — %n open", nullptr, open).arg(rbac::severityLabel(severity)) +
                                  (total > open ? tr(", %n accepted", nullptr, total - open) : QString()));
    }
    updateSummary();
}

void RbacFindingsPage::updateSummary()
{
    const rbac::RbacReview &review = m_session.review;
    if (review.findings.isEmpty()) {
        m_summary->setText(tr("No findings for %1.").arg(m_session.scopeText()));
        return;
    }
    QStringList counts;
    for (const rbac::Severity s : {rbac::Severity::Critical, rbac::Severity::High, rbac::Severity::Medium,
                                   rbac::Severity::Low, rbac::Severity::Info}) {
        const int open = review.openAtLeast(s) - (s == rbac::Severity::Critical ? 0 : review.openAtLeast(rbac::Severity(int(s) + 1)));
        if (open > 0)
            counts << QStringLiteral("%1 %2").arg(open).arg(rbac::severityLabel(s).toLower());
    }
    m_summary->setText(tr("%n finding(s) for %1; %2 open%3.", nullptr, int(review.findings.size()))
                           .arg(m_session.scopeText())
                           .arg(review.openAtLeast(rbac::Severity::Info))
                           .arg(counts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(counts.join(QStringLiteral(", ")))));
}

const rbac::Finding *RbacFindingsPage::currentFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->childCount() > 0)
        return nullptr;
    const int index = item->data(0, FindingIndexRole).toInt();
    return index >= 0 && index < m_session.review.findings.size() ? &m_session.review.findings.at(index) : nullptr;
}

void RbacFindingsPage::showCurrent()
{
    const rbac::Finding *f = currentFinding();
    if (!f) {
        m_details->setHtml(tr("<p>Select a finding to see the rule, the bindings and roles behind it and the "
                              "path from each subject to the permission.</p>"));
        m_suggestion->clear();
        updateButtons();
        return;
    }
    const rbac::RuleDefinition *rule = rbac::findRule(f->ruleId);
    QString html;
    html += QStringLiteral("<h3 style=\"color:%1\">%2: %3</h3>")
                .arg(severityColor(f->severity).name(), escaped(rbac::severityLabel(f->severity)),
                     escaped(rule ? rule->title : f->ruleId));
    if (rule) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(rule->explanation));
        html += QStringLiteral("<p>%1 <a href=\"%2\">%3</a> (%4)</p>")
                    .arg(escaped(tr("Reference:")), escaped(rule->reference), escaped(rule->reference), escaped(f->ruleId));
    }
    if (f->expectedByChart)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("Expected by the chart's profile (otherwise %1).").arg(rbac::severityLabel(f->originalSeverity))));
    html += QStringLiteral("<table cellspacing=\"2\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    row(tr("Matched:"), f->detail);
    row(tr("Context:"), f->context);
    row(tr("Release:"), releaseText(f->release));
    row(tr("Scope:"), f->scopeNamespace.isEmpty() ? tr("cluster-wide") : tr("namespace %1").arg(f->scopeNamespace));
    if (!f->bindingText.isEmpty())
        row(tr("Binding:"), tr("%1 (%2)").arg(f->bindingText, releaseText(f->bindingRelease)));
    row(tr("Role:"), tr("%1 (%2)").arg(f->roleText, releaseText(f->roleRelease)));
    QStringList subjects;
    for (const rbac::Subject &s : f->subjects)
        subjects << s.toString();
    if (!subjects.isEmpty())
        row(tr("Subjects:"), subjects.join(QStringLiteral(", ")));
    row(tr("State:"), f->isOpen() ? tr("open") : tr("accepted: %1").arg(f->acceptNote));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(tr("Rules behind it")));
    for (const rbac::PolicyRule &r : f->rules)
        html += QStringLiteral("<li><code>%1</code></li>").arg(escaped(r.toString()));
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(escaped(tr("Subject → binding → role → rule")));
    for (const QString &path : f->paths)
        html += QStringLiteral("<li>%1</li>").arg(escaped(path));
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);

    const catalog::ChartProfile *profile =
        f->release.chart.isEmpty() ? nullptr : m_session.runtime.catalog().match(f->release.chart);
    const catalog::ExpectedRbac *expected = profile && !profile->rbac.rules.isEmpty() ? &profile->rbac : nullptr;
    const QString yaml = rbac::leastPrivilegeYaml(*f, expected);
    m_suggestion->setPlainText(yaml.isEmpty() ? tr("# No suggestion: the finding names no namespace to narrow it to.") : yaml);
    m_copy->setEnabled(!yaml.isEmpty());
    if (!f->isOpen())
        m_note->setText(f->acceptNote);
    updateButtons();
}

void RbacFindingsPage::updateButtons()
{
    const rbac::Finding *f = currentFinding();
    m_accept->setEnabled(f && !m_note->text().trimmed().isEmpty() && (f->isOpen() || f->acceptNote != m_note->text().trimmed()));
    m_accept->setToolTip(!f ? tr("Select a finding first")
                            : m_note->text().trimmed().isEmpty() ? tr("Type a note saying why it is acceptable")
                                                                 : tr("Accept this finding with the note"));
    m_reopen->setEnabled(f && !f->isOpen());
}

void RbacFindingsPage::acceptCurrent()
{
    const rbac::Finding *f = currentFinding();
    const QString note = m_note->text().trimmed();
    if (!f || note.isEmpty())
        return;
    m_session.store.accept({f->context, f->release.key(), f->ruleId, f->target(), note, QDateTime::currentDateTimeUtc()});
    save();
}

void RbacFindingsPage::reopenCurrent()
{
    const rbac::Finding *f = currentFinding();
    if (!f || f->isOpen())
        return;
    // The acceptance may be the finding's own or one for every finding of its rule and release.
    if (!m_session.store.reopen(f->context, f->release.key(), f->ruleId, f->target()))
        m_session.store.reopen(f->context, f->release.key(), f->ruleId);
    m_note->clear();
    save();
}

void RbacFindingsPage::save()
{
    for (rbac::Finding &finding : m_session.review.findings) {
        finding.accepted = false;
        finding.acceptNote.clear();
    }
    m_session.store.apply(m_session.review.findings);
    refreshStates();
    showCurrent();
    m_saveStatus->setText(tr("Saving…"));
    // Saves are queued one after another, each with the store as it was then: the last one wins.
    const rbac::AcceptanceStore store = m_session.store;
    QFuture<QString> previous = m_saver.future();
    m_saver.setFuture(QtConcurrent::run([store, previous]() mutable {
        previous.waitForFinished();
        const Result<void> saved = store.save();
        return saved ? QString() : saved.error().message;
    }));
}

} // namespace chartroom::ui
