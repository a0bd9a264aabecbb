#include "backupreviewpage.h"

#include "backupformatting.h"
#include "backupsession.h"

#include "runtime.h"

#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

using KeyMode = backup::RepositoryConfig::KeyMode;

} // namespace

BackupReviewPage::BackupReviewPage(BackupSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_text(new QPlainTextEdit)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Nothing has run yet. Check the plan, then start the backup."));
    setCommitPage(true);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problem->setObjectName(QStringLiteral("reviewProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #da3633;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
}

BackupReviewPage::~BackupReviewPage() = default;

void BackupReviewPage::initializePage()
{
    m_problem->clear();
    const backup::BackupPlan &plan = *m_session.plan;
    const QList<backup::BackupPlan::Item> runnable = plan.runnable();
    qint64 estimate = 0;
    int unknown = 0;
    for (const backup::BackupPlan::Item &item : runnable) {
        if (item.estimatedBytes >= 0)
            estimate += item.estimatedBytes;
        else
            ++unknown;
    }

    QStringList lines;
    lines << tr("Back up %n release(s), one tier after the other:", nullptr, static_cast<int>(runnable.size()))
          << QString();
    lines << plan.describe();
    lines << QString();
    QString size;
    if (unknown == runnable.size())
        size = tr("Estimated size: unknown (no earlier backup of these releases in this repository)");
    else if (unknown > 0)
        size = tr("Estimated size: %1, plus %n release(s) never backed up here before", nullptr, unknown)
                   .arg(backupSizeText(estimate));
    else
        size = tr("Estimated size: %1 (the size of the last backups)").arg(backupSizeText(estimate));
    lines << size;
    lines << tr("Parallel: up to %n release(s) at a time within a tier", nullptr,
                m_session.runtime.settings().maxJobsPerCluster());
    const QString where = QDir::toNativeSeparators(m_session.location);
    lines << (m_session.newRepository
                  ? tr("Destination: %1 (a new repository, created when the backup starts)").arg(where)
                  : tr("Destination: %1").arg(where));
    QString encryption;
    const KeyMode mode =
        m_session.newRepository ? m_session.newRepository->options.keyMode : m_session.repository->config().keyMode;
    switch (mode) {
    case KeyMode::Passphrase:
        encryption = tr("Encryption: on (AES-256-GCM, key protected by your passphrase)");
        break;
    case KeyMode::RepositoryKey:
        encryption = tr("Encryption: on (AES-256-GCM, random key kept in the OS keychain)");
        break;
    case KeyMode::None:
        encryption = tr("Encryption: OFF. Secrets and the Helm release record will not be stored; secret-looking "
                        "values are masked.");
        break;
    }
    lines << encryption;
    if (!m_session.accessWarnings.isEmpty())
        lines << QString() << m_session.accessWarnings;
    m_text->setPlainText(lines.join(u'\n'));

    const kube::ToolProbe &tools = m_session.runtime.tools();
    if (!tools.helm().isUsable() || !tools.kubectl().isUsable())
        m_problem->setText(tr("helm and kubectl must be usable to back up (see Tools ▸ Settings)."));
}

bool BackupReviewPage::validatePage()
{
    const kube::ToolProbe &tools = m_session.runtime.tools();
    if (!tools.helm().isUsable() || !tools.kubectl().isUsable()) {
        m_problem->setText(tr("helm and kubectl must be usable to back up (see Tools ▸ Settings)."));
        return false;
    }
    return !m_session.plan->runnable().isEmpty();
}

} // namespace chartroom::ui
