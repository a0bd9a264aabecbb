#include "jsonsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace chartroom::kube {

namespace {

Result<QJsonDocument> parseDocument(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("tool.output-unreadable"),
                         QCoreApplication::translate("ToolOutput", "Cannot read the output of %1").arg(what),
                         QCoreApplication::translate("ToolOutput", "%1 at byte %2").arg(error.errorString()).arg(error.offset));
    return doc;
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &what)
{
    const Result<QJsonDocument> doc = parseDocument(json, what);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return makeError(QStringLiteral("tool.output-unreadable"),
                         QCoreApplication::translate("ToolOutput", "%1 printed JSON of an unexpected shape").arg(what));
    return doc->object();
}

Result<QJsonArray> parseJsonArray(const QByteArray &json, const QString &what)
{
    // helm prints nothing at all (not "[]") in some versions when there are no releases.
    if (json.trimmed().isEmpty())
        return QJsonArray();
    const Result<QJsonDocument> doc = parseDocument(json, what);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return makeError(QStringLiteral("tool.output-unreadable"),
                         QCoreApplication::translate("ToolOutput", "%1 printed JSON of an unexpected shape").arg(what));
    return doc->array();
}

} // namespace chartroom::kube
