#include "catalog/placeholders.h"

#include <QRegularExpression>

namespace chartroom::catalog {

QList<Placeholder> findPlaceholders(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("\\{([A-Za-z][A-Za-z0-9_-]*)(?::([^{}\\s]*))?\\}"));
    QList<Placeholder> found;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype offset = m.capturedStart(0);
        if (offset > 0 && text.at(offset - 1) == QLatin1Char('$'))
            continue; // ${VAR}: expanded by the pod's shell
        found.append(Placeholder{m.captured(1), m.captured(2), offset});
    }
    return found;
}

QStringList allowedPlaceholderNames()
{
    return {QStringLiteral("release"),   QStringLiteral("namespace"), QStringLiteral("fullname"),
            QStringLiteral("chart"),     QStringLiteral("pod"),       QStringLiteral("database"),
            QStringLiteral("timestamp"), QStringLiteral("env")};
}

QString placeholderProblem(const Placeholder &placeholder)
{
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString shown = QLatin1Char('{') % placeholder.name %
                          (placeholder.argument.isNull() ? QString() : QLatin1Char(':') % placeholder.argument) %
                          QLatin1Char('}');
    if (!allowedPlaceholderNames().contains(placeholder.name)) {
        return QStringLiteral("unknown placeholder %1 (allowed: {%2}, {env:NAME})")
            .arg(shown, allowedPlaceholderNames().mid(0, 7).join(QStringLiteral("}, {")));
    }
    if (placeholder.name == QLatin1String("env")) {
        if (!envName.match(placeholder.argument).hasMatch())
            return QStringLiteral("placeholder %1 needs an environment variable name, as in {env:PGPASSWORD}")
                .arg(shown);
    } else if (!placeholder.argument.isNull()) {
        return QStringLiteral("placeholder %1 takes no argument").arg(shown);
    }
    return {};
}

} // namespace chartroom::catalog

namespace chartroom::catalog {

QString chartFullname(const QString &release, const QString &chart, const QString &fullnameOverride,
                      const QString &nameOverride)
{
    QString name;
    if (!fullnameOverride.isEmpty()) {
        name = fullnameOverride;
    } else {
        const QString chartName = nameOverride.isEmpty() ? chart : nameOverride;
        name = release.contains(chartName) ? release : release + u'-' + chartName;
    }
    name.truncate(63);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name;
}

QString substitutePlaceholders(const QString &text, const PlaceholderValues &values)
{
    const QList<Placeholder> found = findPlaceholders(text);
    if (found.isEmpty())
        return text;
    QString result;
    qsizetype copied = 0;
    for (const Placeholder &placeholder : found) {
        const qsizetype length = text.indexOf(u'}', placeholder.offset) - placeholder.offset + 1;
        QString value;
        if (placeholder.name == u"release")
            value = values.release;
        else if (placeholder.name == u"namespace")
            value = values.releaseNamespace;
        else if (placeholder.name == u"fullname")
            value = values.fullname;
        else if (placeholder.name == u"chart")
            value = values.chart;
        else if (placeholder.name == u"pod")
            value = values.pod;
        else if (placeholder.name == u"database")
            value = values.database;
        else if (placeholder.name == u"timestamp")
            value = values.timestamp;
        else if (placeholder.name == u"env" && !placeholder.argument.isEmpty())
            value = QStringLiteral("${") + placeholder.argument + u'}';
        if (value.isEmpty())
            continue;
        result += QStringView(text).mid(copied, placeholder.offset - copied);
        result += value;
        copied = placeholder.offset + length;
    }
    result += QStringView(text).mid(copied);
    return result;
}

QStringList substitutePlaceholders(const QStringList &texts, const PlaceholderValues &values)
{
    QStringList result;
    result.reserve(texts.size());
    for (const QString &text : texts)
        result.append(substitutePlaceholders(text, values));
    return result;
}

} // namespace chartroom::catalog
