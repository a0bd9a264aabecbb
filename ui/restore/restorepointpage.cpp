#include "restorepointpage.h"

#include "restoresession.h"

#include "backup/backupformatting.h"
#include "runtime.h"

#include "inventory/formatting.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

/// Why `record` cannot be restored; empty when it can.
QString refusal(const backup::BackupRecord &record)
{
    if (!record.manifest || !(record.state == backup::BackupState::Verified ||
                              record.state == backup::BackupState::Unverified)) {
        const QString state = backupStateText(record.state);
        return record.problem.isEmpty() ? state : QStringLiteral("%1: %2").arg(state, record.problem);
    }
    return {};
}

} // namespace

RestorePointPage::RestorePointPage(RestoreSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_rpo(new QLabel)
    , m_tree(new QTreeWidget)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("pointPage"));
    setTitle(tr("Restore point"));
    setSubTitle(tr("Choose the backup to restore. Only a backup that passed (or will pass) its verification can be "
                   "restored; it is verified again before anything in the cluster changes."));
    m_rpo->setObjectName(QStringLiteral("rpoLabel"));
    m_rpo->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("restorePointTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Taken"), tr("Age"), tr("State"), tr("Size"), tr("Backup"), tr("Note")});
    m_tree->header()->setStretchLastSection(true);
    m_note->setObjectName(QStringLiteral("restorePointNoteLabel"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rpo);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_note);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RestorePointPage::completeChanged);
}

RestorePointPage::~RestorePointPage() = default;

void RestorePointPage::initializePage()
{
    m_tree->clear();
    m_note->clear();
    m_note->setStyleSheet({});
    QList<backup::BackupRecord> records = m_session.recordsOf(m_session.releaseKey);
    std::reverse(records.begin(), records.end()); // newest first

    std::optional<std::chrono::seconds> rpo;
    QString profileId;
    for (const backup::BackupRecord &record : std::as_const(records))
        if (record.manifest && profileId.isEmpty())
            profileId = record.manifest->profileId;
    if (const catalog::ChartProfile *profile = m_session.runtime.catalog().profile(profileId))
        rpo = profile->rpo;
    m_rpo->setText(rpo ? tr("Backups of %1. Its RPO (chart profile “%2”) is %3: a restore point older than that "
                            "loses more data than the target allows.")
                             .arg(m_session.releaseKey, profileId, inventory::formatTarget(rpo->count()))
                       : tr("Backups of %1. Its chart profile sets no RPO.").arg(m_session.releaseKey));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTreeWidgetItem *chosen = nullptr;
    QTreeWidgetItem *firstGood = nullptr;
    QString newestRefusal;
    for (const backup::BackupRecord &record : std::as_const(records)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(TimeColumn, Qt::UserRole, record.id);
        item->setText(TimeColumn, QLocale().toString(record.time().toLocalTime(), QLocale::ShortFormat));
        const qint64 age = record.time().secsTo(now);
        const bool withinRpo = !rpo || age <= rpo->count();
        item->setText(AgeColumn, rpo ? tr("%1 (%2 the RPO)").arg(inventory::formatAge(age),
                                                                  withinRpo ? tr("within") : tr("beyond"))
                                     : inventory::formatAge(age));
        if (!withinRpo)
            item->setForeground(AgeColumn, backupErrorColor());
        item->setText(StateColumn, backupStateText(record.state));
        item->setText(SizeColumn, backupSizeText(record.manifest ? record.storedBytes() : -1));
        item->setText(IdColumn, record.id);
        const QString why = refusal(record);
        if (!why.isEmpty()) {
            item->setFlags(Qt::NoItemFlags); // greyed, cannot be chosen
            item->setForeground(StateColumn, backupErrorColor());
            item->setText(NoteColumn, tr("cannot be restored: %1").arg(why));
            item->setToolTip(NoteColumn, item->text(NoteColumn));
            if (!firstGood && newestRefusal.isEmpty())
                newestRefusal = tr("The newest backup, %1, cannot be restored (%2).").arg(record.id, why);
            continue;
        }
        if (record.state == backup::BackupState::Unverified)
            item->setText(NoteColumn, tr("not verified yet: the restore verifies it first"));
        if (!firstGood)
            firstGood = item;
        if (m_session.backup && m_session.backup->id == record.id)
            chosen = item;
    }
    if (!chosen)
        chosen = firstGood;
    if (chosen)
        m_tree->setCurrentItem(chosen);
    for (int column = TimeColumn; column < NoteColumn; ++column)
        m_tree->resizeColumnToContents(column);

    if (!newestRefusal.isEmpty()) {
        m_note->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
        m_note->setText(firstGood ? newestRefusal + u' ' +
                                        tr("The previous good backup, %1, is offered instead.")
                                            .arg(firstGood->data(TimeColumn, Qt::UserRole).toString())
                                  : newestRefusal + u' ' + tr("No backup of this release can be restored."));
    } else if (!firstGood) {
        m_note->setText(tr("No backup of this release can be restored."));
    }
    Q_EMIT completeChanged();
}

bool RestorePointPage::isComplete() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled);
}

bool RestorePointPage::validatePage()
{
    const QString id = m_tree->currentItem()->data(TimeColumn, Qt::UserRole).toString();
    for (const backup::BackupRecord &record : std::as_const(m_session.records))
        if (record.id == id)
            m_session.backup = record;
    m_session.currentRevision.reset();
    return m_session.backup.has_value();
}

} // namespace chartroom::ui
