#include "jobsdock.h"

#include "runtime.h"
#include "views/jobprogressdelegate.h"
#include "widgets/joboutputview.h"

#include "core/logging.h"
#include "jobs/job.h"
#include "models/joblistmodel.h"
#include "models/joboutputstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace chartroom::ui {

using models::JobListModel;

namespace {

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback, nullptr, widget));
}

} // namespace

JobsDock::JobsDock(Runtime &runtime, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_runtime(runtime)
    , m_model(new JobListModel(&runtime.queue(), runtime.journalError().isEmpty() ? &runtime.journal() : nullptr, this))
    , m_store(new models::JobOutputStore(&runtime.queue(), this))
    , m_view(new QTreeView)
    , m_output(new JobOutputView)
    , m_toolBar(new QToolBar)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_titleLabel(new QLabel)
    , m_detailLabel(new QLabel)
{
    setObjectName(QStringLiteral("jobsDock"));
    m_model->hideHistoryBefore(runtime.settings().jobListClearedAt());
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);

    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(JobListModel::ProgressColumn, new JobProgressDelegate(m_view));
    m_view->setAccessibleName(tr("Jobs"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobListModel::TitleColumn, QHeaderView::Stretch);
    // Fixed columns fit their header (translated) and typical content; the title takes the rest.
    const QFontMetrics fm(m_view->font());
    const auto fit = [this, header, &fm](int column, int contentWidth) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(contentWidth, fm.horizontalAdvance(title) + 28));
    };
    const int iconPad = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 16;
    int stateWidth = 0;
    for (const jobs::JobState state : {jobs::JobState::Pending, jobs::JobState::Running, jobs::JobState::Canceling,
                                       jobs::JobState::Succeeded, jobs::JobState::Failed, jobs::JobState::Canceled,
                                       jobs::JobState::Interrupted})
        stateWidth = qMax(stateWidth, fm.horizontalAdvance(jobs::displayName(state)));
    fit(JobListModel::StateColumn, iconPad + stateWidth + 8);
    fit(JobListModel::ClusterColumn, fm.horizontalAdvance(QLatin1Char('m')) * 9);
    fit(JobListModel::ProgressColumn, fm.horizontalAdvance(QStringLiteral("0.0 MB of 00.0 MB")) + 12);
    // Today's jobs show a time, older ones (from the journal) a short date.
    const QString olderSample = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    fit(JobListModel::StartedColumn, qMax(fm.horizontalAdvance(olderSample), fm.horizontalAdvance(QStringLiteral("00:00:00"))) + 20);
    fit(JobListModel::DurationColumn, fm.horizontalAdvance(JobListModel::formatDuration(59 * 60'000 + 59'000)) + 24);

    m_output->setObjectName(QStringLiteral("jobOutput"));
    m_output->setAccessibleName(tr("Job output"));
    m_output->setPlaceholderText(tr("Select a job to see its commands and output."));

    m_titleLabel->setObjectName(QStringLiteral("jobTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setObjectName(QStringLiteral("jobDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildActions();

    auto *outputPanel = new QWidget;
    auto *outputLayout = new QVBoxLayout(outputPanel);
    outputLayout->setContentsMargins(6, 0, 0, 0);
    outputLayout->setSpacing(2);
    outputLayout->addWidget(m_titleLabel);
    outputLayout->addWidget(m_detailLabel);
    outputLayout->addWidget(m_output, 1);

    m_splitter->setObjectName(QStringLiteral("jobsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(outputPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { handleCurrentChanged(current); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &JobsDock::showContextMenu);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsDock::handleRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                // Elapsed-time ticks change nothing the header or the actions show.
                if (topLeft.column() == JobListModel::DurationColumn && bottomRight.column() == JobListModel::DurationColumn
                    && !roles.isEmpty())
                    return;
                const int row = currentRow();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateHeader();
                updateActions();
                if (m_view->isColumnHidden(JobListModel::ProgressColumn))
                    updateOptionalColumns();
            });
    connect(m_store, &models::JobOutputStore::lineAppended, this,
            [this](jobs::Job *job, jobs::OutputChannel channel, const QString &text) {
                if (job == m_shownJob)
                    m_output->appendLine(channel, text);
            });

    // The user's split and column widths, as left last time.
    AppSettings &settings = m_runtime.settings();
    m_splitter->restoreState(settings.jobsSplitterState());
    header->restoreState(settings.jobsHeaderState());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_runtime.settings().setJobsSplitterState(m_splitter->saveState()); });
    connect(header, &QHeaderView::sectionResized, this,
            [this] { m_runtime.settings().setJobsHeaderState(m_view->header()->saveState()); });

    // The cluster and progress columns earn their space once some job has a cluster or progress.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsDock::updateOptionalColumns);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsDock::updateOptionalColumns);
    updateOptionalColumns();

    // Tab goes list → Cancel, Retry, Copy command, Clear finished → output.
    QWidget *previous = m_view;
    for (QAction *action : {m_cancelAction, m_retryAction, m_copyAction, m_clearAction}) {
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
    setTabOrder(previous, m_output);

    if (m_model->rowCount() > 0)
        selectRowAutomatically(0);
    updateHeader();
    updateActions();
}

JobsDock::~JobsDock() = default;

void JobsDock::buildActions()
{
    m_toolBar->setObjectName(QStringLiteral("jobsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);

    m_cancelAction = new QAction(themedIcon(QStringLiteral("process-stop"), QStyle::SP_BrowserStop, this), tr("&Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    m_cancelAction->setToolTip(tr("Stop the selected job (its process and children are terminated)"));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &JobsDock::cancelSelected);

    m_retryAction = new QAction(themedIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload, this), tr("&Retry"), this);
    m_retryAction->setObjectName(QStringLiteral("retryJobAction"));
    m_retryAction->setToolTip(tr("Run the selected job again as a new job"));
    m_retryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_retryAction, &QAction::triggered, this, &JobsDock::retrySelected);

    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/edit-copy.svg"))),
                               tr("Copy &Command"), this);
    m_copyAction->setObjectName(QStringLiteral("copyCommandAction"));
    m_copyAction->setToolTip(tr("Copy the exact command line, with secrets masked"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &JobsDock::copyCommand);

    m_clearAction = new QAction(themedIcon(QStringLiteral("edit-clear-history"), QStyle::SP_DialogResetButton, this),
                                tr("Clear &Finished"), this);
    m_clearAction->setObjectName(QStringLiteral("clearFinishedAction"));
    m_clearAction->setToolTip(tr("Remove finished jobs from the list (the journal keeps their logs)"));
    connect(m_clearAction, &QAction::triggered, this, &JobsDock::clearFinished);

    for (QAction *action : {m_cancelAction, m_retryAction, m_copyAction}) {
        m_toolBar->addAction(action);
        addAction(action); // shortcuts work anywhere in the dock
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_clearAction);
    // Stable names for the buttons too, so tests and accessibility tools can find them.
    const std::pair<QAction *, const char *> buttons[] = {{m_cancelAction, "cancelJobButton"},
                                                          {m_retryAction, "retryJobButton"},
                                                          {m_copyAction, "copyCommandButton"},
                                                          {m_clearAction, "clearFinishedButton"}};
    for (const auto &[action, name] : buttons) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            button->setObjectName(QLatin1String(name));
            button->setFocusPolicy(Qt::TabFocus); // reachable with Tab, not only by mouse
        }
    }
}

bool JobsDock::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

QString JobsDock::selectedJobId() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->index(row, 0).data(JobListModel::JobIdRole).toString();
}

int JobsDock::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void JobsDock::selectRowAutomatically(int row)
{
    m_selectingAutomatically = true;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_selectingAutomatically = false;
}

void JobsDock::handleCurrentChanged(const QModelIndex &current)
{
    m_followNewJobs = m_selectingAutomatically || !current.isValid();
    const QString id = current.isValid() ? current.data(JobListModel::JobIdRole).toString() : QString();
    if (id != m_shownId) {
        m_shownId = id;
        m_shownJob = nullptr;
        ++m_logRequest;
        m_output->reset();
        if (jobs::Job *job = m_model->jobAt(current.row()); current.isValid() && job)
            showLiveJob(job);
        else if (!id.isEmpty())
            showJournalEntry(id);
    }
    updateHeader();
    updateActions();
}

void JobsDock::handleRowsInserted(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(parent)
    Q_UNUSED(last)
    // Follow new work unless the user is looking at a job they picked.
    if (currentRow() < 0 || m_followNewJobs)
        selectRowAutomatically(first);
    updateActions();
}

void JobsDock::showLiveJob(jobs::Job *job)
{
    m_shownJob = job;
    if (job->isFinished() && m_store->droppedLines(job) > 0 && m_runtime.journalError().isEmpty()) {
        // Memory kept only the end of this finished job's output; the journal has all of it.
        showJournalEntry(job->id());
        return;
    }
    QList<models::OutputLine> lines = m_store->lines(job);
    if (const qint64 dropped = m_store->droppedLines(job); dropped > 0)
        lines.prepend(models::OutputLine{jobs::OutputChannel::Info,
                                         tr("… %n earlier line(s) not kept in memory; the journal has them all", nullptr,
                                            static_cast<int>(qMin<qint64>(dropped, INT_MAX)))});
    m_output->setLines(lines);
}

void JobsDock::showJournalEntry(const QString &id)
{
    const quint64 request = m_logRequest;
    m_output->setPlaceholderText(tr("Loading the log…"));
    m_runtime.journal().readLogAsync(id, this, [this, request](const QList<jobs::JournalLine> &journalLines) {
        if (request != m_logRequest)
            return; // the user moved on
        m_output->setPlaceholderText(tr("This job printed nothing."));
        QList<models::OutputLine> lines;
        lines.reserve(journalLines.size());
        for (const jobs::JournalLine &line : journalLines)
            lines.append(models::OutputLine{line.channel, line.text});
        m_output->setLines(lines);
    });
}

void JobsDock::updateHeader()
{
    const int row = currentRow();
    if (row < 0) {
        m_titleLabel->setText(tr("No job selected"));
        m_detailLabel->setText(m_model->rowCount() == 0 ? tr("Jobs you start appear here with their live output.")
                                                        : tr("Select a job to see its output."));
        m_output->setPlaceholderText(tr("Select a job to see its commands and output."));
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    const auto state = index.data(JobListModel::StateRole).value<jobs::JobState>();
    const QString error = index.data(JobListModel::ErrorStringRole).toString();
    const QString cluster = index.data(JobListModel::ClusterRole).toString();
    const bool live = index.data(JobListModel::IsLiveRole).toBool();
    m_titleLabel->setText(m_model->index(row, JobListModel::TitleColumn).data().toString());
    QStringList parts{jobs::displayName(state)};
    if (!cluster.isEmpty())
        parts << tr("cluster %1").arg(cluster);
    if (!live)
        parts << tr("earlier session");
    QString detail = parts.join(QStringLiteral(" · "));
    if (!error.isEmpty() && state != jobs::JobState::Succeeded)
        detail += QStringLiteral(": ") + error;
    m_detailLabel->setText(detail);
    if (live && m_output->document()->isEmpty())
        m_output->setPlaceholderText(state == jobs::JobState::Pending ? tr("Waiting for a free slot in the queue…")
                                                                      : tr("No output yet."));
}

void JobsDock::updateOptionalColumns()
{
    bool anyCluster = false;
    bool anyProgress = false;
    for (int i = 0; i < m_model->rowCount() && !(anyCluster && anyProgress); ++i) {
        const QModelIndex index = m_model->index(i, 0);
        anyCluster = anyCluster || !index.data(JobListModel::ClusterRole).toString().isEmpty();
        anyProgress = anyProgress || index.data(JobListModel::TotalRole).toLongLong() > 0
                      || index.data(JobListModel::ProcessedRole).toLongLong() > 0;
    }
    m_view->setColumnHidden(JobListModel::ClusterColumn, !anyCluster);
    m_view->setColumnHidden(JobListModel::ProgressColumn, !anyProgress);
}

void JobsDock::updateActions()
{
    const int row = currentRow();
    const QModelIndex index = row < 0 ? QModelIndex() : m_model->index(row, 0);
    m_cancelAction->setEnabled(index.isValid() && index.data(JobListModel::CanCancelRole).toBool());
    m_retryAction->setEnabled(index.isValid() && index.data(JobListModel::CanRetryRole).toBool());
    m_copyAction->setEnabled(index.isValid() && !index.data(JobListModel::CommandsRole).toStringList().isEmpty());
    bool anyFinished = false;
    for (int i = 0; i < m_model->rowCount() && !anyFinished; ++i)
        anyFinished = jobs::isFinalState(m_model->index(i, 0).data(JobListModel::StateRole).value<jobs::JobState>());
    m_clearAction->setEnabled(anyFinished);
}

void JobsDock::cancelSelected()
{
    if (jobs::Job *job = m_model->jobAt(currentRow())) {
        qCInfo(lcUi) << "cancel requested for" << job->title();
        m_runtime.queue().cancel(job);
    }
}

void JobsDock::retrySelected()
{
    jobs::Job *job = m_model->jobAt(currentRow());
    if (!job)
        return;
    if (jobs::Job *copy = m_runtime.queue().retry(job)) {
        selectJob(copy->id()); // as if picked by the user: later jobs do not take the selection away
        Q_EMIT statusMessage(tr("Started again: %1").arg(copy->title()));
    }
}

void JobsDock::copyCommand()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QStringList commands = m_model->index(row, 0).data(JobListModel::CommandsRole).toStringList();
    if (commands.isEmpty())
        return;
    QApplication::clipboard()->setText(commands.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Copied %n command(s) to the clipboard (secrets masked)", nullptr,
                            static_cast<int>(commands.size())));
}

void JobsDock::clearFinished()
{
    m_runtime.queue().clearFinished();
    m_model->clearHistory();
    // Remembered, so that the journal's older entries stay out of the list after a restart too.
    m_runtime.settings().setJobListClearedAt(QDateTime::currentDateTimeUtc());
    m_runtime.settings().sync();
}

void JobsDock::showContextMenu(const QPoint &pos)
{
    QPoint at = pos;
    if (!m_view->indexAt(pos).isValid()) {
        // The menu key opens the menu wherever the mouse is: anchor it to the current job.
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        at = m_view->visualRect(current).center();
    }
    QMenu menu(this);
    menu.addAction(m_cancelAction);
    menu.addAction(m_retryAction);
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(m_clearAction);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace chartroom::ui
