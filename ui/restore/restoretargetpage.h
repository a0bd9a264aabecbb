#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace chartroom::ui {

struct RestoreSession;

/// Third page: where the backup goes. In place (the release's own namespace and name, overwriting
/// its data) or as a clone: into another namespace and/or under another release name (installed
/// from the backup's Helm record when it does not exist). The safety backup of the target's
/// current state is on by default; turning it off needs the target release's name typed.
class RestoreTargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreTargetPage)

public:
    explicit RestoreTargetPage(RestoreSession &session, QWidget *parent = nullptr);
    ~RestoreTargetPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateForm();
    [[nodiscard]] QString cloneProblem() const;
    [[nodiscard]] QString ownNamespace() const;
    [[nodiscard]] QString chosenNamespace() const;
    [[nodiscard]] QString chosenRelease() const;

    RestoreSession &m_session;
    QRadioButton *m_inPlace;
    QRadioButton *m_clone;
    QLineEdit *m_namespace;
    QLineEdit *m_release;
    QLabel *m_cloneProblem;
    QCheckBox *m_safety;
    QLabel *m_safetyWarning;
    QLineEdit *m_safetyConfirm;
};

} // namespace chartroom::ui
