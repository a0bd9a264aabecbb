#pragma once

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

class DiffView;
struct UpgradeSession;

/// Fourth page: what the upgrade would change, object by object: the deployed manifest against
/// the one helm renders for the new version (a server-side dry run, or helm template), side by
/// side or unified, with the risk flags. An immutable field change makes helm fail: Next stays
/// disabled until the user acknowledges it explicitly.
class UpgradePreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradePreviewPage)

public:
    enum RiskColumn { RiskKindColumn, RiskObjectColumn, RiskFieldColumn, RiskDetailColumn };

    explicit UpgradePreviewPage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradePreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    [[nodiscard]] bool previewMatchesRequest() const;
    void render();
    void show();

    UpgradeSession &m_session;
    QLabel *m_status;
    QTreeWidget *m_risks;
    QLabel *m_blocking;
    QCheckBox *m_acknowledge;
    QTabWidget *m_tabs;
    DiffView *m_diff;
    QPlainTextEdit *m_unified;
    QPointer<jobs::Job> m_job;
};

} // namespace chartroom::ui
