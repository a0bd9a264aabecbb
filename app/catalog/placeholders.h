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

namespace chartroom::catalog {

/// The run-time values for one release. `{env:NAME}` has no value here on purpose: it becomes
/// `${NAME}` so that the pod's own shell expands it and the value never reaches Chartroom.
struct PlaceholderValues
{
    QString release;
    QString releaseNamespace;
    QString fullname;
    QString chart;
    QString pod;
    QString database;
    QString timestamp;
};

/// The chart's fullname as Helm's usual `<chart>.fullname` helper computes it: a
/// `fullnameOverride` wins, else the release name if it contains the chart name (or
/// `nameOverride`), else "<release>-<chart>", truncated to 63 characters without a trailing "-".
QString chartFullname(const QString &release, const QString &chart, const QString &fullnameOverride = {},
                      const QString &nameOverride = {});

/// `text` with every known placeholder replaced; unknown or empty ones are left as written (the
/// profile loader already rejects unknown names).
QString substitutePlaceholders(const QString &text, const PlaceholderValues &values);
QStringList substitutePlaceholders(const QStringList &texts, const PlaceholderValues &values);

} // namespace chartroom::catalog
