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
