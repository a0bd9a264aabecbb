#include "toolinfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace chartroom::kube {

namespace {

Result<QVersionNumber> versionFrom(const QString &text, const QString &tool)
{
    static const QRegularExpression re(QStringLiteral("^\\s*v?(\\d+)\\.(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return makeError(QStringLiteral("tool.version-unreadable"),
                         QCoreApplication::translate("ToolInfo", "Cannot read the %1 version").arg(tool),
                         text.left(200));
    return QVersionNumber(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

} // namespace

QString ToolInfo::summary() const
{
    if (path.isEmpty())
        return QCoreApplication::translate("ToolInfo", "%1: not found").arg(name);
    if (!error.isEmpty())
        return QCoreApplication::translate("ToolInfo", "%1: %2").arg(name, error);
    if (version.isNull())
        return name;
    return name + QLatin1Char(' ') + version.toString();
}

Result<QVersionNumber> parseHelmVersion(const QByteArray &output)
{
    return versionFrom(QString::fromUtf8(output).trimmed(), QStringLiteral("helm"));
}

Result<QVersionNumber> parseKubectlClientVersion(const QByteArray &output)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("tool.version-unreadable"),
                         QCoreApplication::translate("ToolInfo", "kubectl printed no version JSON"),
                         parseError.errorString());
    const QString gitVersion =
        doc.object().value(QStringLiteral("clientVersion")).toObject().value(QStringLiteral("gitVersion")).toString();
    return versionFrom(gitVersion, QStringLiteral("kubectl"));
}

} // namespace chartroom::kube
