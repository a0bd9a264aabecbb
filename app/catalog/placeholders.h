#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace chartroom::catalog {

/// The placeholders a profile string may contain, filled in by Chartroom at run time:
/// `{release}`, `{namespace}`, `{fullname}`, `{chart}`, `{pod}`, `{database}`, `{timestamp}` and
/// `{env:NAME}` (NAME an environment variable name; resolved inside the pod, never shown).
///
/// Lexical rule: a placeholder is "{" identifier [":" argument] "}" with no whitespace inside, where
/// the identifier matches [A-Za-z][A-Za-z0-9_-]*. A "{" preceded by "$" is shell syntax ("${VAR}")
/// and any other "{" (JSON bodies, jsonpath, shell groups, "{ping: 1}" in JavaScript) is literal
/// text, so commands need no escaping.
struct Placeholder
{
    QString name;         ///< "release", "env"...
    QString argument;     ///< the part after ":", e.g. "PGPASSWORD" for {env:PGPASSWORD}
    qsizetype offset = 0; ///< position of the "{" in the text
};

/// Every placeholder-shaped token of text, known or not.
QList<Placeholder> findPlaceholders(const QString &text);

/// The names accepted before the ":" or "}", e.g. "release" or "env".
QStringList allowedPlaceholderNames();

/// Empty when the placeholder is allowed, else one sentence saying why not.
QString placeholderProblem(const Placeholder &placeholder);

} // namespace chartroom::catalog
