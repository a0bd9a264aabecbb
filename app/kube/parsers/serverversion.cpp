#include "serverversion.h"

#include "jsonsupport.h"

#include <QCoreApplication>

namespace chartroom::kube {

Result<QString> parseServerVersion(const QByteArray &json)
{
    const Result<QJsonObject> root = parseJsonObject(json, QStringLiteral("kubectl version"));
    if (!root)
        return root.error();
    const QString version =
        root->value(QStringLiteral("serverVersion")).toObject().value(QStringLiteral("gitVersion")).toString();
    if (version.isEmpty())
        return makeError(QStringLiteral("cluster.no-version"),
                         QCoreApplication::translate("ToolOutput", "The cluster did not report its version"));
    return version;
}

} // namespace chartroom::kube
