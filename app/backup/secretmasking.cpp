#include "backup/secretmasking.h"

#include "core/redactor.h"

#include <yaml-cpp/yaml.h>

#include <QObject>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

void maskNode(YAML::Node node, int &count)
{
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (it->second.IsScalar() && !it->second.Scalar().empty() && Redactor::isSecretName(key)) {
                it->second = Redactor::Mask.toStdString();
                ++count;
            } else {
                maskNode(it->second, count);
            }
        }
    } else if (node.IsSequence()) {
        for (auto child : node)
            maskNode(child, count);
    }
}

} // namespace

Result<QByteArray> maskSecretValues(const QByteArray &yaml, int *masked)
{
    int count = 0;
    try {
        YAML::Node root = YAML::Load(yaml.toStdString());
        maskNode(root, count);
        if (masked)
            *masked = count;
        if (root.IsNull())
            return yaml;
        YAML::Emitter out;
        out << root;
        return QByteArray(QByteArray(out.c_str()) + '\n');
    } catch (const YAML::Exception &e) {
        return makeError(u"backup.values-unparsable"_s,
                         QObject::tr("The values are not valid YAML (%1); they are not stored unmasked.")
                             .arg(QString::fromStdString(e.msg)));
    }
}

TransformingSink::TransformingSink(Transform transform, std::unique_ptr<jobs::ByteSink> next, qsizetype limit)
    : m_transform(std::move(transform))
    , m_next(std::move(next))
    , m_limit(limit)
{
}

bool TransformingSink::write(const char *data, qsizetype size)
{
    if (m_buffer.size() + size > m_limit) {
        m_error = QObject::tr("More than %1 MiB of output; too large to rewrite.").arg(m_limit / (1024 * 1024));
        return false;
    }
    m_buffer.append(data, size);
    return true;
}

bool TransformingSink::close()
{
    auto result = m_transform(m_buffer);
    m_buffer.clear();
    if (!result) {
        m_error = result.error().message;
        m_next->abort();
        return false;
    }
    if (!m_next->write(result->constData(), result->size()) || !m_next->close()) {
        m_error = m_next->errorString();
        m_next->abort();
        return false;
    }
    return true;
}

void TransformingSink::abort()
{
    m_buffer.clear();
    m_next->abort();
}

} // namespace chartroom::backup
