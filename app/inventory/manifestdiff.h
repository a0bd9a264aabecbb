#pragma once

#include "core/textdiff.h"

#include <QList>
#include <QString>

namespace chartroom::inventory {

/// One Kubernetes object of a rendered manifest (one YAML document).
struct ManifestResource
{
    QString kind;
    QString name;
    QString namespaceName;
    QString source; ///< helm's "# Source: chart/templates/x.yaml" comment, if present
    QString text;   ///< the document as rendered

    /// "Kind/namespace/name" (namespace left out when empty): how documents are matched.
    [[nodiscard]] QString key() const;
};

/// Splits a manifest into its objects; documents that are empty or not mappings are skipped,
/// and documents that do not parse are kept whole under kind "(unparsed)".
[[nodiscard]] QList<ManifestResource> splitManifest(const QString &manifest);

/// A manifest diff per object, side by side: objects are matched by kind, namespace and name,
/// so a reordered manifest does not show as a wall of changes.
struct ResourceDiff
{
    enum class Change { Added, Removed, Changed, Unchanged };
    QString key;
    Change change = Change::Unchanged;
    QList<DiffRow> rows;
};

/// Objects in `after`'s order, then objects only in `before`.
[[nodiscard]] QList<ResourceDiff> diffManifests(const QString &before, const QString &after);

} // namespace chartroom::inventory
