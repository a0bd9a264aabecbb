#include "restoreconfirmpage.h"

#include "restoresession.h"

#include "backup/backupformatting.h"
#include "backup/repositoryunlocker.h"
#include "runtime.h"

#include "inventory/formatting.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <QWizard>

namespace chartroom::ui {

using UnlockState = RepositoryUnlocker::State;

RestoreConfirmPage::RestoreConfirmPage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_confirmLabel(new QLabel)
    , m_confirm(new QLineEdit)
    , m_unlockGroup(new QGroupBox(tr("Key")))
    , m_unlockStatus(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_message(new QLabel)
    , m_unlocker(new RepositoryUnlocker(this))
{
    setObjectName(QStringLiteral("confirmPage"));
    setTitle(tr("Confirm"));
    setSubTitle(tr("Read what will happen. The restore starts when you press Restore."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("confirmSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_confirmLabel->setObjectName(QStringLiteral("confirmReleaseLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmReleaseEdit"));
    m_unlockGroup->setObjectName(QStringLiteral("unlockGroup"));
    m_unlockStatus->setObjectName(QStringLiteral("unlockStatusLabel"));
    m_unlockStatus->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("confirmMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));

    auto *unlockForm = new QFormLayout(m_unlockGroup);
    unlockForm->addRow(m_unlockStatus);
    unlockForm->addRow(tr("Passphrase:"), m_passphrase);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_unlockGroup);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreConfirmPage::completeChanged);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        Q_EMIT completeChanged();
    });
    connect(m_unlocker, &RepositoryUnlocker::changed, this, &RestoreConfirmPage::updateUnlock);
    connect(m_unlocker, &RepositoryUnlocker::passphraseRejected, this, [this](const QString &message) {
        m_validating = false;
        m_message->setText(message);
        Q_EMIT completeChanged();
    });
}

RestoreConfirmPage::~RestoreConfirmPage() = default;

bool RestoreConfirmPage::needsTypedName() const
{
    return m_session.currentRevision.value_or(0) > 0; // an installed release is overwritten
}

bool RestoreConfirmPage::encrypted() const
{
    return m_session.backup && m_session.backup->manifest && m_session.backup->manifest->encrypted();
}

void RestoreConfirmPage::initializePage()
{
    const backup::BackupRecord &record = *m_session.backup;
    const QString release = m_session.targetReleaseName();
    const QString ns = m_session.targetNamespaceOrOwn();
    const QString when = QLocale().toString(record.time().toLocalTime(), QLocale::ShortFormat);
    const qint64 age = record.time().secsTo(QDateTime::currentDateTimeUtc());
    QString text = tr("Restore backup <b>%1</b> (taken %2, %3) of %4").arg(record.id, when, inventory::formatAge(age),
                                                                        m_session.releaseKey.toHtmlEscaped());
    if (m_session.inPlace())
        text += tr(" <b>in place</b>: the current configuration and data of %1/%2 are <b>overwritten</b>.").arg(ns, release);
    else
        text += tr(" into <b>%1/%2</b> as a clone; the original release is not touched.").arg(ns, release);
    if (!needsTypedName())
        text += u' ' + tr("%1 is not installed there: it is installed from the backup's Helm record first.").arg(release);
    else if (m_session.options.safetyBackup)
        text += QStringLiteral("<br>") + tr("A safety backup of the current state is taken first.");
    else
        text += QStringLiteral("<br>") + tr("<b>No safety backup</b> is taken: nothing can undo this restore.");
    m_summary->setText(text);

    m_confirm->clear();
    m_confirm->setVisible(needsTypedName());
    m_confirmLabel->setVisible(needsTypedName());
    m_confirmLabel->setText(tr("Type the release name “%1” to confirm:").arg(release));
    m_message->clear();
    m_validating = false;
    m_unlockGroup->setVisible(encrypted());
    m_unlocker->setSecretStore(m_session.secrets);
    m_passphrase->clear();
    if (encrypted() && m_session.key) {
        updateUnlock();
    } else if (encrypted()) {
        m_unlocker->start(*m_session.repository);
    } else {
        m_unlocker->reset();
    }
    updateUnlock();
}

void RestoreConfirmPage::updateUnlock()
{
    if (m_unlocker->state() == UnlockState::Unlocked)
        m_session.key = m_unlocker->key();
    if (m_session.key && m_unlocker->state() == UnlockState::None)
        m_unlockStatus->setText(tr("The repository is unlocked."));
    else
        m_unlockStatus->setText(m_unlocker->statusText());
    const bool ask = !m_session.key && m_unlocker->asksForPassphrase();
    if (auto *form = qobject_cast<QFormLayout *>(m_unlockGroup->layout()))
        form->setRowVisible(m_passphrase, ask);
    if (m_validating && m_session.key) {
        m_validating = false;
        wizard()->next();
        return;
    }
    Q_EMIT completeChanged();
}

bool RestoreConfirmPage::isComplete() const
{
    if (m_validating)
        return false;
    if (needsTypedName() && m_confirm->text() != m_session.targetReleaseName())
        return false;
    if (!encrypted() || m_session.key)
        return true;
    return m_unlocker->passphraseRepository() && !m_passphrase->text().isEmpty() &&
           m_unlocker->state() != UnlockState::Unlocking;
}

bool RestoreConfirmPage::validatePage()
{
    if (!encrypted() || m_session.key)
        return true;
    m_validating = true;
    m_message->clear();
    m_unlocker->unlockWithPassphrase(m_passphrase->text().toUtf8());
    Q_EMIT completeChanged();
    return false;
}

} // namespace chartroom::ui
