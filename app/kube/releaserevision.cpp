#include "kube/releaserevision.h"

#include "jobs/processjob.h"
#include "kube/parsers/helmhistory.h"

#include <QCoreApplication>

namespace chartroom::kube {

std::unique_ptr<jobs::ProcessJob> makeReleaseRevisionLookup(const ToolCommands &commands, const QString &context,
                                                            const QString &namespaceName, const QString &release)
{
    auto job = std::make_unique<jobs::ProcessJob>(
        QCoreApplication::translate("chartroom::kube::ReleaseRevision", "Look up release %1/%2").arg(namespaceName, release),
        commands.releaseHistory(context, namespaceName, release));
    job->setCaptureStdout(true);
    job->setShowStdout(false);
    job->setTimeout(std::chrono::seconds(60));
    return job;
}

Result<int> releaseRevisionFrom(const jobs::ProcessJob &job)
{
    if (job.state() == jobs::JobState::Succeeded) {
        const auto history = parseHelmHistory(job.capturedStdout());
        if (!history || history->isEmpty())
            return 0;
        int revision = history->last().revision;
        for (const HelmRevision &entry : history.value())
            if (entry.status == QLatin1String("deployed"))
                revision = entry.revision;
        return revision;
    }
    if (job.stderrTail().join(QLatin1Char('\n')).contains(QLatin1String("not found")))
        return 0;
    return makeError(QStringLiteral("kube.release-unknown"),
                     QCoreApplication::translate("chartroom::kube::ReleaseRevision",
                                                 "cannot tell whether the release is installed: %1")
                         .arg(job.errorString()));
}

} // namespace chartroom::kube
