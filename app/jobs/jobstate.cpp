#include "jobstate.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chartroom::jobs {

namespace {

constexpr std::array stateNames{
    std::pair{JobState::Pending, "pending"},     std::pair{JobState::Running, "running"},
    std::pair{JobState::Canceling, "canceling"}, std::pair{JobState::Succeeded, "succeeded"},
    std::pair{JobState::Failed, "failed"},       std::pair{JobState::Canceled, "canceled"},
    std::pair{JobState::Interrupted, "interrupted"},
};

constexpr std::array errorNames{
    std::pair{JobError::None, "none"},
    std::pair{JobError::StartFailed, "start-failed"},
    std::pair{JobError::ExitCode, "exit-code"},
    std::pair{JobError::Crashed, "crashed"},
    std::pair{JobError::TimedOut, "timed-out"},
    std::pair{JobError::Canceled, "canceled"},
    std::pair{JobError::SinkFailed, "sink-failed"},
    std::pair{JobError::SourceFailed, "source-failed"},
    std::pair{JobError::ParseFailed, "parse-failed"},
    std::pair{JobError::Interrupted, "interrupted"},
    std::pair{JobError::Internal, "internal"},
};

template<typename Enum, typename Table>
QString nameOf(const Table &table, Enum value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename Enum, typename Table>
Enum valueOf(const Table &table, const QString &text, Enum fallback)
{
    for (const auto &[v, name] : table)
        if (text == QLatin1String(name))
            return v;
    return fallback;
}

} // namespace

bool isFinalState(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Canceled
           || state == JobState::Interrupted;
}

QString stateName(JobState state)
{
    return nameOf(stateNames, state);
}

QString errorName(JobError error)
{
    return nameOf(errorNames, error);
}

JobState jobStateFromString(const QString &text)
{
    return valueOf(stateNames, text, JobState::Interrupted);
}

JobError jobErrorFromString(const QString &text)
{
    return valueOf(errorNames, text, JobError::Internal);
}

QString displayName(JobState state)
{
    switch (state) {
    case JobState::Pending: return QCoreApplication::translate("JobState", "Queued");
    case JobState::Running: return QCoreApplication::translate("JobState", "Running");
    case JobState::Canceling: return QCoreApplication::translate("JobState", "Canceling");
    case JobState::Succeeded: return QCoreApplication::translate("JobState", "Succeeded");
    case JobState::Failed: return QCoreApplication::translate("JobState", "Failed");
    case JobState::Canceled: return QCoreApplication::translate("JobState", "Canceled");
    case JobState::Interrupted: return QCoreApplication::translate("JobState", "Interrupted");
    }
    return {};
}

} // namespace chartroom::jobs
