#include "planrunpage.h"

#include "backup/backupformatting.h"
#include "widgets/jobstepsview.h"

#include "jobs/job.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace chartroom::ui {

PlanRunPage::PlanRunPage(const Texts &texts, QWidget *parent)
    : QWizardPage(parent)
    , m_status(new QLabel)
    , m_view(new JobStepsView(texts.cancelButton, texts.cancelObjectName))
    , m_canceling(texts.canceling)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(texts.title);
    setSubTitle(texts.subTitle);
    setButtonText(QWizard::NextButton, tr("&Result >"));
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_view, &JobStepsView::cancelRequested, this, [this] {
        if (m_job && !m_job->isFinished()) {
            m_status->setText(m_canceling);
            m_job->cancel();
        }
    });
}

PlanRunPage::~PlanRunPage() = default;

void PlanRunPage::initializePage()
{
    m_done = false;
    m_job = nullptr;
    m_status->setStyleSheet(QString());
    m_view->reset();
    enqueue();
}

void PlanRunPage::track(jobs::Job *job)
{
    m_job = job;
    m_view->track(job);
}

void PlanRunPage::finish()
{
    m_done = true;
    Q_EMIT completeChanged();
}

void PlanRunPage::fail(const QString &message)
{
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
    m_view->stop();
    finish();
}

bool PlanRunPage::isComplete() const
{
    return m_done;
}

} // namespace chartroom::ui
