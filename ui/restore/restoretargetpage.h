#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace chartroom::ui {

struct RestoreSession;

/// Third page: where the backup goes. In place (the release's own namespace, overwriting its
/// data) or into another namespace as a clone. The restore keeps the release's name: the engine
/// cannot restore under another one, so no such field is offered. The safety backup of the
/// target's current state is on by default; turning it off needs the release's name typed.
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
    [[nodiscard]] QString namespaceProblem() const;

    RestoreSession &m_session;
    QRadioButton *m_inPlace;
    QRadioButton *m_clone;
    QLineEdit *m_namespace;
    QLabel *m_namespaceProblem;
    QCheckBox *m_safety;
    QLabel *m_safetyWarning;
    QLineEdit *m_safetyConfirm;
};

} // namespace chartroom::ui
