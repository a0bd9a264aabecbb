#include "commandline.h"

#include "redactor.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace chartroom {

CommandLine::CommandLine(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
}

CommandLine &CommandLine::addArgument(const QString &argument)
{
    m_arguments << argument;
    return *this;
}

CommandLine &CommandLine::addArguments(const QStringList &arguments)
{
    m_arguments << arguments;
    return *this;
}

CommandLine &CommandLine::addSecretArgument(const QString &argument)
{
    m_secretArguments.insert(m_arguments.size());
    m_arguments << argument;
    return *this;
}

CommandLine &CommandLine::setEnvironmentVariable(const QString &name, const QString &value, bool secret)
{
    m_environment.removeIf([&name](const EnvOverride &e) { return e.name == name; });
    m_environment << EnvOverride{name, value, secret, false};
    return *this;
}

CommandLine &CommandLine::unsetEnvironmentVariable(const QString &name)
{
    m_environment.removeIf([&name](const EnvOverride &e) { return e.name == name; });
    m_environment << EnvOverride{name, {}, false, true};
    return *this;
}

CommandLine &CommandLine::setWorkingDirectory(const QString &directory)
{
    m_workingDirectory = directory;
    return *this;
}

QStringList CommandLine::redactedArguments(const Redactor &redactor) const
{
    QStringList marked = m_arguments;
    for (qsizetype index : m_secretArguments)
        marked[index] = Redactor::Mask;
    return redactor.redactArguments(marked);
}

QStringList CommandLine::redactedEnvironment(const Redactor &redactor) const
{
    QStringList out;
    for (const EnvOverride &e : m_environment) {
        if (e.unset)
            out << QStringLiteral("-u ") + e.name;
        else
            out << e.name + QLatin1Char('=')
                       + (e.secret ? Redactor::Mask : redactor.redactEnvValue(e.name, e.value));
    }
    return out;
}

QString CommandLine::shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!word.isEmpty() && safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CommandLine::toDisplayString(const Redactor &redactor) const
{
    return displayStringFromJson(toRedactedJson(redactor));
}

QJsonObject CommandLine::toRedactedJson(const Redactor &redactor) const
{
    QJsonObject json;
    json.insert(QStringLiteral("program"), m_program);
    json.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(redactedArguments(redactor)));
    if (!m_environment.isEmpty())
        json.insert(QStringLiteral("environment"), QJsonArray::fromStringList(redactedEnvironment(redactor)));
    if (!m_workingDirectory.isEmpty())
        json.insert(QStringLiteral("workingDirectory"), m_workingDirectory);
    return json;
}

QString CommandLine::displayStringFromJson(const QJsonObject &json)
{
    QStringList words;
    const QJsonArray environment = json.value(QStringLiteral("environment")).toArray();
    if (!environment.isEmpty()) {
        words << QStringLiteral("env");
        for (const QJsonValue &value : environment) {
            const QString assignment = value.toString();
            if (assignment.startsWith(QLatin1String("-u ")))
                words << QStringLiteral("-u") << shellQuote(assignment.mid(3));
            else
                words << shellQuote(assignment);
        }
    }
    words << shellQuote(json.value(QStringLiteral("program")).toString());
    for (const QJsonValue &value : json.value(QStringLiteral("arguments")).toArray())
        words << shellQuote(value.toString());
    return words.join(QLatin1Char(' '));
}

} // namespace chartroom
