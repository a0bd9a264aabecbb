#include "backupscopepage.h"

#include "backupselection.h"
#include "backupsession.h"

#include "runtime.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace chartroom::ui {

BackupScopePage::BackupScopePage(BackupSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_selection(new QRadioButton)
    , m_tier(new QRadioButton(tr("Every release of &tier")))
    , m_tierCombo(new QComboBox)
    , m_fleet(new QRadioButton)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("scopePage"));
    setTitle(tr("What to back up"));
    setSubTitle(tr("Back up the releases selected in the inventory, one disaster-recovery tier, or the whole fleet."));
    m_selection->setObjectName(QStringLiteral("scopeSelectionRadio"));
    m_tier->setObjectName(QStringLiteral("scopeTierRadio"));
    m_tierCombo->setObjectName(QStringLiteral("scopeTierCombo"));
    m_fleet->setObjectName(QStringLiteral("scopeFleetRadio"));
    m_summary->setObjectName(QStringLiteral("scopeSummaryLabel"));
    m_summary->setWordWrap(true);
    for (int tier = 1; tier <= 4; ++tier)
        m_tierCombo->addItem(tr("Tier %1").arg(tier), tier);

    auto *group = new QButtonGroup(this);
    group->addButton(m_selection);
    group->addButton(m_tier);
    group->addButton(m_fleet);
    auto *tierRow = new QHBoxLayout;
    tierRow->addWidget(m_tier);
    tierRow->addWidget(m_tierCombo);
    tierRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selection);
    layout->addLayout(tierRow);
    layout->addWidget(m_fleet);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addStretch();

    connect(group, &QButtonGroup::buttonToggled, this, &BackupScopePage::updateSummary);
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_tier->setChecked(true);
        updateSummary();
    });
}

BackupScopePage::~BackupScopePage() = default;

void BackupScopePage::initializePage()
{
    const int selected = static_cast<int>(m_session.selection.size());
    m_selection->setText(selected == 1 ? tr("The &selected release: %1").arg(m_session.selection.first().name)
                                       : tr("The &selected releases (%1)").arg(selected));
    m_selection->setEnabled(selected > 0);
    const int fleet = static_cast<int>(m_session.runtime.scanner().fleet().releases.size());
    m_fleet->setText(tr("The whole &fleet (%1 releases)").arg(fleet));
    if (selected > 0)
        m_selection->setChecked(true);
    else
        m_fleet->setChecked(true);
    updateSummary();
}

QList<inventory::Release> BackupScopePage::chosen() const
{
    if (m_selection->isChecked())
        return m_session.selection;
    QList<inventory::Release> releases;
    const int tier = m_tierCombo->currentData().toInt();
    for (const inventory::Release &release : m_session.runtime.scanner().fleet().releases)
        if (m_fleet->isChecked() || release.tier == tier)
            releases << release;
    return releases;
}

void BackupScopePage::updateSummary()
{
    const BackupSelection selection = BackupSelection::from(chosen(), m_session.runtime.catalog());
    if (selection.releases.isEmpty())
        m_summary->setText(tr("No release is in this scope."));
    else
        m_summary->setText(tr("%1 of %2 releases can be backed up; the others are listed on the next page with the "
                              "reason.")
                               .arg(selection.backupable)
                               .arg(selection.releases.size()));
    Q_EMIT completeChanged();
}

bool BackupScopePage::isComplete() const
{
    return !chosen().isEmpty();
}

bool BackupScopePage::validatePage()
{
    const QList<inventory::Release> releases = chosen();
    // A new scope invalidates the component choices and the plan built for the old one.
    if (m_session.scopePlan && releases.size() == m_session.scope.size()) {
        bool same = true;
        for (int i = 0; i < releases.size() && same; ++i)
            same = releases[i].key() == m_session.scope[i].key();
        if (same)
            return true;
    }
    m_session.scope = releases;
    m_session.scopePlan.reset();
    m_session.plan.reset();
    m_session.components.clear();
    m_session.excluded.clear();
    return true;
}

} // namespace chartroom::ui
