#include "severity.h"

#include <QCoreApplication>

namespace chartroom::rbac {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QCoreApplication::translate("chartroom::rbac", "Info");
    case Severity::Low: return QCoreApplication::translate("chartroom::rbac", "Low");
    case Severity::Medium: return QCoreApplication::translate("chartroom::rbac", "Medium");
    case Severity::High: return QCoreApplication::translate("chartroom::rbac", "High");
    case Severity::Critical: return QCoreApplication::translate("chartroom::rbac", "Critical");
    }
    return {};
}

std::optional<Severity> parseSeverity(const QString &text)
{
    const QString id = text.trimmed().toLower();
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        if (severityId(s) == id)
            return s;
    return std::nullopt;
}

} // namespace chartroom::rbac
