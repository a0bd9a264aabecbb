#include "backuprunpage.h"

#include "backupreport.h"
#include "backupsession.h"

#include "runtime.h"

#include "backup/releasebackupjob.h"
#include "jobs/jobqueue.h"
#include "jobs/parallelgroupjob.h"
#include "jobs/sequencejob.h"
#include "secrets/secretstore.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

namespace {

using KeyMode = backup::RepositoryConfig::KeyMode;

/// Every release backup under the plan's job (a sequence of tiers, each a parallel group).
QList<backup::ReleaseBackupJob *> releaseJobs(jobs::Job *job)
{
    if (auto *release = qobject_cast<backup::ReleaseBackupJob *>(job))
        return {release};
    QList<backup::ReleaseBackupJob *> found;
    if (auto *sequence = qobject_cast<jobs::SequenceJob *>(job))
        for (int i = 0; i < sequence->stepCount(); ++i)
            found << releaseJobs(sequence->step(i));
    if (auto *group = qobject_cast<jobs::ParallelGroupJob *>(job))
        for (int i = 0; i < group->jobCount(); ++i)
            found << releaseJobs(group->job(i));
    return found;
}

} // namespace

BackupRunPage::BackupRunPage(BackupSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_log(new QPlainTextEdit)
    , m_cancel(new QPushButton(tr("&Cancel Backup")))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Backing up"));
    setSubTitle(tr("The backup runs in the job queue; its full log stays in the Jobs panel."));
    // No Back: the Review page before it is the commit page.
    setButtonText(QWizard::NextButton, tr("&Summary >"));
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(5000); // the job's own log keeps everything
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancel->setObjectName(QStringLiteral("cancelBackupButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_log, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session.job && !m_session.job->isFinished()) {
            m_status->setText(tr("Canceling…"));
            m_session.job->cancel();
        }
    });
    connect(&m_createWatcher, &QFutureWatcher<Created>::finished, this, &BackupRunPage::handleCreated);
    connect(&m_reportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_reportWatcher.result();
        if (error.isEmpty())
            m_session.reportPath = backupReportPath(m_session.location, m_startedAt);
        else
            m_session.reportError = error;
        m_done = true;
        Q_EMIT completeChanged();
    });
}

BackupRunPage::~BackupRunPage() = default;

void BackupRunPage::initializePage()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_done = false;
    m_log->clear();
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(false);
    if (m_session.newRepository)
        createRepository();
    else
        enqueue();
}

void BackupRunPage::createRepository()
{
    m_status->setText(tr("Creating the repository at %1…").arg(QDir::toNativeSeparators(m_session.location)));
    m_session.preparing = true;
    BackupSession::NewRepository request = *m_session.newRepository;
    // The typed passphrase leaves the session now; only the worker's copy remains until it is done.
    m_session.newRepository->options.passphrase.fill('\0');
    const QString location = m_session.location;
    const catalog::ProfileCatalog *catalog = &m_session.runtime.catalog();
    const QList<inventory::Release> releases = m_session.chosenReleases();
    const QHash<QString, QStringList> components = m_session.components;
    m_createWatcher.setFuture(QtConcurrent::run([request, location, catalog, releases, components]() mutable {
        Created created;
        artifact::DataKey generated;
        auto repository = backup::BackupRepository::init(location, request.options, &generated);
        if (!repository) {
            created.error = repository.error().message;
            request.options.passphrase.fill('\0');
            return created;
        }
        created.repository = repository.value();
        if (request.options.keyMode == KeyMode::Passphrase) {
            auto key = repository->unlock(request.options.passphrase); // scrypt, as every later unlock
            if (!key)
                created.error = key.error().message;
            else
                created.key = key.value();
            if (request.rememberInKeychain)
                created.secretToKeep = request.options.passphrase;
        } else if (request.options.keyMode == KeyMode::RepositoryKey) {
            created.key = generated;
            created.secretToKeep = backup::BackupRepository::keyToSecret(generated);
        }
        request.options.passphrase.fill('\0');
        created.plan = buildPlan(created.repository, catalog, releases, components).plan;
        return created;
    }));
}

void BackupRunPage::handleCreated()
{
    Created created = m_createWatcher.result();
    m_session.newRepository.reset();
    if (!created.error.isEmpty() || !created.plan)
        return fail(tr("The repository could not be created: %1").arg(created.error));
    appendLog(tr("Created the repository %1 at %2").arg(created.repository->config().id, m_session.location));
    storeSecretThenRun(std::move(created));
}

void BackupRunPage::storeSecretThenRun(Created created)
{
    m_session.repository = created.repository;
    m_session.key = created.key;
    m_session.plan = created.plan;
    if (created.secretToKeep.isEmpty())
        return enqueue();
    const bool keyMode = created.repository->config().keyMode == KeyMode::RepositoryKey;
    m_status->setText(tr("Storing the repository's secret in the OS keychain…"));
    QPointer<BackupRunPage> self(this);
    m_session.secrets->write(
        created.repository->secretName(), created.secretToKeep, [self, keyMode](const Result<void> &stored) {
            if (!self)
                return;
            if (!stored && keyMode)
                return self->fail(
                    tr("The new key could not be stored in the OS keychain (%1); without it the repository is "
                       "unusable, so nothing was backed up.")
                        .arg(stored.error().message));
            if (!stored)
                self->appendLog(tr("The passphrase is not remembered (%1); you will be asked for it next time.")
                                    .arg(stored.error().message));
            self->enqueue();
        });
    created.secretToKeep.fill('\0');
}

void BackupRunPage::enqueue()
{
    m_session.preparing = false;
    Runtime &runtime = m_session.runtime;
    const backup::ClusterTools tools = runtime.clusterTools();
    // The inventory's RPO follows the repository the user backs up to.
    runtime.setBackupRepositoryLocation(m_session.location);

    const backup::BackupPlan &plan = *m_session.plan;
    QStringList contexts;
    for (const backup::BackupPlan::Item &item : plan.runnable())
        if (!contexts.contains(item.release.context))
            contexts << item.release.context;
    jobs::JobOptions options;
    options.cluster = contexts.size() == 1 ? contexts.first() : QString();
    jobs::Job *job =
        runtime.queue().enqueue(plan.makeJob(tools, m_session.key, runtime.settings().maxJobsPerCluster()), options);
    m_session.job = job;

    const QList<backup::ReleaseBackupJob *> releases = releaseJobs(job);
    m_progress->setRange(0, static_cast<int>(releases.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m releases"));
    m_status->setText(tr("Backing up %n release(s)…", nullptr, static_cast<int>(releases.size())));
    for (backup::ReleaseBackupJob *release : releases)
        connect(release, &jobs::Job::finished, this, [this] { m_progress->setValue(m_progress->value() + 1); });
    connect(job, &jobs::Job::outputReceived, this,
            [this](jobs::OutputChannel, const QString &line) { appendLog(line); });
    connect(job, &jobs::Job::finished, this, &BackupRunPage::handleJobFinished);
    m_cancel->setEnabled(true);
}

void BackupRunPage::handleJobFinished(jobs::Job *job)
{
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_cancel->setEnabled(false);
    collectOutcomes(job);
    int succeeded = 0;
    for (const BackupOutcome &outcome : std::as_const(m_session.outcomes))
        succeeded += outcome.result == BackupOutcome::Result::Succeeded ? 1 : 0;
    const int runnable = m_progress->maximum();
    if (job->state() == jobs::JobState::Canceled)
        m_status->setText(tr("Canceled: %1 of %2 releases were backed up.").arg(succeeded).arg(runnable));
    else if (job->state() == jobs::JobState::Succeeded)
        m_status->setText(tr("Done: every release was backed up and verified."));
    else
        m_status->setText(tr("Finished with problems: %1 of %2 releases were backed up.").arg(succeeded).arg(runnable));
    writeReport();
}

void BackupRunPage::collectOutcomes(jobs::Job *root)
{
    QHash<QString, backup::ReleaseBackupJob *> byKey;
    for (backup::ReleaseBackupJob *job : releaseJobs(root))
        byKey.insert(job->request().release.key(), job);
    m_session.outcomes.clear();
    for (const backup::BackupPlan::Item &item : m_session.plan->items()) {
        BackupOutcome outcome;
        outcome.releaseKey = item.release.key();
        outcome.tier = item.tier;
        backup::ReleaseBackupJob *job = byKey.value(outcome.releaseKey);
        if (!item.skipReason.isEmpty() || !job) {
            outcome.reason = item.skipReason;
            m_session.outcomes << outcome;
            continue;
        }
        switch (job->state()) {
        case jobs::JobState::Succeeded:
            outcome.result = BackupOutcome::Result::Succeeded;
            break;
        case jobs::JobState::Canceled:
            outcome.result = BackupOutcome::Result::Canceled;
            break;
        case jobs::JobState::Pending:
            outcome.result = BackupOutcome::Result::NotStarted;
            break;
        default:
            outcome.result = BackupOutcome::Result::Failed;
            break;
        }
        if (outcome.result != BackupOutcome::Result::Succeeded)
            outcome.reason = job->errorString();
        outcome.backupId = job->backupId();
        if (!job->manifest().id.isEmpty())
            outcome.storedBytes = job->manifest().storedBytes();
        outcome.durationMs = job->startedAt().isValid() ? job->elapsedMs() : -1;
        m_session.outcomes << outcome;
    }
    for (const inventory::Release &release : std::as_const(m_session.scope)) {
        if (!m_session.excluded.contains(release.key()))
            continue;
        BackupOutcome outcome;
        outcome.releaseKey = release.key();
        outcome.tier = release.tier;
        outcome.reason = tr("no component chosen");
        m_session.outcomes << outcome;
    }
}

void BackupRunPage::writeReport()
{
    const QString path = backupReportPath(m_session.location, m_startedAt);
    const QByteArray text =
        backupReportMarkdown(m_session.location, m_session.encrypted(), m_startedAt, m_finishedAt, m_session.outcomes)
            .toUtf8();
    m_reportWatcher.setFuture(QtConcurrent::run([path, text]() -> QString {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return tr("cannot create %1").arg(QFileInfo(path).absolutePath());
        const auto written = backup::BackupRepository::writeFileAtomically(path, text);
        return written ? QString() : written.error().message;
    }));
}

void BackupRunPage::fail(const QString &message)
{
    m_session.preparing = false;
    m_session.failure = message;
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: #da3633;"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_done = true;
    Q_EMIT completeChanged();
}

void BackupRunPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

bool BackupRunPage::isComplete() const
{
    return m_done;
}

} // namespace chartroom::ui
