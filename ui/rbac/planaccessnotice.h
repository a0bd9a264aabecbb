#pragma once

#include "rbac/planaccess.h"

#include <QLabel>

namespace chartroom::ui {

/// Shown by a wizard on the page before its review: whether the kubeconfig user may run every
/// step of the plan about to be reviewed. Denied steps are listed with what they need, in red, and
/// block the wizard (blocks()); namespaces whose access is not known yet are a warning only.
/// Hidden when there is nothing to say.
class PlanAccessNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanAccessNotice)

public:
    explicit PlanAccessNotice(QWidget *parent = nullptr);
    ~PlanAccessNotice() override;

    /// Checks `required` against `access` and shows the outcome; returns blocks().
    bool check(const rbac::PlanAccess &required, const rbac::UserAccess &access);
    void reset();
    /// A step of the plan is denied.
    [[nodiscard]] bool blocks() const { return m_blocks; }
    /// Something is not known (a warning); false when blocks() or all is clear.
    [[nodiscard]] bool warns() const { return m_warns; }
    /// What is shown, one line per denied request or unknown namespace (PlanAccess::describe()).
    [[nodiscard]] const QStringList &lines() const { return m_lines; }

private:
    bool m_blocks = false;
    bool m_warns = false;
    QStringList m_lines;
};

} // namespace chartroom::ui
