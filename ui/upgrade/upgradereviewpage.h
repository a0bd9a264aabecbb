#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace chartroom::ui {

struct UpgradeSession;

/// Seventh page (the commit page): every step of the plan with the exact commands it runs
/// (secrets hidden), the backup gate's decision and the values mode. Nothing has run yet; the
/// Upgrade button enqueues the plan.
class UpgradeReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeReviewPage)

public:
    explicit UpgradeReviewPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    UpgradeSession &m_session;
    QLabel *m_summary;
    QLabel *m_problem;
    QPlainTextEdit *m_text;
    bool m_runnable = false;
};

} // namespace chartroom::ui
