#include "historyview.h"

#include "diffview.h"

#include "inventory/formatting.h"
#include "inventory/manifestdiff.h"
#include "inventory/releasedetailsloader.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

namespace {

using Part = inventory::ReleaseDetailsLoader::Part;

QString textKey(Part part, int revision)
{
    return QStringLiteral("%1@%2").arg(static_cast<int>(part)).arg(revision);
}

} // namespace

HistoryView::HistoryView(inventory::ReleaseDetailsLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_state(new QLabel)
    , m_table(new QTreeWidget)
    , m_checkpoints(new QTreeWidget)
    , m_from(new QComboBox)
    , m_to(new QComboBox)
    , m_diffTabs(new QTabWidget)
    , m_valuesDiff(new DiffView)
    , m_manifestDiff(new DiffView)
{
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setHeaderLabels({tr("Revision"), tr("Updated"), tr("Status"), tr("Chart"), tr("App version"), tr("Description")});
    m_table->header()->setStretchLastSection(true);
    m_table->setToolTip(tr("Select two revisions to compare them"));
    m_checkpoints->setObjectName(QStringLiteral("upgradeCheckpointsTable"));
    m_checkpoints->setRootIsDecorated(false);
    m_checkpoints->setUniformRowHeights(true);
    m_checkpoints->setHeaderLabels({tr("Started"), tr("Operation"), tr("Revisions"), tr("Chart"), tr("Backup"), tr("Outcome"),
                                    tr("Duration")});
    m_checkpoints->header()->setStretchLastSection(true);
    m_checkpoints->setToolTip(tr("The upgrades, rollbacks and recoveries Chartroom ran on this release"));
    m_from->setObjectName(QStringLiteral("fromRevisionCombo"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setObjectName(QStringLiteral("toRevisionCombo"));
    m_diffTabs->setObjectName(QStringLiteral("diffTabs"));
    m_diffTabs->setDocumentMode(true);
    m_valuesDiff->setObjectName(QStringLiteral("valuesDiff"));
    m_manifestDiff->setObjectName(QStringLiteral("manifestDiff"));
    m_diffTabs->addTab(m_valuesDiff, tr("Values"));
    m_diffTabs->addTab(m_manifestDiff, tr("Manifest"));

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare revision")));
    compareRow->addWidget(m_from);
    compareRow->addWidget(new QLabel(tr("with")));
    compareRow->addWidget(m_to);
    compareRow->addStretch();
    auto *diffPane = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(compareRow);
    diffLayout->addWidget(m_diffTabs, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_checkpoints);
    split->addWidget(diffPane);
    split->setStretchFactor(2, 3);
    split->setSizes({fontMetrics().height() * 7, fontMetrics().height() * 4, fontMetrics().height() * 30});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);

    connect(m_loader, &inventory::ReleaseDetailsLoader::historyLoaded, this, &HistoryView::handleHistory);
    connect(m_loader, &inventory::ReleaseDetailsLoader::historyFailed, this, &HistoryView::handleHistoryFailed);
    connect(m_loader, &inventory::ReleaseDetailsLoader::partLoaded, this, &HistoryView::handlePart);
    connect(m_loader, &inventory::ReleaseDetailsLoader::partFailed, this, &HistoryView::handlePartFailed);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &HistoryView::compareSelected);
    connect(m_from, &QComboBox::activated, this, &HistoryView::compareFromCombos);
    connect(m_to, &QComboBox::activated, this, &HistoryView::compareFromCombos);
    setRelease(std::nullopt);
}

HistoryView::~HistoryView() = default;

void HistoryView::setRelease(const std::optional<inventory::Release> &release)
{
    m_release = release;
    m_requested = false;
    m_texts.clear();
    m_errors.clear();
    m_table->clear();
    m_checkpoints->clear();
    m_checkpoints->setVisible(false);
    ++m_checkpointGeneration;
    m_from->clear();
    m_to->clear();
    m_state->clear();
    m_state->setVisible(false);
    m_valuesDiff->setMessage({});
    m_manifestDiff->setMessage({});
}

void HistoryView::load()
{
    if (!m_release || m_requested)
        return;
    if (!m_loader->hasTools()) {
        m_state->setText(tr("The history needs helm; it is still being checked or was not found."));
        m_state->setVisible(true);
        return;
    }
    m_requested = true;
    m_state->setText(tr("Loading the revision history…"));
    m_state->setVisible(true);
    m_loader->requestHistory(*m_release);
    loadCheckpoints();
}

void HistoryView::loadCheckpoints()
{
    const QString key = m_release->key();
    const int generation = m_checkpointGeneration;
    // The checkpoints are a file: read off the UI thread; a late answer for another release is dropped.
    auto *watcher = new QFutureWatcher<Result<QList<upgrade::UpgradeCheckpoint>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, generation] {
        watcher->deleteLater();
        if (generation != m_checkpointGeneration)
            return;
        const Result<QList<upgrade::UpgradeCheckpoint>> listed = watcher->result();
        showCheckpoints(key, listed ? listed.value() : QList<upgrade::UpgradeCheckpoint>(), listed ? QString() : listed.error().message);
    });
    watcher->setFuture(QtConcurrent::run(
        [key] { return upgrade::UpgradeCheckpointStore(upgrade::UpgradeCheckpointStore::defaultPath()).list(key); }));
}

void HistoryView::showCheckpoints(const QString &key, const QList<upgrade::UpgradeCheckpoint> &checkpoints, const QString &error)
{
    if (!m_release || key != m_release->key())
        return;
    m_checkpoints->clear();
    m_checkpoints->setVisible(!checkpoints.isEmpty() || !error.isEmpty());
    if (!error.isEmpty()) {
        new QTreeWidgetItem(m_checkpoints, {tr("Could not read Chartroom's upgrade records: %1").arg(error)});
        return;
    }
    // Newest first, like the revisions above.
    for (auto it = checkpoints.crbegin(); it != checkpoints.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_checkpoints);
        item->setText(0, QLocale().toString(it->startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, it->strategy.isEmpty() ? it->operation : tr("%1 (%2)").arg(it->operation, it->strategy));
        item->setText(2, it->toRevision > 0 ? tr("%1 → %2").arg(it->fromRevision).arg(it->toRevision) : QString::number(it->fromRevision));
        item->setText(3, it->fromChart == it->toChart || it->toChart.isEmpty() ? it->fromChart : tr("%1 → %2").arg(it->fromChart, it->toChart));
        item->setText(4, it->backupSkipped ? tr("skipped (confirmed)") : it->backupId);
        item->setText(5, it->outcome);
        item->setToolTip(5, it->error);
        item->setText(6, inventory::formatDurationMs(it->durationMs));
    }
    for (int column = 0; column < 6; ++column)
        m_checkpoints->resizeColumnToContents(column);
}

void HistoryView::handleHistory(const QString &key, const QList<kube::HelmRevision> &revisions)
{
    if (!m_release || key != m_release->key())
        return;
    m_state->setVisible(false);
    m_table->clear();
    m_from->clear();
    m_to->clear();
    const QDateTime now = QDateTime::currentDateTime();
    // Newest first, as users read a history.
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(0, Qt::DisplayRole, it->revision);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, it->updated.isValid() ? inventory::formatAge(it->updated.secsTo(now)) : QString());
        item->setToolTip(1, QLocale().toString(it->updated.toLocalTime(), QLocale::LongFormat));
        item->setText(2, it->status);
        item->setText(3, it->chart);
        item->setText(4, it->appVersion);
        item->setText(5, it->description);
        item->setToolTip(5, it->description);
        const QString label = tr("%1 (%2)").arg(it->revision).arg(it->status);
        m_from->addItem(label, it->revision);
        m_to->addItem(label, it->revision);
    }
    for (int column = 0; column < 5; ++column)
        m_table->resizeColumnToContents(column);
    if (revisions.size() < 2) {
        m_valuesDiff->setMessage(tr("Only one revision: nothing to compare yet."));
        m_manifestDiff->setMessage(tr("Only one revision: nothing to compare yet."));
        return;
    }
    compare(revisions.at(revisions.size() - 2).revision, revisions.last().revision);
}

void HistoryView::handleHistoryFailed(const QString &key, const QString &error)
{
    if (!m_release || key != m_release->key())
        return;
    m_requested = false;
    m_state->setText(tr("Could not read the history: %1").arg(error));
    m_state->setVisible(true);
}

void HistoryView::compare(int fromRevision, int toRevision)
{
    if (!m_release)
        return;
    const QSignalBlocker blockTable(m_table);
    m_from->setCurrentIndex(m_from->findData(fromRevision));
    m_to->setCurrentIndex(m_to->findData(toRevision));
    m_table->clearSelection();
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_table->topLevelItem(row);
        const int revision = item->data(0, Qt::DisplayRole).toInt();
        item->setSelected(revision == fromRevision || revision == toRevision);
    }
    for (int revision : {fromRevision, toRevision})
        for (Part part : {Part::UserValues, Part::Manifest})
            if (!m_texts.contains(textKey(part, revision)))
                m_loader->requestPart(*m_release, part, revision);
    updateDiffs();
}

void HistoryView::compareSelected()
{
    QList<int> revisions;
    for (QTreeWidgetItem *item : m_table->selectedItems())
        revisions << item->data(0, Qt::DisplayRole).toInt();
    if (revisions.size() != 2)
        return;
    std::sort(revisions.begin(), revisions.end());
    compare(revisions.first(), revisions.last());
}

void HistoryView::compareFromCombos()
{
    if (m_from->currentIndex() >= 0 && m_to->currentIndex() >= 0)
        compare(m_from->currentData().toInt(), m_to->currentData().toInt());
}

void HistoryView::handlePart(const QString &key, int part, int revision, const QString &text)
{
    if (!m_release || key != m_release->key() || revision == 0)
        return;
    m_texts.insert(textKey(static_cast<Part>(part), revision), text);
    updateDiffs();
}

void HistoryView::handlePartFailed(const QString &key, int part, int revision, const QString &error)
{
    if (!m_release || key != m_release->key() || revision == 0)
        return;
    m_errors.insert(textKey(static_cast<Part>(part), revision), error);
    updateDiffs();
}

void HistoryView::updateDiffs()
{
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    if (from <= 0 || to <= 0)
        return;
    const auto show = [this, from, to](Part part, DiffView *view) {
        for (int revision : {from, to}) {
            if (const QString error = m_errors.value(textKey(part, revision)); !error.isEmpty()) {
                view->setMessage(tr("Could not read revision %1: %2").arg(revision).arg(error));
                return;
            }
        }
        if (!m_texts.contains(textKey(part, from)) || !m_texts.contains(textKey(part, to))) {
            view->setMessage(tr("Loading revisions %1 and %2…").arg(from).arg(to));
            return;
        }
        const QString before = m_texts.value(textKey(part, from));
        const QString after = m_texts.value(textKey(part, to));
        if (part == Part::Manifest)
            view->setManifestDiff(inventory::diffManifests(before, after));
        else
            view->setTextDiff(sideBySideDiff(before, after));
    };
    show(Part::UserValues, m_valuesDiff);
    show(Part::Manifest, m_manifestDiff);
}

} // namespace chartroom::ui
