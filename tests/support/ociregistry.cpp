#include "ociregistry.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace chartroom::test {

OciRegistry::~OciRegistry()
{
    stop();
}

QString OciRegistry::program()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    if (!found.isEmpty())
        return found;
    return QStandardPaths::findExecutable(QStringLiteral("docker-registry"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
}

QString OciRegistry::host() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool OciRegistry::fail(const QString &error)
{
    m_error = error;
    stop();
    return false;
}

bool OciRegistry::start(const QString &directory)
{
    const QString registry = program();
    if (registry.isEmpty())
        return fail(QStringLiteral("docker-registry is not installed (packaging/dev/bootstrap.sh installs it)"));
    const QString storage = directory + QStringLiteral("/storage");
    if (!QDir().mkpath(storage))
        return fail(QStringLiteral("cannot create ") + storage);
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return fail(QStringLiteral("no free port"));
    m_port = probe.serverPort();
    probe.close();

    const QString config = directory + QStringLiteral("/config.yml");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write ") + config);
    file.write(QStringLiteral("version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: %1\n"
                              "http:\n  addr: %2\n")
                   .arg(storage, host())
                   .toUtf8());
    file.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(registry, {QStringLiteral("serve"), config});
    if (!m_process.waitForStarted(10000))
        return fail(QStringLiteral("docker-registry did not start: ") + m_process.errorString());
    // Ready once /v2/ answers over HTTP.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200)) {
            socket.write("GET /v2/ HTTP/1.0\r\nHost: " + host().toLatin1() + "\r\n\r\n");
            if (socket.waitForReadyRead(2000) && socket.readAll().startsWith("HTTP/1.0 200"))
                return true;
        }
        QThread::msleep(100);
    }
    return fail(QStringLiteral("docker-registry did not answer on %1: %2").arg(host(), QString::fromUtf8(m_process.readAll())));
}

void OciRegistry::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace chartroom::test
