#pragma once

#include "catalog/chartprofile.h"
#include "catalog/profileerror.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace chartroom::catalog {

/// The outcome of reading one profile document: the profile when it is valid, else every
/// problem found (the reader keeps going after the first one so a user fixes them in one pass).
struct ProfileParseResult
{
    std::optional<ChartProfile> profile;
    QList<ProfileError> errors;
};

/// Reads and validates one chart profile (schema: resources/profiles/SCHEMA.md). YAML syntax
/// errors, unknown or duplicate keys, missing required keys, wrong types, out-of-range values and
/// unknown placeholders are reported with 1-based line and column. Never throws.
ProfileParseResult parseProfile(const QByteArray &yaml, const QString &fileName);

} // namespace chartroom::catalog
