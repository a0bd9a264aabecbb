#include "releasedetailspane.h"

#include "historyview.h"
#include "backup/backupformatting.h"
#include "yamlhighlighter.h"

#include "inventory/formatting.h"
#include "inventory/releasedetailsloader.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

using Part = inventory::ReleaseDetailsLoader::Part;

enum Tab { OverviewTab, ValuesTab, ManifestTab, NotesTab, HistoryTab };

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:14px; white-space:nowrap'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), value);
}

/// A small HTML table with a header row; `rows` cells are already escaped.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(empty));
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th align='left' style='padding-right:14px'>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    for (const QStringList &cells : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            html += QStringLiteral("<td style='padding-right:14px'>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString target(const std::optional<std::chrono::seconds> &value)
{
    return inventory::formatTarget(value ? value->count() : -1);
}

} // namespace

ReleaseDetailsPane::ReleaseDetailsPane(inventory::ReleaseDetailsLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_stack(new QStackedWidget)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_tabs(new QTabWidget)
    , m_overview(new QTextBrowser)
    , m_valuesKind(new QButtonGroup(this))
    , m_history(new HistoryView(loader))
{
    setObjectName(QStringLiteral("releaseDetailsPane"));
    auto *empty = new QLabel(tr("Select a release to see its details."));
    empty->setObjectName(QStringLiteral("detailsEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_overview->setObjectName(QStringLiteral("overviewBrowser"));
    m_overview->setOpenLinks(false);
    m_overview->setFrameShape(QFrame::NoFrame);

    auto *user = new QRadioButton(tr("&User-supplied"));
    user->setObjectName(QStringLiteral("userValuesRadio"));
    user->setChecked(true);
    auto *computed = new QRadioButton(tr("&Computed (with chart defaults)"));
    computed->setObjectName(QStringLiteral("computedValuesRadio"));
    m_valuesKind->addButton(user, static_cast<int>(Part::UserValues));
    m_valuesKind->addButton(computed, static_cast<int>(Part::ComputedValues));
    auto *switcher = new QWidget;
    auto *switchLayout = new QHBoxLayout(switcher);
    switchLayout->setContentsMargins(0, 0, 0, 0);
    switchLayout->addWidget(user);
    switchLayout->addWidget(computed);
    switchLayout->addStretch();

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(makePartPage(m_values, QStringLiteral("values"), switcher), tr("Values"));
    m_tabs->addTab(makePartPage(m_manifest, QStringLiteral("manifest")), tr("Manifest"));
    m_tabs->addTab(makePartPage(m_notes, QStringLiteral("notes")), tr("Notes"));
    m_tabs->addTab(m_history, tr("History"));
    m_history->setObjectName(QStringLiteral("historyView"));

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(2);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(8, 6, 8, 4);
    header->setSpacing(0);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ReleaseDetailsPane::loadCurrentTab);
    connect(m_valuesKind, &QButtonGroup::idClicked, this, [this](int part) { requestPart(part); });
    connect(m_loader, &inventory::ReleaseDetailsLoader::partLoaded, this, &ReleaseDetailsPane::handlePart);
    connect(m_loader, &inventory::ReleaseDetailsLoader::partFailed, this, &ReleaseDetailsPane::handlePartFailed);
}

ReleaseDetailsPane::~ReleaseDetailsPane() = default;

QWidget *ReleaseDetailsPane::makePartPage(PartView &view, const QString &name, QWidget *extra)
{
    view.state = new QLabel;
    view.state->setObjectName(name + QStringLiteral("State"));
    view.state->setWordWrap(true);
    view.state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view.text = new QPlainTextEdit;
    view.text->setObjectName(name + QStringLiteral("Text"));
    view.text->setReadOnly(true);
    view.text->setLineWrapMode(QPlainTextEdit::NoWrap);
    view.text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view.text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (name != QLatin1String("notes"))
        new YamlHighlighter(view.text->document(), view.text->palette());
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(view.state);
    layout->addWidget(view.text, 1);
    return page;
}

void ReleaseDetailsPane::setRelease(const std::optional<inventory::Release> &release, const QString &statusNote)
{
    const bool same = release && m_release && release->key() == m_release->key() && release->revision == m_release->revision;
    m_release = release;
    m_stack->setCurrentIndex(release ? 1 : 0);
    if (!release) {
        m_history->setRelease(std::nullopt);
        return;
    }
    m_statusNote = statusNote;
    m_title->setText(release->name);
    m_subtitle->setText(tr("%1 · namespace %2 · revision %3").arg(release->context, release->namespaceName).arg(release->revision));
    renderOverview();
    if (same)
        return;
    m_requested.clear();
    for (PartView *view : {&m_values, &m_manifest, &m_notes}) {
        view->text->clear();
        view->state->clear();
        view->state->setVisible(false);
    }
    m_history->setRelease(release);
    loadCurrentTab();
}

void ReleaseDetailsPane::setBackupSource(std::function<Backups(const QString &)> source)
{
    m_backupSource = std::move(source);
    refreshBackups();
}

void ReleaseDetailsPane::refreshBackups()
{
    if (m_release)
        renderOverview();
}

void ReleaseDetailsPane::setRbacSource(std::function<Rbac(const QString &)> source)
{
    m_rbacSource = std::move(source);
    refreshBackups();
}

void ReleaseDetailsPane::setUpgradeSource(std::function<QString(const QString &)> source)
{
    m_upgradeSource = std::move(source);
    refreshBackups();
}

QString ReleaseDetailsPane::rbacHtml() const
{
    if (!m_rbacSource)
        return {};
    const Rbac rbac = m_rbacSource(m_release->key());
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("RBAC")));
    if (!rbac.reviewed)
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Not reviewed yet: the review runs after each scan.")));
    html += QStringLiteral("<p>%1</p>").arg(esc(rbac.summary));
    if (!rbac.openFindings.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &line : rbac.openFindings)
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul><p><i>%1</i></p>")
                    .arg(esc(tr("Release ▸ Review RBAC… shows the bindings, rules and paths behind each finding and "
                                "lets you accept it with a note.")));
    }
    return html;
}

QString ReleaseDetailsPane::backupsHtml() const
{
    if (!m_backupSource)
        return {};
    const Backups backups = m_backupSource(m_release->key());
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Backups")));
    if (!backups.error.isEmpty())
        return html + QStringLiteral("<p style='color:#da3633'>%1</p>")
                          .arg(esc(tr("The backup repository at %1 cannot be read: %2").arg(backups.repository, backups.error)));
    if (!backups.loaded)
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Reading the backup repository…")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    if (!backups.list.isEmpty() && backups.list.last().state == backup::BackupState::Bad)
        html += QStringLiteral("<p style='color:#da3633'><b>%1</b></p>")
                    .arg(esc(tr("The latest backup failed its verification and cannot be restored; the RPO counts from the "
                                "last verified one.")));
    if (backups.list.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No backups of this release in %1.").arg(backups.repository)));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr>");
    for (const QString &header : {tr("State"), tr("Taken"), tr("Size"), tr("Backup")})
        html += QStringLiteral("<th align='left' style='padding-right:14px'>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    // Newest first, and only the recent ones: the repository keeps the full history.
    constexpr int Shown = 10;
    int shown = 0;
    for (auto it = backups.list.crbegin(); it != backups.list.crend() && shown < Shown; ++it, ++shown) {
        const backup::BackupRecord &b = *it;
        const bool bad = isBackupProblem(b.state);
        const QString cell = QStringLiteral("<td style='padding-right:14px'>%1</td>");
        const QDateTime time = b.time();
        html += QStringLiteral("<tr>");
        html += cell.arg(bad ? QStringLiteral("<span style='color:#da3633'><b>%1</b></span>").arg(esc(backupStateText(b.state)))
                             : esc(backupStateText(b.state)));
        html += cell.arg(esc(time.isValid() ? tr("%1 (%2)").arg(inventory::formatAge(time.secsTo(now)),
                                                                locale.toString(time.toLocalTime(), QLocale::ShortFormat))
                                            : tr("unknown")));
        html += cell.arg(esc(b.manifest ? backupSizeText(b.storedBytes()) : QStringLiteral("—")));
        html += cell.arg(QStringLiteral("<code>%1</code>").arg(esc(b.id)));
        html += QStringLiteral("</tr>");
        // The problem gets its own full-width line: it is the part to read.
        if (!b.problem.isEmpty())
            html += QStringLiteral("<tr><td colspan='4' style='padding-left:14px%1'>%2</td></tr>")
                        .arg(bad ? QStringLiteral("; color:#da3633") : QString(), esc(b.problem));
    }
    html += QStringLiteral("</table>");
    if (backups.list.size() > Shown)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("%n older backup(s) not shown.", nullptr,
                                                              static_cast<int>(backups.list.size()) - Shown)));
    return html;
}

QString ReleaseDetailsPane::drillSummaryHtml(const inventory::Release &r, const QDateTime &now) const
{
    const QString warn = QStringLiteral("<span style='color:#da3633'><b>%1</b></span>");
    QString text;
    if (r.measuredRtoMs && r.lastSuccessfulDrill)
        text = esc(tr("%1 (last successful drill %2)")
                       .arg(inventory::formatDurationMs(*r.measuredRtoMs), inventory::formatAge(r.lastSuccessfulDrill->secsTo(now))));
    else
        text = esc(r.stateful ? tr("not measured: no successful restore drill") : tr("not measured"));
    if (r.rtoExceeded)
        text += QStringLiteral("<br>") + warn.arg(esc(tr("RTO exceeded: the restore took longer than the %1 target")
                                                        .arg(target(r.rto))));
    if (r.lastDrillFailed)
        text += QStringLiteral("<br>") + warn.arg(esc(tr("The last drill failed")));
    return text;
}

QString ReleaseDetailsPane::drillsHtml() const
{
    const inventory::Release &r = *m_release;
    if (r.recentDrills.isEmpty() && !r.stateful)
        return {};
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Restore drills")));
    // A drills file that cannot be read is kept as it is; say so rather than show "never drilled".
    if (m_backupSource)
        if (const QString error = m_backupSource(r.key()).drillError; !error.isEmpty())
            html += QStringLiteral("<p style='color:#da3633'>%1</p>").arg(esc(tr("The recorded drills cannot be read: %1").arg(error)));
    if (r.recentDrills.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No restore drill of this release has been recorded. "
                                                                    "Release ▸ Run Restore Drill… (or chartroom-cli drill) restores "
                                                                    "its latest verified backup into a scratch namespace and "
                                                                    "measures the restore time.")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const QString cell = QStringLiteral("<td style='padding-right:14px'>%1</td>");
    const QString warn = QStringLiteral("<span style='color:#da3633'><b>%1</b></span>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr>");
    for (const QString &header : {tr("Outcome"), tr("When"), tr("Backup"), tr("Restore time"), tr("RTO")})
        html += QStringLiteral("<th align='left' style='padding-right:14px'>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    for (const inventory::DrillOutcome &drill : r.recentDrills) {
        const std::optional<std::chrono::seconds> rto =
            r.rto ? r.rto : (drill.rtoSeconds ? std::optional(std::chrono::seconds(*drill.rtoSeconds)) : std::nullopt);
        const bool exceeded = drill.ok && drill.exceeds(rto);
        html += QStringLiteral("<tr>");
        html += cell.arg(drill.ok ? esc(tr("Succeeded")) : warn.arg(esc(tr("Failed"))));
        html += cell.arg(esc(drill.finishedAt.isValid()
                                 ? tr("%1 (%2)").arg(inventory::formatAge(drill.finishedAt.secsTo(now)),
                                                     locale.toString(drill.finishedAt.toLocalTime(), QLocale::ShortFormat))
                                 : tr("unknown")));
        html += cell.arg(QStringLiteral("<code>%1</code>").arg(esc(drill.backupId)));
        html += cell.arg(drill.ok ? esc(inventory::formatDurationMs(drill.durationMs)) : QStringLiteral("—"));
        html += cell.arg(!rto ? esc(tr("no target"))
                         : !drill.ok ? esc(target(rto))
                         : exceeded  ? warn.arg(esc(tr("exceeded (%1)").arg(target(rto))))
                                     : esc(tr("within (%1)").arg(target(rto))));
        html += QStringLiteral("</tr>");
        if (!drill.ok && !drill.error.isEmpty())
            html += QStringLiteral("<tr><td colspan='5' style='padding-left:14px; color:#da3633'>%1</td></tr>").arg(esc(drill.error));
    }
    html += QStringLiteral("</table>");
    return html;
}

void ReleaseDetailsPane::renderOverview()
{
    const QString &statusNote = m_statusNote;
    const inventory::Release &r = *m_release;
    const QDateTime now = QDateTime::currentDateTime();
    QString status = esc(r.status);
    if (!statusNote.isEmpty())
        status += QStringLiteral("<br><span>%1</span>").arg(esc(statusNote));
    if (r.isStuck(now))
        status += QStringLiteral("<br>") + esc(tr("Recovery: roll back to the last deployed revision, which clears the lock: "))
                  + QStringLiteral("<code>helm rollback %1 -n %2 --kube-context %3</code>")
                        .arg(esc(r.name), esc(r.namespaceName), esc(r.context));

    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += row(tr("Chart"), esc(r.chartName.isEmpty() ? r.chart : r.chartName));
    html += row(tr("Chart version"), esc(r.chartVersion.isEmpty() ? tr("unknown") : r.chartVersion));
    if (const QString upgrade = m_upgradeSource ? m_upgradeSource(r.key()) : QString(); !upgrade.isEmpty())
        html += row(tr("Upgrade"), esc(upgrade));
    html += row(tr("App version"), esc(r.appVersion));
    html += row(tr("Profile"), esc(r.profileId.isEmpty() ? tr("No chart profile matches this chart") : r.displayName));
    html += row(tr("Status"), status);
    html += row(tr("Revision"), QString::number(r.revision));
    if (r.updated.isValid())
        html += row(tr("Last deployed"), esc(tr("%1 (%2)").arg(inventory::formatAge(r.updated.secsTo(now)),
                                                              QLocale().toString(r.updated.toLocalTime(), QLocale::ShortFormat))));
    html += row(tr("DR tier"), esc(r.tier ? tr("Tier %1").arg(*r.tier) : tr("Untiered")));
    html += row(tr("RTO target"), esc(target(r.rto)));
    html += row(tr("RPO target"), esc(target(r.rpo)));
    html += row(tr("RPO state"), esc(inventory::rpoStateDisplayName(r.rpoState)));
    html += row(tr("Last good backup"), esc(r.lastVerifiedBackup ? inventory::formatAge(r.lastVerifiedBackup->secsTo(now))
                                                                  : (r.stateful ? tr("never") : tr("not needed (stateless)"))));
    html += row(tr("Measured RTO"), drillSummaryHtml(r, now));
    html += QStringLiteral("</table>");

    QList<QStringList> workloads;
    for (const inventory::Workload &w : r.workloads)
        workloads << QStringList{esc(w.kind), esc(w.name),
                                 (w.ready < w.desired ? QStringLiteral("<b>%1/%2</b>") : QStringLiteral("%1/%2")).arg(w.ready).arg(w.desired)};
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Workloads")));
    html += table({tr("Kind"), tr("Name"), tr("Ready")}, workloads, tr("No workloads found for this release."));

    QList<QStringList> pods;
    for (const inventory::Pod &p : r.pods)
        pods << QStringList{esc(p.name), esc(p.phase), p.ready ? esc(tr("yes")) : QStringLiteral("<b>%1</b>").arg(esc(tr("no"))),
                            QString::number(p.restarts)};
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Pods")));
    html += table({tr("Name"), tr("Phase"), tr("Ready"), tr("Restarts")}, pods, tr("No pods."));

    QList<QStringList> volumes;
    for (const inventory::Volume &v : r.volumes)
        volumes << QStringList{esc(v.name), esc(v.phase), esc(v.capacity)};
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Persistent volume claims")));
    html += table({tr("Name"), tr("Phase"), tr("Capacity")}, volumes, tr("No persistent volume claims."));
    html += backupsHtml();
    html += rbacHtml();
    html += drillsHtml();
    m_overview->setHtml(html);
}

void ReleaseDetailsPane::loadCurrentTab()
{
    if (!m_release)
        return;
    switch (m_tabs->currentIndex()) {
    case ValuesTab: requestPart(valuesPart()); break;
    case ManifestTab: requestPart(static_cast<int>(Part::Manifest)); break;
    case NotesTab: requestPart(static_cast<int>(Part::Notes)); break;
    case HistoryTab: m_history->load(); break;
    default: break;
    }
}

int ReleaseDetailsPane::valuesPart() const
{
    return m_valuesKind->checkedId();
}

ReleaseDetailsPane::PartView *ReleaseDetailsPane::viewFor(int part)
{
    switch (static_cast<Part>(part)) {
    case Part::UserValues:
    case Part::ComputedValues: return part == valuesPart() ? &m_values : nullptr;
    case Part::Manifest: return &m_manifest;
    case Part::Notes: return &m_notes;
    }
    return nullptr;
}

void ReleaseDetailsPane::requestPart(int part)
{
    PartView *view = viewFor(part);
    if (!m_release || !view)
        return;
    if (!m_loader->hasTools()) {
        view->state->setText(tr("Chartroom needs helm to show this; it is still being checked or was not found."));
        view->state->setVisible(true);
        return;
    }
    view->text->clear();
    view->state->setText(tr("Loading…"));
    view->state->setVisible(true);
    m_requested.insert(part);
    m_loader->requestPart(*m_release, static_cast<Part>(part));
}

void ReleaseDetailsPane::handlePart(const QString &key, int part, int revision, const QString &text)
{
    PartView *view = viewFor(part);
    if (!m_release || key != m_release->key() || revision != 0 || !view)
        return;
    const QString trimmed = text.trimmed();
    const bool empty = trimmed.isEmpty() || trimmed == QLatin1String("null") || trimmed == QLatin1String("{}");
    switch (static_cast<Part>(part)) {
    case Part::Notes: view->state->setText(tr("This chart has no notes.")); break;
    case Part::Manifest: view->state->setText(tr("The release renders no objects.")); break;
    case Part::UserValues: view->state->setText(tr("No user-supplied values: the release runs on the chart's defaults.")); break;
    case Part::ComputedValues: view->state->setText(tr("The chart has no values.")); break;
    }
    view->state->setVisible(empty);
    view->text->setPlainText(empty ? QString() : text);
}

void ReleaseDetailsPane::handlePartFailed(const QString &key, int part, int revision, const QString &error)
{
    PartView *view = viewFor(part);
    if (!m_release || key != m_release->key() || revision != 0 || !view)
        return;
    view->text->clear();
    view->state->setText(tr("Could not load this: %1").arg(error));
    view->state->setVisible(true);
}

} // namespace chartroom::ui
