#include "restoretargetpage.h"

#include "restoresession.h"

#include "backup/backupformatting.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace chartroom::ui {

RestoreTargetPage::RestoreTargetPage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_inPlace(new QRadioButton)
    , m_clone(new QRadioButton(tr("As a &clone, in another namespace or under another name (e.g. for a recovery drill):")))
    , m_namespace(new QLineEdit)
    , m_release(new QLineEdit)
    , m_cloneProblem(new QLabel)
    , m_safety(new QCheckBox(tr("Back up the target's current state &first (a safety backup)")))
    , m_safetyWarning(new QLabel)
    , m_safetyConfirm(new QLineEdit)
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("Restore in place, or as a clone into another namespace or under another release name."));
    m_inPlace->setObjectName(QStringLiteral("targetInPlaceRadio"));
    m_clone->setObjectName(QStringLiteral("targetCloneRadio"));
    m_namespace->setObjectName(QStringLiteral("targetNamespaceEdit"));
    m_release->setObjectName(QStringLiteral("targetReleaseEdit"));
    m_cloneProblem->setObjectName(QStringLiteral("targetProblemLabel"));
    m_cloneProblem->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
    m_safety->setObjectName(QStringLiteral("safetyBackupCheck"));
    m_safety->setChecked(true);
    m_safetyWarning->setObjectName(QStringLiteral("safetyWarningLabel"));
    m_safetyWarning->setWordWrap(true);
    m_safetyWarning->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
    m_safetyConfirm->setObjectName(QStringLiteral("safetyConfirmEdit"));

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_inPlace);
    modes->addButton(m_clone);
    m_inPlace->setChecked(true);

    auto *targetBox = new QGroupBox(tr("Where to"));
    auto *targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(m_inPlace);
    targetLayout->addWidget(m_clone);
    auto *namespaceForm = new QFormLayout;
    namespaceForm->setContentsMargins(24, 0, 0, 0);
    namespaceForm->addRow(tr("Namespace:"), m_namespace);
    namespaceForm->addRow(tr("Release name:"), m_release);
    namespaceForm->addRow(m_cloneProblem);
    targetLayout->addLayout(namespaceForm);

    auto *safetyBox = new QGroupBox(tr("Safety"));
    auto *safetyLayout = new QVBoxLayout(safetyBox);
    safetyLayout->addWidget(m_safety);
    safetyLayout->addWidget(m_safetyWarning);
    safetyLayout->addWidget(m_safetyConfirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(targetBox);
    layout->addWidget(safetyBox);
    layout->addStretch();

    for (QRadioButton *radio : {m_inPlace, m_clone})
        connect(radio, &QRadioButton::toggled, this, &RestoreTargetPage::updateForm);
    connect(m_safety, &QCheckBox::toggled, this, &RestoreTargetPage::updateForm);
    for (QLineEdit *edit : {m_namespace, m_release})
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            if (!m_clone->isChecked() && !edit->text().isEmpty())
                m_clone->setChecked(true);
            updateForm();
        });
    connect(m_safetyConfirm, &QLineEdit::textChanged, this, &RestoreTargetPage::completeChanged);
}

RestoreTargetPage::~RestoreTargetPage() = default;

void RestoreTargetPage::initializePage()
{
    m_inPlace->setText(tr("&In place: overwrite %1/%2 with the backup").arg(ownNamespace(), m_session.releaseName()));
    m_namespace->setPlaceholderText(tr("%1 (the release's own), or e.g. dr-test").arg(ownNamespace()));
    m_release->setPlaceholderText(tr("%1 (the release's own)").arg(m_session.releaseName()));
    updateForm();
}

QString RestoreTargetPage::ownNamespace() const
{
    return m_session.backup && m_session.backup->manifest ? m_session.backup->manifest->releaseNamespace : QString();
}

QString RestoreTargetPage::chosenNamespace() const
{
    const QString typed = m_namespace->text().trimmed();
    return m_clone->isChecked() && !typed.isEmpty() ? typed : ownNamespace();
}

QString RestoreTargetPage::chosenRelease() const
{
    const QString typed = m_release->text().trimmed();
    return m_clone->isChecked() && !typed.isEmpty() ? typed : m_session.releaseName();
}

QString RestoreTargetPage::cloneProblem() const
{
    if (!m_clone->isChecked())
        return {};
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    static const QRegularExpression releaseName(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$"));
    if (!label.match(chosenNamespace()).hasMatch())
        return tr("A namespace name is lower-case letters, digits and '-', at most 63 characters.");
    if (!releaseName.match(chosenRelease()).hasMatch())
        return tr("A release name is lower-case letters, digits and '-', at most 53 characters.");
    if (chosenNamespace() == ownNamespace() && chosenRelease() == m_session.releaseName())
        return tr("A clone needs another namespace or another release name (else choose “In place”).");
    return {};
}

void RestoreTargetPage::updateForm()
{
    const bool untouched = m_namespace->text().isEmpty() && m_release->text().isEmpty();
    const QString problem = untouched ? QString() : cloneProblem();
    m_cloneProblem->setText(problem);
    m_cloneProblem->setVisible(!problem.isEmpty());
    const bool off = !m_safety->isChecked();
    m_safetyWarning->setVisible(off);
    m_safetyConfirm->setVisible(off);
    m_safetyWarning->setText(
        tr("Without a safety backup, nothing can undo this restore if it fails half way. Type the release name "
           "“%1” to restore without one:")
            .arg(chosenRelease()));
    if (!off)
        m_safetyConfirm->clear();
    Q_EMIT completeChanged();
}

bool RestoreTargetPage::isComplete() const
{
    if (!cloneProblem().isEmpty())
        return false;
    return m_safety->isChecked() || m_safetyConfirm->text() == chosenRelease();
}

bool RestoreTargetPage::validatePage()
{
    const QString ns = chosenNamespace() == ownNamespace() ? QString() : chosenNamespace();
    const QString release = chosenRelease() == m_session.releaseName() ? QString() : chosenRelease();
    if (ns != m_session.targetNamespace || release != m_session.targetRelease)
        m_session.currentRevision.reset();
    m_session.targetNamespace = ns;
    m_session.targetRelease = release;
    m_session.options.safetyBackup = m_safety->isChecked();
    return true;
}

} // namespace chartroom::ui
