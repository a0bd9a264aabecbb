#include "inventorycommand.h"

#include "cliapp.h"
#include "clisupport.h"
#include "runtime.h"

#include "inventory/formatting.h"
#include "upgrade/releasesourcestore.h"
#include "upgrade/upgradeavailability.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace chartroom {

using inventory::ContextStatus;
using inventory::Release;
using inventory::formatAge;
using inventory::formatTarget;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom-cli", text);
}

QString tierLabel(const std::optional<int> &tier)
{
    return tier ? QStringLiteral("%1").arg(*tier) : tr("untiered");
}

} // namespace

InventoryCommand::InventoryCommand(Runtime &runtime, QTextStream &out, QTextStream &err)
    : m_runtime(runtime)
    , m_out(out)
    , m_err(err)
{
}

int InventoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("context"), tr("Scan this context (repeatable); default: the fleet's contexts."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("exclude-namespace"), tr("Leave this namespace out (repeatable)."),
                      QStringLiteral("NS")});
    parser.addOption({QStringLiteral("json"), tr("Print the fleet as JSON.")});
    if (!parser.parse(QStringList{QStringLiteral("inventory")} + arguments)) {
        m_err << parser.errorText() << '\n';
        return CliApp::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("usage: chartroom-cli inventory [--context NAME]... [--exclude-namespace NS]... [--json]\n");
        return CliApp::Usage;
    }

    if (!cli::probeTools(m_runtime, m_err))
        return CliApp::MissingPrerequisite;
    QEventLoop loop;

    inventory::InventoryScanner &scanner = m_runtime.scanner();
    const QStringList contexts = parser.values(QStringLiteral("context"));
    if (!contexts.isEmpty())
        scanner.setSelectedContexts(contexts);
    if (parser.isSet(QStringLiteral("exclude-namespace"))) {
        const QStringList excluded = parser.values(QStringLiteral("exclude-namespace"));
        scanner.setExcludedNamespaces(QSet<QString>(excluded.cbegin(), excluded.cend()));
    }
    QObject::connect(&scanner, &inventory::InventoryScanner::scanFinished, &loop, &QEventLoop::quit);
    m_runtime.loadBackupsNow(); // last verified backup, RPO state and drills of each release
    if (!m_runtime.backupError().isEmpty())
        m_err << tr("chartroom-cli: the backup repository cannot be read: %1\n").arg(m_runtime.backupError());
    if (!m_runtime.drillError().isEmpty())
        m_err << tr("chartroom-cli: %1\n").arg(m_runtime.drillError());
    scanner.refresh();
    if (scanner.isScanning())
        loop.exec();

    const inventory::Fleet &fleet = scanner.fleet();
    const QJsonObject json = fleet.toJson();
    if (contexts.isEmpty() && !parser.isSet(QStringLiteral("exclude-namespace")))
        m_runtime.fleetCache().saveNow(json); // the GUI opens on it next time

    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(withUpgrades(json)).toJson(QJsonDocument::Indented);
    else
        printTable();

    bool failed = !scanner.lastError().isEmpty();
    if (failed)
        m_err << tr("chartroom-cli: %1\n").arg(scanner.lastError());
    for (const ContextStatus &context : fleet.contexts) {
        if (!context.isOk()) {
            failed = true;
            m_err << tr("chartroom-cli: context %1: %2\n").arg(context.name, context.error);
        }
    }
    return failed ? CliApp::Failed : CliApp::Ok;
}

QJsonObject InventoryCommand::withUpgrades(QJsonObject json)
{
    // Releases with a remembered chart source: is a newer version available there?
    upgrade::ReleaseSourceStore sources(upgrade::ReleaseSourceStore::defaultPath());
    if (const auto loaded = sources.load(); !loaded) {
        m_err << tr("chartroom-cli: cannot read the remembered chart sources: %1\n").arg(loaded.error().message);
        return json;
    }
    QList<upgrade::UpgradeAvailabilityCheck::Item> items;
    for (const Release &r : m_runtime.scanner().fleet().releases)
        if (const auto source = sources.source(r.key()))
            items.append({r.key(), r.context, r.chartVersion, *source});
    if (items.isEmpty())
        return json;
    upgrade::UpgradeAvailabilityCheck check(m_runtime.queue());
    QEventLoop loop;
    QObject::connect(&check, &upgrade::UpgradeAvailabilityCheck::finished, &loop, &QEventLoop::quit);
    check.start(m_runtime.clusterTools(), items);
    loop.exec();
    QJsonArray releases = json.value(QStringLiteral("releases")).toArray();
    for (qsizetype i = 0; i < releases.size(); ++i) {
        QJsonObject release = releases[i].toObject();
        const QString key = Release::fromJson(release).key();
        if (check.results().contains(key))
            release.insert(QStringLiteral("upgradeAvailable"), check.results().value(key).toJson());
        releases[i] = release;
    }
    json.insert(QStringLiteral("releases"), releases);
    return json;
}

void InventoryCommand::printTable() const
{
    const inventory::Fleet &fleet = m_runtime.scanner().fleet();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ContextStatus &context : fleet.contexts) {
        m_out << tr("Context %1: %2").arg(context.name, inventory::reachabilityName(context.reachability));
        if (!context.serverVersion.isEmpty())
            m_out << ' ' << context.serverVersion;
        m_out << QCoreApplication::translate("chartroom-cli", ", %n release(s)", nullptr, context.releaseCount);
        if (!context.forbiddenNamespaces.isEmpty())
            m_out << tr(", not allowed in %1").arg(context.forbiddenNamespaces.join(QStringLiteral(", ")));
        m_out << '\n';
        QList<Release> releases;
        for (const Release &r : fleet.releases)
            if (r.context == context.name)
                releases << r;
        std::sort(releases.begin(), releases.end(), [](const Release &a, const Release &b) {
            const int ta = a.tier.value_or(99), tb = b.tier.value_or(99);
            return ta != tb ? ta < tb : a.key() < b.key();
        });
        const QStringList header{tr("TIER"), tr("NAMESPACE"), tr("RELEASE"), tr("CHART"), tr("VERSION"), tr("APP"),
                                 tr("STATUS"), tr("REV"), tr("READY"), tr("RPO STATE"), tr("LAST BACKUP"),
                                 tr("RPO"), tr("RTO")};
        QList<QStringList> rows{header};
        for (const Release &r : std::as_const(releases)) {
            rows << QStringList{tierLabel(r.tier), r.namespaceName, r.name, r.chartName, r.chartVersion, r.appVersion,
                                r.status, QString::number(r.revision),
                                QStringLiteral("%1/%2").arg(r.replicasReady).arg(r.replicasDesired),
                                inventory::rpoStateName(r.rpoState),
                                r.lastVerifiedBackup ? formatAge(r.lastVerifiedBackup->secsTo(now)) : QStringLiteral("—"),
                                formatTarget(r.rpo ? r.rpo->count() : -1), formatTarget(r.rto ? r.rto->count() : -1)};
        }
        QList<qsizetype> widths(header.size(), 0);
        for (const QStringList &row : std::as_const(rows))
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = qMax(widths[i], row[i].size());
        for (const QStringList &row : std::as_const(rows)) {
            QString line = QStringLiteral("  ");
            for (qsizetype i = 0; i < row.size(); ++i)
                line += row[i].leftJustified(widths[i] + 2);
            m_out << line.trimmed().prepend(QStringLiteral("  ")) << '\n';
        }
        m_out << '\n';
    }
}

} // namespace chartroom
