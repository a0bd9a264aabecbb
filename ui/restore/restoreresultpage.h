#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace chartroom::ui {

struct RestoreSession;

/// Last page: how the restore ended. Each step's outcome and time, the health checks' outcomes,
/// the measured restore time against the chart profile's RTO, and after a failure where it
/// stopped, what the compensation did, and what the user should do next (restore the safety
/// backup it names).
class RestoreResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreResultPage)

public:
    enum Column { StepColumn, OutcomeColumn, TimeColumn, DetailColumn };

    explicit RestoreResultPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestoreResultPage() override;

    void initializePage() override;

private:
    RestoreSession &m_session;
    QLabel *m_headline;
    QLabel *m_rto;
    QLabel *m_health;
    QTreeWidget *m_steps;
    QLabel *m_advice;
};

} // namespace chartroom::ui
