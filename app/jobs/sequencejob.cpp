#include "sequencejob.h"

namespace chartroom::jobs {

SequenceJob::SequenceJob(QString title, QObject *parent)
    : Job(std::move(title), parent)
{
}

SequenceJob::~SequenceJob()
{
    // Children must not call back into a half-destroyed sequence.
    for (auto &step : m_steps)
        step->disconnect(this);
    if (m_compensation)
        m_compensation->disconnect(this);
}

void SequenceJob::addStep(std::unique_ptr<Job> step)
{
    Q_ASSERT(state() == JobState::Pending);
    adopt(step.get());
    connect(step.get(), &Job::finished, this, &SequenceJob::handleStepFinished);
    m_steps.push_back(std::move(step));
}

void SequenceJob::setCompensation(std::unique_ptr<Job> compensation, bool alsoOnCancel)
{
    Q_ASSERT(state() == JobState::Pending);
    adopt(compensation.get());
    connect(compensation.get(), &Job::finished, this, &SequenceJob::handleCompensationFinished);
    m_compensation = std::move(compensation);
    m_compensateOnCancel = alsoOnCancel;
}

void SequenceJob::adopt(Job *child)
{
    connect(child, &Job::outputReceived, this, &SequenceJob::forwardOutput);
}

QList<CommandLine> SequenceJob::commandLines() const
{
    QList<CommandLine> commands;
    for (const auto &step : m_steps)
        commands << step->commandLines();
    if (m_compensation)
        commands << m_compensation->commandLines();
    return commands;
}

std::unique_ptr<Job> SequenceJob::clone() const
{
    auto copy = std::make_unique<SequenceJob>(title());
    for (const auto &step : m_steps) {
        auto stepCopy = step->clone();
        if (!stepCopy)
            return nullptr;
        copy->addStep(std::move(stepCopy));
    }
    if (m_compensation) {
        auto compensationCopy = m_compensation->clone();
        if (!compensationCopy)
            return nullptr;
        copy->setCompensation(std::move(compensationCopy), m_compensateOnCancel);
    }
    copy->setPolicy(m_policy);
    return copy;
}

void SequenceJob::doStart()
{
    setProgress(0, stepCount());
    if (m_steps.empty())
        return finishSucceeded();
    startStep(0);
}

void SequenceJob::startStep(int index)
{
    m_current = index;
    Job *step = m_steps.at(static_cast<size_t>(index)).get();
    forwardOutput(OutputChannel::Info, tr("▶ Step %1 of %2: %3").arg(index + 1).arg(stepCount()).arg(step->title()));
    Q_EMIT stepStarted(index);
    step->start();
}

void SequenceJob::handleStepFinished(Job *step)
{
    const int index = m_current;
    ++m_done;
    setProgress(m_done, stepCount());
    Q_EMIT stepFinished(index);

    if (step->state() == JobState::Failed && m_firstError == JobError::None) {
        m_firstError = step->error();
        m_firstErrorString = tr("Step “%1” failed: %2").arg(step->title(), step->errorString());
    }
    if (m_canceled || step->state() == JobState::Canceled) {
        m_canceled = true;
        return runCompensationOrFinish();
    }
    const bool stop = step->state() != JobState::Succeeded && m_policy == Policy::StopOnError;
    if (stop || index + 1 >= stepCount()) {
        if (m_firstError != JobError::None)
            return runCompensationOrFinish();
        return finishWithOutcome();
    }
    startStep(index + 1);
}

void SequenceJob::doCancel()
{
    m_canceled = true;
    if (m_compensationStarted)
        return; // let the compensation finish: stopping it halfway helps no one
    Job *step = m_current >= 0 ? m_steps.at(static_cast<size_t>(m_current)).get() : nullptr;
    if (step && !step->isFinished())
        step->cancel();
    else
        runCompensationOrFinish();
}

void SequenceJob::runCompensationOrFinish()
{
    const bool wanted = m_compensation && !m_compensationStarted
                        && (m_firstError != JobError::None || (m_canceled && m_compensateOnCancel));
    if (!wanted)
        return finishWithOutcome();
    m_compensationStarted = true;
    forwardOutput(OutputChannel::Info, tr("↺ Compensating: %1").arg(m_compensation->title()));
    m_compensation->start();
}

void SequenceJob::handleCompensationFinished()
{
    if (m_compensation->state() == JobState::Succeeded)
        forwardOutput(OutputChannel::Info, tr("Compensation succeeded: %1").arg(m_compensation->title()));
    else
        forwardOutput(OutputChannel::Info,
                      tr("Compensation did not succeed: %1").arg(m_compensation->errorString()));
    finishWithOutcome();
}

void SequenceJob::finishWithOutcome()
{
    QString note;
    if (m_compensationStarted && m_compensation->state() != JobState::Succeeded)
        note = tr(" (compensation “%1” failed too: %2)").arg(m_compensation->title(), m_compensation->errorString());
    if (m_firstError != JobError::None)
        return finishFailed(m_firstError, m_firstErrorString + note);
    if (m_canceled)
        return finishCanceled(note.isEmpty() ? QString() : tr("Canceled") + note);
    finishSucceeded();
}

} // namespace chartroom::jobs
