#include "fleetworkspace.h"

#include "fleetfilterbar.h"
#include "fleettreeview.h"
#include "missedupgradesbar.h"

#include "dashboard/dashboardview.h"
#include "details/releasedetailspane.h"
#include "dialogs/contextsdialog.h"
#include "runtime.h"

#include "core/logging.h"
#include "inventory/formatting.h"
#include "inventory/releasedetailsloader.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

using models::FleetTreeModel;

enum Tab { InventoryTab, DashboardTab };

/// A slim message strip (icon + wrapped text) on a tinted background taken from the palette.
QWidget *messageStrip(const QString &name, QStyle::StandardPixmap icon, QLabel *&text, QWidget *owner)
{
    auto *strip = new QFrame;
    strip->setObjectName(name);
    strip->setFrameShape(QFrame::StyledPanel);
    strip->setAutoFillBackground(true);
    QPalette palette = strip->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = icon == QStyle::SP_MessageBoxWarning ? QColor(0xe0, 0xa1, 0x1b) : palette.color(QPalette::Highlight);
    palette.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.85f + tint.redF() * 0.15f,
                                                        base.greenF() * 0.85f + tint.greenF() * 0.15f,
                                                        base.blueF() * 0.85f + tint.blueF() * 0.15f));
    strip->setPalette(palette);
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(owner->style()->standardIcon(icon, nullptr, owner).pixmap(16, 16));
    text = new QLabel;
    text->setObjectName(name + QStringLiteral("Label"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    strip->setVisible(false);
    return strip;
}

bool toolsUsable(Runtime &runtime)
{
    return runtime.tools().helm().isUsable() && runtime.tools().kubectl().isUsable();
}

} // namespace

FleetWorkspace::FleetWorkspace(Runtime &runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_model(new FleetTreeModel(this))
    , m_proxy(new models::FleetFilterProxy(this))
    , m_loader(new inventory::ReleaseDetailsLoader(&runtime.queue(), this))
    , m_refreshAction(new QAction(tr("&Refresh Fleet"), this))
    , m_contextsAction(new QAction(tr("&Contexts…"), this))
    , m_findAction(new QAction(tr("&Find Release"), this))
    , m_tabs(new QTabWidget)
    , m_filterBar(nullptr)
    , m_treeStack(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_tree(new FleetTreeView)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_details(new ReleaseDetailsPane(m_loader))
    , m_dashboard(new DashboardView)
    , m_staleBanner(nullptr)
    , m_staleLabel(nullptr)
    , m_errorBanner(nullptr)
    , m_errorLabel(nullptr)
    , m_missedUpgrades(new MissedUpgradesBar(upgrade::ScheduledUpgradeStore::defaultPath()))
    , m_progress(new QProgressBar)
    , m_autoRefresh(new QTimer(this))
    , m_dashboardTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("fleetWorkspace"));
    m_proxy->setSourceModel(m_model);
    m_filterBar = new FleetFilterBar(m_proxy, m_model);
    m_staleBanner = messageStrip(QStringLiteral("staleBanner"), QStyle::SP_MessageBoxInformation, m_staleLabel, this);
    m_errorBanner = messageStrip(QStringLiteral("scanErrorBanner"), QStyle::SP_MessageBoxWarning, m_errorLabel, this);

    m_refreshAction->setObjectName(QStringLiteral("refreshFleetAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refreshAction->setToolTip(tr("Scan every context of the fleet again (F5)"));
    m_contextsAction->setObjectName(QStringLiteral("contextsAction"));
    m_contextsAction->setIcon(QIcon::fromTheme(QStringLiteral("network-server"), style()->standardIcon(QStyle::SP_DriveNetIcon)));
    m_contextsAction->setToolTip(tr("Choose the kubeconfig contexts and namespaces that form the fleet"));
    m_findAction->setObjectName(QStringLiteral("findReleaseAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_refreshAction, &QAction::triggered, this, &FleetWorkspace::refresh);
    connect(m_contextsAction, &QAction::triggered, this, &FleetWorkspace::showContextsDialog);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(InventoryTab);
        m_filterBar->focusSearch();
    });

    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 34);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    auto *corner = new QWidget;
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 2);
    cornerLayout->addWidget(m_progress);
    for (QAction *action : {m_refreshAction, m_contextsAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        cornerLayout->addWidget(button);
    }

    m_placeholder->setObjectName(QStringLiteral("fleetPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_tree->setModel(m_proxy);
    m_tree->restoreHeaderState(m_runtime.settings().fleetHeaderState());
    m_treeStack->addWidget(m_placeholder);
    m_treeStack->addWidget(m_tree);

    m_splitter->setObjectName(QStringLiteral("fleetSplitter"));
    m_splitter->addWidget(m_treeStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_runtime.settings().fleetSplitterState()))
        m_splitter->setSizes({640, 420});

    auto *inventoryPage = new QWidget;
    auto *inventoryLayout = new QVBoxLayout(inventoryPage);
    inventoryLayout->setContentsMargins(6, 6, 6, 6);
    inventoryLayout->addWidget(m_filterBar);
    inventoryLayout->addWidget(m_splitter, 1);

    m_tabs->setObjectName(QStringLiteral("fleetTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(inventoryPage, tr("&Inventory"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_missedUpgrades);
    layout->addWidget(m_tabs, 1);

    m_dashboardTimer->setSingleShot(true);
    m_dashboardTimer->setInterval(150);
    connect(m_dashboardTimer, &QTimer::timeout, this, [this] {
        m_dashboard->setFleet(m_runtime.scanner().fleet());
        updateBanners();
    });
    connect(m_autoRefresh, &QTimer::timeout, this, &FleetWorkspace::refresh);
    connect(m_dashboard, &DashboardView::filterRequested, this, &FleetWorkspace::showFiltered);
    connect(m_filterBar, &FleetFilterBar::filtersChanged, m_tree, &FleetTreeView::expandGroups);
    connect(m_filterBar, &FleetFilterBar::groupingChanged, m_tree, &FleetTreeView::expandGroups);
    // Regrouping rebuilds the tree and filtering may hide the selected release: keep the
    // selection on the same release when it is still shown, else empty the detail pane.
    connect(m_filterBar, &FleetFilterBar::filtersChanged, this, &FleetWorkspace::restoreSelection);
    connect(m_filterBar, &FleetFilterBar::groupingChanged, this, &FleetWorkspace::restoreSelection);
    connect(m_tree, &FleetTreeView::headerStateChanged, this, &FleetWorkspace::saveViewState);
    connect(m_splitter, &QSplitter::splitterMoved, this, &FleetWorkspace::saveViewState);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetWorkspace::handleSelection);

    inventory::InventoryScanner &scanner = m_runtime.scanner();
    connect(&scanner, &inventory::InventoryScanner::scanStarted, this, &FleetWorkspace::handleScanStarted);
    connect(&scanner, &inventory::InventoryScanner::contextsRead, this, &FleetWorkspace::updateBanners);
    connect(&scanner, &inventory::InventoryScanner::contextUpdated, this, &FleetWorkspace::handleContextUpdated);
    connect(&scanner, &inventory::InventoryScanner::scanFinished, this, &FleetWorkspace::handleScanFinished);
    connect(&m_runtime.tools(), &kube::ToolProbe::finished, this, &FleetWorkspace::handleToolsProbed);

    applyAutoRefresh();
    updatePlaceholder();
}

FleetWorkspace::~FleetWorkspace() = default;

void FleetWorkspace::start()
{
    m_missedUpgrades->check(); // maintenance windows that passed while Chartroom was not running
    m_runtime.fleetCache().loadAsync(this, [this](std::optional<inventory::Fleet> fleet) { handleCacheLoaded(fleet); });
}

void FleetWorkspace::handleCacheLoaded(const std::optional<inventory::Fleet> &fleet)
{
    // A scan that answered first has fresher data than the disk.
    if (!fleet || m_live)
        return;
    qCInfo(lcUi) << "showing the cached fleet of" << fleet->scannedAt << "with" << fleet->releases.size() << "releases";
    if (!m_runtime.scanner().isScanning())
        m_runtime.scanner().setFleet(*fleet);
    m_cachedAt = fleet->scannedAt;
    m_model->setFleet(*fleet, true);
    for (const inventory::Release &release : fleet->releases)
        m_revisions.insert(release.key(), release.revision);
    m_dashboard->setFleet(*fleet);
    markFleetShown();
    updateBanners();
    updatePlaceholder();
}

void FleetWorkspace::handleToolsProbed()
{
    if (toolsUsable(m_runtime)) {
        const kube::ToolProbe &tools = m_runtime.tools();
        m_loader->setTools(kube::ToolCommands(tools.helm().path, tools.helm().majorVersion(), tools.kubectl().path));
        m_details->loadCurrentTab();
        refresh();
    }
    updateBanners();
    updatePlaceholder();
}

void FleetWorkspace::refresh()
{
    inventory::InventoryScanner &scanner = m_runtime.scanner();
    if (scanner.isScanning() || !toolsUsable(m_runtime))
        return;
    scanner.refresh();
}

int FleetWorkspace::contextsToScan() const
{
    const QStringList selected = m_runtime.settings().fleetContexts();
    int count = 0;
    for (const kube::KubeContext &context : m_runtime.scanner().availableContexts())
        count += selected.isEmpty() || selected.contains(context.name);
    return count;
}

void FleetWorkspace::handleScanStarted()
{
    m_answered.clear();
    m_refreshAction->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading the kubeconfig…"));
    m_progress->setVisible(true);
    updateBanners();
    updatePlaceholder();
}

void FleetWorkspace::handleContextUpdated(const QString &context)
{
    m_live = true;
    m_answered.insert(context);
    const inventory::Fleet &fleet = m_runtime.scanner().fleet();
    QList<inventory::Release> releases;
    for (const inventory::Release &release : fleet.releases) {
        if (release.context != context)
            continue;
        releases << release;
        // A new revision makes the cached values, manifest and history out of date.
        const auto it = m_revisions.constFind(release.key());
        if (it != m_revisions.cend() && *it != release.revision)
            m_loader->invalidate(release.key());
        m_revisions.insert(release.key(), release.revision);
    }
    for (const inventory::ContextStatus &status : fleet.contexts) {
        if (status.name != context)
            continue;
        m_updating = true;
        m_model->setContext(status, releases);
        m_updating = false;
        break;
    }
    // The replaced subtree lost the selection: put it back on the same release.
    restoreSelection();
    const int total = std::max(contextsToScan(), static_cast<int>(m_answered.size()));
    m_progress->setRange(0, total);
    m_progress->setValue(static_cast<int>(m_answered.size()));
    m_progress->setFormat(tr("Scanned %1 of %2 contexts").arg(m_answered.size()).arg(total));
    markFleetShown();
    scheduleDashboardUpdate();
    updatePlaceholder();
}

void FleetWorkspace::handleScanFinished()
{
    m_refreshAction->setEnabled(true);
    m_progress->setVisible(false);
    const inventory::InventoryScanner &scanner = m_runtime.scanner();
    if (scanner.lastError().isEmpty() && !m_answered.isEmpty()) {
        m_cachedAt = {};
        m_runtime.fleetCache().save(scanner.fleet());
        // Contexts that left the kubeconfig (shown from the cache) leave the tree too.
        QSet<QString> known;
        for (const inventory::ContextStatus &status : scanner.fleet().contexts)
            known.insert(status.name);
        bool gone = false;
        for (int row = 0; row < m_model->rowCount(); ++row)
            gone = gone || !known.contains(m_model->index(row, 0).data(FleetTreeModel::ContextRole).toString());
        if (gone) {
            m_model->setFleet(scanner.fleet(), false);
            restoreSelection();
        }
    }
    scheduleDashboardUpdate();
    updateBanners();
    updatePlaceholder();
}

void FleetWorkspace::handleSelection()
{
    if (m_updating)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const QModelIndex source = m_proxy->mapToSource(current);
    const inventory::Release *release = source.isValid() ? m_model->release(source) : nullptr;
    if (!release) {
        m_selectedKey.clear();
        m_details->setRelease(std::nullopt);
        return;
    }
    m_selectedKey = release->key();
    const QString note = source.siblingAtColumn(FleetTreeModel::StatusColumn).data(Qt::ToolTipRole).toString();
    m_details->setRelease(*release, note);
}

void FleetWorkspace::restoreSelection()
{
    if (!m_selectedKey.isEmpty()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfRelease(m_selectedKey));
        if (index.isValid() && index != m_tree->currentIndex())
            m_tree->setCurrentIndex(index);
        if (!index.isValid())
            m_tree->setCurrentIndex({});
    }
    handleSelection();
}

void FleetWorkspace::scheduleDashboardUpdate()
{
    m_dashboardTimer->start();
}

void FleetWorkspace::updateBanners()
{
    const inventory::InventoryScanner &scanner = m_runtime.scanner();
    const bool scanning = scanner.isScanning();
    if (m_cachedAt.isValid()) {
        const QString age = inventory::formatAge(m_cachedAt.secsTo(QDateTime::currentDateTimeUtc()));
        QString text;
        if (scanning)
            text = tr("Showing the fleet as of %1; refreshing…").arg(age);
        else if (m_runtime.tools().isRunning() || m_runtime.tools().helm().name.isEmpty())
            text = tr("Showing the fleet as of %1; checking helm and kubectl before refreshing…").arg(age);
        else if (!toolsUsable(m_runtime))
            text = tr("Showing the fleet as of %1. It cannot be refreshed: helm or kubectl is not usable (see Tools ▸ Settings).").arg(age);
        else
            text = tr("Showing the fleet as of %1. Press F5 to refresh.").arg(age);
        m_staleLabel->setText(text);
    }
    m_staleBanner->setVisible(m_cachedAt.isValid());

    QStringList problems;
    if (!scanner.lastError().isEmpty() && !scanning)
        problems << tr("The fleet could not be scanned: %1").arg(scanner.lastError());
    for (const inventory::ContextStatus &status : scanner.fleet().contexts) {
        if (status.reachability == inventory::ContextStatus::Reachability::Unknown || status.isOk())
            continue;
        problems << tr("%1: %2").arg(status.name, status.error.isEmpty() ? inventory::reachabilityName(status.reachability)
                                                                          : status.error.trimmed());
    }
    m_errorLabel->setText(problems.join(QLatin1Char('\n')));
    m_errorBanner->setVisible(!problems.isEmpty());
}

void FleetWorkspace::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    m_treeStack->setCurrentIndex(empty ? 0 : 1);
    if (!empty)
        return;
    const inventory::InventoryScanner &scanner = m_runtime.scanner();
    QString text;
    if (scanner.isScanning())
        text = tr("Scanning your clusters…");
    else if (!scanner.lastError().isEmpty())
        text = tr("The fleet could not be scanned.");
    else if (m_runtime.tools().isRunning() || m_runtime.tools().helm().name.isEmpty())
        text = tr("Checking helm and kubectl…");
    else if (!toolsUsable(m_runtime))
        text = tr("Chartroom needs helm and kubectl to read your fleet. Set their paths in Tools ▸ Settings.");
    else if (scanner.availableContexts().isEmpty() && m_answered.isEmpty() && !m_live)
        text = tr("Your kubeconfig has no contexts yet.");
    else
        text = tr("No contexts are selected. Choose them with Contexts….");
    m_placeholder->setText(text);
}

void FleetWorkspace::applyAutoRefresh()
{
    const int minutes = m_runtime.settings().autoRefreshMinutes();
    if (minutes <= 0) {
        m_autoRefresh->stop();
        return;
    }
    m_autoRefresh->start(minutes * 60 * 1000);
}

void FleetWorkspace::markFleetShown()
{
    if (m_hasFleet)
        return;
    m_hasFleet = true;
    Q_EMIT fleetShown();
}

void FleetWorkspace::showContextsDialog()
{
    ContextsDialog dialog(m_runtime, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyAutoRefresh();
    refresh();
}

void FleetWorkspace::showFiltered(const FleetFilter &filter)
{
    m_tabs->setCurrentIndex(InventoryTab);
    m_filterBar->applyFilter(filter);
    m_tree->expandGroups();
}

void FleetWorkspace::saveViewState()
{
    m_runtime.settings().setFleetHeaderState(m_tree->headerState());
    m_runtime.settings().setFleetSplitterState(m_splitter->saveState());
}

void FleetWorkspace::hideEvent(QHideEvent *event)
{
    saveViewState();
    QWidget::hideEvent(event);
}

} // namespace chartroom::ui
