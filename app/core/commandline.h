#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace chartroom {

class Redactor;

/// One external command as a program and an argument list: never a shell string.
///
/// Chartroom never runs a shell and never concatenates a command line: a CommandLine is
/// handed to QProcess as program + arguments. Environment overrides are applied on top of
/// the job's base environment. Arguments and variables can be marked secret so that every
/// display form (journal, "Copy command", logs) masks them; the real values reach only the
/// child process.
class CommandLine
{
public:
    struct EnvOverride
    {
        QString name;
        QString value;
        bool secret = false;
        bool unset = false;
    };

    CommandLine() = default;
    explicit CommandLine(QString program, QStringList arguments = {});

    [[nodiscard]] const QString &program() const { return m_program; }
    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }
    [[nodiscard]] const QList<EnvOverride> &environment() const { return m_environment; }
    [[nodiscard]] const QString &workingDirectory() const { return m_workingDirectory; }
    [[nodiscard]] bool isEmpty() const { return m_program.isEmpty(); }

    CommandLine &addArgument(const QString &argument);
    CommandLine &addArguments(const QStringList &arguments);
    /// The value is passed to the program but masked wherever the command is shown.
    CommandLine &addSecretArgument(const QString &argument);
    CommandLine &setEnvironmentVariable(const QString &name, const QString &value, bool secret = false);
    CommandLine &unsetEnvironmentVariable(const QString &name);
    CommandLine &setWorkingDirectory(const QString &directory);

    /// Arguments with secrets masked (explicit marks plus the Redactor's rules).
    [[nodiscard]] QStringList redactedArguments(const Redactor &redactor) const;
    /// Environment overrides as NAME=value with secrets masked.
    [[nodiscard]] QStringList redactedEnvironment(const Redactor &redactor) const;
    /// POSIX-shell-quoted, redacted form for display and "Copy command".
    [[nodiscard]] QString toDisplayString(const Redactor &redactor) const;
    /// Redacted JSON for the job journal.
    [[nodiscard]] QJsonObject toRedactedJson(const Redactor &redactor) const;
    /// The display form of a redacted JSON object written by toRedactedJson().
    [[nodiscard]] static QString displayStringFromJson(const QJsonObject &json);

    /// Quotes one word for a POSIX shell (display only; nothing here is ever executed by a shell).
    [[nodiscard]] static QString shellQuote(const QString &word);

    friend bool operator==(const CommandLine &a, const CommandLine &b)
    {
        return a.m_program == b.m_program && a.m_arguments == b.m_arguments
               && a.m_workingDirectory == b.m_workingDirectory;
    }

private:
    QString m_program;
    QStringList m_arguments;
    QSet<qsizetype> m_secretArguments;
    QList<EnvOverride> m_environment;
    QString m_workingDirectory;
};

} // namespace chartroom
