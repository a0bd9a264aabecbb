#pragma once

#include "upgrade/chartsource.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace chartroom::jobs {
class Job;
}

namespace chartroom::ui {

struct UpgradeSession;

/// Second page: where the new chart version comes from: a Helm repository (its versions listed by
/// ChartVersionsJob in the queue: repo update, then `helm search repo --versions`), an OCI
/// reference, or a local chart directory or archive. Prefilled with the source Chartroom
/// remembered for the release.
class UpgradeSourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpgradeSourcePage)

public:
    explicit UpgradeSourcePage(UpgradeSession &session, QWidget *parent = nullptr);
    ~UpgradeSourcePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The source the page's fields describe; nullopt while they are incomplete.
    [[nodiscard]] std::optional<upgrade::ChartSource> source() const;

private:
    void fill(const upgrade::ChartSource &source);
    void updateFields();
    void findVersions();

    UpgradeSession &m_session;
    QRadioButton *m_repositoryRadio;
    QRadioButton *m_ociRadio;
    QRadioButton *m_localRadio;
    QLineEdit *m_repositoryChart;
    QPushButton *m_findVersions;
    QLineEdit *m_ociReference;
    QLineEdit *m_localPath;
    QPushButton *m_browse;
    QComboBox *m_version;
    QLabel *m_note;
    QFutureWatcher<std::optional<upgrade::ChartSource>> m_watcher;
    QPointer<jobs::Job> m_search;
    QString m_loadedFor;
};

} // namespace chartroom::ui
