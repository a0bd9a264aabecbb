#pragma once

#include "job.h"

#include <memory>
#include <vector>

namespace chartroom::jobs {

/// Runs steps one after another (after KCompositeJob and Tasking's sequential group).
///
/// - StopOnError (default): the first failing step ends the sequence; later steps never start.
///   ContinueOnError runs every step and fails at the end if any step failed.
/// - The sequence keeps the first error, prefixed with the failing step's title.
/// - A compensation job, when set, runs after a failure (and after a cancel, unless disabled):
///   it is how a plan undoes a half-done change (scale back up, roll back). Its outcome is
///   reported but never hides the original error.
/// - Progress is steps done / steps total; children's output is forwarded with a step header.
class SequenceJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceJob)

public:
    enum class Policy { StopOnError, ContinueOnError };

    explicit SequenceJob(QString title, QObject *parent = nullptr);
    ~SequenceJob() override;

    void addStep(std::unique_ptr<Job> step);
    void setCompensation(std::unique_ptr<Job> compensation, bool alsoOnCancel = true);
    void setPolicy(Policy policy) { m_policy = policy; }

    [[nodiscard]] int stepCount() const { return static_cast<int>(m_steps.size()); }
    [[nodiscard]] Job *step(int index) const { return m_steps.at(static_cast<size_t>(index)).get(); }
    [[nodiscard]] Job *compensation() const { return m_compensation.get(); }
    [[nodiscard]] int currentStep() const { return m_current; }
    [[nodiscard]] bool compensationRan() const { return m_compensationStarted; }

    [[nodiscard]] QList<CommandLine> commandLines() const override;
    [[nodiscard]] std::unique_ptr<Job> clone() const override;

Q_SIGNALS:
    void stepStarted(int index);
    void stepFinished(int index);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void startStep(int index);
    void handleStepFinished(Job *step);
    void runCompensationOrFinish();
    void handleCompensationFinished();
    void finishWithOutcome();
    void adopt(Job *child);

    std::vector<std::unique_ptr<Job>> m_steps;
    std::unique_ptr<Job> m_compensation;
    Policy m_policy = Policy::StopOnError;
    bool m_compensateOnCancel = true;
    int m_current = -1;
    int m_done = 0;
    bool m_canceled = false;
    bool m_compensationStarted = false;
    JobError m_firstError = JobError::None;
    QString m_firstErrorString;
};

} // namespace chartroom::jobs
