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
    , m_clone(new QRadioButton(tr("Into &another namespace (a clone, e.g. for a recovery drill):")))
    , m_namespace(new QLineEdit)
    , m_namespaceProblem(new QLabel)
    , m_safety(new QCheckBox(tr("Back up the target's current state &first (a safety backup)")))
    , m_safetyWarning(new QLabel)
    , m_safetyConfirm(new QLineEdit)
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("Restore in place, or into another namespace. The release keeps its name."));
    m_inPlace->setObjectName(QStringLiteral("targetInPlaceRadio"));
    m_clone->setObjectName(QStringLiteral("targetCloneRadio"));
    m_namespace->setObjectName(QStringLiteral("targetNamespaceEdit"));
    m_namespace->setPlaceholderText(tr("namespace, e.g. dr-test"));
    m_namespaceProblem->setObjectName(QStringLiteral("targetNamespaceProblemLabel"));
    m_namespaceProblem->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
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
    namespaceForm->addRow(m_namespaceProblem);
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
    connect(m_namespace, &QLineEdit::textChanged, this, [this] {
        if (!m_clone->isChecked() && !m_namespace->text().isEmpty())
            m_clone->setChecked(true);
        updateForm();
    });
    connect(m_safetyConfirm, &QLineEdit::textChanged, this, &RestoreTargetPage::completeChanged);
}

RestoreTargetPage::~RestoreTargetPage() = default;

void RestoreTargetPage::initializePage()
{
    const QString own = m_session.backup && m_session.backup->manifest ? m_session.backup->manifest->releaseNamespace
                                                                        : QString();
    m_inPlace->setText(tr("&In place: overwrite %1/%2 with the backup").arg(own, m_session.releaseName()));
    updateForm();
}

QString RestoreTargetPage::namespaceProblem() const
{
    if (!m_clone->isChecked())
        return {};
    const QString name = m_namespace->text().trimmed();
    if (name.isEmpty())
        return tr("Enter the namespace to restore into.");
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!label.match(name).hasMatch())
        return tr("A namespace name is lower-case letters, digits and '-', at most 63 characters.");
    if (m_session.backup && m_session.backup->manifest && name == m_session.backup->manifest->releaseNamespace)
        return tr("That is the release's own namespace: choose “In place” instead.");
    return {};
}

void RestoreTargetPage::updateForm()
{
    m_namespace->setEnabled(true);
    const QString problem = m_namespace->text().isEmpty() && m_clone->isChecked() ? QString() : namespaceProblem();
    m_namespaceProblem->setText(problem);
    m_namespaceProblem->setVisible(!problem.isEmpty());
    const bool off = !m_safety->isChecked();
    m_safetyWarning->setVisible(off);
    m_safetyConfirm->setVisible(off);
    m_safetyWarning->setText(
        tr("Without a safety backup, nothing can undo this restore if it fails half way. Type the release name "
           "“%1” to restore without one:")
            .arg(m_session.releaseName()));
    if (!off)
        m_safetyConfirm->clear();
    Q_EMIT completeChanged();
}

bool RestoreTargetPage::isComplete() const
{
    if (!namespaceProblem().isEmpty())
        return false;
    return m_safety->isChecked() || m_safetyConfirm->text() == m_session.releaseName();
}

bool RestoreTargetPage::validatePage()
{
    const QString target = m_clone->isChecked() ? m_namespace->text().trimmed() : QString();
    if (target != m_session.targetNamespace)
        m_session.currentRevision.reset();
    m_session.targetNamespace = target;
    m_session.options.safetyBackup = m_safety->isChecked();
    return true;
}

} // namespace chartroom::ui
