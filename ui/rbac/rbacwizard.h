#pragma once

#include "inventory/fleet.h"

#include <QWizard>

#include <memory>

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

class RbacCollectPage;
class RbacFindingsPage;
class RbacReportPage;
struct RbacSession;

/// Reviews the RBAC of the fleet, a context, a namespace or a release: Scope → Collecting →
/// Findings (accept with a note / keep open) → Report (export as Markdown, HTML, CSV, JSON).
///
/// Thin pages over the GUI-free chartroom_rbac library and one shared RbacSession. Reading the
/// cluster runs as jobs in the application's job queue; evaluating and the acceptance store's file
/// work run off the UI thread. The review is read-only: nothing is applied to a cluster.
class RbacWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacWizard)

public:
    enum PageId { ScopePage, CollectPage, FindingsPage, ReportPage };

    /// `selection` is what the inventory had selected: it is preselected as the scope.
    RbacWizard(Runtime &runtime, const QList<inventory::Release> &selection, QWidget *parent = nullptr);
    ~RbacWizard() override;

    [[nodiscard]] RbacSession &session() { return *m_session; }
    [[nodiscard]] RbacFindingsPage *findingsPage() const { return m_findings; }
    [[nodiscard]] RbacReportPage *reportPage() const { return m_report; }

    void reject() override;

private:
    std::unique_ptr<RbacSession> m_session;
    RbacCollectPage *m_collect;
    RbacFindingsPage *m_findings;
    RbacReportPage *m_report;
};

} // namespace chartroom::ui
