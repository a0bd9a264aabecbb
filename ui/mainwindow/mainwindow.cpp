#include "mainwindow.h"

#include "backup/backupwizard.h"
#include "dialogs/settingsdialog.h"
#include "docks/jobsdock.h"
#include "fleet/fleetworkspace.h"
#include "fleetpage.h"
#include "rbac/rbacwizard.h"
#include "restore/drilldialog.h"
#include "restore/restorewizard.h"
#include "upgrade/upgradewizard.h"
#include "runtime.h"

#include "core/apppaths.h"
#include "core/logging.h"
#include "kube/toolinfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUrl>

namespace chartroom::ui {

namespace {

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback, nullptr, widget));
}

} // namespace

MainWindow::MainWindow(Runtime &runtime, QWidget *parent)
    : QMainWindow(parent)
    , m_runtime(runtime)
    , m_fleetPage(new FleetPage(runtime))
    , m_jobsDock(new JobsDock(runtime, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Chartroom"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/chartroom.svg")));
    setCentralWidget(m_fleetPage);
    setDockNestingEnabled(true);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);

    buildMenus();
    buildToolBar();
    buildStatusBar();

    connect(m_fleetPage, &FleetPage::checkToolsRequested, this, &MainWindow::checkTools);
    connect(&m_runtime.tools(), &kube::ToolProbe::finished, this, &MainWindow::updateToolStatus);
    connect(m_jobsDock, &JobsDock::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    jobs::JobQueue &queue = m_runtime.queue();
    connect(&queue, &jobs::JobQueue::jobAdded, this, &MainWindow::updateRunningCount);
    connect(&queue, &jobs::JobQueue::jobStarted, this, &MainWindow::updateRunningCount);
    connect(&queue, &jobs::JobQueue::jobFinished, this, &MainWindow::updateRunningCount);
    connect(&queue, &jobs::JobQueue::jobFinished, this, &MainWindow::updateToolStatus);
    connect(&queue, &jobs::JobQueue::jobAboutToBeRemoved, this, &MainWindow::updateRunningCount);

    if (!m_runtime.journalError().isEmpty())
        statusBar()->showMessage(tr("The job journal is unavailable: %1").arg(m_runtime.journalError()));

    // A sensible first-run size; later runs restore what the user left.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(qMin(1180, available.width() * 9 / 10), qMin(760, available.height() * 9 / 10));
    // The fleet is the main content; the jobs dock keeps a third of the height.
    resizeDocks({m_jobsDock}, {height() * 30 / 100}, Qt::Vertical);
    restoreGeometry(m_runtime.settings().windowGeometry());
    restoreState(m_runtime.settings().windowState());

    updateToolStatus();
    updateRunningCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton, this),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleJobs = m_jobsDock->toggleViewAction();
    toggleJobs->setObjectName(QStringLiteral("toggleJobsDockAction"));
    toggleJobs->setText(tr("&Jobs"));
    toggleJobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(toggleJobs);

    QMenu *fleet = menuBar()->addMenu(tr("F&leet"));
    fleet->setObjectName(QStringLiteral("fleetMenu"));
    const FleetWorkspace *workspace = m_fleetPage->workspace();
    fleet->addAction(workspace->refreshAction());
    fleet->addAction(workspace->findAction());
    fleet->addSeparator();
    fleet->addAction(workspace->contextsAction());

    QMenu *release = menuBar()->addMenu(tr("&Release"));
    release->setObjectName(QStringLiteral("releaseMenu"));
    release->addAction(m_fleetPage->backupAction());
    connect(m_fleetPage->backupAction(), &QAction::triggered, this, &MainWindow::showBackupWizard);
    release->addAction(m_fleetPage->restoreAction());
    connect(m_fleetPage->restoreAction(), &QAction::triggered, this, &MainWindow::showRestoreWizard);
    release->addAction(m_fleetPage->drillAction());
    connect(m_fleetPage->drillAction(), &QAction::triggered, this, &MainWindow::showDrillDialog);
    release->addAction(m_fleetPage->upgradeAction());
    connect(m_fleetPage->upgradeAction(), &QAction::triggered, this, &MainWindow::showUpgradeWizard);
    release->addSeparator();
    release->addAction(m_fleetPage->rbacAction());
    connect(m_fleetPage->rbacAction(), &QAction::triggered, this, &MainWindow::showRbacWizard);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_checkToolsAction = tools->addAction(themedIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, this),
                                          tr("&Check Tools"), this, &MainWindow::checkTools);
    m_checkToolsAction->setObjectName(QStringLiteral("checkToolsAction"));
    m_checkToolsAction->setToolTip(tr("Find helm and kubectl again and ask each for its version"));
    tools->addSeparator();
    m_settingsAction = tools->addAction(themedIcon(QStringLiteral("configure"), QStyle::SP_FileDialogDetailedView, this),
                                        tr("&Settings…"), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *logs = help->addAction(themedIcon(QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon, this),
                                    tr("Open &Log Folder"), this, &MainWindow::openLogFolder);
    logs->setObjectName(QStringLiteral("openLogFolderAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Chartroom"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    // Refresh sits beside the fleet's tabs already; the toolbar holds what acts on releases.
    m_toolBar->addAction(m_fleetPage->backupAction());
    m_toolBar->addAction(m_fleetPage->restoreAction());
    m_toolBar->addAction(m_fleetPage->upgradeAction());
    m_toolBar->addAction(m_fleetPage->rbacAction());
}

QAction *MainWindow::backupAction() const
{
    return m_fleetPage->backupAction();
}

QAction *MainWindow::restoreAction() const
{
    return m_fleetPage->restoreAction();
}

void MainWindow::showWizard(QAction *action, QPointer<QWidget> &open, const std::function<QWidget *()> &make)
{
    if (!action->isEnabled())
        return;
    if (open) {
        open->raise();
        open->activateWindow();
        return;
    }
    QWidget *wizard = make();
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    open = wizard;
    wizard->show();
}

void MainWindow::showBackupWizard()
{
    showWizard(m_fleetPage->backupAction(), m_backupWizard,
               [this] { return new BackupWizard(m_runtime, m_fleetPage->selectedReleases(), this); });
}

void MainWindow::showRestoreWizard()
{
    showWizard(m_fleetPage->restoreAction(), m_restoreWizard,
               [this] { return new RestoreWizard(m_runtime, m_fleetPage->selectedReleases(), this); });
}

void MainWindow::showDrillDialog()
{
    const QList<inventory::Release> releases = m_fleetPage->selectedReleases();
    if (releases.size() == 1)
        showWizard(m_fleetPage->drillAction(), m_drillDialog,
                   [this, &releases] { return new DrillDialog(m_runtime, releases.first(), this); });
}

void MainWindow::showRbacWizard()
{
    showWizard(m_fleetPage->rbacAction(), m_rbacWizard,
               [this] { return new RbacWizard(m_runtime, m_fleetPage->selectedReleases(), this); });
}

void MainWindow::showUpgradeWizard()
{
    showWizard(m_fleetPage->upgradeAction(), m_upgradeWizard,
               [this] { return new UpgradeWizard(m_runtime, m_fleetPage->selectedReleases(), this); });
}

void MainWindow::buildStatusBar()
{
    const auto pair = [this](QLabel *&icon, QLabel *&text, const char *name) {
        auto *holder = new QWidget;
        holder->setObjectName(QLatin1String(name) + QStringLiteral("Status"));
        auto *layout = new QHBoxLayout(holder);
        layout->setContentsMargins(4, 0, 4, 0);
        layout->setSpacing(4);
        icon = new QLabel;
        icon->setFixedSize(16, 16);
        text = new QLabel;
        text->setObjectName(QLatin1String(name) + QStringLiteral("StatusLabel"));
        layout->addWidget(icon);
        layout->addWidget(text);
        statusBar()->addPermanentWidget(holder);
    };
    m_runningLabel = new QLabel;
    m_runningLabel->setObjectName(QStringLiteral("runningJobsLabel"));
    statusBar()->addPermanentWidget(m_runningLabel);
    pair(m_helmIcon, m_helmLabel, "helm");
    pair(m_kubectlIcon, m_kubectlLabel, "kubectl");
}

void MainWindow::updateToolStatus()
{
    const kube::ToolProbe &probe = m_runtime.tools();
    const auto show = [this, &probe](QLabel *icon, QLabel *label, const kube::ToolInfo &info, const QString &name) {
        const bool pending = probe.isRunning() && info.version.isNull() && info.error.isEmpty();
        if (pending || info.name.isEmpty()) {
            icon->clear();
            icon->setVisible(false);
            label->setText(pending ? tr("%1: checking…").arg(name) : name);
            label->setToolTip({});
            return;
        }
        if (info.isUsable()) {
            icon->clear();
            label->setText(info.summary());
            label->setToolTip(QDir::toNativeSeparators(info.path));
        } else {
            icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(16, 16));
            label->setText(info.path.isEmpty() ? tr("%1 missing").arg(name) : tr("%1 unusable").arg(name));
            label->setToolTip(info.path.isEmpty() ? tr("%1 was not found: %2. Set its path in Tools ▸ Settings.")
                                                        .arg(name, info.error)
                                                  : tr("%1 at %2 does not work: %3")
                                                        .arg(name, QDir::toNativeSeparators(info.path), info.error));
        }
        icon->setVisible(!icon->pixmap().isNull());
    };
    show(m_helmIcon, m_helmLabel, probe.helm(), QStringLiteral("helm"));
    show(m_kubectlIcon, m_kubectlLabel, probe.kubectl(), QStringLiteral("kubectl"));
    m_fleetPage->refresh();
}

void MainWindow::updateRunningCount()
{
    const int running = m_runtime.queue().runningCount();
    const int pending = m_runtime.queue().pendingCount();
    QString text = running == 0 ? tr("No jobs running") : tr("%n job(s) running", nullptr, running);
    if (pending > 0)
        text += QStringLiteral(", ") + tr("%n queued", nullptr, pending);
    m_runningLabel->setText(text);
}

void MainWindow::checkTools()
{
    qCInfo(lcUi) << "checking tools";
    m_runtime.probeTools();
    updateToolStatus();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_runtime.settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_runtime.applySettings();
    m_runtime.setBackupRepositoryLocation(dialog.backupRepository());
    checkTools();
    statusBar()->showMessage(tr("Settings saved"), 5000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_runtime.settings().setWindowGeometry(saveGeometry());
    m_runtime.settings().setWindowState(saveState());
    m_runtime.settings().sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Chartroom"),
        tr("<h3>Chartroom %1</h3>"
           "<p>A desktop control center for Helm chart fleets on Kubernetes: inventory, backup, restore, "
           "upgrade and RBAC review, with every helm and kubectl command run through a visible job queue.</p>"
           "<p>Built with Qt %2.</p>"
           "<p>Logs: %3<br>Job journal: %4</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(AppPaths::logDir()).toHtmlEscaped(),
                 QDir::toNativeSeparators(m_runtime.journal().directory()).toHtmlEscaped()));
}

void MainWindow::openLogFolder()
{
    const QString dir = AppPaths::logDir();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        QMessageBox::information(this, tr("Log Folder"),
                                 tr("Chartroom writes its log to:\n%1").arg(QDir::toNativeSeparators(dir)));
}

} // namespace chartroom::ui
