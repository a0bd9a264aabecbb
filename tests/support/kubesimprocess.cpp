#include "kubesimprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <csignal>

namespace chartroom::test {

namespace {
QString kubesimDir()
{
    return QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/kubesim");
}
} // namespace

KubeSimProcess::~KubeSimProcess()
{
    stop();
}

bool KubeSimProcess::start(const QString &directory, const QString &contextName, const QString &scenario)
{
    m_kubeconfig = directory + QLatin1Char('/') + contextName + QStringLiteral(".kubeconfig");
    QStringList arguments{kubesimDir() + QStringLiteral("/kubesim.py"), QStringLiteral("--kubeconfig"), m_kubeconfig,
                          QStringLiteral("--context-name"), contextName, QStringLiteral("--quiet")};
    if (!scenario.isEmpty()) {
        const QString path = QFileInfo(scenario).isAbsolute() ? scenario
                                                              : kubesimDir() + QStringLiteral("/scenarios/") + scenario;
        arguments << QStringLiteral("--scenario") << path;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(CHARTROOM_PYTHON), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("ready ")) {
                m_url = QString::fromUtf8(line.mid(6));
                return true;
            }
            continue;
        }
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("kubesim exited with code %1").arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(200);
    }
    m_error = QStringLiteral("kubesim did not become ready");
    return false;
}

void KubeSimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool KubeSimProcess::admin(const QByteArray &method, const QString &path, const QByteArray &json)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status >= 200 && status < 300;
}

bool KubeSimProcess::mergeKubeconfigs(const QString &output, const QStringList &inputs)
{
    QProcess merge;
    merge.setProcessChannelMode(QProcess::ForwardedChannels);
    merge.start(QStringLiteral(CHARTROOM_PYTHON),
                QStringList{kubesimDir() + QStringLiteral("/merge_kubeconfigs.py"), output} + inputs);
    return merge.waitForFinished(30000) && merge.exitStatus() == QProcess::NormalExit && merge.exitCode() == 0;
}

} // namespace chartroom::test
