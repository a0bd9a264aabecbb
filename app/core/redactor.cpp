#include "redactor.h"

#include <QReadLocker>
#include <QWriteLocker>

#include <algorithm>

namespace chartroom {

namespace {

// Options whose value is always a secret, in `--opt value` and `--opt=value` form.
const QSet<QString> &secretOptions()
{
    static const QSet<QString> options{
        QStringLiteral("--password"), QStringLiteral("--token"), QStringLiteral("--kube-token"),
        QStringLiteral("--passphrase"), QStringLiteral("--docker-password"),
        QStringLiteral("--client-key"), QStringLiteral("--client-key-data"),
        QStringLiteral("--secret"), QStringLiteral("--api-key"), QStringLiteral("--auth-token"),
        QStringLiteral("--from-literal"),
    };
    return options;
}

// helm value assignments whose keys may name secrets.
const QSet<QString> &setOptions()
{
    static const QSet<QString> options{QStringLiteral("--set"), QStringLiteral("--set-string"),
                                       QStringLiteral("--set-json"), QStringLiteral("--set-literal")};
    return options;
}

const QRegularExpression &secretNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("(pass(word|wd|phrase)?|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|"
                       "credentials?|auth|client[-_]key[-_]data|^key$|[-_.]key$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

struct TextRule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<TextRule> &textRules()
{
    static const QList<TextRule> rules{
        // Authorization: Bearer abc / Basic abc (HTTP headers, curl -v, kubectl -v=8)
        {QRegularExpression(QStringLiteral("(authorization[\"']?\\s*[:=]\\s*[\"']?(bearer|basic|token)?\\s*)[^\\s\"',;]+"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***")},
        // key: value / key=value / "key": "value" for secret-like keys (YAML, JSON, env, kubeconfig)
        {QRegularExpression(
             QStringLiteral("([\"']?[A-Za-z0-9_.-]*(password|passwd|passphrase|secret|token|api[-_]?key|"
                            "access[-_]?key|private[-_]?key|client-key-data|_pwd|rediscli_auth)[A-Za-z0-9_.-]*[\"']?"
                            "\\s*[:=]\\s*)([\"']?)(?!\\*\\*\\*)([^\\s\"',}]+)"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\\3***")},
        // scheme://user:password@host
        {QRegularExpression(QStringLiteral("([a-z][a-z0-9+.-]*://[^\\s:/@]+:)[^\\s@/]+@"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***@")},
    };
    return rules;
}

} // namespace

Redactor::Redactor() = default;

Redactor &Redactor::shared()
{
    static Redactor instance;
    return instance;
}

void Redactor::addSecretValue(const QString &value)
{
    if (value.size() < 4)
        return;
    QWriteLocker locker(&m_lock);
    m_values.insert(value);
}

void Redactor::removeSecretValue(const QString &value)
{
    QWriteLocker locker(&m_lock);
    m_values.remove(value);
}

void Redactor::clearSecretValues()
{
    QWriteLocker locker(&m_lock);
    m_values.clear();
}

bool Redactor::isSecretName(const QString &name)
{
    return secretNamePattern().match(name).hasMatch();
}

QString Redactor::maskKnownValues(QString text) const
{
    QReadLocker locker(&m_lock);
    if (m_values.isEmpty())
        return text;
    // Longest first, so a secret that contains another is masked whole.
    QStringList values(m_values.cbegin(), m_values.cend());
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &value : std::as_const(values))
        text.replace(value, Mask);
    return text;
}

QString Redactor::redactText(const QString &text) const
{
    QString result = maskKnownValues(text);
    for (const TextRule &rule : textRules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

QString Redactor::redactSetAssignment(const QString &assignments) const
{
    // helm splits --set values on unescaped commas: a=1,b.password=x
    QStringList parts = assignments.split(QLatin1Char(','));
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = part.left(eq);
        const QString lastSegment = key.section(QLatin1Char('.'), -1);
        if (isSecretName(lastSegment))
            part = key + QLatin1Char('=') + Mask;
    }
    return parts.join(QLatin1Char(','));
}

QStringList Redactor::redactArguments(const QStringList &arguments) const
{
    QStringList out;
    out.reserve(arguments.size());
    enum class Pending { None, Secret, SetAssignment } pending = Pending::None;
    for (const QString &argument : arguments) {
        if (pending == Pending::Secret) {
            out << Mask;
            pending = Pending::None;
            continue;
        }
        if (pending == Pending::SetAssignment) {
            out << maskKnownValues(redactSetAssignment(argument));
            pending = Pending::None;
            continue;
        }
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        const QString option = eq > 0 ? argument.left(eq) : argument;
        if (secretOptions().contains(option)) {
            if (eq > 0)
                out << option + QLatin1Char('=') + Mask;
            else {
                out << argument;
                pending = Pending::Secret;
            }
            continue;
        }
        if (setOptions().contains(option)) {
            if (eq > 0)
                out << option + QLatin1Char('=') + maskKnownValues(redactSetAssignment(argument.mid(eq + 1)));
            else {
                out << argument;
                pending = Pending::SetAssignment;
            }
            continue;
        }
        out << redactText(argument);
    }
    return out;
}

QString Redactor::redactEnvValue(const QString &name, const QString &value) const
{
    if (isSecretName(name))
        return Mask;
    return redactText(value);
}

QString Redactor::redactManifest(const QString &manifest) const
{
    static const QRegularExpression secretKind(QStringLiteral("^kind:\\s*[\"']?Secret[\"']?\\s*$"));
    static const QRegularExpression dataKey(QStringLiteral("^(data|stringData):\\s*$"));
    static const QRegularExpression entry(QStringLiteral("^(\\s+[^:#\\s][^:]*:\\s*)(\\S.*)$"));
    QStringList lines = redactText(manifest).split(QLatin1Char('\n'));
    // Split into documents; mask inside `data:`/`stringData:` blocks of Secret documents only.
    qsizetype start = 0;
    while (start < lines.size()) {
        qsizetype end = start;
        while (end < lines.size() && (end == start || !lines[end].startsWith(QLatin1String("---"))))
            ++end;
        bool isSecret = false;
        for (qsizetype i = start; i < end && !isSecret; ++i)
            isSecret = secretKind.match(lines[i]).hasMatch();
        if (isSecret) {
            bool inData = false;
            for (qsizetype i = start; i < end; ++i) {
                QString &line = lines[i];
                if (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('\t'))) {
                    inData = dataKey.match(line).hasMatch();
                    continue;
                }
                if (!inData)
                    continue;
                const QRegularExpressionMatch m = entry.match(line);
                if (m.hasMatch()) {
                    if (m.captured(2) != Mask)
                        line = m.captured(1) + Mask;
                } else if (!line.trimmed().isEmpty()) { // continuation of a block scalar
                    const qsizetype indent = line.indexOf(line.trimmed());
                    line = line.left(indent) + Mask;
                }
            }
        }
        start = end;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace chartroom
