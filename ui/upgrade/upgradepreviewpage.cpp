#include "upgradepreviewpage.h"

#include "upgradesession.h"

#include "backup/backupformatting.h"
#include "details/diffview.h"
#include "details/yamlhighlighter.h"
#include "runtime.h"

#include "jobs/jobqueue.h"
#include "upgrade/upgradepreviewjob.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chartroom::ui {

using upgrade::RiskFlag;

namespace {

QString riskKindText(RiskFlag::Kind kind)
{
    switch (kind) {
    case RiskFlag::Kind::ImmutableField: return UpgradePreviewPage::tr("immutable field");
    case RiskFlag::Kind::Rbac: return UpgradePreviewPage::tr("RBAC change");
    case RiskFlag::Kind::ImageMajorJump: return UpgradePreviewPage::tr("image major version");
    case RiskFlag::Kind::ResourceRemoved: return UpgradePreviewPage::tr("object removed");
    }
    return {};
}

} // namespace

UpgradePreviewPage::UpgradePreviewPage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_risks(new QTreeWidget)
    , m_blocking(new QLabel)
    , m_acknowledge(new QCheckBox)
    , m_tabs(new QTabWidget)
    , m_diff(new DiffView)
    , m_unified(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("What the upgrade changes, object by object, and what to look at first. Nothing has run yet."));
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);
    m_risks->setObjectName(QStringLiteral("riskTree"));
    m_risks->setRootIsDecorated(false);
    m_risks->setUniformRowHeights(true);
    m_risks->setHeaderLabels({tr("Risk"), tr("Object"), tr("Field"), tr("Why it matters")});
    m_risks->header()->setStretchLastSection(true);
    m_blocking->setObjectName(QStringLiteral("blockingRiskLabel"));
    m_blocking->setWordWrap(true);
    m_blocking->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(backupErrorColor().name()));
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeRisksCheck"));
    m_acknowledge->setText(tr("I understand that the API server rejects these changes and want to go on anyway"));
    m_tabs->setObjectName(QStringLiteral("diffTabs"));
    m_diff->setObjectName(QStringLiteral("manifestDiffView"));
    m_unified->setObjectName(QStringLiteral("unifiedDiffText"));
    m_unified->setReadOnly(true);
    m_unified->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_unified->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new YamlHighlighter(m_unified->document(), m_unified->palette());
    m_tabs->addTab(m_diff, tr("Side by Side"));
    m_tabs->addTab(m_unified, tr("Unified"));

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_risks, 1);
    topLayout->addWidget(m_blocking);
    topLayout->addWidget(m_acknowledge);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_acknowledge, &QCheckBox::toggled, this, &UpgradePreviewPage::completeChanged);
}

UpgradePreviewPage::~UpgradePreviewPage() = default;

bool UpgradePreviewPage::previewMatchesRequest() const
{
    if (!m_session.preview || !m_session.previewRequest)
        return false;
    const upgrade::UpgradeRequest &gathered = *m_session.previewRequest;
    const upgrade::UpgradeRequest &now = m_session.request;
    return now.valuesMode != upgrade::ValuesMode::ValuesFile && gathered.valuesMode == now.valuesMode &&
           gathered.source == now.source && gathered.release.key() == now.release.key();
}

void UpgradePreviewPage::initializePage()
{
    m_acknowledge->setChecked(m_session.request.risksConfirmed);
    if (previewMatchesRequest())
        return show();
    m_session.preview.reset();
    m_risks->clear();
    m_blocking->setVisible(false);
    m_acknowledge->setVisible(false);
    m_diff->setMessage(tr("Rendering…"));
    m_unified->clear();
    // The edited values go to helm as `-f -` on its stdin: no file holds them (they may hold secrets).
    const bool edited = m_session.request.valuesMode == upgrade::ValuesMode::ValuesFile;
    m_session.request.valuesFile = edited ? QStringLiteral("-") : QString();
    m_session.request.valuesData = edited ? m_session.editedValues.toUtf8() : QByteArray();
    render();
}

void UpgradePreviewPage::cleanupPage()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void UpgradePreviewPage::render()
{
    const upgrade::UpgradeRequest request = m_session.request;
    auto job = std::make_unique<upgrade::UpgradePreviewJob>(m_session.runtime.clusterTools(), request);
    auto *raw = job.get();
    m_status->setText(tr("Rendering %1 with helm (a dry run: nothing changes)…").arg(request.source.displayName()));
    m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, request.release.context});
    m_job = raw;
    connect(raw, &jobs::Job::finished, this, [this, raw, request] {
        if (raw != m_job)
            return;
        if (!raw->preview()) {
            m_status->setText(tr("The preview failed: %1").arg(raw->errorString()));
            m_diff->setMessage(raw->errorString());
            Q_EMIT completeChanged();
            return;
        }
        m_session.preview = raw->preview();
        m_session.previewInputs = raw->inputs();
        m_session.previewRequest = request;
        m_session.dryRunError = raw->dryRunError();
        show();
    });
    Q_EMIT completeChanged();
}

void UpgradePreviewPage::show()
{
    const upgrade::UpgradePreview &preview = *m_session.preview;
    int changed = 0;
    QList<inventory::ResourceDiff> diffs;
    QStringList unified;
    for (const upgrade::UpgradePreview::ResourceChange &change : preview.resources()) {
        diffs << inventory::ResourceDiff{change.key, change.change, change.rows};
        if (change.change == inventory::ResourceDiff::Change::Unchanged)
            continue;
        ++changed;
        unified << (change.secretOnly ? tr("# %1: only masked Secret data changes").arg(change.key) : change.unifiedDiff);
    }
    m_diff->setManifestDiff(diffs);
    m_unified->setPlainText(unified.join(u'\n'));
    QString status = tr("%1 → %2: %n object(s) change.", nullptr, changed)
                         .arg(m_session.release->chart, m_session.request.source.displayName());
    if (!preview.renderedByServer())
        status += u' ' + tr("The server-side dry run was refused (%1): rendered with helm template, without lookups.")
                             .arg(m_session.dryRunError);
    m_status->setText(status);

    m_risks->clear();
    for (const RiskFlag &risk : preview.risks()) {
        auto *item = new QTreeWidgetItem(m_risks);
        item->setText(RiskKindColumn, riskKindText(risk.kind));
        item->setText(RiskObjectColumn, risk.resource);
        item->setText(RiskFieldColumn, risk.field);
        item->setText(RiskDetailColumn, risk.detail);
        item->setToolTip(RiskDetailColumn, risk.detail);
        item->setData(RiskKindColumn, Qt::UserRole, upgrade::riskKindId(risk.kind));
        if (risk.blocking())
            for (int column = RiskKindColumn; column <= RiskDetailColumn; ++column)
                item->setForeground(column, backupErrorColor());
    }
    if (preview.risks().isEmpty())
        new QTreeWidgetItem(m_risks, {tr("none"), QString(), QString(), tr("No immutable field, RBAC, image or removal risk found.")});
    for (int column = RiskKindColumn; column < RiskDetailColumn; ++column)
        m_risks->resizeColumnToContents(column);
    const bool blocking = preview.hasBlockingRisks();
    m_blocking->setText(tr("An immutable field changes: the API server will reject the upgrade (helm then rolls it back). "
                           "Change the values or the chart, or acknowledge to go on anyway."));
    m_blocking->setVisible(blocking);
    m_acknowledge->setVisible(blocking);
    if (!blocking)
        m_acknowledge->setChecked(false);
    Q_EMIT completeChanged();
}

bool UpgradePreviewPage::isComplete() const
{
    if (!m_session.preview || (m_job && !m_job->isFinished()))
        return false;
    return !m_session.preview->hasBlockingRisks() || m_acknowledge->isChecked();
}

bool UpgradePreviewPage::validatePage()
{
    m_session.applyPreview();
    m_session.request.risksConfirmed = m_session.request.blockingRisks && m_acknowledge->isChecked();
    return true;
}

} // namespace chartroom::ui
