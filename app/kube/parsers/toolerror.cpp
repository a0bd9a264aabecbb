#include "toolerror.h"

#include <QRegularExpression>
#include <QStringList>

namespace chartroom::kube {

ClusterProblem classifyToolError(const QString &text)
{
    const QString lower = text.toLower();
    auto has = [&lower](const char *needle) { return lower.contains(QLatin1String(needle)); };
    if (has("forbidden"))
        return ClusterProblem::Forbidden;
    if (has("unauthorized") || has("you must be logged in") || has("provide credentials"))
        return ClusterProblem::Unauthorized;
    if (has("i/o timeout") || has("context deadline exceeded") || has("timeout awaiting") || has("timed out")
        || has("client.timeout exceeded"))
        return ClusterProblem::TimedOut;
    if (has("connection refused") || has("was refused") || has("no such host") || has("cluster unreachable") || has("no route to host")
        || has("network is unreachable") || has("unable to connect to the server") || has("tls: ")
        || has("connection reset"))
        return ClusterProblem::Unreachable;
    if (has("not found"))
        return ClusterProblem::NotFound;
    return text.trimmed().isEmpty() ? ClusterProblem::None : ClusterProblem::Other;
}

QString toolErrorMessage(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral("^(error|Error|ERROR|level=ERROR msg=)\\s*:?\\s*"));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Prefer the line that carries the error over warnings printed before it.
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("Error"), Qt::CaseInsensitive) || trimmed.startsWith(QLatin1String("The connection")))
            return QString(trimmed).remove(prefix);
    }
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1String("Warning"), Qt::CaseInsensitive) && !trimmed.isEmpty())
            return QString(trimmed).remove(prefix);
    }
    return QString();
}

} // namespace chartroom::kube
