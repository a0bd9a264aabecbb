#include "backupcommands.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"

#include "backup/backupplan.h"
#include "backup/releasebackupjob.h"
#include "backup/retention.h"
#include "backup/verifybackupjob.h"
#include "inventory/formatting.h"
#include "jobs/jobqueue.h"
#include "secrets/passphraseprompt.h"
#include "secrets/secureerase.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace chartroom {

using cli::tr;

using backup::BackupRecord;
using backup::BackupRepository;
using backup::BackupState;

namespace {

QCommandLineOption repoOption()
{
    return {u"repo"_s, tr("The backup repository (default: %1).").arg(BackupRepository::defaultLocation()), u"DIR"_s};
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

/// Runs a job in the application's queue (so it is journaled like the GUI's) and waits for it,
/// echoing its output to stderr.
bool runToEnd(Runtime &runtime, std::unique_ptr<jobs::Job> job, QTextStream &err, const QString &cluster = {})
{
    QEventLoop loop;
    jobs::Job *raw = runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, cluster});
    QObject::connect(raw, &jobs::Job::outputReceived, &loop, [&err](jobs::OutputChannel, const QString &line) {
        err << line << '\n';
        err.flush();
    });
    bool ok = false;
    QObject::connect(raw, &jobs::Job::finished, &loop, [&loop, &ok](jobs::Job *finished) {
        ok = finished->state() == jobs::JobState::Succeeded;
        loop.quit();
    });
    loop.exec();
    return ok;
}

QJsonObject recordJson(const BackupRecord &record)
{
    QJsonObject o{{u"id"_s, record.id},
                  {u"release"_s, record.releaseKey},
                  {u"state"_s, backup::backupStateName(record.state)},
                  {u"time"_s, record.time().toString(Qt::ISODate)},
                  {u"storedBytes"_s, record.storedBytes()},
                  {u"directory"_s, record.directory}};
    if (!record.problem.isEmpty())
        o.insert(u"problem"_s, record.problem);
    if (record.manifest) {
        o.insert(u"chart"_s, QString(record.manifest->chart + u'-' + record.manifest->chartVersion));
        o.insert(u"revision"_s, record.manifest->helmRevision);
        o.insert(u"encrypted"_s, record.manifest->encrypted());
    }
    if (record.verification)
        o.insert(u"verifiedAt"_s, record.verification->verifiedAt.toString(Qt::ISODate));
    return o;
}

} // namespace

BackupCommands::BackupCommands(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

std::optional<BackupRepository> BackupCommands::openRepository(const QString &path)
{
    auto repository = BackupRepository::open(path.isEmpty() ? BackupRepository::defaultLocation() : path);
    if (!repository) {
        m_err << tr("chartroom-cli: %1\n").arg(repository.error().message);
        return std::nullopt;
    }
    return repository.value();
}

int BackupCommands::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(repoOption());
    parser.addOption({u"unencrypted"_s, tr("Do not encrypt (Secrets and Helm release records are then not stored).")});
    parser.addOption({u"key-in-keychain"_s, tr("Encrypt with a random key kept only in the OS keychain.")});
    parser.addOption({u"no-keychain"_s, tr("Do not remember the passphrase in the OS keychain.")});
    parser.addOption({u"compression"_s, tr("zstd (default), gzip or none."), u"NAME"_s, u"zstd"_s});
    if (!parser.parse(QStringList{u"init"_s} + arguments) || !parser.positionalArguments().isEmpty()
        || (parser.isSet(u"unencrypted"_s) && parser.isSet(u"key-in-keychain"_s))) {
        m_err << (parser.errorText().isEmpty() ? tr("usage: chartroom-cli init [--repo DIR] [--unencrypted | --key-in-keychain] "
                                                    "[--no-keychain] [--compression zstd|gzip|none]")
                                               : parser.errorText())
              << '\n';
        return CliApp::Usage;
    }
    const auto compression = artifact::compressionFromName(parser.value(u"compression"_s));
    if (!compression) {
        m_err << tr("chartroom-cli: unknown compression “%1”\n").arg(parser.value(u"compression"_s));
        return CliApp::Usage;
    }
    const QString root = parser.isSet(u"repo"_s) ? parser.value(u"repo"_s) : BackupRepository::defaultLocation();
    BackupRepository::InitOptions options;
    options.compression = *compression;
    secrets::SecretStore store;
    if (parser.isSet(u"unencrypted"_s)) {
        options.keyMode = backup::RepositoryConfig::KeyMode::None;
    } else if (parser.isSet(u"key-in-keychain"_s)) {
        options.keyMode = backup::RepositoryConfig::KeyMode::RepositoryKey;
        // A key nobody can read back would make every backup unreadable: check first.
        if (auto probe = store.probeBlocking(); !probe) {
            m_err << tr("chartroom-cli: %1\n").arg(probe.error().message);
            return CliApp::MissingPrerequisite;
        }
    } else {
        auto passphrase = secrets::PassphrasePrompt(tr("New passphrase: "), secrets::PassphrasePrompt::Confirmation::Required).obtain();
        if (!passphrase) {
            m_err << tr("chartroom-cli: %1\n").arg(passphrase.error().message);
            return CliApp::MissingPrerequisite;
        }
        options.passphrase = std::move(passphrase).value();
    }
    // The one copy of the passphrase is wiped however this function returns.
    auto wipe = qScopeGuard([&options] { secrets::secureErase(options.passphrase); });
    artifact::DataKey generated;
    auto repository = BackupRepository::init(root, options, &generated);
    const QByteArray &passphrase = options.passphrase;
    if (!repository) {
        m_err << tr("chartroom-cli: %1\n").arg(repository.error().message);
        return CliApp::Failed;
    }
    if (options.keyMode == backup::RepositoryConfig::KeyMode::RepositoryKey) {
        QByteArray secret = BackupRepository::keyToSecret(generated);
        const auto stored = store.writeBlocking(repository->secretName(), secret);
        secrets::secureErase(secret);
        if (!stored) {
            m_err << tr("chartroom-cli: the new key could not be stored in the OS keychain (%1); the repository is "
                        "unusable and is left empty at %2\n")
                         .arg(stored.error().message, repository->root());
            return CliApp::Failed;
        }
    } else if (options.keyMode == backup::RepositoryConfig::KeyMode::Passphrase && !parser.isSet(u"no-keychain"_s)) {
        if (const auto stored = store.writeBlocking(repository->secretName(), passphrase); !stored)
            m_err << tr("chartroom-cli: the passphrase is not remembered (%1); you will be asked for it\n")
                         .arg(stored.error().message);
    }
    m_out << tr("Created %1 repository %2 at %3\n")
                 .arg(repository->encrypted() ? tr("an encrypted") : tr("an unencrypted"), repository->config().id,
                      repository->root());
    return CliApp::Ok;
}

int BackupCommands::backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(repoOption());
    parser.addOption({u"release"_s, tr("Back up this release (repeatable)."), u"CTX/NS/NAME"_s});
    parser.addOption({u"tier"_s, tr("Back up every release of this DR tier (1-4)."), u"N"_s});
    parser.addOption({u"all"_s, tr("Back up the whole fleet.")});
    parser.addOption({u"dry-run"_s, tr("Show the plan and run nothing.")});
    parser.addOption({u"json"_s, tr("Print the result as JSON.")});
    const int scopes = (parser.parse(QStringList{u"backup"_s} + arguments) ? 0 : -10) + (parser.isSet(u"release"_s) ? 1 : 0)
        + (parser.isSet(u"tier"_s) ? 1 : 0) + (parser.isSet(u"all"_s) ? 1 : 0);
    bool tierOk = true;
    const int tier = parser.isSet(u"tier"_s) ? parser.value(u"tier"_s).toInt(&tierOk) : 0;
    if (scopes != 1 || !parser.positionalArguments().isEmpty() || !tierOk || (parser.isSet(u"tier"_s) && (tier < 1 || tier > 4))) {
        m_err << tr("usage: chartroom-cli backup (--release CTX/NS/NAME... | --tier N | --all) [--repo DIR] [--dry-run] [--json]\n");
        return CliApp::Usage;
    }
    const QStringList wanted = parser.values(u"release"_s);
    for (const QString &key : wanted) {
        if (key.split(u'/').size() != 3) {
            m_err << tr("chartroom-cli: “%1” is not CONTEXT/NAMESPACE/RELEASE\n").arg(key);
            return CliApp::Usage;
        }
    }
    auto repository = openRepository(parser.value(u"repo"_s));
    if (!repository)
        return CliApp::MissingPrerequisite;
    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;

    const auto selected = cli::selectReleases(m_runtime, wanted, parser.isSet(u"tier"_s) ? std::optional<int>(tier) : std::nullopt,
                                              m_err, parser.isSet(u"all"_s));
    if (!selected)
        return CliApp::Failed;
    const QList<inventory::Release> &releases = *selected;

    backup::BackupPlan plan(*repository, m_runtime.catalog(), releases);
    for (const QString &line : plan.describe())
        m_err << line << '\n';
    if (plan.runnable().isEmpty()) {
        m_err << tr("chartroom-cli: nothing to back up\n");
        return releases.isEmpty() ? CliApp::Ok : CliApp::Failed;
    }
    if (parser.isSet(u"dry-run"_s))
        return CliApp::Ok;

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
    const bool ok = runToEnd(m_runtime, plan.makeJob(tools, key, m_runtime.settings().maxJobsPerCluster()), m_err);

    // The summary comes from the repository itself: what is there is what counts.
    QJsonArray results;
    int good = 0;
    for (const backup::BackupPlan::Item &item : plan.runnable()) {
        const QList<BackupRecord> history = repository->list(item.release.key());
        if (history.isEmpty()) {
            results.append(QJsonObject{{u"release"_s, item.release.key()}, {u"state"_s, u"none"_s}});
            continue;
        }
        const BackupRecord &last = history.last();
        good += backup::isGood(last.state) ? 1 : 0;
        results.append(recordJson(last));
        if (!parser.isSet(u"json"_s))
            m_out << tr("%1  %2  %3  %4%5\n")
                         .arg(item.release.key(), last.id, backup::backupStateName(last.state), humanSize(last.storedBytes()),
                              last.problem.isEmpty() ? QString() : u"  "_s + last.problem);
    }
    if (parser.isSet(u"json"_s))
        m_out << QJsonDocument(QJsonObject{{u"backups"_s, results}}).toJson(QJsonDocument::Indented);
    return ok && good == plan.runnable().size() ? CliApp::Ok : CliApp::Failed;
}

int BackupCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(repoOption());
    parser.addOption({u"release"_s, tr("Only this release."), u"CTX/NS/NAME"_s});
    parser.addOption({u"json"_s, tr("Print JSON.")});
    if (!parser.parse(QStringList{u"backups"_s} + arguments) || !parser.positionalArguments().isEmpty()) {
        m_err << tr("usage: chartroom-cli backups [--repo DIR] [--release CTX/NS/NAME] [--json]\n");
        return CliApp::Usage;
    }
    auto repository = openRepository(parser.value(u"repo"_s));
    if (!repository)
        return CliApp::MissingPrerequisite;
    const QList<BackupRecord> records = repository->list(parser.value(u"release"_s));
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const BackupRecord &record : records)
            list.append(recordJson(record));
        m_out << QJsonDocument(QJsonObject{{u"repository"_s, repository->root()},
                                           {u"encrypted"_s, repository->encrypted()},
                                           {u"backups"_s, list}})
                     .toJson(QJsonDocument::Indented);
        return CliApp::Ok;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BackupRecord &record : records) {
        m_out << record.id << "  " << record.releaseKey << "  " << backup::backupStateName(record.state) << "  "
              << inventory::formatAge(record.time().secsTo(now)) << "  " << humanSize(record.storedBytes());
        if (!record.problem.isEmpty())
            m_out << "  " << record.problem;
        m_out << '\n';
    }
    return CliApp::Ok;
}

int BackupCommands::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(repoOption());
    parser.addOption({u"all"_s, tr("Verify every complete backup.")});
    parser.addPositionalArgument(u"id"_s, tr("The backup to verify."));
    if (!parser.parse(QStringList{u"verify"_s} + arguments)
        || (parser.positionalArguments().size() == 1) == parser.isSet(u"all"_s) || parser.positionalArguments().size() > 1) {
        m_err << tr("usage: chartroom-cli verify (BACKUP-ID | --all) [--repo DIR]\n");
        return CliApp::Usage;
    }
    auto repository = openRepository(parser.value(u"repo"_s));
    if (!repository)
        return CliApp::MissingPrerequisite;
    QList<BackupRecord> targets;
    if (parser.isSet(u"all"_s)) {
        for (const BackupRecord &record : repository->list())
            if (record.manifest && record.state != BackupState::Failed && record.state != BackupState::InProgress)
                targets.append(record);
    } else {
        const auto record = repository->find(parser.positionalArguments().first());
        if (!record) {
            m_err << tr("chartroom-cli: no backup %1 in %2\n").arg(parser.positionalArguments().first(), repository->root());
            return CliApp::Failed;
        }
        if (!record->manifest) {
            m_err << tr("chartroom-cli: backup %1 cannot be verified: %2\n").arg(record->id, record->problem);
            return CliApp::Failed;
        }
        targets.append(*record);
    }
    bool keyFailed = false;
    const auto key = cli::unlockRepository(*repository, m_err, &keyFailed);
    if (keyFailed)
        return CliApp::MissingPrerequisite;
    int bad = 0;
    for (const BackupRecord &record : std::as_const(targets)) {
        auto job = std::make_unique<backup::VerifyBackupJob>(*repository, record.directory, *record.manifest, key);
        const bool ok = runToEnd(m_runtime, std::move(job), m_err);
        const BackupRecord after = repository->load(record.directory);
        m_out << record.id << "  " << record.releaseKey << "  " << backup::backupStateName(after.state);
        if (!after.problem.isEmpty())
            m_out << "  " << after.problem;
        m_out << '\n';
        bad += ok ? 0 : 1;
    }
    return bad == 0 ? CliApp::Ok : CliApp::Failed;
}

int BackupCommands::prune(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(repoOption());
    parser.addOption({u"dry-run"_s, tr("Show what would be removed and remove nothing.")});
    if (!parser.parse(QStringList{u"prune"_s} + arguments) || !parser.positionalArguments().isEmpty()) {
        m_err << tr("usage: chartroom-cli prune [--repo DIR] [--dry-run]\n");
        return CliApp::Usage;
    }
    auto repository = openRepository(parser.value(u"repo"_s));
    if (!repository)
        return CliApp::MissingPrerequisite;
    const QList<BackupRecord> records = repository->list();
    // The policy follows the release's DR tier, as its chart profile states it.
    QHash<QString, std::optional<int>> tiers;
    for (const BackupRecord &record : records) {
        if (record.manifest && !tiers.contains(record.releaseKey)) {
            const catalog::ChartProfile *profile = m_runtime.catalog().profile(record.manifest->profileId);
            tiers.insert(record.releaseKey, profile ? profile->tier : std::nullopt);
        }
    }
    const backup::PrunePlan plan = backup::planPrune(
        records, [&tiers](const QString &releaseKey) { return backup::defaultPolicyForTier(tiers.value(releaseKey)); },
        QDateTime::currentDateTimeUtc());
    for (const QString &line : plan.describe())
        m_out << line << '\n';
    if (parser.isSet(u"dry-run"_s))
        return CliApp::Ok;
    int failed = 0;
    for (const BackupRecord &record : plan.toRemove()) {
        if (const auto removed = repository->remove(record); !removed) {
            m_err << tr("chartroom-cli: %1\n").arg(removed.error().message);
            ++failed;
        }
    }
    m_out << tr("Removed %1 backup(s), %2 freed\n").arg(plan.toRemove().size() - failed).arg(humanSize(plan.bytesFreed));
    return failed == 0 ? CliApp::Ok : CliApp::Failed;
}

} // namespace chartroom
