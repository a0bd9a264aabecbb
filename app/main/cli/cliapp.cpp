#include "cliapp.h"

#include "backupcommands.h"
#include "drillcommand.h"
#include "inventorycommand.h"
#include "rbaccommand.h"
#include "restorecommand.h"
#include "rollbackcommand.h"
#include "runtime.h"
#include "upgradecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chartroom {

namespace {

QJsonObject toolJson(const kube::ToolInfo &tool)
{
    return QJsonObject{
        {QStringLiteral("name"), tool.name},
        {QStringLiteral("path"), tool.path},
        {QStringLiteral("version"), tool.version.isNull() ? QString() : tool.version.toString()},
        {QStringLiteral("usable"), tool.isUsable()},
        {QStringLiteral("error"), tool.error},
    };
}

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom-cli", text);
}

} // namespace

CliApp::CliApp(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

int CliApp::printUsage(QTextStream &stream, int code)
{
    stream << tr("Usage: chartroom-cli [--version] [--help] <command> [options]\n"
                 "\n"
                 "Chartroom's command-line interface: the same engine as the desktop app,\n"
                 "for scripts, cron and CI.\n"
                 "\n"
                 "Commands:\n"
                 "  tools [--json]              show which helm and kubectl are used, and their versions\n"
                 "  inventory [--context NAME]... [--exclude-namespace NS]... [--json]\n"
                 "                              scan the fleet: every release by context and DR tier\n"
                 "  jobs [--json] [--limit N]   list the job journal, newest first\n"
                 "  jobs show ID [--json]       show one job: commands, outcome and full output\n"
                 "  init [--repo DIR] [--unencrypted | --key-in-keychain] [--no-keychain]\n"
                 "                              create a backup repository (encrypted by default)\n"
                 "  backup (--release CTX/NS/NAME... | --tier N | --all) [--repo DIR] [--dry-run] [--json]\n"
                 "                              back up releases in tier order, then verify them\n"
                 "  backups [--repo DIR] [--release CTX/NS/NAME] [--json]\n"
                 "                              list backups: verified, unverified, bad, failed, incomplete\n"
                 "  verify (ID | --all) [--repo DIR]\n"
                 "                              re-read backups: checksums, decryption, content\n"
                 "  prune [--repo DIR] [--dry-run]\n"
                 "                              remove backups the retention policy no longer keeps\n"
                 "  restore --backup ID [--target-namespace NS] [--repo DIR] [--yes]\n"
                 "          [--no-safety-backup --confirm-no-safety-backup=RELEASE]\n"
                 "                              show the restore plan; with --yes verify, back up, restore, check\n"
                 "  drill (--release CTX/NS/NAME | --tier N) [--repo DIR] [--keep-namespace]\n"
                 "                              restore the latest verified backup into a scratch namespace,\n"
                 "                              check it, time it against the RTO, record it, clean up\n"
                 "  upgrade --release CTX/NS/NAME --chart REF [--version V] [--values FILE]\n"
                 "          --strategy rolling|blue-green|maintenance|in-place [--plan-only] [--yes]\n"
                 "                              preview values, manifest diff and risks, then upgrade\n"
                 "                              (backup gate, checks, automatic rollback on failure)\n"
                 "  upgrade (--release CTX/NS/NAME... | --tier N) (--chart REF | --to-latest) --strategy S\n"
                 "                              upgrade several releases in tier order, stopping at the\n"
                 "                              first failure (--to-latest: each remembered source's newest)\n"
                 "  upgrade --list-scheduled    the upgrades waiting for a maintenance window, and the missed ones\n"
                 "  rollback --release CTX/NS/NAME [--revision N] [--yes]\n"
                 "                              roll back, or recover a release stuck in pending-*\n"
                 "  rbac [--context CTX]... [--namespace NS] [--release NAME] [--json|--markdown|--csv|--html]\n"
                 "       [--fail-on SEVERITY]   review RBAC: risky bindings, drift from chart profiles\n"
                 "                              (exit 4: open findings at or above SEVERITY)\n"
                 "  rbac accept --context CTX [--release NS/NAME] --rule RULE (--note TEXT | --reopen)\n"
                 "                              accept a finding with a note (or reopen it)\n"
                 "\n"
                 "An encrypted repository's passphrase comes from the OS keychain, else from the file\n"
                 "named by CHARTROOM_PASSPHRASE_FILE, else from the terminal.\n"
                 "\n"
                 "Exit codes: 0 ok, 1 failed, 2 usage error, 3 missing prerequisite, 4 open RBAC findings.\n");
    stream.flush();
    return code;
}

int CliApp::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return printUsage(m_err, Usage);
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return printUsage(m_out, Ok);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "chartroom-cli " << QStringLiteral(CHARTROOM_VERSION) << '\n';
        return Ok;
    }
    if (command == QLatin1String("tools"))
        return runTools(rest);
    if (command == QLatin1String("jobs"))
        return runJobs(rest);
    if (command == QLatin1String("inventory"))
        return InventoryCommand(m_runtime, m_out, m_err).run(rest);
    if (command == QLatin1String("restore"))
        return RestoreCommand(m_runtime, m_out, m_err).run(rest);
    if (command == QLatin1String("drill"))
        return DrillCommand(m_runtime, m_out, m_err).run(rest);
    if (command == QLatin1String("rbac"))
        return RbacCommand(m_runtime, m_out, m_err).run(rest);
    if (command == QLatin1String("upgrade"))
        return UpgradeCommand(m_runtime, m_out, m_err).run(rest);
    if (command == QLatin1String("rollback"))
        return RollbackCommand(m_runtime, m_out, m_err).run(rest);
    BackupCommands backups(m_runtime, m_out, m_err);
    if (command == QLatin1String("init"))
        return backups.init(rest);
    if (command == QLatin1String("backup"))
        return backups.backup(rest);
    if (command == QLatin1String("backups"))
        return backups.list(rest);
    if (command == QLatin1String("verify"))
        return backups.verify(rest);
    if (command == QLatin1String("prune"))
        return backups.prune(rest);
    m_err << tr("chartroom-cli: unknown command “%1”\n").arg(command);
    return printUsage(m_err, Usage);
}

int CliApp::runTools(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parser.parse(QStringList{QStringLiteral("tools")} + arguments)) {
        m_err << parser.errorText() << '\n';
        return Usage;
    }
    QEventLoop loop;
    QObject::connect(&m_runtime.tools(), &kube::ToolProbe::finished, &loop, &QEventLoop::quit);
    m_runtime.probeTools();
    if (m_runtime.tools().isRunning())
        loop.exec();
    const kube::ToolInfo &helm = m_runtime.tools().helm();
    const kube::ToolInfo &kubectl = m_runtime.tools().kubectl();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("helm"), toolJson(helm)}, {QStringLiteral("kubectl"), toolJson(kubectl)}};
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (const kube::ToolInfo *tool : {&helm, &kubectl})
            m_out << tool->summary() << (tool->path.isEmpty() ? QString() : QStringLiteral("  (") + tool->path + QLatin1Char(')'))
                  << '\n';
    }
    return helm.isUsable() && kubectl.isUsable() ? Ok : MissingPrerequisite;
}

int CliApp::runJobs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("limit"), tr("Show at most N jobs."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("show"), tr("Show one job."));
    if (!parser.parse(QStringList{QStringLiteral("jobs")} + arguments)) {
        m_err << parser.errorText() << '\n';
        return Usage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    jobs::JobJournal &journal = m_runtime.journal();

    if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("show") || positional.size() != 2) {
            m_err << tr("usage: chartroom-cli jobs show ID [--json]\n");
            return Usage;
        }
        // Accept a unique prefix of the id, as git does for commits.
        std::optional<jobs::JournalEntry> found;
        for (const jobs::JournalEntry &entry : journal.entries()) {
            if (!entry.id.startsWith(positional.at(1)))
                continue;
            if (found) {
                m_err << tr("chartroom-cli: job id prefix “%1” is ambiguous\n").arg(positional.at(1));
                return Usage;
            }
            found = entry;
        }
        if (!found) {
            m_err << tr("chartroom-cli: no job with id “%1”\n").arg(positional.at(1));
            return Failed;
        }
        const QList<jobs::JournalLine> log = journal.readLog(found->id);
        if (json) {
            QJsonObject object = found->toJson();
            QJsonArray lines;
            for (const jobs::JournalLine &line : log)
                lines.append(QJsonObject{{QStringLiteral("channel"),
                                          line.channel == jobs::OutputChannel::Stdout   ? QStringLiteral("stdout")
                                          : line.channel == jobs::OutputChannel::Stderr ? QStringLiteral("stderr")
                                                                                        : QStringLiteral("info")},
                                         {QStringLiteral("text"), line.text}});
            object.insert(QStringLiteral("output"), lines);
            m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            m_out << found->title << "\n  id:      " << found->id << "\n  state:   " << jobs::stateName(found->state);
            if (!found->errorString.isEmpty())
                m_out << "\n  error:   " << found->errorString;
            m_out << "\n  started: " << found->startedAt.toString(Qt::ISODate)
                  << "\n  ended:   " << found->finishedAt.toString(Qt::ISODate) << '\n';
            for (const QString &command : found->commandStrings())
                m_out << "  $ " << command << '\n';
            m_out << '\n';
            for (const jobs::JournalLine &line : log)
                m_out << line.text << '\n';
        }
        return Ok;
    }

    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        m_err << tr("chartroom-cli: --limit needs a positive number\n");
        return Usage;
    }
    const QList<jobs::JournalEntry> entries = journal.entries().mid(0, limit);
    if (json) {
        QJsonArray array;
        for (const jobs::JournalEntry &entry : entries)
            array.append(entry.toJson());
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const jobs::JournalEntry &entry : entries)
        m_out << entry.id.left(8) << "  " << jobs::stateName(entry.state).leftJustified(11) << "  "
              << entry.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << entry.title
              << '\n';
    return Ok;
}

} // namespace chartroom
