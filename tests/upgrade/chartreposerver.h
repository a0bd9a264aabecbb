#pragma once

// A Helm chart repository over HTTP for the upgrade tests: the test charts packaged with the
// pinned helm, indexed for http://127.0.0.1:PORT and served by Python's http.server.
#include "dbservers.h"

#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace chartroom::test {

class ChartRepoServer
{
public:
    ChartRepoServer() = default;
    ChartRepoServer(const ChartRepoServer &) = delete;
    ChartRepoServer &operator=(const ChartRepoServer &) = delete;
    ~ChartRepoServer()
    {
        if (m_http.state() != QProcess::NotRunning) {
            m_http.terminate();
            m_http.waitForFinished(5000);
        }
    }

    /// Packages `charts` (directories) into `dir` with `helm`, indexes and serves them; false with
    /// the reason in errorString().
    bool start(const QString &helm, const QString &dir, const QStringList &charts, const QProcessEnvironment &env)
    {
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create ") + dir);
        for (const QString &chart : charts)
            if (const auto packaged = runCommand({helm, QStringLiteral("package"), chart, QStringLiteral("-d"), dir}, {}, 60000, env); !packaged.ok())
                return fail(packaged.describe());
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(QStringLiteral("no free port"));
        m_port = probe.serverPort();
        probe.close();
        if (const auto indexed = runCommand({helm, QStringLiteral("repo"), QStringLiteral("index"), dir, QStringLiteral("--url"), url()}, {}, 60000, env);
            !indexed.ok())
            return fail(indexed.describe());
        m_http.setProcessChannelMode(QProcess::MergedChannels);
        m_http.start(QStringLiteral(CHARTROOM_PYTHON), {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(m_port),
                                                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), dir});
        if (!m_http.waitForStarted())
            return fail(QStringLiteral("http.server did not start"));
        const quint16 port = m_port;
        const auto listening = [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        };
        QDeadlineTimer deadline(20000);
        while (!listening() && m_http.state() == QProcess::Running && !deadline.hasExpired())
            QTest::qWait(100);
        return m_http.state() == QProcess::Running && listening() ? true : fail(QString::fromUtf8(m_http.readAll()));
    }

    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QProcess m_http;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace chartroom::test
