#include "useraccess.h"

#include "rbac/planaccess.h"

#include <QCoreApplication>

namespace chartroom::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::rbac", text);
}

QStringList bracketList(const QString &cell)
{
    QString t = cell.trimmed();
    if (t.startsWith(QLatin1Char('[')))
        t = t.mid(1);
    if (t.endsWith(QLatin1Char(']')))
        t.chop(1);
    return t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString key(const QString &context, const QString &ns)
{
    return context + QLatin1Char('\n') + ns;
}

} // namespace

Result<QList<PolicyRule>> parseCanIList(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("Resources")) && lines.at(i).contains(QLatin1String("Verbs"))) {
            header = i;
            break;
        }
    }
    if (header < 0)
        return makeError(QStringLiteral("rbac.cani"), tr("not the output of kubectl auth can-i --list (no header line)"));
    const QString h = lines.at(header);
    const qsizetype urlCol = h.indexOf(QLatin1String("Non-Resource URLs"));
    const qsizetype namesCol = h.indexOf(QLatin1String("Resource Names"));
    const qsizetype verbsCol = h.indexOf(QLatin1String("Verbs"));
    if (urlCol < 0 || namesCol < urlCol || verbsCol < namesCol)
        return makeError(QStringLiteral("rbac.cani"), tr("unexpected columns in kubectl auth can-i --list: %1").arg(h.simplified()));
    QList<PolicyRule> rules;
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() <= verbsCol || !line.mid(verbsCol).trimmed().startsWith(QLatin1Char('[')))
            return makeError(QStringLiteral("rbac.cani"), tr("unreadable line in kubectl auth can-i --list: %1").arg(line.simplified()));
        const QString resource = line.left(urlCol).trimmed();
        PolicyRule rule;
        rule.nonResourceURLs = bracketList(line.mid(urlCol, namesCol - urlCol));
        rule.resourceNames = bracketList(line.mid(namesCol, verbsCol - namesCol));
        rule.verbs = bracketList(line.mid(verbsCol));
        if (!resource.isEmpty()) {
            const AccessRequest parsed = AccessRequest::parse(QString(), resource);
            rule.apiGroups = {parsed.apiGroup};
            rule.resources = {parsed.subresource.isEmpty() ? parsed.resource
                                                           : parsed.resource + QLatin1Char('/') + parsed.subresource};
        }
        if (rule.resources.isEmpty() && rule.nonResourceURLs.isEmpty())
            continue;
        rules << rule;
    }
    return rules;
}

QList<AccessRequest> UserAccess::requiredFor(Action action, const QString &ns, const QStringList &workloadKinds)
{
    auto r = [&ns](const char *verb, const char *resource) {
        return AccessRequest::parse(QString::fromLatin1(verb), QString::fromLatin1(resource), ns);
    };
    const QStringList kinds = workloadKinds.isEmpty() ? QStringList{QStringLiteral("Deployment"), QStringLiteral("StatefulSet")}
                                                      : workloadKinds;
    const auto onWorkloads = [&kinds, &ns](const QStringList &verbs, const QString &subresource) {
        QList<AccessRequest> out;
        for (const QString &kind : kinds)
            if (const auto resource = PlanAccess::resourceOfKind(kind))
                for (const QString &verb : verbs)
                    out << AccessRequest::parse(verb, resource->resource + subresource, ns);
        return out;
    };
    const QString scale = QStringLiteral("/scale");
    switch (action) {
    case Action::BackupExec:
        return PlanAccess::podExec(ns) + PlanAccess::helmRead(ns);
    case Action::Scale:
        return onWorkloads({QStringLiteral("get"), QStringLiteral("patch")}, scale);
    case Action::Upgrade:
        return PlanAccess::helmWrite(ns) + onWorkloads({QStringLiteral("get"), QStringLiteral("patch")}, {});
    case Action::Restore:
        return PlanAccess::podExec(ns) + QList<AccessRequest>{r("create", "secrets"), r("create", "configmaps")} +
               onWorkloads({QStringLiteral("patch")}, scale);
    case Action::Install:
        return PlanAccess::helmWrite(ns) + onWorkloads({QStringLiteral("create")}, {});
    case Action::SwitchServices:
        return {r("get", "services"), r("patch", "services")};
    }
    return {};
}

void UserAccess::setRules(const QString &context, const QString &namespaceName, const QList<PolicyRule> &rules)
{
    m_rules.insert(key(context, namespaceName), rules);
}

bool UserAccess::hasRules(const QString &context, const QString &namespaceName) const
{
    return m_rules.contains(key(context, namespaceName));
}

UserAccess::Decision UserAccess::can(const QString &context, const QString &verb, const QString &resource,
                                     const QString &namespaceName, const QString &name) const
{
    AccessRequest request = AccessRequest::parse(verb, resource, namespaceName);
    request.name = name;
    return can(context, request);
}

UserAccess::Decision UserAccess::can(const QString &context, const AccessRequest &request) const
{
    const auto it = m_rules.constFind(key(context, request.namespaceName));
    if (it == m_rules.cend())
        return {};
    for (const PolicyRule &rule : it.value())
        if (rule.allows(request))
            return {Answer::Allowed, {}};
    const QString what = request.verb + QLatin1Char(' ') + request.resourceText();
    const QString reason = request.namespaceName.isEmpty()
                               ? tr("your kubeconfig user cannot %1 at cluster scope (context %2)").arg(what, context)
                               : tr("your kubeconfig user cannot %1 in namespace %2 (context %3)")
                                     .arg(what, request.namespaceName, context);
    return {Answer::Denied, reason};
}

UserAccess::Decision UserAccess::canPerform(const QString &context, Action action, const QString &namespaceName,
                                            const QStringList &workloadKinds) const
{
    Decision result{Answer::Allowed, {}};
    for (const AccessRequest &request : requiredFor(action, namespaceName, workloadKinds)) {
        const Decision d = can(context, request);
        if (d.answer == Answer::Denied)
            return d;
        if (d.answer == Answer::Unknown)
            result = d;
    }
    return result;
}

} // namespace chartroom::rbac
