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
