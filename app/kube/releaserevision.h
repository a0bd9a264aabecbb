#pragma once

#include "kube/toolcommands.h"

#include "core/result.h"

#include <QString>

#include <memory>

namespace chartroom::jobs {
class ProcessJob;
}

namespace chartroom::kube {

/// The current Helm revision of one release, asked of the cluster with `helm history`.
///
/// makeReleaseRevisionLookup() builds the job (not started; it captures helm's answer, shows
/// none of it and times out after a minute): the GUI enqueues it or starts it and waits for its
/// finished() signal, a command-line tool may wait for it. releaseRevisionFrom() reads the
/// finished job: the deployed revision (after a failed upgrade that is not the last one), 0
/// when helm does not know the release, an error when the cluster did not answer.
[[nodiscard]] std::unique_ptr<jobs::ProcessJob> makeReleaseRevisionLookup(const ToolCommands &commands,
                                                                          const QString &context,
                                                                          const QString &namespaceName,
                                                                          const QString &release);
[[nodiscard]] Result<int> releaseRevisionFrom(const jobs::ProcessJob &job);

} // namespace chartroom::kube
