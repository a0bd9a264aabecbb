#pragma once

#include <QProcess>
#include <QString>

namespace chartroom::test {

/// A throw-away OCI registry (Debian's docker-registry, the distribution registry v2) on a free
/// localhost port, plain HTTP, its storage in a folder of the test's: for `helm push` and
/// `oci://127.0.0.1:PORT/...` chart sources. Stopped (SIGTERM, then SIGKILL) when destroyed.
class OciRegistry final
{
public:
    OciRegistry() = default;
    ~OciRegistry();
    OciRegistry(const OciRegistry &) = delete;
    OciRegistry &operator=(const OciRegistry &) = delete;

    /// The registry binary on PATH (or /usr/bin), empty when it is not installed.
    static QString program();

    /// Writes a config under `directory`, starts the registry and waits (bounded) until its
    /// `/v2/` answers; false with the reason in errorString().
    bool start(const QString &directory);
    void stop();

    /// "127.0.0.1:PORT".
    [[nodiscard]] QString host() const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &error);

    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace chartroom::test
