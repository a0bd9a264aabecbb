#pragma once

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace chartroom {

/// Masks secrets before text reaches a log, the job journal or the screen.
///
/// Three layers, applied in order:
/// 1. known secret values registered at run time (a password read from a cluster Secret,
///    the repository passphrase): every occurrence is replaced, whatever the context;
/// 2. argument rules for command lines: values of secret options (`--password`, `--token`, ...)
///    and `--set key=value` pairs whose key names a secret;
/// 3. text patterns: `Authorization:` headers, `token:`/`password:` style key-value pairs in
///    YAML, JSON and env form, and passwords in URLs.
/// Masked text reads `***`. Thread-safe: the log handler calls it from any thread.
class Redactor final
{
public:
    static inline const QString Mask = QStringLiteral("***");

    Redactor();

    /// The instance shared by the application's log handler, journal and jobs.
    static Redactor &shared();

    /// Values shorter than 4 characters are ignored: masking them would mangle ordinary text.
    void addSecretValue(const QString &value);
    void removeSecretValue(const QString &value);
    void clearSecretValues();

    [[nodiscard]] QString redactText(const QString &text) const;
    [[nodiscard]] QStringList redactArguments(const QStringList &arguments) const;
    [[nodiscard]] QString redactEnvValue(const QString &name, const QString &value) const;
    /// A rendered manifest (YAML documents) with every value of every Secret's `data` and
    /// `stringData` masked, whatever the keys are called, on top of redactText().
    [[nodiscard]] QString redactManifest(const QString &manifest) const;

    /// True for names such as PGPASSWORD, MYSQL_PWD, REDISCLI_AUTH, GITHUB_TOKEN, API_KEY.
    [[nodiscard]] static bool isSecretName(const QString &name);

private:
    [[nodiscard]] QString maskKnownValues(QString text) const;
    [[nodiscard]] QString redactSetAssignment(const QString &assignments) const;

    mutable QReadWriteLock m_lock;
    QSet<QString> m_values;
};

} // namespace chartroom
