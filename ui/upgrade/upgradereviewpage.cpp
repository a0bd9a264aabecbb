#include "upgradereviewpage.h"

#include "upgradesession.h"

#include "backup/backupformatting.h"
#include "runtime.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace chartroom::ui {

UpgradeReviewPage::UpgradeReviewPage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_problem(new QLabel)
    , m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Every step of the upgrade and the exact commands it runs (secrets hidden). Nothing has run yet."));
    setCommitPage(true);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("reviewProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(backupErrorColor().name()));
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_text, 1);
}

UpgradeReviewPage::~UpgradeReviewPage() = default;

void UpgradeReviewPage::initializePage()
{
    const upgrade::UpgradePlan plan = m_session.plan();
    const upgrade::UpgradeRequest &request = m_session.request;
    m_summary->setText(tr("%1: %2 → %3, %4, values: %5.")
                           .arg(request.release.key(), m_session.release->chart, request.source.displayName(),
                                upgrade::strategyName(request.strategy), upgrade::valuesModeId(request.valuesMode)));
    QStringList lines = plan.describe(m_session.runtime.clusterTools());
    if (request.risksConfirmed)
        lines.prepend(tr("Acknowledged: the preview found immutable field changes the API server rejects."));
    if (request.valuesMode == upgrade::ValuesMode::ValuesFile && request.valuesFile == u"-" && m_session.preview)
        lines << QString() << tr("The edited values helm reads with -f - on its stdin (secrets masked; no file holds them):")
              << m_session.preview->proposedValuesYaml().trimmed();
    m_text->setPlainText(lines.join(u'\n'));
    const QString problem = plan.problem();
    m_runnable = problem.isEmpty();
    m_problem->setText(problem.isEmpty() ? QString() : tr("This upgrade cannot run: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool UpgradeReviewPage::isComplete() const
{
    return m_runnable;
}

} // namespace chartroom::ui
