#include "manifestdiff.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace chartroom::inventory {

QString ManifestResource::key() const
{
    if (namespaceName.isEmpty())
        return kind + QLatin1Char('/') + name;
    return kind + QLatin1Char('/') + namespaceName + QLatin1Char('/') + name;
}

QList<ManifestResource> splitManifest(const QString &manifest)
{
    static const QRegularExpression separator(QStringLiteral("^---[^\\n]*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression sourceComment(QStringLiteral("^# Source: (.+)$"), QRegularExpression::MultilineOption);
    QList<ManifestResource> resources;
    for (const QString &document : manifest.split(separator)) {
        if (document.trimmed().isEmpty())
            continue;
        ManifestResource resource;
        resource.text = document.trimmed();
        const QRegularExpressionMatch source = sourceComment.match(document);
        if (source.hasMatch())
            resource.source = source.captured(1).trimmed();
        try {
            const YAML::Node node = YAML::Load(document.toStdString());
            if (!node.IsMap())
                continue; // only comments, or a bare scalar
            resource.kind = QString::fromStdString(node["kind"].as<std::string>(""));
            const YAML::Node metadata = node["metadata"];
            if (metadata.IsMap()) {
                resource.name = QString::fromStdString(metadata["name"].as<std::string>(""));
                resource.namespaceName = QString::fromStdString(metadata["namespace"].as<std::string>(""));
            }
        } catch (const YAML::Exception &) {
            resource.kind = QStringLiteral("(unparsed)");
            resource.name = resource.source.isEmpty() ? QString::number(resources.size()) : resource.source;
        }
        resources << resource;
    }
    return resources;
}

QList<ResourceDiff> diffManifests(const QString &before, const QString &after)
{
    const QList<ManifestResource> oldResources = splitManifest(before);
    const QList<ManifestResource> newResources = splitManifest(after);
    QHash<QString, const ManifestResource *> oldByKey;
    for (const ManifestResource &resource : oldResources)
        oldByKey.insert(resource.key(), &resource);

    QList<ResourceDiff> diffs;
    QSet<QString> seen;
    for (const ManifestResource &resource : newResources) {
        ResourceDiff diff;
        diff.key = resource.key();
        seen.insert(diff.key);
        const ManifestResource *old = oldByKey.value(diff.key);
        diff.rows = sideBySideDiff(old ? old->text : QString(), resource.text);
        diff.change = !old ? ResourceDiff::Change::Added
                      : hasChanges(diff.rows) ? ResourceDiff::Change::Changed
                                              : ResourceDiff::Change::Unchanged;
        diffs << diff;
    }
    for (const ManifestResource &resource : oldResources) {
        if (seen.contains(resource.key()))
            continue;
        ResourceDiff diff;
        diff.key = resource.key();
        diff.change = ResourceDiff::Change::Removed;
        diff.rows = sideBySideDiff(resource.text, QString());
        diffs << diff;
    }
    return diffs;
}

} // namespace chartroom::inventory
