#include "finding.h"

#include "rbac/rulecatalog.h"

#include <QJsonArray>

namespace chartroom::rbac {

QString Finding::key() const
{
    return QStringList{context, release.key(), ruleId, target()}.join(QLatin1Char('|'));
}

QJsonObject Finding::toJson() const
{
    const RuleDefinition *rule = findRule(ruleId);
    QJsonArray subjectArray;
    for (const Subject &s : subjects)
        subjectArray.append(QJsonObject{{QStringLiteral("kind"), s.kind},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("namespace"), s.namespaceName}});
    QJsonArray ruleArray;
    for (const PolicyRule &r : rules)
        ruleArray.append(r.toJson());
    QJsonObject json{
        {QStringLiteral("rule"), ruleId},
        {QStringLiteral("title"), rule ? rule->title : QString()},
        {QStringLiteral("severity"), severityId(severity)},
        {QStringLiteral("context"), context},
        {QStringLiteral("release"), release.key()},
        {QStringLiteral("chart"), release.chart},
        {QStringLiteral("binding"), bindingText},
        {QStringLiteral("bindingRelease"), bindingRelease.key()},
        {QStringLiteral("role"), roleText},
        {QStringLiteral("roleRelease"), roleRelease.key()},
        {QStringLiteral("scope"), scopeNamespace.isEmpty() ? QStringLiteral("cluster") : scopeNamespace},
        {QStringLiteral("subjects"), subjectArray},
        {QStringLiteral("policyRules"), ruleArray},
        {QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("expectedByChart"), expectedByChart},
        {QStringLiteral("accepted"), accepted},
        {QStringLiteral("reference"), rule ? rule->reference : QString()},
    };
    if (expectedByChart)
        json.insert(QStringLiteral("originalSeverity"), severityId(originalSeverity));
    if (accepted)
        json.insert(QStringLiteral("acceptNote"), acceptNote);
    return json;
}

} // namespace chartroom::rbac
