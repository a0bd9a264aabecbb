#include "clisupport.h"

#include "runtime.h"

#include "secrets/passphraseprompt.h"
#include "secrets/secretstore.h"
#include "secrets/secureerase.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace chartroom::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::CliApp", text);
}

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', 1) + u" s"_s;
}

std::optional<QList<inventory::Release>> selectReleases(Runtime &runtime, const QStringList &wanted, std::optional<int> tier,
                                                        QTextStream &err, bool all)
{
    inventory::InventoryScanner &scanner = runtime.scanner();
    if (!wanted.isEmpty() && !tier && !all) {
        QStringList contexts;
        for (const QString &key : wanted)
            if (!contexts.contains(key.section(u'/', 0, 0)))
                contexts.append(key.section(u'/', 0, 0));
        scanner.setSelectedContexts(contexts);
    }
    QEventLoop loop;
    QObject::connect(&scanner, &inventory::InventoryScanner::scanFinished, &loop, &QEventLoop::quit);
    scanner.refresh();
    if (scanner.isScanning())
        loop.exec();

    QList<inventory::Release> releases;
    QStringList missing = wanted;
    for (const inventory::Release &release : scanner.fleet().releases) {
        if (all || (tier && release.tier == tier) || wanted.contains(release.key())) {
            releases.append(release);
            missing.removeAll(release.key());
        }
    }
    for (const inventory::ContextStatus &context : scanner.fleet().contexts)
        if (!context.isOk())
            err << tr("chartroom-cli: context %1: %2\n").arg(context.name, context.error);
    for (const QString &key : std::as_const(missing))
        err << tr("chartroom-cli: no release %1 in the fleet\n").arg(key);
    if (!missing.isEmpty())
        return std::nullopt;
    return releases;
}

bool probeTools(Runtime &runtime, QTextStream &err)
{
    QEventLoop loop;
    QObject::connect(&runtime.tools(), &kube::ToolProbe::finished, &loop, &QEventLoop::quit);
    runtime.probeTools();
    if (runtime.tools().isRunning())
        loop.exec();
    for (const kube::ToolInfo *tool : {&runtime.tools().helm(), &runtime.tools().kubectl()}) {
        if (!tool->isUsable()) {
            err << tr("chartroom-cli: %1\n").arg(tool->summary());
            return false;
        }
    }
    return true;
}

std::optional<artifact::DataKey> unlockRepository(const backup::BackupRepository &repository, QTextStream &err,
                                                  bool *failed)
{
    *failed = false;
    if (!repository.encrypted())
        return std::nullopt;
    secrets::SecretStore store;
    auto secret = store.readBlocking(repository.secretName(), std::chrono::seconds(20));
    if (secret) {
        auto key = repository.unlock(secret.value());
        secrets::secureErase(secret.value());
        if (key)
            return key.value();
        err << tr("chartroom-cli: the keychain's entry for this repository does not unlock it (%1)\n")
                   .arg(key.error().message);
    } else if (secret.error().code != u"secrets.not-found") {
        err << tr("chartroom-cli: %1\n").arg(secret.error().message);
    }
    if (repository.config().keyMode != backup::RepositoryConfig::KeyMode::Passphrase) {
        err << tr("chartroom-cli: the repository key is kept in the OS keychain, which did not provide it\n");
        *failed = true;
        return std::nullopt;
    }
    auto passphrase = secrets::PassphrasePrompt(tr("Passphrase for %1: ").arg(repository.root())).obtain();
    if (!passphrase) {
        err << tr("chartroom-cli: %1\n").arg(passphrase.error().message);
        *failed = true;
        return std::nullopt;
    }
    auto key = repository.unlock(passphrase.value());
    secrets::secureErase(passphrase.value());
    if (!key) {
        err << tr("chartroom-cli: %1\n").arg(key.error().message);
        *failed = true;
        return std::nullopt;
    }
    return key.value();
}

} // namespace chartroom::cli
