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
        showChart();
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

std::optional<ChartVersionEntry> ChartVersionsJob::newest() const
{
    std::optional<ChartVersionEntry> best;
    for (const ChartVersionEntry &entry : m_versions) {
        const bool better = !best || (isPrerelease(best->version) && !isPrerelease(entry.version))
            || (isPrerelease(best->version) == isPrerelease(entry.version) && compareChartVersions(entry.version, best->version) > 0);
        if (better)
            best = entry;
    }
    return best;
}

void ChartVersionsJob::showChart()
{
    ChartSource source = m_source;
    source.version.clear(); // the newest: a local chart has one, an OCI reference resolves its newest tag
    runCaptured(tr("Chart of %1").arg(source.chartArgument()), m_commands.showChart(source), [this](const QByteArray &out) {
        auto parsed = parseShowChart(out, m_source.chartArgument());
        if (!parsed)
            return Result<void>(parsed.error());
        m_versions = {*parsed};
        return Result<void>();
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
    runCaptured(tr("Search %1").arg(m_source.chartArgument()), m_commands.searchVersions(m_source.chartArgument()),
                [this](const QByteArray &out) {
                    auto parsed = parseSearchVersions(out);
                    if (!parsed)
                        return Result<void>(parsed.error());
                    for (const ChartVersionEntry &entry : *parsed)
                        if (entry.name == m_source.chartArgument())
                            m_versions.append(entry);
                    return Result<void>();
                });
}

void ChartVersionsJob::runCaptured(const QString &title, const CommandLine &command,
                                   std::function<Result<void>(const QByteArray &)> handle)
{
    runProcess(
        title, command,
        [](jobs::ProcessJob &process) {
            process.setCaptureStdout(true);
            process.setShowStdout(false);
        },
        [this, handle = std::move(handle)](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded) {
                failWith(process);
                return;
            }
            if (const auto handled = handle(process.capturedStdout()); !handled)
                finishFailed(jobs::JobError::ParseFailed, handled.error().message);
            else
                finishSucceeded();
        });
}

} // namespace chartroom::upgrade
