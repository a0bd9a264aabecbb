#include "restorereleasepage.h"

#include "restoresession.h"

#include "backup/backupformatting.h"
#include "runtime.h"

#include "inventory/formatting.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

RestoreReleasePage::RestoreReleasePage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("releasePage"));
    setTitle(tr("Release"));
    setSubTitle(tr("Choose the release to restore. Releases that are no longer installed can be restored from their "
                   "backups too."));
    m_status->setObjectName(QStringLiteral("releaseStatusLabel"));
    m_status->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("releaseTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Release"), tr("Inventory"), tr("Backups"), tr("Latest verified backup")});
    m_tree->header()->setSectionResizeMode(ReleaseColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RestoreReleasePage::completeChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
    connect(&m_watcher, &QFutureWatcher<Listing>::finished, this, &RestoreReleasePage::handleListing);
}

RestoreReleasePage::~RestoreReleasePage() = default;

void RestoreReleasePage::initializePage()
{
    if (m_session.repository || m_watcher.isRunning())
        return fill();
    m_status->setText(tr("Reading the backup repository %1…").arg(QDir::toNativeSeparators(m_session.location)));
    const QString location = m_session.location;
    // Listing reads every manifest: never on the UI thread.
    m_watcher.setFuture(QtConcurrent::run([location] {
        Listing listing;
        if (!backup::BackupRepository::exists(location)) {
            listing.error = tr("There is no backup repository at %1.").arg(QDir::toNativeSeparators(location));
            return listing;
        }
        auto repository = backup::BackupRepository::open(location);
        if (!repository) {
            listing.error = repository.error().message;
            return listing;
        }
        listing.repository = repository.value();
        listing.records = repository->list();
        return listing;
    }));
}

void RestoreReleasePage::handleListing()
{
    Listing listing = m_watcher.result();
    m_session.repository = listing.repository;
    m_session.records = listing.records;
    m_session.loadError = listing.error;
    fill();
}

void RestoreReleasePage::fill()
{
    m_tree->clear();
    if (!m_session.loadError.isEmpty()) {
        m_status->setText(m_session.loadError);
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
        return;
    }
    m_status->setText(tr("Backups in %1:").arg(QDir::toNativeSeparators(m_session.location)));
    QStringList keys;
    for (const backup::BackupRecord &record : std::as_const(m_session.records))
        if (!keys.contains(record.releaseKey))
            keys << record.releaseKey;
    std::sort(keys.begin(), keys.end());
    QStringList installed;
    for (const inventory::Release &release : m_session.runtime.scanner().fleet().releases)
        installed << release.key();
    QString preselected = m_session.releaseKey;
    if (preselected.isEmpty() && m_session.selection.size() == 1)
        preselected = m_session.selection.first().key();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &key : std::as_const(keys)) {
        const QList<backup::BackupRecord> records = m_session.recordsOf(key);
        std::optional<QDateTime> latest;
        for (const backup::BackupRecord &record : records)
            if (backup::isGood(record.state))
                latest = record.time();
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(ReleaseColumn, Qt::UserRole, key);
        item->setText(ReleaseColumn, key);
        item->setText(InventoryColumn, installed.contains(key) ? tr("installed") : tr("not installed"));
        item->setText(BackupsColumn, QString::number(records.size()));
        item->setText(LatestColumn, latest ? inventory::formatAge(now - latest->toSecsSinceEpoch()) : tr("none"));
        if (!latest)
            item->setForeground(LatestColumn, backupErrorColor());
        if (key == preselected)
            m_tree->setCurrentItem(item);
    }
    for (int column = InventoryColumn; column <= LatestColumn; ++column)
        m_tree->resizeColumnToContents(column);
    if (keys.isEmpty())
        m_status->setText(tr("The repository %1 holds no backups.").arg(QDir::toNativeSeparators(m_session.location)));
    else if (!preselected.isEmpty() && !keys.contains(preselected))
        m_status->setText(tr("There are no backups of %1 in %2. Choose another release:")
                              .arg(preselected, QDir::toNativeSeparators(m_session.location)));
    Q_EMIT completeChanged();
}

bool RestoreReleasePage::isComplete() const
{
    return m_tree->currentItem() != nullptr && m_session.repository.has_value();
}

bool RestoreReleasePage::validatePage()
{
    const QString key = m_tree->currentItem()->data(ReleaseColumn, Qt::UserRole).toString();
    if (key != m_session.releaseKey) {
        m_session.releaseKey = key;
        m_session.backup.reset();
        m_session.targetNamespace.clear();
        m_session.targetRelease.clear();
    }
    return true;
}

} // namespace chartroom::ui
