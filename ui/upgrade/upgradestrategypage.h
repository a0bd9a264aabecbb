#pragma once

#include "upgrade/upgradeplan.h"

#include <QList>
#include <QWizardPage>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace chartroom::ui {

struct UpgradeSession;

/// Fifth page: how the upgrade runs. Only the strategies the chart's profile documents are
/// offered (rolling and in-place without a profile), each with its expected downtime and why; a
/// maintenance window takes its start time, blue-green its observation time. A strategy whose
/// steps the kubeconfig user may not run (UserAccess: a maintenance window scales, blue-green
/// installs a second release and patches Services) is shown disabled with the reason.
class UpgradeStrategyPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeStrategyPage)

public:
    explicit UpgradeStrategyPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeStrategyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateFields();
    /// Why the user may not run `strategy`'s steps; empty when allowed or not known.
    [[nodiscard]] QString accessDenied(upgrade::Strategy strategy) const;

    UpgradeSession &m_session;
    QLabel *m_intro;
    QVBoxLayout *m_choices;
    QButtonGroup *m_group;
    QList<upgrade::StrategyOffer> m_offers;
    QDateTimeEdit *m_window;
    QSpinBox *m_observation;
    QSpinBox *m_timeout;
    QLabel *m_explanation;
};

} // namespace chartroom::ui
