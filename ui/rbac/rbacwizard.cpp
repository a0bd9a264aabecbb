#include "rbacwizard.h"

#include "rbaccollectpage.h"
#include "rbacfindingspage.h"
#include "rbacreportpage.h"
#include "rbacscopepage.h"
#include "rbacsession.h"

#include <QAbstractButton>

namespace chartroom::ui {

RbacWizard::RbacWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<RbacSession>(runtime))
    , m_collect(new RbacCollectPage(*m_session))
    , m_findings(new RbacFindingsPage(*m_session))
    , m_report(new RbacReportPage(*m_session))
{
    setObjectName(QStringLiteral("rbacWizard"));
    setWindowTitle(tr("Review RBAC"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session->selection = selection;
    setPage(ScopePage, new RbacScopePage(*m_session));
    setPage(CollectPage, m_collect);
    setPage(FindingsPage, m_findings);
    setPage(ReportPage, m_report);
    setStartId(ScopePage);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    resize(1000, 660);
}

RbacWizard::~RbacWizard() = default;

void RbacWizard::reject()
{
    m_collect->cancel(); // reading the cluster is only for this review
    QWizard::reject();
}

} // namespace chartroom::ui
