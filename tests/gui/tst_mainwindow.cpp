#include "testsupport.h"

#include "dialogs/settingsdialog.h"
#include "docks/jobsdock.h"
#include "mainwindow/fleetpage.h"
#include "mainwindow/mainwindow.h"
#include "runtime.h"
#include "widgets/joboutputview.h"

#include "backup/backuprepository.h"
#include "core/redactor.h"
#include "jobs/processjob.h"
#include "jobs/sequencejob.h"
#include "models/joblistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace chartroom;
using chartroom::jobs::Job;
using chartroom::jobs::JobState;
using chartroom::models::JobListModel;

namespace {

/// An executable that ignores its arguments and runs `fakecli ARGS...`: stands in for helm or
/// kubectl, whose version check passes arguments the fake CLI does not understand.
QString writeTool(const QString &dir, const QString &name, const QStringList &fakeArguments)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QString script = QStringLiteral("#!/bin/sh\nexec ") + CommandLine::shellQuote(test::fakeCli());
    for (const QString &argument : fakeArguments)
        script += QLatin1Char(' ') + CommandLine::shellQuote(argument);
    file.write(script.toUtf8() + "\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

Job *findJob(jobs::JobQueue &queue, const QString &title, const Job *besides = nullptr)
{
    const QList<Job *> all = queue.jobs();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if ((*it)->title() == title && *it != besides)
            return *it;
    return nullptr;
}

void clickRow(QTreeView *view, int row)
{
    const QModelIndex index = view->model()->index(row, JobListModel::TitleColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsToolsInStatusBarAndFleetPage();
    void checkToolsRunsVisibleJobThatCanBeCanceled();
    void copyCommandIsRedacted();
    void journalEntriesShowTheirLog();
    void settingsDialogSavesAndApplies();
    void progressShowsForMultiStepJobs();
    void windowLayoutIsKept();
    void outputViewIsBounded();
    void jobsDockIsKeyboardReachable();
    void longOutputOfFinishedJobComesFromJournal();

private:
    QString m_base;
    QString m_slowKubectl;
    QString m_fakeHelm;
    std::unique_ptr<Runtime> m_runtime;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    Q_INIT_RESOURCE(resources); // the application's icons (a static library)
    m_base = test::isolateEnvironment();
    m_fakeHelm = writeTool(m_base, QStringLiteral("helm"), {QStringLiteral("echo-args"), QStringLiteral("v3.17.3+gabc1234")});
    // kubectl that prints a line every 50 ms for half a minute: a job long enough to watch and cancel.
    m_slowKubectl = writeTool(m_base, QStringLiteral("kubectl"), {QStringLiteral("slow"), QStringLiteral("600"), QStringLiteral("50")});
    QVERIFY(!m_fakeHelm.isEmpty() && !m_slowKubectl.isEmpty());
}

void tst_MainWindow::init()
{
    // Qt's complaints about misused widgets, models, painters or resources fail the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(QObject|QWidget|QLayout|QBoxLayout|QFormLayout|QPainter|QTextCursor|QAbstractItemView|QAbstractItemModel|"
        "QItemSelectionModel|QHeaderView|QMetaObject|QPixmap|QIcon|QFont|QAction|QMenu|QDockWidget|QMainWindow|"
        "QSplitter|QTreeView|QMetaType|Cannot open file)")));
    Runtime::Options options;
    options.settingsFile = m_base + QStringLiteral("/config/test.ini");
    options.journalDir = m_base + QStringLiteral("/state/journal");
    m_runtime = std::make_unique<Runtime>(options);
    m_runtime->settings().setHelmPath(m_fakeHelm);
    m_runtime->settings().setKubectlPath(m_slowKubectl);
    m_window = std::make_unique<ui::MainWindow>(*m_runtime);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow(); // keyboard shortcuts need the active window (xcb without a WM too)
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_runtime.reset(); // cancels what still runs
}

void tst_MainWindow::showsToolsInStatusBarAndFleetPage()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("checkToolsButton"));
    QVERIFY(button);
    m_runtime->settings().setKubectlPath(m_base + QStringLiteral("/no-such-kubectl"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_runtime->tools().isRunning(), 10000);
    auto *helmStatus = m_window->findChild<QLabel *>(QStringLiteral("helmStatusLabel"));
    auto *kubectlStatus = m_window->findChild<QLabel *>(QStringLiteral("kubectlStatusLabel"));
    QVERIFY(helmStatus && kubectlStatus);
    QCOMPARE(helmStatus->text(), QStringLiteral("helm 3.17.3"));
    QCOMPARE(kubectlStatus->text(), QStringLiteral("kubectl missing"));
    QVERIFY(kubectlStatus->toolTip().contains(QStringLiteral("Settings")));
    auto *fleetHelm = m_window->fleetPage()->findChild<QLabel *>(QStringLiteral("helmStatus"));
    QVERIFY(fleetHelm->text().contains(QStringLiteral("3.17.3")));
    QVERIFY(fleetHelm->text().contains(m_fakeHelm));
}

void tst_MainWindow::checkToolsRunsVisibleJobThatCanBeCanceled()
{
    ui::JobsDock *dock = m_window->jobsDock();
    QTreeView *view = dock->view();
    auto *cancelButton = dock->findChild<QToolButton *>(QStringLiteral("cancelJobButton"));
    auto *retryButton = dock->findChild<QToolButton *>(QStringLiteral("retryJobButton"));
    auto *copyButton = dock->findChild<QToolButton *>(QStringLiteral("copyCommandButton"));
    QVERIFY(cancelButton && retryButton && copyButton);

    // Start from the window, as the user does: Tools ▸ Check Tools.
    QAction *checkTools = m_window->findChild<QAction *>(QStringLiteral("checkToolsAction"));
    QVERIFY(checkTools);
    checkTools->trigger();
    Job *kubectl = findJob(m_runtime->queue(), QStringLiteral("Check kubectl version"));
    QVERIFY(kubectl);
    QTRY_COMPARE_WITH_TIMEOUT(kubectl->state(), JobState::Running, 10000);
    auto *running = m_window->findChild<QLabel *>(QStringLiteral("runningJobsLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(running->text().contains(QStringLiteral("running")) && running->text() != QStringLiteral("No jobs running"), 5000);

    const int row = dock->model()->rowOf(kubectl);
    QVERIFY(row >= 0);
    clickRow(view, row);
    QCOMPARE(dock->selectedJobId(), kubectl->id());

    // Live output arrives in the output pane while the job runs.
    ui::JobOutputView *output = dock->outputView();
    QTRY_VERIFY_WITH_TIMEOUT(output->contentText().contains(QStringLiteral("tick 3")), 10000);
    QVERIFY(output->contentText().startsWith(QStringLiteral("$ ")));
    QVERIFY(output->contentText().contains(m_slowKubectl));
    const auto *processJob = qobject_cast<jobs::ProcessJob *>(kubectl);
    QVERIFY(processJob);
    const qint64 pid = processJob->processId();
    QVERIFY(pid > 0);
    QVERIFY(!test::processGone(pid));
    QVERIFY(cancelButton->isEnabled());
    QVERIFY(!retryButton->isEnabled());

    // Cancel from the dock: the job ends Canceled and its process is gone.
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kubectl->state(), JobState::Canceled, 10000);
    QVERIFY(test::processGone(pid));
    QTRY_VERIFY_WITH_TIMEOUT(!cancelButton->isEnabled(), 5000);
    QCOMPARE(dock->model()->index(dock->model()->rowOf(kubectl), 0).data().toString(), QStringLiteral("Canceled"));
    auto *detail = dock->findChild<QLabel *>(QStringLiteral("jobDetailLabel"));
    QVERIFY(detail->text().startsWith(QStringLiteral("Canceled")));
    const QString before = output->contentText();
    QTRY_VERIFY_WITH_TIMEOUT(m_runtime->queue().runningCount() == 0, 10000);
    QCOMPARE(output->contentText(), before); // nothing more arrives after the end

    // Copy command puts the exact (redacted) command on the clipboard.
    QVERIFY(copyButton->isEnabled());
    QTest::mouseClick(copyButton, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), processJob->command().toDisplayString(Redactor::shared()));

    // Retry creates a new job and selects it.
    QTRY_VERIFY_WITH_TIMEOUT(retryButton->isEnabled(), 5000);
    const int jobsBefore = static_cast<int>(m_runtime->queue().jobs().size());
    QTest::mouseClick(retryButton, Qt::LeftButton);
    QCOMPARE(static_cast<int>(m_runtime->queue().jobs().size()), jobsBefore + 1);
    Job *again = findJob(m_runtime->queue(), QStringLiteral("Check kubectl version"), kubectl);
    QVERIFY(again);
    QVERIFY(again != kubectl);
    QCOMPARE(again->property("chartroom.retryOf").toString(), kubectl->id());
    QCOMPARE(dock->selectedJobId(), again->id());
    QCOMPARE(dock->model()->rowOf(again), 0);
    QTRY_VERIFY_WITH_TIMEOUT(output->contentText().contains(QStringLiteral("tick 1")), 10000);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier); // Cancel's shortcut
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), JobState::Canceled, 10000);
}

void tst_MainWindow::copyCommandIsRedacted()
{
    ui::JobsDock *dock = m_window->jobsDock();
    CommandLine command(test::fakeCli(), {QStringLiteral("lines"), QStringLiteral("2"), QStringLiteral("--password")});
    command.addSecretArgument(QStringLiteral("s3cr3t-value"));
    command.addArgument(QStringLiteral("--set"));
    command.addArgument(QStringLiteral("auth.token=abcdef123456"));
    Job *job = m_runtime->queue().enqueue(std::make_unique<jobs::ProcessJob>(QStringLiteral("print"), command));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
    QVERIFY(dock->selectJob(job->id()));
    QTRY_VERIFY_WITH_TIMEOUT(dock->outputView()->contentText().contains(QStringLiteral("line 2")), 5000);
    dock->copyCommandAction()->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(test::fakeCli() + QStringLiteral(" lines 2 --password")), qPrintable(copied));
    QVERIFY2(!copied.contains(QStringLiteral("s3cr3t-value")), qPrintable(copied));
    QVERIFY2(!copied.contains(QStringLiteral("abcdef123456")), qPrintable(copied));
    QVERIFY2(copied.contains(Redactor::Mask), qPrintable(copied));
}

void tst_MainWindow::journalEntriesShowTheirLog()
{
    // Jobs of the previous test case's Runtime are an earlier session now.
    m_window.reset();
    m_runtime.reset();
    init();
    ui::JobsDock *dock = m_window->jobsDock();
    const JobListModel *model = dock->model();
    int row = -1;
    for (int i = 0; i < model->rowCount() && row < 0; ++i)
        if (model->index(i, JobListModel::TitleColumn).data().toString() == QStringLiteral("print"))
            row = i;
    QVERIFY(row >= 0);
    QVERIFY(!model->index(row, 0).data(JobListModel::IsLiveRole).toBool());
    clickRow(dock->view(), row);
    QTRY_VERIFY_WITH_TIMEOUT(dock->outputView()->contentText().contains(QStringLiteral("line 2")), 5000);
    QVERIFY(!dock->retryAction()->isEnabled());
    dock->copyCommandAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("lines 2")));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(QStringLiteral("s3cr3t-value")));

    if (const QString dir = qEnvironmentVariable("CHARTROOM_TEST_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // Look at the window in a dark palette too (state colours and stderr must stay readable).
        m_window->grab().save(dir + QStringLiteral("/main-light.png"));
        const QPalette original = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        QCoreApplication::processEvents();
        m_window->grab().save(dir + QStringLiteral("/main-dark.png"));
        QApplication::setPalette(original);
    }

    // Clear finished empties the list; the journal keeps the entries on disk.
    dock->clearFinishedAction()->trigger();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!m_runtime->journal().entries().isEmpty());
    // ...and the cleared jobs stay out of the list after a restart.
    m_window.reset();
    m_runtime.reset();
    init();
    QCOMPARE(m_window->jobsDock()->model()->rowCount(), 0);
}

void tst_MainWindow::settingsDialogSavesAndApplies()
{
    m_runtime->settings().setHelmPath({});
    bool checked = false;
    // The dialog is modal: fill it in from the event loop its exec() runs.
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        auto *helm = dialog->findChild<QLineEdit *>(QStringLiteral("helmPathEdit"));
        auto *resolved = dialog->findChild<QLabel *>(QStringLiteral("helmResolvedLabel"));
        auto *concurrent = dialog->findChild<QSpinBox *>(QStringLiteral("maxConcurrentSpin"));
        auto *perCluster = dialog->findChild<QSpinBox *>(QStringLiteral("maxPerClusterSpin"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
        auto *repository = dialog->findChild<QLineEdit *>(QStringLiteral("repositoryEdit"));
        auto *repositoryStatus = dialog->findChild<QLabel *>(QStringLiteral("repositoryStatusLabel"));
        if (!helm || !resolved || !concurrent || !perCluster || !buttons || !repository || !repositoryStatus)
            return dialog->reject();
        helm->clear();
        QTest::keyClicks(helm, m_base + QStringLiteral("/no-such-helm"));
        const bool missingShown = resolved->text() == QStringLiteral("Not an executable file");
        helm->setText(m_fakeHelm);
        checked = missingShown && resolved->text().contains(m_fakeHelm);
        concurrent->setValue(3);
        perCluster->setValue(1);
        // The default location is shown, not stored; a folder that is not empty cannot become one.
        const bool defaultShown = repository->text().isEmpty()
            && repository->placeholderText() == QDir::toNativeSeparators(backup::BackupRepository::defaultLocation());
        repository->setText(m_base);
        const bool notEmptyShown = repositoryStatus->text().startsWith(QStringLiteral("Not a backup repository"));
        repository->setText(m_base + QStringLiteral("/other-repository"));
        checked = checked && defaultShown && notEmptyShown
            && repositoryStatus->text() == QStringLiteral("Not created yet: the first backup creates it");
        // For looking at the dialog: CHARTROOM_TEST_SCREENSHOT_DIR=/tmp/shots ./tst_mainwindow
        if (const QString dir = qEnvironmentVariable("CHARTROOM_TEST_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/settings-dialog.png"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    poll->start();
    m_window->settingsAction()->trigger(); // returns once the dialog closed
    QVERIFY(checked);
    QCOMPARE(m_runtime->settings().helmPath(), m_fakeHelm);
    QCOMPARE(m_runtime->settings().maxConcurrentJobs(), 3);
    QCOMPARE(m_runtime->settings().maxJobsPerCluster(), 1);
    QCOMPARE(m_runtime->backupRepositoryLocation(), m_base + QStringLiteral("/other-repository"));
    QCOMPARE(m_runtime->queue().maxConcurrent(), 3);
    QCOMPARE(m_runtime->queue().maxPerCluster(), 1);
    // Accepting re-probes the tools with the new paths.
    QVERIFY(findJob(m_runtime->queue(), QStringLiteral("Check helm version")));
    QTRY_VERIFY_WITH_TIMEOUT(m_runtime->tools().helm().isUsable(), 10000);
    QCOMPARE(m_runtime->tools().helm().path, m_fakeHelm);
}

void tst_MainWindow::progressShowsForMultiStepJobs()
{
    ui::JobsDock *dock = m_window->jobsDock();
    QTreeView *view = dock->view();
    QVERIFY(view->isColumnHidden(JobListModel::ProgressColumn)); // no job with progress yet
    auto sequence = std::make_unique<jobs::SequenceJob>(QStringLiteral("back up three releases"));
    for (int i = 0; i < 3; ++i)
        sequence->addStep(std::make_unique<jobs::ProcessJob>(
            QStringLiteral("step %1").arg(i + 1),
            CommandLine(test::fakeCli(), {QStringLiteral("slow"), QStringLiteral("3"), QStringLiteral("100")})));
    Job *job = m_runtime->queue().enqueue(std::move(sequence), jobs::JobOptions{0, QStringLiteral("homelab")});
    QTRY_VERIFY_WITH_TIMEOUT(job->processedAmount() >= 1, 10000);
    QVERIFY(!view->isColumnHidden(JobListModel::ProgressColumn));
    QVERIFY(!view->isColumnHidden(JobListModel::ClusterColumn));
    const int row = dock->model()->rowOf(job);
    QTRY_VERIFY_WITH_TIMEOUT(dock->model()->index(row, JobListModel::ProgressColumn).data().toString().endsWith(QStringLiteral("of 3 steps")), 5000);
    // The delegate paints a progress bar for the running job.
    const QImage shot = view->viewport()->grab().toImage();
    QVERIFY(!shot.isNull());
    if (const QString dir = qEnvironmentVariable("CHARTROOM_TEST_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/main-progress.png"));
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Succeeded, 15000);
    QCOMPARE(dock->model()->index(row, JobListModel::ProgressColumn).data().toString(), QStringLiteral("3 of 3 steps"));
}

void tst_MainWindow::windowLayoutIsKept()
{
    m_window->resize(900, 640);
    auto *jobsSplitter = m_window->findChild<QSplitter *>(QStringLiteral("jobsSplitter"));
    QVERIFY(jobsSplitter);
    jobsSplitter->setSizes({300, 500});
    Q_EMIT jobsSplitter->splitterMoved(300, 1); // as a drag of the handle does
    const QList<int> splitSizes = jobsSplitter->sizes();
    QHeaderView *jobsHeader = m_window->jobsDock()->view()->header();
    jobsHeader->resizeSection(JobListModel::StateColumn, 150);
    const int stateWidth = jobsHeader->sectionSize(JobListModel::StateColumn);
    m_window->jobsDock()->hide();
    QVERIFY(m_window->close()); // as File ▸ Quit does
    QVERIFY(!m_runtime->settings().windowGeometry().isEmpty());
    QVERIFY(!m_runtime->settings().windowState().isEmpty());

    ui::MainWindow again(*m_runtime);
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.jobsDock()->view()->header()->sectionSize(JobListModel::StateColumn), stateWidth);
    QVERIFY(again.jobsDock()->isHidden());
    // The View menu brings the dock back.
    auto *toggle = again.findChild<QAction *>(QStringLiteral("toggleJobsDockAction"));
    QVERIFY(toggle);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    toggle->trigger();
    QVERIFY(again.jobsDock()->isVisible());
    // The jobs dock's list/output split comes back too (as a share of the width).
    auto *splitter = again.findChild<QSplitter *>(QStringLiteral("jobsSplitter"));
    QVERIFY(splitter);
    const auto share = [](const QList<int> &sizes) { return double(sizes.value(0)) / (sizes.value(0) + sizes.value(1)); };
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(share(splitter->sizes()) - share(splitSizes)) < 0.03, 5000);
}

void tst_MainWindow::outputViewIsBounded()
{
    ui::JobOutputView view;
    QList<models::OutputLine> lines;
    for (int i = 1; i <= 12000; ++i)
        lines.append({i % 2 ? jobs::OutputChannel::Stdout : jobs::OutputChannel::Stderr, QStringLiteral("line %1").arg(i)});
    view.setLines(lines);
    QCOMPARE(view.document()->blockCount(), view.maximumBlockCount());
    QVERIFY(view.document()->firstBlock().text().startsWith(QStringLiteral("… ")));
    QCOMPARE(view.document()->lastBlock().text(), QStringLiteral("line 12000"));
    // Live lines keep the bound too: the oldest go first.
    for (int i = 1; i <= 50; ++i)
        view.appendLine(jobs::OutputChannel::Stdout, QStringLiteral("more %1").arg(i));
    QVERIFY(view.contentText().endsWith(QStringLiteral("more 50")));
    QCOMPARE(view.document()->blockCount(), view.maximumBlockCount());
    QVERIFY(view.isReadOnly());
}

void tst_MainWindow::jobsDockIsKeyboardReachable()
{
    ui::JobsDock *dock = m_window->jobsDock();
    QStringList chain;
    QWidget *widget = dock->view();
    for (int i = 0; i < 6; ++i) {
        chain << widget->objectName();
        widget = widget->nextInFocusChain();
        while (widget && widget->focusPolicy() == Qt::NoFocus)
            widget = widget->nextInFocusChain();
        if (!widget)
            break;
    }
    QCOMPARE(chain, (QStringList{QStringLiteral("jobsView"), QStringLiteral("cancelJobButton"),
                                 QStringLiteral("retryJobButton"), QStringLiteral("copyCommandButton"),
                                 QStringLiteral("clearFinishedButton"), QStringLiteral("jobOutput")}));
}

void tst_MainWindow::longOutputOfFinishedJobComesFromJournal()
{
    ui::JobsDock *dock = m_window->jobsDock();
    Job *job = m_runtime->queue().enqueue(std::make_unique<jobs::ProcessJob>(
        QStringLiteral("chatty"), CommandLine(test::fakeCli(), {QStringLiteral("lines"), QStringLiteral("3000")})));
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
    m_runtime->journal().flush();
    dock->view()->setCurrentIndex({}); // look away, then come back to the finished job
    QVERIFY(dock->selectedJobId().isEmpty());
    QVERIFY(dock->selectJob(job->id()));
    ui::JobOutputView *output = dock->outputView();
    QTRY_VERIFY_WITH_TIMEOUT(output->contentText().contains(QStringLiteral("line 3000")), 5000);
    QVERIFY(output->contentText().contains(QStringLiteral("\nline 1\n")));
    QVERIFY(!output->contentText().contains(QStringLiteral("not kept in memory")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
