#include "backupcomponentspage.h"

#include "backupformatting.h"
#include "backupsession.h"

#include "runtime.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;      ///< release key (release rows) / component id
constexpr int RunnableRole = Qt::UserRole + 2; ///< bool, release rows

} // namespace

BackupComponentsPage::BackupComponentsPage(BackupSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_tree(new QTreeWidget)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("componentsPage"));
    setTitle(tr("Components"));
    setSubTitle(tr("Choose what to back up of each release. Sizes are those of the release's last complete backup."));
    m_tree->setObjectName(QStringLiteral("componentsTree"));
    m_tree->setHeaderLabels({tr("Release / component"), tr("Tier / kind"), tr("Estimate"), tr("Note")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("componentsStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling) {
            updateTotals();
            Q_EMIT completeChanged();
        }
    });
    connect(&m_watcher, &QFutureWatcher<PlanOutcome>::finished, this, &BackupComponentsPage::handlePlan);
}

BackupComponentsPage::~BackupComponentsPage() = default;

void BackupComponentsPage::initializePage()
{
    if (m_session.scopePlan) { // back from a later page: keep the choices
        fillTree();
        return;
    }
    m_tree->clear();
    m_status->setText(tr("Reading the backup repository for size estimates…"));
    // The estimates come from the repository the settings name (the Destination page may pick
    // another; the plan is built again for it then).
    const QString location = m_session.location;
    const catalog::ProfileCatalog *catalog = &m_session.runtime.catalog();
    const QList<inventory::Release> releases = m_session.scope;
    m_watcher.setFuture(QtConcurrent::run([location, catalog, releases] {
        std::optional<backup::BackupRepository> repository;
        if (backup::BackupRepository::exists(location))
            if (auto opened = backup::BackupRepository::open(location))
                repository = opened.value();
        return buildPlan(repository, catalog, releases, {});
    }));
    Q_EMIT completeChanged();
}

void BackupComponentsPage::handlePlan()
{
    const PlanOutcome outcome = m_watcher.result();
    if (!outcome.plan) {
        m_status->setText(tr("The plan could not be made: %1").arg(outcome.error));
        return;
    }
    m_session.scopePlan = outcome.plan;
    fillTree();
    Q_EMIT completeChanged();
}

void BackupComponentsPage::fillTree()
{
    m_filling = true;
    m_tree->clear();
    const QColor disabled = palette().color(QPalette::Disabled, QPalette::Text);
    for (const backup::BackupPlan::Item &item : m_session.scopePlan->items()) {
        const QString key = item.release.key();
        auto *release = new QTreeWidgetItem(m_tree);
        release->setText(NameColumn, key);
        release->setData(NameColumn, KeyRole, key);
        release->setText(KindColumn, item.tier ? tr("Tier %1").arg(*item.tier) : tr("Untiered"));
        const bool runnable = item.skipReason.isEmpty();
        release->setData(NameColumn, RunnableRole, runnable);
        if (!runnable) {
            // Greyed but readable: the reason is the point of showing it.
            release->setFlags(Qt::ItemIsEnabled);
            release->setText(NoteColumn, tr("Skipped: %1").arg(item.skipReason));
            release->setToolTip(NoteColumn, item.skipReason);
            for (int c = 0; c < m_tree->columnCount(); ++c)
                release->setForeground(c, disabled);
            continue;
        }
        release->setText(EstimateColumn,
                         item.estimatedBytes >= 0 ? backupSizeText(item.estimatedBytes) : tr("no earlier backup"));
        release->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        const QStringList chosen = m_session.components.value(key);
        const bool excluded = m_session.excluded.contains(key);
        for (const catalog::BackupComponent &component : item.profile.backupComponents) {
            auto *child = new QTreeWidgetItem(release);
            child->setText(NameColumn, component.id);
            child->setData(NameColumn, KeyRole, component.id);
            child->setText(KindColumn, component.kind);
            child->setText(NoteColumn, component.description + (component.optional ? tr(" (optional)") : QString()));
            child->setToolTip(NoteColumn, component.description);
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool on = !excluded && (chosen.isEmpty() || chosen.contains(component.id));
            child->setCheckState(NameColumn, on ? Qt::Checked : Qt::Unchecked);
        }
        release->setExpanded(true);
    }
    for (int c = 0; c < m_tree->columnCount() - 1; ++c)
        m_tree->resizeColumnToContents(c);
    m_filling = false;
    updateTotals();
}

void BackupComponentsPage::updateTotals()
{
    if (!m_session.scopePlan)
        return;
    int releases = 0;
    int skipped = 0;
    qint64 total = 0;
    int unknown = 0;
    const QList<backup::BackupPlan::Item> &items = m_session.scopePlan->items();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *release = m_tree->topLevelItem(i);
        if (!release->data(NameColumn, RunnableRole).toBool()) {
            ++skipped;
            continue;
        }
        if (release->checkState(NameColumn) == Qt::Unchecked)
            continue;
        ++releases;
        const qint64 estimate = items.at(i).estimatedBytes;
        if (estimate >= 0)
            total += estimate;
        else
            ++unknown;
    }
    QString text = tr("%n release(s) to back up", nullptr, releases);
    if (skipped > 0)
        text += tr(", %n skipped", nullptr, skipped);
    if (releases > 0 && unknown == releases)
        text += tr("; no earlier backup to estimate the size from");
    else if (unknown > 0)
        text +=
            tr("; estimated %1 plus %n release(s) never backed up before", nullptr, unknown).arg(backupSizeText(total));
    else
        text += tr("; estimated %1").arg(backupSizeText(total));
    m_status->setText(text + u'.');
}

bool BackupComponentsPage::isComplete() const
{
    if (!m_session.scopePlan || m_watcher.isRunning())
        return false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *release = m_tree->topLevelItem(i);
        if (release->data(NameColumn, RunnableRole).toBool() && release->checkState(NameColumn) != Qt::Unchecked)
            return true;
    }
    return false;
}

bool BackupComponentsPage::validatePage()
{
    m_session.components.clear();
    m_session.excluded.clear();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *release = m_tree->topLevelItem(i);
        const QString key = release->data(NameColumn, KeyRole).toString();
        if (!release->data(NameColumn, RunnableRole).toBool())
            continue;
        if (release->checkState(NameColumn) == Qt::Unchecked) {
            m_session.excluded.insert(key);
            continue;
        }
        if (release->checkState(NameColumn) == Qt::Checked)
            continue; // every component: the profile's own list, including ones added later
        QStringList ids;
        for (int c = 0; c < release->childCount(); ++c)
            if (release->child(c)->checkState(NameColumn) == Qt::Checked)
                ids << release->child(c)->data(NameColumn, KeyRole).toString();
        m_session.components.insert(key, ids);
    }
    return true;
}

} // namespace chartroom::ui
