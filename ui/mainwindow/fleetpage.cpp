#include "fleetpage.h"

#include "runtime.h"

#include "backup/backupselection.h"
#include "dashboard/dashboardview.h"
#include "details/releasedetailspane.h"
#include "fleet/fleettreeview.h"
#include "fleet/fleetworkspace.h"
#include "kube/toolinfo.h"
#include "models/fleetfilterproxy.h"
#include "models/fleettreemodel.h"
#include "backup/drillplan.h"
#include "rbac/accessprobejob.h"
#include "rbac/acceptancestore.h"
#include "rbac/rbacbadges.h"
#include "fleet/upgradebadgeupdater.h"
#include "rbac/rbaccollectjob.h"
#include "rbac/ruleengine.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

QLabel *selectableLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

FleetPage::FleetPage(Runtime &runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_helmIcon(new QLabel)
    , m_helmText(selectableLabel())
    , m_kubectlIcon(new QLabel)
    , m_kubectlText(selectableLabel())
    , m_kubeconfigText(selectableLabel())
    , m_checkButton(new QPushButton(tr("Check &Tools")))
    , m_workspace(new FleetWorkspace(runtime))
    , m_backupAction(new QAction(tr("&Back Up…"), this))
    , m_restoreAction(new QAction(tr("&Restore…"), this))
    , m_drillAction(new QAction(tr("Run Restore &Drill…"), this))
    , m_rbacAction(new QAction(tr("Review RB&AC…"), this))
    , m_upgradeAction(new QAction(tr("&Upgrade…"), this))
    , m_backupActionTimer(new QTimer(this))
    , m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("fleetPage"));

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/chartroom.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(tr("Your fleet will appear here"));
    heading->setObjectName(QStringLiteral("fleetHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(
        tr("Chartroom lists the Helm releases on your clusters, grouped by disaster-recovery tier "
           "with their RTO and RPO status. It reads them with helm and kubectl: once both are found, "
           "your fleet appears here. The job queue below records every helm and kubectl command."));
    intro->setObjectName(QStringLiteral("fleetIntro"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto *toolsBox = new QGroupBox(tr("Tools"));
    toolsBox->setObjectName(QStringLiteral("toolsGroup"));
    auto *form = new QFormLayout(toolsBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    const auto toolRow = [](QLabel *icon, QLabel *text) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        icon->setFixedSize(16, 16);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        return row;
    };
    m_helmText->setObjectName(QStringLiteral("helmStatus"));
    m_kubectlText->setObjectName(QStringLiteral("kubectlStatus"));
    m_kubeconfigText->setObjectName(QStringLiteral("kubeconfigStatus"));
    form->addRow(tr("helm:"), toolRow(m_helmIcon, m_helmText));
    form->addRow(tr("kubectl:"), toolRow(m_kubectlIcon, m_kubectlText));
    form->addRow(tr("Kubeconfig:"), m_kubeconfigText);

    m_checkButton->setObjectName(QStringLiteral("checkToolsButton"));
    m_checkButton->setToolTip(tr("Find helm and kubectl again and ask each for its version"));
    connect(m_checkButton, &QPushButton::clicked, this, &FleetPage::checkToolsRequested);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_checkButton);
    form->addRow(buttonRow);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(toolsBox);
    column->addStretch(3);

    // Keep the text at a readable measure on wide windows.
    auto *holder = new QWidget;
    holder->setLayout(column);
    holder->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto *emptyState = new QWidget;
    emptyState->setObjectName(QStringLiteral("fleetEmptyState"));
    auto *outer = new QHBoxLayout(emptyState);
    outer->addStretch();
    outer->addWidget(holder, 10);
    outer->addStretch();
    m_stack->addWidget(emptyState);
    m_stack->addWidget(m_workspace);
    connect(m_workspace, &FleetWorkspace::fleetShown, this, &FleetPage::refresh);
    connect(m_workspace, &FleetWorkspace::fleetShown, this, &FleetPage::updateRbacAction);

    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save"), style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setIcon(QIcon::fromTheme(QStringLiteral("document-revert"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_drillAction->setObjectName(QStringLiteral("drillAction"));
    m_upgradeAction->setObjectName(QStringLiteral("upgradeAction"));
    m_upgradeAction->setIcon(QIcon::fromTheme(QStringLiteral("system-software-update"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_rbacAction->setObjectName(QStringLiteral("rbacAction"));
    m_rbacAction->setIcon(QIcon::fromTheme(QStringLiteral("security-medium"), style()->standardIcon(QStyle::SP_MessageBoxWarning)));
    FleetTreeView *tree = m_workspace->tree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, &FleetPage::showInventoryMenu);
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetPage::updateBackupAction);
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetPage::updateRestoreAction);
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetPage::updateUpgradeAction);
    // A scan replaces rows under the selection: what it covers may have changed. Coalesced, since
    // a scan of a large fleet inserts rows context by context.
    m_backupActionTimer->setSingleShot(true);
    m_backupActionTimer->setInterval(50);
    connect(m_backupActionTimer, &QTimer::timeout, this, &FleetPage::updateBackupAction);
    connect(m_backupActionTimer, &QTimer::timeout, this, &FleetPage::updateRestoreAction);
    connect(m_backupActionTimer, &QTimer::timeout, this, &FleetPage::updateRbacAction);
    connect(m_backupActionTimer, &QTimer::timeout, this, &FleetPage::updateUpgradeAction);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_workspace->proxy(), signal, m_backupActionTimer, qOverload<>(&QTimer::start));
    connect(m_workspace->proxy(), &QAbstractItemModel::modelReset, m_backupActionTimer, qOverload<>(&QTimer::start));

    // The Overview's "Backups" section and the RPO columns come from the repository snapshot.
    m_workspace->detailsPane()->setBackupSource([this](const QString &key) {
        ReleaseDetailsPane::Backups backups;
        backups.repository = QDir::toNativeSeparators(m_runtime.backupRepositoryLocation());
        backups.error = m_runtime.backupError();
        backups.loaded = m_runtime.backupsLoaded();
        backups.list = m_runtime.backupsOf(key);
        backups.drillError = m_runtime.drillError();
        return backups;
    });
    // The Overview's "RBAC" section: the inventory's RBAC column, in full.
    m_workspace->detailsPane()->setRbacSource([this](const QString &key) {
        ReleaseDetailsPane::Rbac rbac;
        const auto &badges = m_workspace->model()->rbacBadges();
        const auto found = badges.constFind(key);
        rbac.reviewed = found != badges.cend();
        if (rbac.reviewed) {
            rbac.summary = found->text;
            rbac.openFindings = found->toolTip.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        return rbac;
    });
    // The Upgrade column and the Overview's Upgrade row: newer chart versions at remembered sources.
    (new UpgradeBadgeUpdater(m_runtime, m_workspace, this))->setObjectName(QStringLiteral("upgradeBadgeUpdater"));
    connect(&m_runtime, &Runtime::backupsChanged, this, &FleetPage::applyBackups);
    connect(&m_runtime, &Runtime::backupsChanged, this, &FleetPage::updateRestoreAction);
    // The cached fleet carries the RPO of its day: bring it up to date once it is shown.
    connect(m_workspace, &FleetWorkspace::fleetShown, this, &FleetPage::applyBackups);
    m_workspace->start();
    updateBackupAction();
    updateRestoreAction();
    m_runtime.refreshBackups(); // the first snapshot of the repository

    connect(&m_runtime.tools(), &kube::ToolProbe::finished, this, &FleetPage::refresh);
    connect(&m_runtime.tools(), &kube::ToolProbe::finished, this, &FleetPage::updateRbacAction);
    connect(&m_runtime.tools(), &kube::ToolProbe::finished, this, &FleetPage::updateDrillAction);
    connect(&m_runtime.scanner(), &inventory::InventoryScanner::scanFinished, this, &FleetPage::probeAccess);
    connect(&m_runtime.scanner(), &inventory::InventoryScanner::scanFinished, this, &FleetPage::reviewRbac);
    // An acceptance changes what is open: evaluate the last collection again, no rescan.
    connect(&m_runtime, &Runtime::rbacAcceptancesChanged, this, [this] {
        if (!m_rbacSnapshots.isEmpty())
            evaluateRbac();
    });
    updateRbacAction();
    connect(&m_runtime.tools(), &kube::ToolProbe::finished, this, &FleetPage::updateUpgradeAction);
    updateUpgradeAction();
    // Each tool's result is in place once its version job has finished; show it without waiting
    // for the other tool.
    connect(&m_runtime.queue(), &jobs::JobQueue::jobFinished, this, &FleetPage::refresh);
    refresh();
}

FleetPage::~FleetPage() = default;

QStringList FleetPage::kubeconfigPaths()
{
    const QString variable = qEnvironmentVariable("KUBECONFIG");
    if (!variable.isEmpty())
        return variable.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

QList<inventory::Release> FleetPage::selectedReleases() const
{
    const QModelIndex current = m_workspace->tree()->currentIndex();
    if (!current.isValid())
        return {};
    const models::FleetFilterProxy *proxy = m_workspace->proxy();
    const models::FleetTreeModel *model = m_workspace->model();
    QList<inventory::Release> releases;
    // What is shown under the row: a filtered-out release is not backed up by accident.
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &index) {
        if (const inventory::Release *release = model->release(proxy->mapToSource(index))) {
            releases << *release;
            return;
        }
        for (int row = 0; row < proxy->rowCount(index); ++row)
            collect(proxy->index(row, 0, index));
    };
    collect(current.siblingAtColumn(0));
    return releases;
}

void FleetPage::updateBackupAction()
{
    const QList<inventory::Release> releases = selectedReleases();
    if (releases.isEmpty()) { // no catalog needed (it may still be loading at start-up)
        m_backupAction->setEnabled(false);
        m_backupAction->setToolTip(BackupSelection::noSelectionReason());
        return;
    }
    const BackupSelection selection = BackupSelection::from(releases, m_runtime.catalog());
    if (const QString denied = accessDenied(releases, rbac::UserAccess::Action::BackupExec);
        selection.disabledReason.isEmpty() && !denied.isEmpty()) {
        m_backupAction->setEnabled(false);
        m_backupAction->setToolTip(denied);
        return;
    }
    m_backupAction->setEnabled(selection.disabledReason.isEmpty());
    m_backupAction->setToolTip(selection.disabledReason.isEmpty()
                                   ? tr("Back up the %n selected release(s) to the backup repository", nullptr,
                                        selection.backupable)
                                   : selection.disabledReason);
}

void FleetPage::updateRestoreAction()
{
    const QString repository = QDir::toNativeSeparators(m_runtime.backupRepositoryLocation());
    const QList<inventory::Release> releases = selectedReleases();
    QString reason;
    QString enabledTip;
    if (!m_runtime.backupsLoaded()) {
        reason = tr("Reading the backup repository…");
    } else if (!m_runtime.backupError().isEmpty()) {
        reason = tr("The backup repository %1 cannot be read: %2").arg(repository, m_runtime.backupError());
    } else if (!m_runtime.backupIndex() || m_runtime.backupIndex()->backupCount() == 0) {
        reason = tr("There are no backups at %1: back up first").arg(repository);
    } else if (releases.size() == 1) {
        const QString name = releases.first().name;
        const QList<backup::BackupRecord> records = m_runtime.backupsOf(releases.first().key());
        const bool restorable = std::any_of(records.cbegin(), records.cend(), [](const backup::BackupRecord &record) {
            return record.manifest && (record.state == backup::BackupState::Verified ||
                                       record.state == backup::BackupState::Unverified);
        });
        if (records.isEmpty())
            reason = tr("There are no backups of %1 in %2").arg(name, repository);
        else if (!restorable)
            reason = tr("No backup of %1 can be restored: every one is bad, failed or incomplete").arg(name);
        else if (const QString denied = accessDenied(releases, rbac::UserAccess::Action::Restore); !denied.isEmpty())
            reason = denied;
        else
            enabledTip = tr("Restore %1 from one of its backups").arg(name);
    } else {
        enabledTip = tr("Restore a release from its backups in %1").arg(repository);
    }
    m_restoreAction->setEnabled(reason.isEmpty());
    m_restoreAction->setToolTip(reason.isEmpty() ? enabledTip : reason);
    updateDrillAction();
}

void FleetPage::updateDrillAction()
{
    const QList<inventory::Release> releases = selectedReleases();
    QString reason;
    if (releases.size() != 1) {
        reason = tr("Select one release to drill its latest verified backup");
    } else if (!m_runtime.tools().kubectl().isUsable() || !m_runtime.tools().helm().isUsable()) {
        reason = tr("helm and kubectl must be usable: check the tools first");
    } else if (!m_runtime.backupsLoaded()) {
        reason = tr("Reading the backup repository…");
    } else if (!backup::latestVerifiedBackup(m_runtime.backupsOf(releases.first().key()))) {
        reason = tr("%1 has no verified backup to drill").arg(releases.first().name);
    } else if (const QString denied = accessDenied(releases, rbac::UserAccess::Action::Restore); !denied.isEmpty()) {
        reason = denied;
    }
    m_drillAction->setEnabled(reason.isEmpty());
    m_drillAction->setToolTip(reason.isEmpty()
                                  ? tr("Restore the latest verified backup of %1 into a scratch namespace, time it "
                                       "against the RTO and delete the namespace again")
                                        .arg(releases.first().name)
                                  : reason);
}

void FleetPage::updateUpgradeAction()
{
    const QList<inventory::Release> releases = selectedReleases();
    QString reason;
    if (releases.isEmpty())
        reason = tr("Select a release to upgrade");
    else if (releases.size() != 1)
        reason = tr("Select one release: upgrades run one release at a time");
    else if (!m_runtime.tools().helm().isUsable())
        reason = tr("helm is not usable: check the tools first");
    else if (const QString denied = accessDenied(releases, rbac::UserAccess::Action::Upgrade); !denied.isEmpty())
        reason = denied;
    m_upgradeAction->setEnabled(reason.isEmpty());
    m_upgradeAction->setToolTip(!reason.isEmpty()                ? reason
                                : releases.first().isPending() ? tr("%1 is stuck in %2: recover it to its last deployed revision "
                                                                    "(previewed first), then upgrade it")
                                                                     .arg(releases.first().name, releases.first().status)
                                                               : tr("Upgrade %1: see every change first, then choose how it runs")
                                                                     .arg(releases.first().name));
}

void FleetPage::updateRbacAction()
{
    QString reason;
    if (!m_runtime.tools().kubectl().isUsable())
        reason = tr("kubectl is not usable: check the tools first");
    else if (!m_workspace->hasFleet())
        reason = tr("There is no fleet to review yet: scan your clusters first");
    m_rbacAction->setEnabled(reason.isEmpty());
    m_rbacAction->setToolTip(reason.isEmpty() ? tr("Review what the RBAC of the selected releases (or the whole fleet) "
                                                   "allows, and accept or keep open each finding")
                                              : reason);
}

const rbac::UserAccess &FleetPage::userAccess() const
{
    return m_runtime.userAccess();
}

QString FleetPage::accessDenied(const QList<inventory::Release> &releases, rbac::UserAccess::Action action) const
{
    for (const inventory::Release &release : releases) {
        QStringList kinds; // what the release runs: an upgrade patches and a restore scales those
        for (const inventory::Workload &workload : release.workloads)
            if (!kinds.contains(workload.kind))
                kinds << workload.kind;
        const rbac::UserAccess::Decision decision =
            m_runtime.userAccess().canPerform(release.context, action, release.namespaceName, kinds);
        if (!decision.allowed())
            return decision.reason;
    }
    return {};
}

void FleetPage::probeAccess()
{
    QMap<QString, QStringList> namespaces; // context → the namespaces its releases are in
    for (const inventory::Release &release : m_runtime.scanner().fleet().releases)
        if (!namespaces[release.context].contains(release.namespaceName))
            namespaces[release.context] << release.namespaceName;
    for (QStringList &list : namespaces)
        list << QString(); // the cluster-scoped list: charts with cluster-wide objects
    const rbac::RbacCommands commands(m_runtime.tools().kubectl().path, m_runtime.tools().helm().path);
    for (auto it = namespaces.cbegin(); it != namespaces.cend(); ++it) {
        jobs::Job *job = m_runtime.queue().enqueue(std::make_unique<rbac::AccessProbeJob>(commands, it.key(), it.value()),
                                                   jobs::JobOptions{0, it.key()});
        connect(job, &jobs::Job::finished, this, [this](jobs::Job *finished) {
            // Whatever was read counts; a namespace that failed stays unknown (the action then
            // runs and fails with the server's own message).
            if (auto *probe = qobject_cast<rbac::AccessProbeJob *>(finished))
                probe->applyTo(m_runtime.userAccess());
            updateBackupAction();
            updateRestoreAction();
            updateUpgradeAction();
        });
    }
}

void FleetPage::reviewRbac()
{
    const int generation = ++m_rbacGeneration;
    QStringList contexts;
    for (const inventory::Release &release : m_runtime.scanner().fleet().releases)
        if (!contexts.contains(release.context))
            contexts << release.context;
    const rbac::RbacCommands commands(m_runtime.tools().kubectl().path, m_runtime.tools().helm().path);
    auto snapshots = std::make_shared<QList<rbac::RbacSnapshot>>();
    auto pending = std::make_shared<qsizetype>(contexts.size());
    for (const QString &context : std::as_const(contexts)) {
        jobs::Job *job = m_runtime.queue().enqueue(std::make_unique<rbac::RbacCollectJob>(commands, context),
                                                   jobs::JobOptions{0, context});
        connect(job, &jobs::Job::finished, this, [this, generation, snapshots, pending](jobs::Job *finished) {
            auto *collect = qobject_cast<rbac::RbacCollectJob *>(finished);
            if (collect && finished->state() == jobs::JobState::Succeeded)
                *snapshots << collect->snapshot();
            if (--*pending > 0 || generation != m_rbacGeneration)
                return;
            m_rbacSnapshots = *snapshots;
            evaluateRbac();
        });
    }
}

void FleetPage::evaluateRbac()
{
    // Evaluating and reading the acceptances run off the UI thread, on copies; only the newest
    // evaluation's answer is shown.
    const int evaluation = ++m_rbacEvaluation;
    using Badges = QHash<QString, models::FleetTreeModel::RbacBadge>;
    const catalog::ProfileCatalog *profiles = &m_runtime.catalog();
    const QList<inventory::Release> releases = m_runtime.scanner().fleet().releases;
    const QList<rbac::RbacSnapshot> read = m_rbacSnapshots;
    auto *watcher = new QFutureWatcher<Badges>(this);
    connect(watcher, &QFutureWatcher<Badges>::finished, this, [this, watcher, evaluation] {
        watcher->deleteLater();
        if (evaluation != m_rbacEvaluation)
            return;
        m_workspace->model()->setRbacBadges(watcher->result());
        m_workspace->detailsPane()->refreshBackups(); // its RBAC section
    });
    watcher->setFuture(QtConcurrent::run([read, profiles, releases] {
        QList<rbac::Finding> findings;
        QStringList reviewed;
        const rbac::RuleEngine engine(profiles);
        for (const rbac::RbacSnapshot &snapshot : read) {
            findings << engine.evaluate(snapshot);
            reviewed << snapshot.context;
        }
        rbac::AcceptanceStore store;
        if (store.load().ok())
            store.apply(findings);
        return rbacBadges(findings, releases, reviewed);
    }));
}

void FleetPage::applyBackups()
{
    if (!m_runtime.backupsLoaded())
        return; // an empty first snapshot would wipe the cached fleet's backup times
    m_runtime.applyBackupsToFleet();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_workspace->model()->updateReleases([this, &now](inventory::Release &release) {
        return m_runtime.applyBackupsTo(release, now);
    });
    ReleaseDetailsPane *pane = m_workspace->detailsPane();
    if (pane->release()) {
        inventory::Release shown = *pane->release();
        m_runtime.applyBackupsTo(shown, now);
        pane->setRelease(shown, pane->statusNote());
    }
    if (!m_runtime.scanner().fleet().releases.isEmpty())
        m_workspace->dashboard()->setFleet(m_runtime.scanner().fleet());
}

void FleetPage::showInventoryMenu(const QPoint &position)
{
    if (!m_workspace->tree()->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("inventoryContextMenu"));
    menu.addAction(m_backupAction);
    menu.addAction(m_restoreAction);
    menu.addAction(m_drillAction);
    menu.addSeparator();
    menu.addAction(m_rbacAction);
    menu.addAction(m_upgradeAction);
    menu.exec(m_workspace->tree()->viewport()->mapToGlobal(position));
}

void FleetPage::refresh()
{
    setToolRow(m_helmIcon, m_helmText, QStringLiteral("helm"));
    setToolRow(m_kubectlIcon, m_kubectlText, QStringLiteral("kubectl"));
    m_checkButton->setEnabled(!m_runtime.tools().isRunning());

    QStringList lines;
    for (const QString &path : kubeconfigPaths()) {
        const QString shown = QDir::toNativeSeparators(path);
        lines << (QFileInfo::exists(path) ? shown : tr("%1 (does not exist yet)").arg(shown));
    }
    if (qEnvironmentVariableIsSet("KUBECONFIG"))
        lines << tr("from the KUBECONFIG environment variable");
    m_kubeconfigText->setText(lines.join(QLatin1Char('\n')));

    // The empty state stays only while there is neither a fleet to show nor tools to scan one.
    const kube::ToolProbe &probe = m_runtime.tools();
    const bool usable = probe.helm().isUsable() && probe.kubectl().isUsable();
    m_stack->setCurrentWidget(m_workspace->hasFleet() || usable ? static_cast<QWidget *>(m_workspace)
                                                                 : m_stack->widget(0));
}

void FleetPage::setToolRow(QLabel *icon, QLabel *text, const QString &toolName)
{
    const kube::ToolProbe &probe = m_runtime.tools();
    const kube::ToolInfo &info = toolName == QLatin1String("helm") ? probe.helm() : probe.kubectl();
    // A tool is pending while its own version check runs; the other may be done already.
    const bool pending = probe.isRunning() && info.version.isNull() && info.error.isEmpty();
    if (pending) {
        icon->clear();
        text->setText(tr("Checking…"));
        text->setToolTip({});
        return;
    }
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString message;
    if (info.name.isEmpty()) {
        message = tr("Not checked yet");
    } else if (info.isUsable()) {
        pixmap = QStyle::SP_DialogApplyButton;
        message = tr("kubectl %1 — %2").arg(info.version.toString(), QDir::toNativeSeparators(info.path));
        if (toolName == QLatin1String("helm"))
            message = tr("helm %1 (major version %2) — %3")
                          .arg(info.version.toString())
                          .arg(info.majorVersion())
                          .arg(QDir::toNativeSeparators(info.path));
    } else {
        pixmap = QStyle::SP_MessageBoxWarning;
        message = info.path.isEmpty() ? tr("Not found. Install it, or set its path in Tools ▸ Settings.")
                                      : tr("%1 — %2").arg(QDir::toNativeSeparators(info.path), info.error);
    }
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(16, 16));
    text->setText(message);
    text->setToolTip(info.versionText);
}

} // namespace chartroom::ui
