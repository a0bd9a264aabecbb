#pragma once

#include <QString>

namespace chartroom::catalog {

/// A problem found while loading one chart profile: where it is (1-based line and column, 0 when
/// the whole file is concerned, e.g. it cannot be read) and what is wrong, in one sentence.
struct ProfileError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /// "file:line:column: message" (compiler style, so editors can jump to it).
    [[nodiscard]] QString toString() const;

    friend bool operator==(const ProfileError &, const ProfileError &) = default;
};

} // namespace chartroom::catalog
