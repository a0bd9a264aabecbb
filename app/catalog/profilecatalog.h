#pragma once

#include "catalog/chartprofile.h"
#include "catalog/duration.h"
#include "catalog/profileerror.h"

#include <QList>
#include <QMap>
#include <QString>

namespace chartroom::catalog {

/// The chart profiles Chartroom knows: the built-in ones (one per sb-helm-charts chart, compiled in
/// as ":/profiles/<chart>.yaml") and the user's own (*.yaml in their config directory).
///
/// Invariants: a profile with any validation error is never in the catalog (its errors are in
/// errors()); one bad file never prevents the others from loading; ids are unique, a later file
/// replacing an earlier one with the same id (user profiles override built-ins). Nothing throws.
/// Not thread-safe; load once, then share read-only.
class ProfileCatalog final
{
public:
    /// Built-in profiles from the resources (":/profiles/*.yaml"), then every *.yaml of userDir
    /// (same schema) overriding or adding by id. A malformed profile is reported and skipped; the others load.
    /// Clears whatever was loaded before.
    void load(const QString &userDir = {});
    /// Adds (or replaces by id) the profile in one file; problems go to errors().
    void loadFile(const QString &path);
    /// Parses in-memory YAML as if read from fileName (used by loadFile).
    void loadData(const QByteArray &yaml, const QString &fileName);

    QList<ChartProfile> profiles() const; ///< sorted by id
    const ChartProfile *profile(const QString &id) const;
    /// helm's `chart` field ("postgresql-0.4.0", "kube-prometheus-stack-61.3.2", "foo") → profile, or nullptr.
    /// An exact id wins; otherwise the longest id followed by "-" and a version (a digit, or "v" and a digit).
    const ChartProfile *match(const QString &helmChartField) const;
    QList<ProfileError> errors() const;

    /// Where users keep their own profiles: "profiles" under Chartroom's config directory
    /// (AppPaths::configDir(), $XDG_CONFIG_HOME/chartroom by default). Not created here.
    static QString defaultUserDir();

private:
    QMap<QString, ChartProfile> m_profiles;
    QList<ProfileError> m_errors;
};

} // namespace chartroom::catalog
