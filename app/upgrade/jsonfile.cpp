#include "upgrade/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"io"_s, u"Cannot read %1"_s.arg(path), file.errorString());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(u"parse"_s, u"%1 is not a JSON object"_s.arg(path), error.errorString());
    return doc.object();
}

Result<void> writeJsonObject(const QString &path, const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(u"io"_s, u"Cannot write %1"_s.arg(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(u"io"_s, u"Cannot write %1"_s.arg(path), file.errorString());
    return {};
}

} // namespace chartroom::upgrade
