#include "backup/restoreconfigjob.h"

#include "jobs/processjob.h"

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

void renameRelease(YAML::Node metadata, const std::string &namespaceName, const ReleaseRename &rename)
{
    const std::string fromFullname = rename.fromFullname.toStdString();
    const std::string fromRelease = rename.fromRelease.toStdString();
    const std::string toRelease = rename.toRelease.toStdString();
    if (metadata["name"] && metadata["name"].IsScalar()) {
        const std::string name = metadata["name"].as<std::string>();
        if (!fromFullname.empty() && name.rfind(fromFullname, 0) == 0)
            metadata["name"] = rename.toFullname.toStdString() + name.substr(fromFullname.size());
    }
    YAML::Node labels = metadata["labels"];
    if (labels && labels.IsMap())
        for (const char *key : {"app.kubernetes.io/instance", "release"})
            if (labels[key] && labels[key].IsScalar() && labels[key].as<std::string>() == fromRelease)
                labels[key] = toRelease;
    YAML::Node annotations = metadata["annotations"];
    if (annotations && annotations.IsMap()) {
        if (annotations["meta.helm.sh/release-name"])
            annotations["meta.helm.sh/release-name"] = toRelease;
        if (annotations["meta.helm.sh/release-namespace"])
            annotations["meta.helm.sh/release-namespace"] = namespaceName;
    }
}

void cleanObject(YAML::Node object, const std::string &namespaceName, const ReleaseRename &rename)
{
    YAML::Node metadata = object["metadata"];
    if (metadata && metadata.IsMap()) {
        for (const char *field : {"uid", "resourceVersion", "creationTimestamp", "managedFields", "selfLink", "generation"})
            metadata.remove(field);
        metadata["namespace"] = namespaceName;
        if (!rename.isEmpty())
            renameRelease(metadata, namespaceName, rename);
    }
    object.remove("status");
}

} // namespace

RestoreConfigJob::RestoreConfigJob(QString title, ClusterTools tools, QString context, QString namespaceName,
                                   ArtifactInput input, ReleaseRename rename, QObject *parent)
    : RestoreStepJob(std::move(title), std::move(tools), parent)
    , m_context(std::move(context))
    , m_namespace(std::move(namespaceName))
    , m_input(std::move(input))
    , m_rename(std::move(rename))
{
}

RestoreConfigJob::~RestoreConfigJob() = default;

CommandLine RestoreConfigJob::applyCommand(const ClusterTools &tools, const QString &context, const QString &namespaceName)
{
    return CommandLine(tools.commands.kubectl(), {u"--context"_s, context, u"--namespace"_s, namespaceName, u"apply"_s,
                                                  u"-f"_s, u"-"_s, u"--request-timeout=60s"_s});
}

Result<QByteArray> RestoreConfigJob::rewriteForApply(const QByteArray &yaml, const QString &namespaceName,
                                                     const ReleaseRename &rename)
{
    try {
        YAML::Node root = YAML::Load(yaml.toStdString());
        const std::string ns = namespaceName.toStdString();
        if (!root || root.IsNull())
            return QByteArray();
        if (!root.IsMap())
            return makeError(u"restore.bad-config"_s, QObject::tr("The config export is not a Kubernetes object or list."));
        if (root["kind"] && root["kind"].as<std::string>() == "List") {
            YAML::Node items = root["items"];
            if (!items || items.IsNull() || items.size() == 0)
                return QByteArray();
            for (std::size_t i = 0; i < items.size(); ++i)
                cleanObject(items[i], ns, rename);
            root.remove("metadata");
        } else {
            cleanObject(root, ns, rename);
        }
        YAML::Emitter out;
        out << root;
        return QByteArray(out.c_str(), static_cast<qsizetype>(out.size()));
    } catch (const YAML::Exception &e) {
        return makeError(u"restore.bad-config"_s, QObject::tr("The config export is not valid YAML: %1").arg(QString::fromStdString(e.what())));
    }
}

void RestoreConfigJob::doStart()
{
    artifact::ArtifactReader reader(m_input.path, m_input.options);
    QByteArray content;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = reader.read(buffer.data(), buffer.size());
        if (n < 0) {
            finishFailed(jobs::JobError::SourceFailed, tr("The config export cannot be read: %1").arg(reader.errorString()));
            return;
        }
        if (n == 0)
            break;
        content.append(buffer.constData(), n);
    }
    auto rewritten = rewriteForApply(content, m_namespace, m_rename);
    content.fill('\0');
    if (!rewritten) {
        finishFailed(jobs::JobError::ParseFailed, rewritten.error().message);
        return;
    }
    if (rewritten.value().isEmpty()) {
        emitOutput(jobs::OutputChannel::Info, tr("The config export holds no object; nothing to apply."));
        finishSucceeded();
        return;
    }
    const QByteArray data = rewritten.value();
    runProcess(
        title(), applyCommand(m_tools, m_context, m_namespace),
        [data](jobs::ProcessJob &process) { process.setStdinData(data); },
        [this](jobs::ProcessJob &process) {
            if (process.state() == jobs::JobState::Succeeded)
                finishSucceeded();
            else
                failWith(process);
        });
}

} // namespace chartroom::backup
