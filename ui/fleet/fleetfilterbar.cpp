#include "fleetfilterbar.h"

#include "inventory/fleet.h"
#include "models/fleetfilterproxy.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

namespace chartroom::ui {

namespace {

using StatusClass = models::FleetFilterProxy::StatusClass;
using inventory::RpoState;

QToolButton *toolButton(const QString &name, const QString &text)
{
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setText(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FleetFilterBar::FleetFilterBar(models::FleetFilterProxy *proxy, models::FleetTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_model(model)
    , m_search(new QLineEdit)
    , m_status(makeMenuButton(QStringLiteral("statusFilterButton"), tr("Status"),
                              {{tr("Deployed"), static_cast<int>(StatusClass::Deployed)},
                               {tr("Failed"), static_cast<int>(StatusClass::Failed)},
                               {tr("Pending"), static_cast<int>(StatusClass::Pending)},
                               {tr("Other (superseded, uninstalling…)"), static_cast<int>(StatusClass::Other)}}))
    , m_tier(makeMenuButton(QStringLiteral("tierFilterButton"), tr("Tier"),
                            {{tr("Tier 1"), 1}, {tr("Tier 2"), 2}, {tr("Tier 3"), 3}, {tr("Tier 4"), 4}, {tr("Untiered"), 0}}))
    , m_rpo(makeMenuButton(QStringLiteral("rpoFilterButton"), tr("RPO"),
                           {{inventory::rpoStateDisplayName(RpoState::Ok), static_cast<int>(RpoState::Ok)},
                            {inventory::rpoStateDisplayName(RpoState::DueSoon), static_cast<int>(RpoState::DueSoon)},
                            {inventory::rpoStateDisplayName(RpoState::Breached), static_cast<int>(RpoState::Breached)},
                            {inventory::rpoStateDisplayName(RpoState::NeverBackedUp), static_cast<int>(RpoState::NeverBackedUp)},
                            {inventory::rpoStateDisplayName(RpoState::NotApplicable), static_cast<int>(RpoState::NotApplicable)}}))
    , m_problems(new QCheckBox(tr("Only &problems")))
    , m_grouping(new QComboBox)
    , m_chip(new QWidget)
    , m_chipLabel(new QLabel)
    , m_clear(toolButton(QStringLiteral("clearFiltersButton"), tr("Clear filters")))
{
    setObjectName(QStringLiteral("fleetFilterBar"));
    m_search->setObjectName(QStringLiteral("fleetSearchEdit"));
    m_search->setPlaceholderText(tr("Search releases, charts, namespaces… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_problems->setObjectName(QStringLiteral("problemsOnlyCheck"));
    m_problems->setToolTip(tr("Failed, pending or not ready releases, breached or missing backups, and contexts with errors"));
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_grouping->addItem(tr("By tier"), static_cast<int>(models::FleetTreeModel::Grouping::ByTier));
    m_grouping->addItem(tr("By namespace"), static_cast<int>(models::FleetTreeModel::Grouping::ByNamespace));
    m_grouping->setToolTip(tr("Group each context's releases by DR tier or by namespace"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton, nullptr, this));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setToolTip(tr("Show every release again"));

    m_chip->setObjectName(QStringLiteral("activeFilterChip"));
    m_chipLabel->setObjectName(QStringLiteral("activeFilterLabel"));
    auto *chipClear = toolButton(QStringLiteral("clearActiveFilterButton"), {});
    chipClear->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    chipClear->setToolTip(tr("Clear this filter"));
    auto *chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(6, 0, 0, 0);
    chipLayout->setSpacing(2);
    chipLayout->addWidget(m_chipLabel);
    chipLayout->addWidget(chipClear);
    m_chip->setVisible(false);
    m_chip->setAutoFillBackground(true);
    m_chip->setBackgroundRole(QPalette::AlternateBase);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_tier);
    layout->addWidget(m_rpo);
    layout->addWidget(m_problems);
    layout->addWidget(m_chip);
    layout->addStretch(1);
    layout->addWidget(m_clear);
    layout->addWidget(m_grouping);

    connect(m_search, &QLineEdit::textChanged, this, &FleetFilterBar::applyFromWidgets);
    connect(m_problems, &QCheckBox::toggled, this, &FleetFilterBar::applyFromWidgets);
    connect(m_clear, &QToolButton::clicked, this, &FleetFilterBar::clearFilters);
    connect(chipClear, &QToolButton::clicked, this, &FleetFilterBar::clearFilters);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(static_cast<models::FleetTreeModel::Grouping>(m_grouping->currentData().toInt()));
        Q_EMIT groupingChanged();
    });
    updateButtonTexts();
}

FleetFilterBar::~FleetFilterBar() = default;

QToolButton *FleetFilterBar::makeMenuButton(const QString &name, const QString &title,
                                            const QList<std::pair<QString, int>> &choices)
{
    QToolButton *button = toolButton(name, title);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setProperty("title", title);
    auto *menu = new QMenu(button);
    for (const auto &[text, value] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(value);
        // Keep the menu open while the user ticks several entries.
        connect(action, &QAction::triggered, this, [this, menu] {
            applyFromWidgets();
            menu->show();
        });
    }
    button->setMenu(menu);
    return button;
}

QSet<int> FleetFilterBar::checkedValues(const QToolButton *button)
{
    QSet<int> values;
    for (const QAction *action : button->menu()->actions())
        if (action->isChecked())
            values.insert(action->data().toInt());
    return values;
}

void FleetFilterBar::setCheckedValues(QToolButton *button, const QSet<int> &values)
{
    for (QAction *action : button->menu()->actions())
        action->setChecked(values.contains(action->data().toInt()));
}

void FleetFilterBar::applyFromWidgets()
{
    QSet<StatusClass> statuses;
    for (int value : checkedValues(m_status))
        statuses.insert(static_cast<StatusClass>(value));
    bool changed = m_proxy->setText(m_search->text());
    changed |= m_proxy->setStatusClasses(statuses);
    changed |= m_proxy->setTiers(checkedValues(m_tier));
    changed |= m_proxy->setRpoStates(checkedValues(m_rpo));
    changed |= m_proxy->setProblemsOnly(m_problems->isChecked());
    changed |= m_proxy->setContexts(m_contexts);
    changed |= m_proxy->setNotReadyOnly(m_notReadyOnly);
    changed |= m_proxy->setDrillAlertsOnly(m_drillAlertsOnly);
    updateButtonTexts();
    if (changed)
        Q_EMIT filtersChanged();
}

void FleetFilterBar::updateButtonTexts()
{
    for (QToolButton *button : {m_status, m_tier, m_rpo}) {
        QStringList checked;
        for (const QAction *action : button->menu()->actions())
            if (action->isChecked())
                checked << action->text().section(QLatin1String(" ("), 0, 0);
        const QString title = button->property("title").toString();
        button->setText(checked.isEmpty() ? tr("%1: All").arg(title) : tr("%1: %2").arg(title, checked.join(QStringLiteral(", "))));
    }
    m_clear->setEnabled(m_proxy->hasFilters());
    if (!m_proxy->hasFilters())
        m_chip->setVisible(false);
}

void FleetFilterBar::applyFilter(const FleetFilter &filter)
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockProblems(m_problems);
        m_search->setText(filter.text);
        m_problems->setChecked(false);
        QSet<int> statuses;
        for (StatusClass status : filter.statusClasses)
            statuses.insert(static_cast<int>(status));
        setCheckedValues(m_status, statuses);
        setCheckedValues(m_tier, filter.tiers);
        setCheckedValues(m_rpo, filter.rpoStates);
        m_contexts = filter.contexts;
        m_notReadyOnly = filter.notReadyOnly;
        m_drillAlertsOnly = filter.drillAlertsOnly;
    }
    m_chipLabel->setText(tr("Showing: %1").arg(filter.label));
    applyFromWidgets();
    m_chip->setVisible(!filter.label.isEmpty() && m_proxy->hasFilters());
}

void FleetFilterBar::clearFilters()
{
    applyFilter({});
}

void FleetFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace chartroom::ui
