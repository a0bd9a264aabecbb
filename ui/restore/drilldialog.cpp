#include "drilldialog.h"

#include "backup/backupformatting.h"
#include "backup/backupreport.h"
#include "backup/repositoryunlocker.h"
#include "runtime.h"
#include "widgets/jobstepsview.h"

#include "backup/drilljob.h"
#include "catalog/profilecatalog.h"
#include "inventory/formatting.h"
#include "jobs/jobqueue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

using UnlockState = RepositoryUnlocker::State;

DrillDialog::DrillDialog(Runtime &runtime, inventory::Release release, QWidget *parent)
    : QDialog(parent)
    , m_runtime(runtime)
    , m_release(std::move(release))
    , m_summary(new QLabel)
    , m_preview(new QPlainTextEdit)
    , m_keepNamespace(new QCheckBox(tr("&Keep the scratch namespace afterwards, to inspect it")))
    , m_unlockGroup(new QGroupBox(tr("Key")))
    , m_unlockStatus(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_message(new QLabel)
    , m_view(new JobStepsView(tr("&Cancel Drill"), QStringLiteral("cancelDrillButton")))
    , m_result(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_start(m_buttons->addButton(tr("&Start Drill"), QDialogButtonBox::AcceptRole))
    , m_unlocker(new RepositoryUnlocker(this))
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(tr("Restore Drill of %1").arg(m_release.name));
    m_summary->setObjectName(QStringLiteral("drillSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr("Reading the backup repository %1…")
                           .arg(QDir::toNativeSeparators(m_runtime.backupRepositoryLocation()).toHtmlEscaped()));
    m_preview->setObjectName(QStringLiteral("drillPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keepNamespace->setObjectName(QStringLiteral("keepNamespaceCheck"));
    m_unlockGroup->setObjectName(QStringLiteral("unlockGroup"));
    m_unlockGroup->setVisible(false);
    m_unlockStatus->setObjectName(QStringLiteral("unlockStatusLabel"));
    m_unlockStatus->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("drillMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
    m_view->setVisible(false);
    m_result->setObjectName(QStringLiteral("drillResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_start->setObjectName(QStringLiteral("startDrillButton"));
    m_start->setEnabled(false);
    m_unlocker->setSecretStore(&m_runtime.secrets());

    auto *unlockForm = new QFormLayout(m_unlockGroup);
    unlockForm->addRow(m_unlockStatus);
    unlockForm->addRow(tr("Passphrase:"), m_passphrase);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_keepNamespace);
    layout->addWidget(m_unlockGroup);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Start Drill must not close the dialog: it turns it into the run view.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_start, &QPushButton::clicked, this, &DrillDialog::startDrill);
    connect(m_keepNamespace, &QCheckBox::toggled, this, &DrillDialog::rebuildPlan);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        updateButtons();
    });
    connect(m_unlocker, &RepositoryUnlocker::changed, this, &DrillDialog::updateUnlock);
    connect(m_unlocker, &RepositoryUnlocker::passphraseRejected, this, [this](const QString &message) {
        m_validating = false;
        m_message->setText(message);
        updateButtons();
    });
    connect(m_view, &JobStepsView::cancelRequested, this, [this] {
        if (m_job && !m_job->isFinished())
            m_job->cancel();
    });
    connect(&m_watcher, &QFutureWatcher<Listing>::finished, this, &DrillDialog::handleListing);

    // Opening the repository and listing the release's backups reads manifests: not on the UI thread.
    const QString location = m_runtime.backupRepositoryLocation();
    const QString releaseKey = m_release.key();
    m_watcher.setFuture(QtConcurrent::run([location, releaseKey] {
        Listing listing;
        auto repository = backup::BackupRepository::open(location);
        if (!repository) {
            listing.error = repository.error().message;
            return listing;
        }
        listing.backup = backup::latestVerifiedBackup(repository->list(releaseKey));
        listing.repository = std::move(repository).value();
        return listing;
    }));
}

DrillDialog::~DrillDialog()
{
    m_watcher.waitForFinished();
}

void DrillDialog::setSecretStore(secrets::SecretStore *store)
{
    m_unlocker->setSecretStore(store);
}

void DrillDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    updateButtons();
}

void DrillDialog::handleListing()
{
    Listing listing = m_watcher.result();
    if (!listing.error.isEmpty())
        return showProblem(tr("The backup repository cannot be read: %1").arg(listing.error));
    if (!listing.backup)
        return showProblem(tr("%1 has no verified backup to drill: back it up (and let it verify) first.").arg(m_release.key()));
    m_repository = std::move(listing.repository);
    m_backup = std::move(listing.backup);
    rebuildPlan();
    if (m_plan && m_plan->needsKey()) {
        m_unlockGroup->setVisible(true);
        m_unlocker->start(*m_repository);
    }
    updateUnlock();
}

void DrillDialog::rebuildPlan()
{
    if (!m_repository || !m_backup || m_job)
        return;
    const catalog::ChartProfile *profile =
        m_backup->manifest ? m_runtime.catalog().profile(m_backup->manifest->profileId) : nullptr;
    if (!profile)
        return showProblem(tr("No chart profile “%1” is known to restore backup %2 with.")
                               .arg(m_backup->manifest ? m_backup->manifest->profileId : QString(), m_backup->id));
    backup::DrillOptions options;
    options.keepNamespace = m_keepNamespace->isChecked();
    // The key is handed over when the drill starts; the plan and its preview need none.
    m_plannedAt = QDateTime::currentDateTimeUtc();
    m_plan.emplace(*m_repository, *m_backup, *profile, std::nullopt, m_plannedAt, options);
    const QString when = QLocale().toString(m_backup->time().toLocalTime(), QLocale::ShortFormat);
    const qint64 age = m_backup->time().secsTo(QDateTime::currentDateTimeUtc());
    QString text = tr("Restores the latest verified backup <b>%1</b> (taken %2, %3) into the new namespace <b>%4</b>, "
                      "checks it and measures the restore time")
                       .arg(m_backup->id, when, inventory::formatAge(age), m_plan->scratchNamespace());
    text += profile->rto ? tr(" against the RTO of %1.").arg(inventory::formatTarget(profile->rto->count())) : QStringLiteral(".");
    text += u' ' + (options.keepNamespace ? tr("The namespace is kept afterwards; delete it yourself when done.")
                                          : tr("The namespace is deleted afterwards, also when the drill fails."));
    text += u' ' + tr("%1 itself is not touched.").arg(m_release.key().toHtmlEscaped());
    m_summary->setText(text);
    m_preview->setPlainText(m_plan->describe(m_runtime.clusterTools()).join(u'\n'));
    if (!m_plan->problem().isEmpty())
        m_message->setText(m_plan->problem());
    updateButtons();
}

void DrillDialog::updateUnlock()
{
    m_unlockStatus->setText(m_unlocker->statusText());
    const bool ask = m_unlocker->asksForPassphrase();
    if (auto *form = qobject_cast<QFormLayout *>(m_unlockGroup->layout()))
        form->setRowVisible(m_passphrase, ask);
    if (m_validating && m_unlocker->state() == UnlockState::Unlocked) {
        m_validating = false;
        startDrill();
        return;
    }
    updateButtons();
}

void DrillDialog::updateButtons()
{
    bool ready = m_plan && m_plan->problem().isEmpty() && !m_job && !m_validating;
    if (ready && m_plan->needsKey() && m_unlocker->state() != UnlockState::Unlocked)
        ready = m_unlocker->passphraseRepository() && !m_passphrase->text().isEmpty() &&
                m_unlocker->state() != UnlockState::Unlocking;
    m_start->setEnabled(ready);
}

void DrillDialog::startDrill()
{
    if (!m_plan || m_job)
        return;
    if (m_plan->needsKey() && m_unlocker->state() != UnlockState::Unlocked) {
        // The typed passphrase unlocks first; updateUnlock() comes back here once it did.
        m_validating = true;
        m_message->clear();
        m_unlocker->unlockWithPassphrase(m_passphrase->text().toUtf8());
        updateButtons();
        return;
    }
    const catalog::ChartProfile *profile = m_runtime.catalog().profile(m_backup->manifest->profileId);
    // The plan as previewed (same scratch namespace), now with the key.
    m_plan.emplace(*m_repository, *m_backup, *profile, m_unlocker->key(), m_plannedAt, m_plan->options());
    jobs::Job *queued = m_runtime.queue().enqueue(m_plan->makeJob(m_runtime.clusterTools()),
                                                  jobs::JobOptions{0, m_plan->context()});
    m_job = queued;
    m_keepNamespace->setEnabled(false);
    m_unlockGroup->setVisible(false);
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * 8);
    m_view->setVisible(true);
    m_view->reset();
    // The restore's own steps, when the drill can run; the teardown follows in the result.
    const auto *drill = qobject_cast<backup::DrillJob *>(queued);
    m_view->track(drill && drill->restoreJob() ? drill->restoreJob() : queued);
    m_result->setText(tr("Drilling into %1…").arg(m_plan->scratchNamespace()));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel and Close"));
    connect(queued, &jobs::Job::finished, this, &DrillDialog::handleFinished);
    updateButtons();
}

void DrillDialog::handleFinished()
{
    auto *drill = qobject_cast<backup::DrillJob *>(m_job.data());
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    if (!drill)
        return;
    const backup::DrillRecord &record = drill->record();
    const auto colored = [](const QString &text, bool good) {
        return good ? text : QStringLiteral("<span style=\"color: %1;\">%2</span>").arg(backupErrorColor().name(), text);
    };
    QString text;
    if (drill->state() == jobs::JobState::Canceled) {
        text = tr("The drill was canceled; it is not recorded.");
    } else if (record.ok) {
        text = tr("The drill restored backup %1 in <b>%2</b>.").arg(record.backupId, durationText(record.durationMs));
        if (record.rtoSeconds)
            text += u' ' + colored(record.outcome().exceeds()
                                       ? tr("The RTO of %1 was exceeded.").arg(inventory::formatTarget(*record.rtoSeconds))
                                       : tr("Within the RTO of %1.").arg(inventory::formatTarget(*record.rtoSeconds)),
                                   !record.outcome().exceeds());
        else
            text += u' ' + tr("The chart profile sets no RTO.");
    } else {
        // A failed restore measured nothing to hold against the RTO.
        text = colored(tr("The drill failed after %1: %2").arg(durationText(record.durationMs), record.error.toHtmlEscaped()),
                       false);
    }
    switch (drill->teardownState()) {
    case backup::DrillJob::Teardown::Kept:
        text += QStringLiteral("<br>") + tr("The namespace %1 is kept for inspection.").arg(drill->scratchNamespace());
        break;
    case backup::DrillJob::Teardown::Deleted:
        text += QStringLiteral("<br>") + tr("The namespace %1 is being deleted.").arg(drill->scratchNamespace());
        break;
    case backup::DrillJob::Teardown::Failed:
        text += QStringLiteral("<br>") +
                colored(tr("The namespace %1 could not be deleted: %2").arg(drill->scratchNamespace(), drill->teardownError().toHtmlEscaped()),
                        false);
        break;
    case backup::DrillJob::Teardown::NotRun:
        break;
    }
    if (drill->state() != jobs::JobState::Canceled && !drill->recorded())
        text += QStringLiteral("<br>") + colored(tr("The drill could not be recorded: %1").arg(drill->recordError().toHtmlEscaped()), false);
    m_result->setText(text);
}

void DrillDialog::done(int result)
{
    // Closing while the drill runs cancels it; the drill still tears its namespace down.
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    QDialog::done(result);
}

} // namespace chartroom::ui
