#include "backupdestinationpage.h"

#include "backupsession.h"
#include "repositoryunlocker.h"

#include "rbac/planaccessnotice.h"
#include "runtime.h"

#include "backup/backupaccess.h"
#include "secrets/secretstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

using KeyMode = backup::RepositoryConfig::KeyMode;

constexpr int MinimumPassphrase = 8;

QLineEdit *passwordEdit(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

BackupDestinationPage::BackupDestinationPage(BackupSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_status(new QLabel)
    , m_newGroup(new QGroupBox(tr("New repository")))
    , m_passphraseMode(new QRadioButton(tr("Encrypt with a &passphrase")))
    , m_keychainMode(new QRadioButton(tr("Encrypt with a random &key kept in the OS keychain")))
    , m_unencryptedMode(new QRadioButton(tr("Do &not encrypt")))
    , m_newPassphrase(passwordEdit(QStringLiteral("newPassphraseEdit")))
    , m_confirmPassphrase(passwordEdit(QStringLiteral("confirmPassphraseEdit")))
    , m_unencryptedWarning(new QLabel)
    , m_unlockGroup(new QGroupBox(tr("Unlock")))
    , m_unlockStatus(new QLabel)
    , m_unlockPassphrase(passwordEdit(QStringLiteral("unlockPassphraseEdit")))
    , m_remember(new QCheckBox(tr("&Remember the passphrase in the OS keychain")))
    , m_message(new QLabel)
    , m_probeTimer(new QTimer(this))
    , m_unlocker(new RepositoryUnlocker(this))
    , m_access(new PlanAccessNotice)
{
    setObjectName(QStringLiteral("destinationPage"));
    setTitle(tr("Destination and encryption"));
    setSubTitle(tr("The backup repository: a folder holding the backups of every cluster."));
    m_path->setObjectName(QStringLiteral("repositoryPathEdit"));
    m_browse->setObjectName(QStringLiteral("browseRepositoryButton"));
    m_status->setObjectName(QStringLiteral("repositoryStatusLabel"));
    m_status->setWordWrap(true);
    m_newGroup->setObjectName(QStringLiteral("newRepositoryGroup"));
    m_passphraseMode->setObjectName(QStringLiteral("encryptPassphraseRadio"));
    m_keychainMode->setObjectName(QStringLiteral("encryptKeychainRadio"));
    m_unencryptedMode->setObjectName(QStringLiteral("unencryptedRadio"));
    m_unencryptedWarning->setObjectName(QStringLiteral("unencryptedWarningLabel"));
    m_unencryptedWarning->setWordWrap(true);
    m_unencryptedWarning->setText(
        tr("<b>Warning:</b> without encryption, Kubernetes Secrets and the Helm release record are <b>not stored</b> "
           "and secret-looking values are masked, so a restore will need them from elsewhere."));
    m_unencryptedWarning->setStyleSheet(QStringLiteral("color: #da3633;"));
    m_unlockGroup->setObjectName(QStringLiteral("unlockGroup"));
    m_unlockStatus->setObjectName(QStringLiteral("unlockStatusLabel"));
    m_unlockStatus->setWordWrap(true);
    m_remember->setObjectName(QStringLiteral("rememberPassphraseCheck"));
    m_remember->setChecked(true);
    m_message->setObjectName(QStringLiteral("destinationMessageLabel"));
    m_message->setWordWrap(true);
    m_passphraseMode->setChecked(true);
    m_newPassphrase->setPlaceholderText(tr("at least %n characters", nullptr, MinimumPassphrase));

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_passphraseMode);
    modes->addButton(m_keychainMode);
    modes->addButton(m_unencryptedMode);
    auto *passphraseForm = new QFormLayout;
    passphraseForm->setContentsMargins(24, 0, 0, 0);
    passphraseForm->addRow(tr("Passphrase:"), m_newPassphrase);
    passphraseForm->addRow(tr("Confirm:"), m_confirmPassphrase);
    auto *newLayout = new QVBoxLayout(m_newGroup);
    newLayout->addWidget(m_passphraseMode);
    newLayout->addLayout(passphraseForm);
    newLayout->addWidget(m_keychainMode);
    newLayout->addWidget(m_unencryptedMode);
    newLayout->addWidget(m_unencryptedWarning);

    auto *unlockForm = new QFormLayout(m_unlockGroup);
    unlockForm->addRow(m_unlockStatus);
    unlockForm->addRow(tr("Passphrase:"), m_unlockPassphrase);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Repository folder:")));
    layout->addLayout(pathRow);
    layout->addWidget(m_status);
    layout->addWidget(m_newGroup);
    layout->addWidget(m_unlockGroup);
    layout->addWidget(m_remember);
    layout->addWidget(m_message);
    layout->addWidget(m_access);
    layout->addStretch();

    m_probeTimer->setSingleShot(true);
    m_probeTimer->setInterval(300);
    connect(m_probeTimer, &QTimer::timeout, this, &BackupDestinationPage::startProbe);
    connect(m_path, &QLineEdit::textEdited, this, &BackupDestinationPage::locationEdited);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup Repository"), m_path->text());
        if (dir.isEmpty())
            return;
        m_path->setText(QDir::toNativeSeparators(dir));
        locationEdited();
    });
    for (QRadioButton *mode : {m_passphraseMode, m_keychainMode, m_unencryptedMode})
        connect(mode, &QRadioButton::toggled, this, &BackupDestinationPage::updateForm);
    for (QLineEdit *edit : {m_newPassphrase, m_confirmPassphrase, m_unlockPassphrase})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_ready = false;
            m_message->clear();
            Q_EMIT completeChanged();
        });
    connect(&m_probeWatcher, &QFutureWatcher<RepositoryProbe>::finished, this, &BackupDestinationPage::handleProbe);
    connect(m_unlocker, &RepositoryUnlocker::changed, this, &BackupDestinationPage::handleUnlockChanged);
    connect(m_unlocker, &RepositoryUnlocker::passphraseRejected, this, [this](const QString &message) {
        if (m_validating) {
            m_validating = false;
            showError(message);
        }
    });
    connect(&m_planWatcher, &QFutureWatcher<PlanOutcome>::finished, this, [this] {
        m_validating = false;
        if (wizard()->currentPage() != this)
            return; // the user went Back meanwhile
        const PlanOutcome outcome = m_planWatcher.result();
        if (!outcome.plan)
            return showError(tr("The plan could not be made: %1").arg(outcome.error));
        m_session.plan = outcome.plan;
        m_message->clear();
        // The plan the Review page will show: may the kubeconfig user run each of its steps? A
        // denied step stops here; access not known yet goes on to the Review page as a warning.
        if (m_access->check(backup::requiredAccess(*m_session.plan, m_session.encrypted()), m_session.runtime.userAccess()))
            return Q_EMIT completeChanged();
        m_session.accessWarnings = m_access->lines();
        m_ready = true;
        Q_EMIT completeChanged();
        wizard()->next();
    });
}

BackupDestinationPage::~BackupDestinationPage() = default;

void BackupDestinationPage::initializePage()
{
    if (m_path->text().isEmpty())
        m_path->setText(QDir::toNativeSeparators(m_session.location));
    m_ready = false;
    if (!m_probe)
        startProbe();
    updateForm();
}

void BackupDestinationPage::locationEdited()
{
    ++m_generation;
    m_probe.reset();
    m_unlocker->reset();
    m_ready = false;
    m_unlockPassphrase->clear();
    m_status->setText(tr("Looking at the folder…"));
    m_probeTimer->start();
    updateForm();
}

void BackupDestinationPage::startProbe()
{
    m_probeTimer->stop();
    m_status->setText(tr("Looking at the folder…"));
    m_probeWatcher.setFuture(probeRepositoryAsync(QDir::fromNativeSeparators(m_path->text().trimmed())));
    Q_EMIT completeChanged();
}

void BackupDestinationPage::handleProbe()
{
    const RepositoryProbe probe = m_probeWatcher.result();
    if (probe.location != QDir::fromNativeSeparators(m_path->text().trimmed()))
        return; // edited meanwhile; another probe follows
    m_probe = probe;
    m_unlocker->reset();
    if (!probe.error.isEmpty()) {
        m_status->setText(probe.error);
    } else if (probe.repository) {
        const backup::BackupRepository &repository = *probe.repository;
        switch (repository.config().keyMode) {
        case KeyMode::None:
            m_status->setText(tr("An unencrypted repository is here. Secrets and the Helm release record will not be "
                                 "stored in it."));
            break;
        case KeyMode::Passphrase:
            m_status->setText(tr("An encrypted repository (passphrase) is here."));
            break;
        case KeyMode::RepositoryKey:
            m_status->setText(tr("An encrypted repository is here; its key is kept in the OS keychain."));
            break;
        }
        if (repository.encrypted()) {
            m_unlocker->setSecretStore(m_session.secrets);
            m_unlocker->start(repository);
        }
    } else {
        m_status->setText(tr("There is no repository here yet: a new one will be created when the backup starts."));
    }
    updateForm();
}

void BackupDestinationPage::handleUnlockChanged()
{
    if (m_unlocker->state() == RepositoryUnlocker::State::Unlocked && m_validating)
        return finishValidation();
    updateForm();
}

void BackupDestinationPage::updateForm()
{
    m_access->reset(); // about the plan of the last answers
    const bool isNew = m_probe && m_probe->error.isEmpty() && !m_probe->repository && m_probe->usableForNew;
    const bool encryptedExisting = m_probe && m_probe->repository && m_probe->repository->encrypted();
    const bool passphraseRepo = encryptedExisting && m_probe->repository->config().keyMode == KeyMode::Passphrase;
    m_newGroup->setVisible(isNew);
    m_newPassphrase->setEnabled(m_passphraseMode->isChecked());
    m_confirmPassphrase->setEnabled(m_passphraseMode->isChecked());
    m_unencryptedWarning->setVisible(isNew && m_unencryptedMode->isChecked());

    m_unlockGroup->setVisible(encryptedExisting);
    using State = RepositoryUnlocker::State;
    const State state = m_unlocker->state();
    const bool keychainWorks = m_unlocker->keychainWorks();
    const bool askPassphrase = passphraseRepo && (state == State::NeedsPassphrase || state == State::Unavailable);
    m_unlockStatus->setText(m_unlocker->statusText());
    m_askPassphrase = askPassphrase;
    m_unlockPassphrase->setVisible(askPassphrase);
    m_unlockGroup->layout()->invalidate();
    if (auto *form = qobject_cast<QFormLayout *>(m_unlockGroup->layout()))
        form->setRowVisible(m_unlockPassphrase, askPassphrase);

    const bool rememberApplies = (isNew && m_passphraseMode->isChecked()) || askPassphrase;
    m_remember->setVisible(rememberApplies);
    m_remember->setEnabled(keychainWorks);
    if (!keychainWorks)
        m_remember->setChecked(false);
    Q_EMIT completeChanged();
}

bool BackupDestinationPage::isComplete() const
{
    if (m_access->blocks())
        return false;
    if (m_validating || !m_probe || m_probeWatcher.isRunning() || m_probeTimer->isActive() || !m_probe->error.isEmpty())
        return false;
    if (m_probe->repository) {
        if (!m_probe->repository->encrypted() || m_unlocker->state() == RepositoryUnlocker::State::Unlocked)
            return true;
        // Not isVisible(): QWizard hides its page frame while it updates the buttons.
        return m_askPassphrase && !m_unlockPassphrase->text().isEmpty() && m_unlocker->state() != RepositoryUnlocker::State::Unlocking;
    }
    if (m_passphraseMode->isChecked())
        return m_newPassphrase->text().size() >= MinimumPassphrase &&
               m_newPassphrase->text() == m_confirmPassphrase->text();
    return true;
}

bool BackupDestinationPage::validatePage()
{
    if (m_ready)
        return true;
    if (m_validating)
        return false;
    m_validating = true;
    m_message->clear();
    Q_EMIT completeChanged();
    if (m_probe->repository && m_probe->repository->encrypted() &&
        m_unlocker->state() != RepositoryUnlocker::State::Unlocked) {
        setBusy(tr("Unlocking the repository…"));
        m_unlocker->unlockWithPassphrase(m_unlockPassphrase->text().toUtf8());
        return false;
    }
    if (!m_probe->repository && m_keychainMode->isChecked()) {
        // A key nobody can read back would make every backup unreadable: check the keychain first.
        setBusy(tr("Checking the OS keychain…"));
        const int generation = m_generation;
        QPointer<BackupDestinationPage> self(this);
        m_session.secrets->probe([self, generation](const Result<void> &works) {
            if (!self || generation != self->m_generation)
                return;
            if (!works) {
                self->m_validating = false;
                return self->showError(tr("The key cannot be kept in the OS keychain: %1").arg(works.error().message));
            }
            self->finishValidation();
        });
        return false;
    }
    finishValidation();
    return false;
}

void BackupDestinationPage::finishValidation()
{
    const QString location = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_session.location = location;
    m_session.repository = m_probe->repository;
    m_session.key.reset();
    m_session.newRepository.reset();
    if (m_probe->repository) {
        m_session.key = m_unlocker->key();
        // A passphrase the user typed is remembered only when asked and only in the keychain.
        if (m_probe->repository->encrypted() && !m_unlockPassphrase->text().isEmpty() && m_remember->isChecked() &&
            m_remember->isEnabled()) {
            QByteArray passphrase = m_unlockPassphrase->text().toUtf8();
            QPointer<QLabel> status(m_status);
            m_session.secrets->write(
                m_probe->repository->secretName(), passphrase, [status](const Result<void> &stored) {
                    if (!stored && status)
                        status->setText(tr("The passphrase could not be remembered: %1").arg(stored.error().message));
                });
            passphrase.fill('\0');
        }
    } else {
        BackupSession::NewRepository created;
        created.options.kdf = m_session.kdf;
        created.options.keyMode = m_passphraseMode->isChecked() ? KeyMode::Passphrase
                                  : m_keychainMode->isChecked() ? KeyMode::RepositoryKey
                                                                : KeyMode::None;
        if (created.options.keyMode == KeyMode::Passphrase)
            created.options.passphrase = m_newPassphrase->text().toUtf8();
        created.rememberInKeychain = m_remember->isChecked() && m_remember->isEnabled();
        m_session.newRepository = created;
    }
    buildPlanThenAdvance();
}

void BackupDestinationPage::buildPlanThenAdvance()
{
    setBusy(tr("Preparing the plan…"));
    m_planWatcher.setFuture(buildPlanAsync(m_session.repository, &m_session.runtime.catalog(),
                                           m_session.chosenReleases(), m_session.components));
}

void BackupDestinationPage::setBusy(const QString &message)
{
    m_message->setStyleSheet({});
    m_message->setText(message);
}

void BackupDestinationPage::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #da3633;"));
    m_message->setText(message);
    Q_EMIT completeChanged();
}

} // namespace chartroom::ui
