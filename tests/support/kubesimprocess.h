#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace chartroom::test {

/// One Kubernetes API test server (tests/kubesim/kubesim.py) for a C++ integration test:
/// started on a free port with a scenario, stopped with SIGTERM when destroyed.
class KubeSimProcess final
{
public:
    KubeSimProcess() = default;
    ~KubeSimProcess();
    KubeSimProcess(const KubeSimProcess &) = delete;
    KubeSimProcess &operator=(const KubeSimProcess &) = delete;

    /// Starts the server and waits (bounded) for its "ready <url>" line. `scenario` may be a
    /// file name under tests/kubesim/scenarios or an absolute path; empty for an empty cluster.
    bool start(const QString &directory, const QString &contextName, const QString &scenario = {});
    void stop();

    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString kubeconfig() const { return m_kubeconfig; }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// Calls an admin endpoint (`/__test/...`) with a JSON body; true on 2xx.
    bool admin(const QByteArray &method, const QString &path, const QByteArray &json = {});

    /// Merges the kubeconfigs of several servers (and extra kubeconfig files) into `output`.
    static bool mergeKubeconfigs(const QString &output, const QStringList &inputs);

private:
    QProcess m_process;
    QString m_url;
    QString m_kubeconfig;
    QString m_error;
};

} // namespace chartroom::test
