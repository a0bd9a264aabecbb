#include "upgrade/upgradepreviewjob.h"

#include "jobs/processjob.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

UpgradeCommands upgradeCommandsFor(const backup::ClusterTools &tools)
{
    return UpgradeCommands(tools.commands, parseHelmVersion(tools.helmVersion));
}

UpgradePreviewJob::UpgradePreviewJob(backup::ClusterTools tools, UpgradeRequest request, QObject *parent)
    : RestoreStepJob(tr("Preview the upgrade of %1").arg(request.release.key()), tools, parent)
    , m_request(std::move(request))
    , m_commands(upgradeCommandsFor(tools))
{
    m_inputs.mode = m_request.valuesMode;
    m_inputs.releaseName = m_request.release.name;
}

UpgradePreviewJob::~UpgradePreviewJob() = default;

void UpgradePreviewJob::capture(const QString &title, const CommandLine &command, std::function<void(const QByteArray &)> next,
                                const QByteArray &stdinData)
{
    runProcess(
        title, command,
        [stdinData](jobs::ProcessJob &process) {
            process.setCaptureStdout(true);
            process.setShowStdout(false);
            process.setTimeout(std::chrono::minutes(5));
            if (!stdinData.isEmpty())
                process.setStdinData(stdinData);
        },
        [this, next = std::move(next)](jobs::ProcessJob &process) {
            if (process.state() != jobs::JobState::Succeeded) {
                failWith(process);
                return;
            }
            next(process.capturedStdout());
        });
}

void UpgradePreviewJob::doStart()
{
    if (m_request.valuesMode == ValuesMode::ValuesFile && m_request.valuesFile == u"-"_s) {
        m_inputs.valuesFile = m_request.valuesData;
    } else if (m_request.valuesMode == ValuesMode::ValuesFile) {
        QFile file(m_request.valuesFile);
        if (!file.open(QIODevice::ReadOnly)) {
            finishFailed(jobs::JobError::StartFailed, tr("Cannot read the values file %1: %2").arg(m_request.valuesFile, file.errorString()));
            return;
        }
        m_inputs.valuesFile = file.readAll();
    }
    const ReleaseTarget &r = m_request.release;
    capture(tr("Release history"), m_commands.history(r), [this, r](const QByteArray &history) {
        const auto parsed = kube::parseHelmHistory(history);
        if (!parsed) {
            finishFailed(jobs::JobError::ParseFailed, parsed.error().message);
            return;
        }
        m_inputs.history = *parsed;
        capture(tr("Current values"), m_commands.getValuesJson(r, false), [this, r](const QByteArray &user) {
            m_inputs.userValues = user;
            capture(tr("Current values with defaults"), m_commands.getValuesJson(r, true), [this, r](const QByteArray &all) {
                m_inputs.computedValues = all;
                capture(tr("New chart defaults"), m_commands.showValues(m_request.source), [this, r](const QByteArray &defaults) {
                    m_inputs.newDefaults = defaults;
                    capture(tr("Deployed manifest"), m_commands.getManifest(r), [this](const QByteArray &manifest) {
                        m_inputs.currentManifest = QString::fromUtf8(manifest);
                        renderDryRun();
                    });
                });
            });
        });
    });
}

void UpgradePreviewJob::renderDryRun()
{
    UpgradeCommands::UpgradeFlags flags;
    flags.dryRunServer = true;
    const CommandLine command = m_commands.upgrade(m_request.release, m_request.source, m_request.valuesMode,
                                                   m_request.valuesFile, flags);
    const QByteArray stdinValues = m_request.valuesFile == u"-"_s ? m_request.valuesData : QByteArray();
    runProcess(
        tr("Render the new version (server-side dry run)"), command,
        [stdinValues](jobs::ProcessJob &process) {
            process.setCaptureStdout(true);
            process.setShowStdout(false);
            process.setTimeout(std::chrono::minutes(5));
            if (!stdinValues.isEmpty())
                process.setStdinData(stdinValues);
        },
        [this](jobs::ProcessJob &process) {
            if (process.state() == jobs::JobState::Succeeded) {
                const QJsonDocument doc = QJsonDocument::fromJson(process.capturedStdout());
                if (doc.isObject() && doc.object().contains(u"manifest"_s)) {
                    finishWith(doc.object().value(u"manifest"_s).toString(), true);
                    return;
                }
                m_dryRunError = tr("the dry run printed no manifest");
            } else {
                m_dryRunError = process.errorString();
            }
            renderTemplate();
        });
}

void UpgradePreviewJob::renderTemplate()
{
    const QByteArray values = m_request.valuesMode == ValuesMode::ReuseValues ? m_inputs.computedValues : m_inputs.userValues;
    capture(tr("Render the new version (helm template)"),
            m_commands.templateRender(m_request.release, m_request.source,
                                      m_request.valuesMode == ValuesMode::ValuesFile ? m_request.valuesFile : QString()),
            [this](const QByteArray &manifest) { finishWith(QString::fromUtf8(manifest), false); },
            m_request.valuesMode == ValuesMode::ValuesFile ? (m_request.valuesFile == u"-"_s ? m_inputs.valuesFile : QByteArray())
                                                           : (values.trimmed().isEmpty() || values.trimmed() == "null" ? "{}"_ba : values));
}

void UpgradePreviewJob::finishWith(const QString &manifest, bool byServer)
{
    m_inputs.newManifest = manifest;
    m_inputs.renderedByServer = byServer;
    m_preview = UpgradePreview::build(m_inputs);
    finishSucceeded();
}

} // namespace chartroom::upgrade
