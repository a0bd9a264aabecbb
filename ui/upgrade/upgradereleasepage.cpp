#include "upgradereleasepage.h"

#include "upgradesession.h"
#include "upgradewizard.h"

#include "runtime.h"

#include "inventory/inventoryscanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace chartroom::ui {

UpgradeReleasePage::UpgradeReleasePage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("releasePage"));
    setTitle(tr("Release"));
    setSubTitle(tr("Choose the release to upgrade. Nothing changes in the cluster until you confirm on the Review page."));
    m_status->setObjectName(QStringLiteral("releaseStatusLabel"));
    m_status->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("releaseTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Release"), tr("Chart"), tr("Revision"), tr("Status")});
    m_tree->header()->setSectionResizeMode(ReleaseColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &UpgradeReleasePage::completeChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
}

UpgradeReleasePage::~UpgradeReleasePage() = default;

void UpgradeReleasePage::initializePage()
{
    m_tree->clear();
    QString preselected = m_session.release ? m_session.release->key() : QString();
    if (preselected.isEmpty() && m_session.selection.size() == 1)
        preselected = m_session.selection.first().key();
    QList<inventory::Release> releases = m_session.runtime.scanner().fleet().releases;
    std::sort(releases.begin(), releases.end(),
              [](const inventory::Release &a, const inventory::Release &b) { return a.key() < b.key(); });
    for (const inventory::Release &release : std::as_const(releases)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(ReleaseColumn, release.key());
        item->setData(ReleaseColumn, Qt::UserRole, release.key());
        item->setText(ChartColumn, release.chart);
        item->setText(RevisionColumn, QString::number(release.revision));
        item->setText(StatusColumn, release.status);
        if (release.key() == preselected)
            m_tree->setCurrentItem(item);
    }
    for (int column = ChartColumn; column <= StatusColumn; ++column)
        m_tree->resizeColumnToContents(column);
    m_status->setText(releases.isEmpty() ? tr("The inventory has no releases yet: refresh the fleet first.")
                                         : tr("Releases in the inventory:"));
    Q_EMIT completeChanged();
}

bool UpgradeReleasePage::isComplete() const
{
    return m_tree->currentItem() != nullptr;
}

bool UpgradeReleasePage::validatePage()
{
    const QString key = m_tree->currentItem()->data(ReleaseColumn, Qt::UserRole).toString();
    if (m_session.release && m_session.release->key() == key)
        return true;
    for (const inventory::Release &release : m_session.runtime.scanner().fleet().releases) {
        if (release.key() != key)
            continue;
        m_session.setRelease(release);
        m_session.rememberedSource.reset();
        m_session.preview.reset();
        m_session.previewInputs.reset();
        return true;
    }
    return false;
}

int UpgradeReleasePage::nextId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->text(StatusColumn).startsWith(u"pending-") ? UpgradeWizard::RecoverPage : UpgradeWizard::SourcePage;
}

} // namespace chartroom::ui
