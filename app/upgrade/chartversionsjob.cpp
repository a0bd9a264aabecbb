#include "upgrade/chartversionsjob.h"

#include "jobs/processjob.h"
#include "upgrade/upgradepreviewjob.h"

namespace chartroom::upgrade {

ChartVersionsJob::ChartVersionsJob(backup::ClusterTools tools, ChartSource source, QObject *parent)
    : RestoreStepJob(tr("Versions of %1").arg(source.chartArgument()), tools, parent)
    , m_source(std::move(source))
    , m_commands(upgradeCommandsFor(tools))
{
}

ChartVersionsJob::~ChartVersionsJob() = default;

std::optional<ChartVersionEntry> ChartVersionsJob::upgradeAvailable(const QString &current) const
{
    return upgrade::upgradeAvailable(m_versions, m_source.chartArgument(), current);
}

void ChartVersionsJob::doStart()
{
    if (m_source.kind != ChartSource::Kind::Repository) {
        finishFailed(jobs::JobError::StartFailed, tr("%1 is not in a Helm repository: there is no index to search").arg(m_source.chartArgument()));
        return;
    }
    if (m_source.repositoryUrl.isEmpty()) {
        update();
        return;
    }
    runProcess(tr("Add repository %1").arg(m_source.repository), m_commands.repoAdd(m_source.repository, m_source.repositoryUrl), {},
               [this](jobs::ProcessJob &process) {
                   if (process.state() != jobs::JobState::Succeeded)
                       failWith(process);
                   else
                       update();
               });
}

void ChartVersionsJob::update()
{
    runProcess(tr("Update repository %1").arg(m_source.repository), m_commands.repoUpdate(m_source.repository), {},
               [this](jobs::ProcessJob &process) {
                   if (process.state() != jobs::JobState::Succeeded)
                       failWith(process);
                   else
                       search();
               });
}

void ChartVersionsJob::search()
{
    runProcess(
        tr("Search %1").arg(m_source.chartArgument()), m_commands.searchVersions(m_source.chartArgument()),
        [](jobs::ProcessJob &process) {
            process.setCaptureStdout(true);
            process.setShowStdout(false);
        },
        [this](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded) {
                failWith(process);
                return;
            }
            auto parsed = parseSearchVersions(process.capturedStdout());
            if (!parsed) {
                finishFailed(jobs::JobError::ParseFailed, parsed.error().message);
                return;
            }
            for (const ChartVersionEntry &entry : *parsed)
                if (entry.name == m_source.chartArgument())
                    m_versions.append(entry);
            finishSucceeded();
        });
}

} // namespace chartroom::upgrade
