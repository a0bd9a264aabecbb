#include "upgradestrategypage.h"

#include "upgradesession.h"

#include "runtime.h"

#include "catalog/chartprofile.h"
#include "upgrade/upgradeaccess.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace chartroom::ui {

using upgrade::Strategy;

UpgradeStrategyPage::UpgradeStrategyPage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel)
    , m_choices(new QVBoxLayout)
    , m_group(new QButtonGroup(this))
    , m_window(new QDateTimeEdit)
    , m_observation(new QSpinBox)
    , m_timeout(new QSpinBox)
    , m_explanation(new QLabel)
{
    setObjectName(QStringLiteral("strategyPage"));
    setTitle(tr("Strategy"));
    setSubTitle(tr("How the new version replaces the old one, and the downtime to expect."));
    m_intro->setObjectName(QStringLiteral("strategyIntroLabel"));
    m_intro->setWordWrap(true);
    m_window->setObjectName(QStringLiteral("windowStartEdit"));
    m_window->setCalendarPopup(true);
    m_window->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_observation->setObjectName(QStringLiteral("observationSpin"));
    m_observation->setRange(0, 24 * 3600);
    m_observation->setSuffix(tr(" s"));
    m_observation->setValue(300);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(30, 6 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_explanation->setObjectName(QStringLiteral("strategyExplanationLabel"));
    m_explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Maintenance &window opens (local time):"), m_window);
    form->addRow(tr("Blue-green &observation:"), m_observation);
    form->addRow(tr("helm and rollout &timeout:"), m_timeout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_choices);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idToggled, this, &UpgradeStrategyPage::updateFields);
    connect(m_window, &QDateTimeEdit::dateTimeChanged, this, &UpgradeStrategyPage::updateFields);
}

UpgradeStrategyPage::~UpgradeStrategyPage() = default;

void UpgradeStrategyPage::initializePage()
{
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    while (QLayoutItem *item = m_choices->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const catalog::ChartProfile *profile = m_session.profile();
    m_offers = upgrade::UpgradePlan::offeredStrategies(profile);
    m_intro->setText(profile ? tr("The %1 profile documents these strategies:").arg(profile->id)
                             : tr("No chart profile matches %1: only the generic strategies are offered.").arg(m_session.release->chart));
    for (int i = 0; i < m_offers.size(); ++i) {
        const upgrade::StrategyOffer &offer = m_offers.at(i);
        auto *radio = new QRadioButton(tr("%1 — downtime: %2").arg(upgrade::strategyName(offer.strategy), offer.downtime));
        radio->setObjectName(QStringLiteral("strategyRadio_") + upgrade::strategyId(offer.strategy));
        auto *description = new QLabel(offer.description);
        description->setWordWrap(true);
        description->setIndent(24);
        // A strategy whose steps the kubeconfig user may not run is shown, but not offered.
        if (const QString denied = accessDenied(offer.strategy); !denied.isEmpty()) {
            radio->setEnabled(false);
            radio->setToolTip(denied);
            description->setText(tr("%1\nNot available: %2").arg(offer.description, denied));
            description->setObjectName(QStringLiteral("strategyDenied_") + upgrade::strategyId(offer.strategy));
        }
        m_group->addButton(radio, i);
        m_choices->addWidget(radio);
        m_choices->addWidget(description);
        if (offer.strategy == m_session.request.strategy && radio->isEnabled())
            radio->setChecked(true);
    }
    for (QAbstractButton *button : m_group->buttons())
        if (!m_group->checkedButton() && button->isEnabled())
            button->setChecked(true);
    const QDateTime start = m_session.request.windowStart.isValid() ? m_session.request.windowStart.toLocalTime()
                                                                    : QDateTime::currentDateTime().addSecs(3600);
    m_window->setDateTime(start);
    m_timeout->setValue(m_session.request.timeoutSeconds);
    updateFields();
}

void UpgradeStrategyPage::updateFields()
{
    const int id = m_group->checkedId();
    const Strategy strategy = id >= 0 ? m_offers.at(id).strategy : Strategy::Rolling;
    m_window->setEnabled(strategy == Strategy::MaintenanceWindow);
    m_observation->setEnabled(strategy == Strategy::BlueGreen);
    QString text;
    switch (strategy) {
    case Strategy::Rolling:
        text = tr("helm upgrade waits until the new pods are ready and rolls back by itself when they are not; the old pods "
                  "serve until then.");
        break;
    case Strategy::InPlace:
        text = tr("A values-only upgrade of the deployed chart version: for configuration changes that need no new version.");
        break;
    case Strategy::MaintenanceWindow:
        text = m_window->dateTime() <= QDateTime::currentDateTime()
                   ? tr("The window is already open: the plan starts at once. The workloads are scaled to zero during the upgrade.")
                   : tr("The plan waits in the job queue until the window opens (cancellable), then scales the workloads to "
                        "zero, upgrades and scales them back up. It is kept on disk until it ran.");
        break;
    case Strategy::BlueGreen:
        text = tr("The new version is installed beside the current one as %1-green; the Services switch to it once it "
                  "passed its checks, and switch back with one click during the observation time.")
                   .arg(m_session.request.release.name);
        break;
    }
    m_explanation->setText(text);
    Q_EMIT completeChanged();
}

bool UpgradeStrategyPage::isComplete() const
{
    return m_group->checkedId() >= 0 && m_group->checkedButton()->isEnabled();
}

QString UpgradeStrategyPage::accessDenied(upgrade::Strategy strategy) const
{
    const upgrade::ReleaseTarget &release = m_session.request.release;
    QStringList kinds; // "deployment/x" → "deployment"
    for (const QString &workload : m_session.request.workloads)
        kinds << workload.section(QLatin1Char('/'), 0, 0);
    for (const rbac::UserAccess::Action action : upgrade::strategyActions(strategy)) {
        const rbac::UserAccess::Decision decision =
            m_session.runtime.userAccess().canPerform(release.context, action, release.namespaceName, kinds);
        if (!decision.allowed())
            return decision.reason;
    }
    return {};
}

bool UpgradeStrategyPage::validatePage()
{
    const Strategy strategy = m_offers.at(m_group->checkedId()).strategy;
    m_session.request.strategy = strategy;
    m_session.request.windowStart = strategy == Strategy::MaintenanceWindow ? m_window->dateTime().toUTC() : QDateTime();
    m_session.request.observationSeconds = strategy == Strategy::BlueGreen ? m_observation->value() : 0;
    m_session.request.timeoutSeconds = m_timeout->value();
    return true;
}

} // namespace chartroom::ui
