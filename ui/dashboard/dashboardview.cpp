#include "dashboardview.h"

#include "models/fleetfilterproxy.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace chartroom::ui {

namespace {

using inventory::Release;
using inventory::RpoState;
using StatusClass = models::FleetFilterProxy::StatusClass;

// Mid-tone colours that read on light and dark backgrounds alike.
const QColor Green(0x3f, 0xa3, 0x4d);
const QColor Amber(0xe0, 0xa1, 0x1b);
const QColor Red(0xd9, 0x48, 0x3b);
const QColor Slate(0x8a, 0x94, 0xa6);
const QColor Orange(0xe8, 0x6f, 0x1e);

const QList<RpoState> RpoOrder{RpoState::Ok, RpoState::DueSoon, RpoState::Breached, RpoState::NeverBackedUp};

QColor rpoColor(RpoState state)
{
    switch (state) {
    case RpoState::Ok: return Green;
    case RpoState::DueSoon: return Amber;
    case RpoState::Breached: return Red;
    default: return Slate;
    }
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.darker(120));
    return set;
}

QChartView *chartView(const QString &name)
{
    auto *view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setFrameShape(QFrame::NoFrame);
    view->setCursor(Qt::PointingHandCursor);
    return view;
}

QString tierName(int tier)
{
    return tier > 0 ? DashboardView::tr("Tier %1").arg(tier) : DashboardView::tr("Untiered");
}

int ageShare(const Release &release, const QDateTime &now)
{
    if (!release.lastVerifiedBackup || !release.rpo || release.rpo->count() <= 0)
        return 0;
    return static_cast<int>(release.lastVerifiedBackup->secsTo(now) * 100 / release.rpo->count());
}

void attachAxis(QChart *chart, QAbstractSeries *series, QAbstractAxis *axis, Qt::Alignment alignment)
{
    chart->addAxis(axis, alignment);
    series->attachAxis(axis);
}

/// Shows `describe(index)` as a tooltip while the pointer is over a bar of `set`.
void explainBars(QBarSet *set, std::function<QString(int)> describe)
{
    QObject::connect(set, &QBarSet::hovered, set, [describe = std::move(describe)](bool over, int index) {
        if (over)
            QToolTip::showText(QCursor::pos(), describe(index));
        else
            QToolTip::hideText();
    });
}

/// A count axis with whole-number ticks from 0 to at least `maximum`.
QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    // 1, 2, 5, 10, 20, 50... : the smallest step that needs at most five intervals.
    int step = 1;
    for (int scale = 1; step * 5 < maximum; scale *= 10)
        for (int factor : {1, 2, 5})
            if (step * 5 < maximum)
                step = factor * scale;
    axis->setRange(0, std::max(1, (maximum + step - 1) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(DashboardView::tr("Releases"));
    return axis;
}

/// Tiers along the bottom, a release count up to `maxTotal` on the left.
void attachTierAxes(QChart *chart, QAbstractSeries *series, const QList<int> &tiers, int maxTotal)
{
    auto *axisX = new QBarCategoryAxis;
    for (int tier : tiers)
        axisX->append(tierName(tier));
    attachAxis(chart, series, axisX, Qt::AlignBottom);
    attachAxis(chart, series, countAxis(maxTotal), Qt::AlignLeft);
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_compliance(chartView(QStringLiteral("complianceChart")))
    , m_backupAge(chartView(QStringLiteral("backupAgeChart")))
    , m_health(chartView(QStringLiteral("healthChart")))
    , m_drills(chartView(QStringLiteral("drillChart")))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    auto *hint = new QLabel(tr("Click a bar to see those releases in the inventory."));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_summary, 0, 0);
    grid->addWidget(hint, 0, 1, Qt::AlignRight);
    grid->addWidget(m_compliance, 1, 0);
    grid->addWidget(m_health, 1, 1);
    grid->addWidget(m_drills, 2, 0, 1, 2);
    grid->addWidget(m_backupAge, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setFleet({});
}

DashboardView::~DashboardView() = default;

void DashboardView::setFleet(const inventory::Fleet &fleet, const QDateTime &now)
{
    m_fleet = fleet;
    m_now = now;
    int failed = 0, pending = 0, stateful = 0, covered = 0, drilled = 0, drillAlerts = 0;
    for (const Release &release : fleet.releases) {
        failed += release.isFailed();
        pending += release.isPending();
        stateful += release.stateful;
        covered += release.rpoState == RpoState::Ok;
        if (release.stateful) {
            const DrillCoverage coverage = drillCoverage(release, now);
            drilled += coverage == DrillCoverage::Within30Days;
            drillAlerts += coverage == DrillCoverage::Alert;
        }
    }
    m_summary->setText(tr("%n release(s) on %1 context(s)", nullptr, static_cast<int>(fleet.releases.size()))
                           .arg(fleet.contexts.size())
                       + QStringLiteral(" · ") + tr("%n failed", nullptr, failed) + QStringLiteral(" · ")
                       + tr("%n pending", nullptr, pending) + QStringLiteral(" · ")
                       + tr("%1 of %n stateful release(s) inside their RPO", nullptr, stateful).arg(covered)
                       + QStringLiteral(" · ") + tr("%n drilled within 30 days", nullptr, drilled)
                       + QStringLiteral(" · ") + tr("%n with RTO exceeded or a failed drill", nullptr, drillAlerts));
    buildCompliance(fleet);
    buildDrills(fleet, now);
    buildHealth(fleet);
    buildBackupAge(fleet, now);
}

void DashboardView::styleChart(QChart *chart) const
{
    const QPalette pal = palette();
    chart->setBackgroundVisible(false);
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(pal.color(QPalette::WindowText));
        axis->setTitleBrush(pal.color(QPalette::WindowText));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight).lightness() > 128 && pal.color(QPalette::Base).lightness() < 128
                                   ? pal.color(QPalette::Dark)
                                   : pal.color(QPalette::Midlight));
    }
}

void DashboardView::installChart(QChartView *view, QChart *chart) const
{
    styleChart(chart);
    // setChart() hands the previous chart back to us.
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardView::buildCompliance(const inventory::Fleet &fleet)
{
    const QList<int> tiers{1, 2, 3, 4, 0};
    QMap<std::pair<int, RpoState>, int> counts;
    int maxTotal = 0;
    QMap<int, int> totals;
    for (const Release &release : fleet.releases) {
        if (release.rpoState == RpoState::NotApplicable)
            continue;
        const int tier = release.tier.value_or(0);
        ++counts[{tier, release.rpoState}];
        maxTotal = std::max(maxTotal, ++totals[tier]);
    }
    auto *chart = new QChart;
    chart->setTitle(tr("RPO compliance by tier (stateful releases)"));
    auto *series = new QStackedBarSeries;
    for (RpoState state : RpoOrder) {
        QBarSet *set = barSet(inventory::rpoStateDisplayName(state), rpoColor(state));
        for (int tier : tiers)
            *set << counts.value({tier, state});
        explainBars(set, [set, state, tiers](int index) {
            return tr("%1: %2 %3").arg(tierName(tiers.at(index))).arg(set->at(index)).arg(inventory::rpoStateDisplayName(state));
        });
        connect(set, &QBarSet::clicked, this, [this, state, tiers](int index) {
            FleetFilter filter;
            filter.tiers = {tiers.at(index)};
            filter.rpoStates = {static_cast<int>(state)};
            filter.label = tierName(tiers.at(index)) + QStringLiteral(" · ") + inventory::rpoStateDisplayName(state);
            Q_EMIT filterRequested(filter);
        });
        series->append(set);
    }
    chart->addSeries(series);
    attachTierAxes(chart, series, tiers, maxTotal);
    installChart(m_compliance, chart);
}

DashboardView::DrillCoverage DashboardView::drillCoverage(const Release &release, const QDateTime &now)
{
    if (release.rtoExceeded || release.lastDrillFailed)
        return DrillCoverage::Alert;
    if (!release.lastSuccessfulDrill)
        return DrillCoverage::Never;
    const qint64 days = release.lastSuccessfulDrill->secsTo(now) / 86400;
    if (days < 30)
        return DrillCoverage::Within30Days;
    return days < 90 ? DrillCoverage::Within90Days : DrillCoverage::Older;
}

void DashboardView::buildDrills(const inventory::Fleet &fleet, const QDateTime &now)
{
    const QList<int> tiers{1, 2, 3, 4, 0};
    QMap<std::pair<int, DrillCoverage>, int> counts;
    QMap<int, int> totals;
    int maxTotal = 0;
    for (const Release &release : fleet.releases) {
        if (!release.stateful)
            continue;
        const int tier = release.tier.value_or(0);
        ++counts[{tier, drillCoverage(release, now)}];
        maxTotal = std::max(maxTotal, ++totals[tier]);
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Restore drills by tier (stateful releases)"));
    auto *series = new QStackedBarSeries;
    const QList<std::tuple<DrillCoverage, QString, QColor>> kinds{
        {DrillCoverage::Within30Days, tr("Drilled within 30 days"), Green},
        {DrillCoverage::Within90Days, tr("Drilled within 90 days"), Amber},
        {DrillCoverage::Older, tr("Drilled over 90 days ago"), Orange},
        {DrillCoverage::Never, tr("Never drilled"), Slate},
        {DrillCoverage::Alert, tr("RTO exceeded or last drill failed"), Red}};
    for (const auto &[coverage, label, color] : kinds) {
        QBarSet *set = barSet(label, color);
        set->setObjectName(QStringLiteral("drillSet%1").arg(static_cast<int>(coverage)));
        for (int tier : tiers)
            *set << counts.value({tier, coverage});
        explainBars(set, [set, label, tiers](int index) {
            return tr("%1: %2 %3").arg(tierName(tiers.at(index))).arg(set->at(index)).arg(label);
        });
        if (coverage == DrillCoverage::Alert) {
            connect(set, &QBarSet::clicked, this, [this, label, tiers](int index) {
                FleetFilter filter;
                filter.tiers = {tiers.at(index)};
                filter.drillAlertsOnly = true;
                filter.label = tierName(tiers.at(index)) + QStringLiteral(" · ") + label;
                Q_EMIT filterRequested(filter);
            });
        }
        series->append(set);
    }
    chart->addSeries(series);
    attachTierAxes(chart, series, tiers, maxTotal);
    installChart(m_drills, chart);
}

void DashboardView::buildHealth(const inventory::Fleet &fleet)
{
    enum Health { Deployed, Failed, Pending, NotReady };
    QStringList contexts;
    for (const inventory::ContextStatus &context : fleet.contexts)
        contexts << context.name;
    QMap<std::pair<QString, int>, int> counts;
    for (const Release &release : fleet.releases) {
        int health = -1;
        if (release.isFailed())
            health = Failed;
        else if (release.isPending())
            health = Pending;
        else if (release.status == QLatin1String("deployed"))
            health = release.isHealthy() ? Deployed : NotReady;
        if (health >= 0)
            ++counts[{release.context, health}];
        if (!contexts.contains(release.context))
            contexts << release.context;
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Fleet health per context"));
    auto *series = new QHorizontalStackedBarSeries;
    const QList<std::tuple<Health, QString, QColor>> kinds{{Deployed, tr("Deployed"), Green},
                                                           {Failed, tr("Failed"), Red},
                                                           {Pending, tr("Pending"), Amber},
                                                           {NotReady, tr("Not ready"), Orange}};
    for (const auto &[health, label, color] : kinds) {
        QBarSet *set = barSet(label, color);
        for (const QString &context : std::as_const(contexts))
            *set << counts.value({context, health});
        explainBars(set, [set, label, contexts](int index) {
            return tr("%1: %2 %3").arg(contexts.at(index)).arg(set->at(index)).arg(label);
        });
        connect(set, &QBarSet::clicked, this, [this, health, label, contexts](int index) {
            FleetFilter filter;
            filter.contexts = {contexts.at(index)};
            filter.label = contexts.at(index) + QStringLiteral(" · ") + label;
            switch (health) {
            case Deployed: filter.statusClasses = {StatusClass::Deployed}; break;
            case Failed: filter.statusClasses = {StatusClass::Failed}; break;
            case Pending: filter.statusClasses = {StatusClass::Pending}; break;
            case NotReady:
                filter.statusClasses = {StatusClass::Deployed};
                filter.notReadyOnly = true;
                break;
            }
            Q_EMIT filterRequested(filter);
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(contexts.isEmpty() ? QStringList{QString()} : contexts);
    attachAxis(chart, series, axisY, Qt::AlignLeft);
    int maxTotal = 0;
    for (const QString &context : std::as_const(contexts)) {
        int total = 0;
        for (int health = Deployed; health <= NotReady; ++health)
            total += counts.value({context, health});
        maxTotal = std::max(maxTotal, total);
    }
    QValueAxis *axisX = countAxis(maxTotal);
    attachAxis(chart, series, axisX, Qt::AlignBottom);
    installChart(m_health, chart);
}

void DashboardView::buildBackupAge(const inventory::Fleet &fleet, const QDateTime &now)
{
    QList<const Release *> stateful;
    QSet<QString> contextNames;
    for (const Release &release : fleet.releases) {
        contextNames.insert(release.context);
        if (release.stateful && release.rpoState != RpoState::NotApplicable)
            stateful << &release;
    }
    // Worst first: never backed up, then the oldest share of the RPO. The horizontal axis
    // draws its first category at the bottom, so the list is built in reverse.
    std::sort(stateful.begin(), stateful.end(), [&now](const Release *a, const Release *b) {
        const bool aNever = !a->lastVerifiedBackup, bNever = !b->lastVerifiedBackup;
        if (aNever != bNever)
            return aNever;
        const int aShare = ageShare(*a, now), bShare = ageShare(*b, now);
        return aShare != bShare ? aShare > bShare : a->name < b->name;
    });
    std::reverse(stateful.begin(), stateful.end());

    auto *chart = new QChart;
    chart->setTitle(tr("Backup age as a share of the RPO target"));
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    int maxShare = 100;
    for (const Release *release : std::as_const(stateful)) {
        categories << (contextNames.size() > 1 ? tr("%1 (%2)").arg(release->name, release->context) : release->name);
        maxShare = std::max(maxShare, ageShare(*release, now));
    }
    QList<std::pair<QString, QString>> targets;
    for (const Release *release : std::as_const(stateful))
        targets << std::pair{release->name, release->context};
    for (RpoState state : RpoOrder) {
        QBarSet *set = barSet(state == RpoState::NeverBackedUp ? tr("Never backed up (shown at 100 %)")
                                                               : inventory::rpoStateDisplayName(state),
                              rpoColor(state));
        for (const Release *release : std::as_const(stateful))
            *set << (release->rpoState != state ? 0 : state == RpoState::NeverBackedUp ? 100 : ageShare(*release, now));
        explainBars(set, [set, state, targets](int index) {
            return state == RpoState::NeverBackedUp
                       ? tr("%1 (%2): never backed up").arg(targets.at(index).first, targets.at(index).second)
                       : tr("%1 (%2): last backup at %3 % of the RPO target")
                             .arg(targets.at(index).first, targets.at(index).second)
                             .arg(set->at(index));
        });
        connect(set, &QBarSet::clicked, this, [this, targets](int index) {
            FleetFilter filter;
            filter.text = targets.at(index).first;
            filter.contexts = {targets.at(index).second};
            filter.label = targets.at(index).first;
            Q_EMIT filterRequested(filter);
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->setTruncateLabels(false);
    axisY->append(categories.isEmpty() ? QStringList{QString()} : categories);
    attachAxis(chart, series, axisY, Qt::AlignLeft);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, ((maxShare + 24) / 25) * 25);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(25);
    axisX->setLabelFormat(QStringLiteral("%d %%"));
    axisX->setTitleText(tr("Age of the last verified backup, % of the RPO target"));
    attachAxis(chart, series, axisX, Qt::AlignBottom);
    if (stateful.isEmpty())
        chart->setTitle(tr("Backup age: no stateful releases"));
    m_backupAge->setMinimumHeight(std::max(260, static_cast<int>(stateful.size()) * (fontMetrics().height() + 6) + 120));
    installChart(m_backupAge, chart);
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setFleet(m_fleet, m_now);
}

} // namespace chartroom::ui
