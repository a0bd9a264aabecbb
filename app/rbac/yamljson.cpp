#include "yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <yaml-cpp/yaml.h>

namespace chartroom::rbac {

namespace {

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &item : node)
            object.insert(QString::fromStdString(item.first.as<std::string>("")), toJson(item.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const std::string text = node.Scalar();
        if (node.Tag() == "!") // quoted: always a string
            return QString::fromStdString(text);
        if (text == "true" || text == "false")
            return text == "true";
        if (text == "null" || text == "~")
            return QJsonValue::Null;
        bool ok = false;
        const qlonglong number = QString::fromStdString(text).toLongLong(&ok);
        if (ok)
            return number;
        return QString::fromStdString(text);
    }
    default:
        return QJsonValue::Null;
    }
}

} // namespace

Result<QList<QJsonObject>> yamlDocumentsToJson(const QByteArray &yaml)
{
    QList<QJsonObject> out;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(yaml.toStdString());
        for (const YAML::Node &document : documents)
            if (document.IsMap())
                out << toJson(document).toObject();
    } catch (const YAML::Exception &e) {
        return makeError(QStringLiteral("rbac.yaml"),
                         QCoreApplication::translate("chartroom::rbac", "the manifest is not valid YAML (line %1): %2")
                             .arg(e.mark.line + 1)
                             .arg(QString::fromStdString(e.msg)));
    }
    return out;
}

} // namespace chartroom::rbac
