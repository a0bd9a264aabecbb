#pragma once

#include <QMetaType>
#include <QString>

namespace chartroom::jobs {

/// Life cycle of a Job. Pending → Running → (Canceling →) one final state.
/// Interrupted is only ever read back from the journal: a job that was running when the
/// application died.
enum class JobState {
    Pending,
    Running,
    Canceling,
    Succeeded,
    Failed,
    Canceled,
    Interrupted,
};

/// Why a job did not succeed. Mirrors the ways an external tool can end.
enum class JobError {
    None,
    StartFailed,  ///< the program could not be started (missing, not executable)
    ExitCode,     ///< ran and exited non-zero
    Crashed,      ///< killed by a signal it did not ask for
    TimedOut,     ///< exceeded its time limit and was stopped
    Canceled,     ///< the user (or a parent job) canceled it
    SinkFailed,   ///< its output could not be stored (disk full, write error)
    SourceFailed, ///< its input could not be read
    ParseFailed,  ///< it ran, but its output was not what Chartroom expects
    Interrupted,  ///< the application died while it ran
    Internal,     ///< anything else; a bug
};

enum class OutputChannel { Stdout, Stderr, Info };

[[nodiscard]] bool isFinalState(JobState state);
[[nodiscard]] QString stateName(JobState state);
[[nodiscard]] QString errorName(JobError error);
[[nodiscard]] JobState jobStateFromString(const QString &text);
[[nodiscard]] JobError jobErrorFromString(const QString &text);
/// Translated, user-facing name of a state ("Running", "Failed"...).
[[nodiscard]] QString displayName(JobState state);

} // namespace chartroom::jobs

Q_DECLARE_METATYPE(chartroom::jobs::JobState)
Q_DECLARE_METATYPE(chartroom::jobs::JobError)
Q_DECLARE_METATYPE(chartroom::jobs::OutputChannel)
