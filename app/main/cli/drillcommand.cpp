#include "drillcommand.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"

#include "backup/drillrecord.h"
#include "backup/restoreplan.h"
#include "core/commandline.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QMap>

using namespace Qt::StringLiterals;

namespace chartroom {

using cli::tr;

using backup::BackupRepository;

namespace {

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1) + u" s"_s;
}

/// The newest Verified backup among `records` (oldest first).
std::optional<backup::BackupRecord> latestVerified(const QList<backup::BackupRecord> &records)
{
    for (qsizetype i = records.size() - 1; i >= 0; --i)
        if (backup::isGood(records.at(i).state) && records.at(i).manifest)
            return records.at(i);
    return std::nullopt;
}

/// A namespace name (RFC 1123 label, at most 63 characters) for a drill of `release`.
QString scratchNamespace(const QString &release, const QDateTime &now)
{
    const QString prefix = u"chartroom-drill-"_s;
    const QString suffix = u'-' + now.toUTC().toString(u"yyyyMMddHHmmss"_s);
    QString name = release.toLower().left(63 - prefix.size() - suffix.size());
    while (name.endsWith(u'-'))
        name.chop(1);
    return prefix + name + suffix;
}

} // namespace

DrillCommand::DrillCommand(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

bool DrillCommand::deleteNamespace(const QString &context, const QString &namespaceName)
{
    const CommandLine command(m_runtime.tools().kubectl().path,
                              {u"--context"_s, context, u"delete"_s, u"namespace"_s, namespaceName, u"--wait=false"_s});
    auto job = std::make_unique<jobs::ProcessJob>(tr("Delete the drill namespace %1").arg(namespaceName), command);
    job->setTimeout(std::chrono::seconds(60));
    QEventLoop loop;
    jobs::Job *raw = m_runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, context});
    QObject::connect(raw, &jobs::Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (raw->state() == jobs::JobState::Succeeded)
        return true;
    m_err << tr("chartroom-cli: cannot delete the drill namespace %1: %2\n").arg(namespaceName, raw->errorString());
    return false;
}

int DrillCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"release"_s, tr("The release to drill."), u"CTX/NS/NAME"_s});
    parser.addOption({u"tier"_s, tr("Drill every release of this tier."), u"N"_s});
    parser.addOption({u"repo"_s, tr("The backup repository (default: %1).").arg(BackupRepository::defaultLocation()), u"DIR"_s});
    parser.addOption({u"keep-namespace"_s, tr("Keep the scratch namespace after the drill.")});
    const QString usage = tr("usage: chartroom-cli drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace]\n");
    bool tierOk = true;
    const int tier = parser.parse(QStringList{u"drill"_s} + arguments) && parser.isSet(u"tier"_s)
        ? parser.value(u"tier"_s).toInt(&tierOk)
        : 0;
    if (!parser.errorText().isEmpty() || !parser.positionalArguments().isEmpty()
        || parser.isSet(u"release"_s) == parser.isSet(u"tier"_s) || !tierOk
        || (parser.isSet(u"release"_s) && parser.value(u"release"_s).split(u'/').size() != 3)) {
        if (!parser.errorText().isEmpty())
            m_err << parser.errorText() << '\n';
        m_err << usage;
        return CliApp::Usage;
    }
    auto repository = BackupRepository::open(parser.isSet(u"repo"_s) ? parser.value(u"repo"_s) : BackupRepository::defaultLocation());
    if (!repository) {
        m_err << tr("chartroom-cli: %1\n").arg(repository.error().message);
        return CliApp::MissingPrerequisite;
    }

    // The backups to drill, by release key.
    QMap<QString, backup::BackupRecord> chosen;
    if (parser.isSet(u"release"_s)) {
        const QString releaseKey = parser.value(u"release"_s);
        const auto record = latestVerified(repository->list(releaseKey));
        if (!record) {
            m_err << tr("chartroom-cli: %1 has no verified backup in %2\n").arg(releaseKey, repository->root());
            return CliApp::Failed;
        }
        chosen.insert(releaseKey, *record);
    } else {
        QMap<QString, QList<backup::BackupRecord>> byRelease;
        for (const backup::BackupRecord &record : repository->list())
            byRelease[record.releaseKey].append(record);
        for (auto it = byRelease.cbegin(); it != byRelease.cend(); ++it) {
            const auto record = latestVerified(it.value());
            if (!record)
                continue;
            const catalog::ChartProfile *profile = m_runtime.catalog().profile(record->manifest->profileId);
            if (profile && profile->tier == tier)
                chosen.insert(it.key(), *record);
        }
        if (chosen.isEmpty()) {
            m_err << tr("chartroom-cli: no release of tier %1 has a verified backup in %2\n").arg(tier).arg(repository->root());
            return CliApp::Failed;
        }
    }
    for (const backup::BackupRecord &record : std::as_const(chosen)) {
        if (!m_runtime.catalog().profile(record.manifest->profileId)) {
            m_err << tr("chartroom-cli: no chart profile “%1” to restore backup %2 with\n").arg(record.manifest->profileId, record.id);
            return CliApp::MissingPrerequisite;
        }
    }
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    bool keyFailed = false;
    const auto key = cli::unlockRepository(*repository, m_err, &keyFailed);
    if (keyFailed)
        return CliApp::MissingPrerequisite;

    backup::ClusterTools tools;
    const kube::ToolInfo &helm = m_runtime.tools().helm();
    const kube::ToolInfo &kubectl = m_runtime.tools().kubectl();
    tools.commands = kube::ToolCommands(helm.path, helm.majorVersion(), kubectl.path);
    tools.helmVersion = helm.version.toString();
    tools.kubectlVersion = kubectl.version.toString();

    bool allOk = true;
    for (const backup::BackupRecord &record : std::as_const(chosen)) {
        const backup::BackupManifest &manifest = *record.manifest;
        const catalog::ChartProfile &profile = *m_runtime.catalog().profile(manifest.profileId);
        backup::DrillRecord drill;
        drill.releaseKey = record.releaseKey;
        drill.backupId = record.id;
        drill.startedAt = QDateTime::currentDateTimeUtc();
        if (profile.rto)
            drill.rtoSeconds = profile.rto->count();

        backup::RestoreTarget target;
        target.namespaceName = scratchNamespace(manifest.release, drill.startedAt);
        target.releaseExists = false; // a new namespace: the release is reinstalled from its Helm record
        target.currentRevision = 0;
        backup::RestoreOptions options;
        options.safetyBackup = false;
        m_out << tr("Drill %1: backup %2 into %3\n").arg(record.releaseKey, record.id, target.namespaceName);
        m_out.flush();

        const backup::RestorePlan plan(*repository, record, target, profile, key, options);
        std::unique_ptr<jobs::Job> job = plan.makeJob(tools);
        bool touched = false;
        if (!job) {
            drill.error = plan.problem().isEmpty() ? tr("the key does not match the backup") : plan.problem();
        } else {
            touched = true;
            QEventLoop loop;
            jobs::Job *raw = m_runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, manifest.context});
            QObject::connect(raw, &jobs::Job::outputReceived, &loop, [this](jobs::OutputChannel, const QString &line) {
                m_err << line << '\n';
                m_err.flush();
            });
            QObject::connect(raw, &jobs::Job::finished, &loop, &QEventLoop::quit);
            loop.exec();
            drill.ok = raw->state() == jobs::JobState::Succeeded;
            drill.durationMs = raw->elapsedMs();
            if (!drill.ok)
                drill.error = raw->errorString();
        }
        drill.finishedAt = QDateTime::currentDateTimeUtc();

        m_out << (drill.ok ? tr("  succeeded in %1").arg(seconds(drill.durationMs))
                           : tr("  failed after %1: %2").arg(seconds(drill.durationMs), drill.error));
        if (drill.rtoSeconds)
            m_out << tr(" (RTO %1 s: %2)").arg(*drill.rtoSeconds).arg(
                drill.durationMs <= *drill.rtoSeconds * 1000 ? tr("within") : tr("exceeded"));
        else
            m_out << tr(" (no RTO in the profile)");
        m_out << '\n';

        if (const auto written = backup::appendDrill(repository->root(), drill); !written) {
            m_err << tr("chartroom-cli: cannot record the drill: %1\n").arg(written.error().message);
            allOk = false;
        }
        if (touched) {
            if (parser.isSet(u"keep-namespace"_s))
                m_out << tr("  kept namespace %1\n").arg(target.namespaceName);
            else if (deleteNamespace(manifest.context, target.namespaceName))
                m_out << tr("  deleting namespace %1\n").arg(target.namespaceName);
        }
        m_out.flush();
        allOk = allOk && drill.ok;
    }
    return allOk ? CliApp::Ok : CliApp::Failed;
}

} // namespace chartroom
