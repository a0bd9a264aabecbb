#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace chartroom::upgrade {

/// Helm values as leaf paths ("config.memory-limit" → "128", "extraEnv[0].name" → "A"); empty
/// maps and lists are leaves ("{}" / "[]"). Scalars compare as text, so YAML (`helm show values`)
/// and JSON (`helm get values -o json`) of the same values flatten alike.
using FlatValues = QMap<QString, QString>;

/// Parses YAML (JSON is YAML) into flat values; an empty or "null" document is empty.
[[nodiscard]] Result<FlatValues> flattenValues(const QByteArray &yamlOrJson);

/// How the new chart's defaults meet the release's values.
struct DefaultsChange
{
    QString path;
    QString oldValue; ///< the deployed value (old default), empty when the path is new
    QString newValue; ///< the new chart's default, empty when removed
};

/// Defaults the new chart changes or adds for paths the user did not set: what `--reuse-values`
/// drops and the reset modes apply. `computed` is `helm get values --all` (old defaults merged with
/// the user's values), `user` is `helm get values`, `newDefaults` is `helm show values` of the new chart.
[[nodiscard]] QList<DefaultsChange> changedDefaults(const FlatValues &computed, const FlatValues &user,
                                                    const FlatValues &newDefaults);

} // namespace chartroom::upgrade
