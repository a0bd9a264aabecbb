#include "missedupgradesbar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

using upgrade::ScheduledUpgrade;
using upgrade::ScheduledUpgradeStore;

MissedUpgradesBar::MissedUpgradesBar(QString storePath, QWidget *parent)
    : QFrame(parent)
    , m_storePath(std::move(storePath))
    , m_label(new QLabel)
    , m_open(new QPushButton(tr("&Open…")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
{
    setObjectName(QStringLiteral("missedUpgradesBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(16, 16));
    m_label->setObjectName(QStringLiteral("missedUpgradesLabel"));
    m_label->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("missedUpgradesOpen"));
    m_dismiss->setObjectName(QStringLiteral("missedUpgradesDismiss"));
    m_dismiss->setToolTip(tr("Do not tell of these again; they stay listed by chartroom-cli upgrade --list-scheduled"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    connect(m_open, &QPushButton::clicked, this, &MissedUpgradesBar::openDetails);
    connect(m_dismiss, &QPushButton::clicked, this, &MissedUpgradesBar::dismiss);
    setVisible(false);
}

MissedUpgradesBar::~MissedUpgradesBar() = default;

void MissedUpgradesBar::check()
{
    using Answer = QList<ScheduledUpgrade>;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        watcher->deleteLater();
        show(watcher->result());
        Q_EMIT checked();
    });
    const QString path = m_storePath;
    watcher->setFuture(QtConcurrent::run([path] {
        const auto untold = ScheduledUpgradeStore(path).untold(QDateTime::currentDateTimeUtc());
        return untold ? *untold : Answer();
    }));
}

void MissedUpgradesBar::show(const QList<ScheduledUpgrade> &missed)
{
    m_missed = missed;
    if (m_missed.isEmpty()) {
        setVisible(false);
        return;
    }
    QStringList releases;
    for (const ScheduledUpgrade &s : m_missed)
        releases << s.request.release.key();
    const QString text = tr("%n planned maintenance upgrade(s) missed the window while Chartroom was not running: %1", nullptr,
                            int(m_missed.size()))
                             .arg(releases.join(QStringLiteral(", ")));
    m_label->setText(text);
    setVisible(true);
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text);
}

QStringList MissedUpgradesBar::describe() const
{
    QStringList lines;
    for (const ScheduledUpgrade &s : m_missed) {
        const upgrade::UpgradeRequest &r = s.request;
        lines << tr("%1: %2 upgrade to %3, window %4 UTC (planned %5 UTC)")
                     .arg(r.release.key(), upgrade::strategyName(r.strategy), r.source.displayName(),
                          r.windowStart.toUTC().toString(Qt::ISODate), s.createdAt.toUTC().toString(Qt::ISODate));
        QStringList command{QStringLiteral("chartroom-cli upgrade --release"), r.release.key(), QStringLiteral("--chart"),
                            r.source.chartArgument()};
        if (!r.source.version.isEmpty() && r.source.kind != upgrade::ChartSource::Kind::Local)
            command << QStringLiteral("--version") << r.source.version;
        command << QStringLiteral("--strategy maintenance --window") << QStringLiteral("NEW-TIME");
        lines << tr("    plan it again: %1").arg(command.join(QLatin1Char(' ')));
    }
    return lines;
}

void MissedUpgradesBar::openDetails()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("missedUpgradesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Missed maintenance windows"));
    auto *intro = new QLabel(tr("These upgrades waited for a maintenance window that opened while Chartroom was not running. "
                                "Nothing was changed; plan them again with Upgrade… or the command shown."));
    intro->setWordWrap(true);
    auto *text = new QPlainTextEdit(describe().join(QLatin1Char('\n')));
    text->setObjectName(QStringLiteral("missedUpgradesText"));
    text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 320);
    dialog->show(); // non-modal
}

void MissedUpgradesBar::dismiss()
{
    QStringList ids;
    for (const ScheduledUpgrade &s : m_missed)
        ids << s.id;
    setVisible(false);
    m_missed.clear();
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->clearMessage();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT dismissed();
    });
    const QString path = m_storePath;
    watcher->setFuture(QtConcurrent::run([path, ids] { (void)ScheduledUpgradeStore(path).markMissed(ids, QDateTime::currentDateTimeUtc()); }));
}

} // namespace chartroom::ui
