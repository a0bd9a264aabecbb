#include "planaccessnotice.h"

namespace chartroom::ui {

PlanAccessNotice::PlanAccessNotice(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("planAccessNotice"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    setVisible(false);
}

PlanAccessNotice::~PlanAccessNotice() = default;

bool PlanAccessNotice::check(const rbac::PlanAccess &required, const rbac::UserAccess &access)
{
    const QList<rbac::PlanAccess::Problem> problems = required.check(access);
    m_blocks = rbac::PlanAccess::blocks(problems);
    m_warns = !m_blocks && !problems.isEmpty();
    if (problems.isEmpty()) {
        reset();
        return false;
    }
    const QString heading = m_blocks ? tr("Your kubeconfig user may not run every step of this plan:")
                                     : tr("Not every step of this plan could be checked against your access:");
    m_lines = rbac::PlanAccess::describe(problems);
    QStringList bullets = m_lines;
    for (QString &line : bullets)
        line.prepend(QStringLiteral("• "));
    setText(heading + QLatin1Char('\n') + bullets.join(QLatin1Char('\n')) +
            (m_blocks ? QLatin1Char('\n') + tr("Ask for these permissions, or choose differently, then go on.") : QString()));
    setStyleSheet(m_blocks ? QStringLiteral("color: #da3633;") : QString());
    setVisible(true);
    return m_blocks;
}

void PlanAccessNotice::reset()
{
    m_blocks = false;
    m_warns = false;
    m_lines.clear();
    clear();
    setVisible(false);
}

} // namespace chartroom::ui
