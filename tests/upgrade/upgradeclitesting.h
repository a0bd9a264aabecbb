#pragma once

// What the chartroom-cli upgrade tests share: one API test server ("sim"), chartroom-cli with its
// own state, data and config under a temporary folder, and helm run directly against the server.
#include "../backup/clitestenvironment.h"
#include "dbservers.h"
#include "kubesimprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace chartroom::test {

class UpgradeCliHarness
{
public:
    static inline const QString cliPath = QStringLiteral(CHARTROOM_CLI);
    static inline const QString toolsDir = QStringLiteral(CHARTROOM_TOOLS_BIN);
    static inline const QString chartsDir = QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/upgrade/charts/");

    explicit UpgradeCliHarness(const QString &name) : m_dir(testTempBase() + u'/' + name + QStringLiteral("-XXXXXX")) {}

    /// Starts the server; false with the reason in errorString().
    bool start()
    {
        if (!m_kube.start(m_dir.path(), QStringLiteral("sim")))
            return false;
        m_env = cliTestEnvironment(m_dir.path(), toolsDir);
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
        return true;
    }
    [[nodiscard]] QString errorString() const { return m_kube.errorString(); }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] const QProcessEnvironment &environment() const { return m_env; }

    /// chartroom-cli with `helm` ("helm-3.17.3", "helm-4.1.4") as its helm.
    CommandResult cli(const QString &helm, const QStringList &args) const
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("CHARTROOM_HELM"), toolsDir + u'/' + helm);
        return runCommand(QStringList{cliPath} + args, {}, 300000, env);
    }

    CommandResult helm(const QString &helm, const QStringList &args) const
    {
        return runCommand(QStringList{toolsDir + u'/' + helm} + args + QStringList{QStringLiteral("--kube-context"), QStringLiteral("sim")},
                          {}, 120000, m_env);
    }

    QJsonArray history(const QString &helmName, const QString &ns, const QString &release) const
    {
        return QJsonDocument::fromJson(
                   helm(helmName, {QStringLiteral("history"), release, QStringLiteral("-n"), ns, QStringLiteral("-o"), QStringLiteral("json")}).out)
            .array();
    }

private:
    QTemporaryDir m_dir;
    KubeSimProcess m_kube;
    QProcessEnvironment m_env;
};

} // namespace chartroom::test
