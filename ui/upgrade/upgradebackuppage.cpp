#include "upgradebackuppage.h"

#include "upgradesession.h"

#include "backup/backupformatting.h"
#include "backup/repositoryunlocker.h"
#include "rbac/planaccessnotice.h"
#include "runtime.h"

#include "backup/drillplan.h"
#include "catalog/chartprofile.h"
#include "inventory/formatting.h"
#include "upgrade/upgradeaccess.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

using upgrade::BackupGate;

UpgradeBackupPage::UpgradeBackupPage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_latest(new QLabel)
    , m_decision(new QLabel)
    , m_unlockStatus(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_unlock(new QPushButton(tr("&Unlock")))
    , m_skip(new QCheckBox(tr("&Go on without a fresh backup")))
    , m_skipConfirm(new QLineEdit)
    , m_unlocker(new RepositoryUnlocker(this))
    , m_access(new PlanAccessNotice)
{
    setObjectName(QStringLiteral("backupPage"));
    setTitle(tr("Backup Gate"));
    setSubTitle(tr("An upgrade starts from a verified backup that is recent enough for the release's tier."));
    m_latest->setObjectName(QStringLiteral("latestBackupLabel"));
    m_latest->setWordWrap(true);
    m_decision->setObjectName(QStringLiteral("backupDecisionLabel"));
    m_decision->setWordWrap(true);
    m_unlockStatus->setObjectName(QStringLiteral("unlockStatusLabel"));
    m_unlockStatus->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_skip->setObjectName(QStringLiteral("skipBackupCheck"));
    m_skipConfirm->setObjectName(QStringLiteral("skipBackupConfirmEdit"));
    auto *unlockRow = new QHBoxLayout;
    unlockRow->addWidget(m_passphrase, 1);
    unlockRow->addWidget(m_unlock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_latest);
    layout->addWidget(m_decision);
    layout->addWidget(m_unlockStatus);
    layout->addLayout(unlockRow);
    layout->addSpacing(12);
    layout->addWidget(m_skip);
    layout->addWidget(m_skipConfirm);
    layout->addWidget(m_access);
    layout->addStretch(1);

    const auto updateSkip = [this] {
        m_session.gateInput.skipConfirmed = m_skip->isChecked() && m_skipConfirm->text() == m_session.request.release.name;
        Q_EMIT completeChanged();
    };
    connect(m_skip, &QCheckBox::toggled, this, [this, updateSkip](bool on) {
        m_skipConfirm->setVisible(on);
        if (on)
            m_skipConfirm->setFocus();
        updateSkip();
    });
    connect(m_skipConfirm, &QLineEdit::textChanged, this, updateSkip);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        m_unlocker->unlockWithPassphrase(m_passphrase->text().toUtf8());
        m_passphrase->clear();
    });
    connect(m_unlocker, &RepositoryUnlocker::changed, this, &UpgradeBackupPage::updateUnlock);
    connect(m_unlocker, &RepositoryUnlocker::passphraseRejected, this,
            [this](const QString &message) { m_unlockStatus->setText(message); });
    connect(&m_opener, &QFutureWatcher<std::optional<backup::BackupRepository>>::finished, this, [this] {
        m_session.repository = m_opener.result();
        showGate();
    });
}

UpgradeBackupPage::~UpgradeBackupPage() = default;

void UpgradeBackupPage::initializePage()
{
    m_unlocker->setSecretStore(m_session.secrets);
    m_skipConfirm->setPlaceholderText(tr("Type %1 to confirm").arg(m_session.request.release.name));
    m_skipConfirm->setVisible(m_skip->isChecked());
    if (m_session.repository)
        return showGate();
    m_latest->setText(tr("Reading the backup repository…"));
    const QString location = m_session.runtime.backupRepositoryLocation();
    // Opening reads the repository's configuration: off the UI thread.
    m_opener.setFuture(QtConcurrent::run([location]() -> std::optional<backup::BackupRepository> {
        if (!backup::BackupRepository::exists(location))
            return std::nullopt;
        auto opened = backup::BackupRepository::open(location);
        return opened ? std::optional<backup::BackupRepository>(opened.value()) : std::nullopt;
    }));
    showGate();
}

void UpgradeBackupPage::showGate()
{
    const catalog::ChartProfile *profile = m_session.profile();
    BackupGate::Input &input = m_session.gateInput;
    input = {};
    // The repository may be read after the user confirmed skipping: keep the confirmation.
    input.skipConfirmed = m_skip->isChecked() && m_skipConfirm->text() == m_session.request.release.name;
    input.maxAge = BackupGate::maxAgeFor(profile);
    input.canTakeBackup = m_session.repository && profile && !profile->backupComponents.isEmpty();
    const QString key = m_session.request.release.key();
    const qint64 maxAge = qint64(input.maxAge.count());
    if (const auto latest = backup::latestVerifiedBackup(m_session.runtime.backupsOf(key))) {
        input.lastVerified = latest->time();
        input.lastVerifiedId = latest->id;
        const qint64 age = latest->time().secsTo(QDateTime::currentDateTimeUtc());
        m_latest->setText(tr("Latest verified backup: %1, %2 old. The policy allows at most %3 (%4).")
                              .arg(latest->id, inventory::formatAge(age), inventory::formatAge(maxAge),
                                   profile ? tr("the %1 profile's RPO").arg(profile->id) : tr("no profile: a day")));
    } else {
        m_latest->setText(tr("%1 has no verified backup in %2. The policy allows at most %3.")
                              .arg(m_session.request.release.name,
                                   QDir::toNativeSeparators(m_session.runtime.backupRepositoryLocation()), inventory::formatAge(maxAge)));
    }
    const BackupGate gate = m_session.gate();
    switch (gate.decision()) {
    case BackupGate::Decision::Fresh:
        m_decision->setText(tr("It satisfies the policy: no backup is needed before the upgrade."));
        break;
    case BackupGate::Decision::TakeBackup:
        m_decision->setText(tr("A fresh backup (verified) is the first step of the plan; you can follow and cancel it in the job queue."));
        break;
    case BackupGate::Decision::Blocked:
    case BackupGate::Decision::Skipped:
        m_decision->setText(profile && !profile->backupComponents.isEmpty()
                                ? tr("No backup can be taken: there is no backup repository at %1.")
                                      .arg(QDir::toNativeSeparators(m_session.runtime.backupRepositoryLocation()))
                                : tr("No backup can be taken: the chart has no backup recipe."));
        break;
    }
    m_decision->setStyleSheet(gate.decision() == BackupGate::Decision::Blocked
                                  ? QStringLiteral("color: %1;").arg(backupErrorColor().name())
                                  : QString());
    if (gate.decision() == BackupGate::Decision::TakeBackup && m_session.repository &&
        m_unlocker->state() == RepositoryUnlocker::State::None)
        m_unlocker->start(*m_session.repository);
    // The plan the Review page will show: may the kubeconfig user run each of its steps?
    m_access->check(upgrade::requiredAccess(m_session.plan(),
                                            m_session.preview ? m_session.preview->resources()
                                                              : QList<upgrade::UpgradePreview::ResourceChange>(),
                                            profile, !m_session.repository || m_session.repository->encrypted()),
                    m_session.runtime.userAccess());
    updateUnlock();
}

void UpgradeBackupPage::updateUnlock()
{
    const bool needed = m_session.gate().decision() == BackupGate::Decision::TakeBackup;
    const bool asking = needed && m_unlocker->state() == RepositoryUnlocker::State::NeedsPassphrase;
    m_unlockStatus->setVisible(needed);
    m_unlockStatus->setText(m_unlocker->statusText());
    m_passphrase->setVisible(asking);
    m_unlock->setVisible(asking);
    m_session.key = m_unlocker->key();
    Q_EMIT completeChanged();
}

bool UpgradeBackupPage::isComplete() const
{
    if (m_access->blocks())
        return false;
    if (m_skip->isChecked())
        return m_skipConfirm->text() == m_session.request.release.name;
    switch (m_session.gate().decision()) {
    case BackupGate::Decision::Fresh: return true;
    case BackupGate::Decision::TakeBackup: return m_unlocker->state() == RepositoryUnlocker::State::Unlocked;
    case BackupGate::Decision::Skipped:
    case BackupGate::Decision::Blocked: return false;
    }
    return false;
}

bool UpgradeBackupPage::validatePage()
{
    m_session.key = m_unlocker->key();
    return true;
}

} // namespace chartroom::ui
