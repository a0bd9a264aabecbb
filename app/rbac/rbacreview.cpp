#include "rbacreview.h"

#include "rbac/rulecatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace chartroom::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::rbac", text);
}

const QList<Severity> &severitiesDescending()
{
    static const QList<Severity> list{Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info};
    return list;
}

QString releaseText(const Finding &f)
{
    return f.release.isEmpty() ? tr("not from a release") : f.release.key();
}

QString subjectsText(const Finding &f)
{
    QStringList out;
    for (const Subject &s : f.subjects)
        out << s.toString();
    return out.join(QStringLiteral(", "));
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString mdCode(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('`'), QLatin1Char('\''));
    return QLatin1Char('`') + t + QLatin1Char('`');
}

} // namespace

void RbacReview::applyScope()
{
    if (namespaceName.isEmpty() && release.isEmpty())
        return;
    findings.removeIf([this](const Finding &f) {
        if (!namespaceName.isEmpty()) {
            const bool inNs = f.scopeNamespace == namespaceName || f.release.namespaceName == namespaceName;
            if (!inNs)
                return true;
        }
        if (!release.isEmpty()) {
            const bool match = release.contains(QLatin1Char('/')) ? f.release.key() == release : f.release.name == release;
            if (!match)
                return true;
        }
        return false;
    });
}

int RbacReview::openAtLeast(Severity severity) const
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
                                          [severity](const Finding &f) { return f.isOpen() && f.severity >= severity; }));
}

QString RbacReview::toMarkdown() const
{
    QString out;
    out += QStringLiteral("# ") + tr("RBAC review") + QStringLiteral("\n\n");
    out += QStringLiteral("- ") + tr("Contexts: %1").arg(contexts.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!namespaceName.isEmpty())
        out += QStringLiteral("- ") + tr("Namespace: %1").arg(namespaceName) + QLatin1Char('\n');
    if (!release.isEmpty())
        out += QStringLiteral("- ") + tr("Release: %1").arg(release) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Generated: %1").arg(generatedAt.toUTC().toString(Qt::ISODate)) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Findings: %1 (%2 open)").arg(findings.size()).arg(openAtLeast(Severity::Info)) + QLatin1Char('\n');
    for (const QString &w : warnings)
        out += QStringLiteral("- ") + tr("Warning: %1").arg(w) + QLatin1Char('\n');
    for (Severity severity : severitiesDescending()) {
        QList<const Finding *> group;
        for (const Finding &f : findings)
            if (f.severity == severity)
                group << &f;
        if (group.isEmpty())
            continue;
        out += QStringLiteral("\n## ") + severityLabel(severity) + QStringLiteral(" (") + QString::number(group.size())
               + QStringLiteral(")\n");
        for (const Finding *f : group) {
            const RuleDefinition *rule = findRule(f->ruleId);
            out += QStringLiteral("\n### ") + (rule ? rule->title : f->ruleId) + QStringLiteral(" — ") + releaseText(*f)
                   + QStringLiteral(" (") + f->context + QStringLiteral(")\n\n");
            out += QStringLiteral("- ") + tr("Rule: %1").arg(mdCode(f->ruleId)) + QLatin1Char('\n');
            out += QStringLiteral("- ") + tr("Status: %1").arg(f->accepted ? tr("accepted — %1").arg(f->acceptNote) : tr("open"))
                   + QLatin1Char('\n');
            if (f->expectedByChart)
                out += QStringLiteral("- ") + tr("Expected by the chart profile (would be %1)").arg(severityLabel(f->originalSeverity))
                       + QLatin1Char('\n');
            if (!f->bindingText.isEmpty())
                out += QStringLiteral("- ") + tr("Binding: %1").arg(mdCode(f->bindingText)) + QLatin1Char('\n');
            out += QStringLiteral("- ") + tr("Role: %1").arg(mdCode(f->roleText)) + QLatin1Char('\n');
            if (!f->subjects.isEmpty())
                out += QStringLiteral("- ") + tr("Subjects: %1").arg(subjectsText(*f)) + QLatin1Char('\n');
            out += QStringLiteral("- ") + tr("Matched: %1").arg(f->detail) + QLatin1Char('\n');
            if (rule)
                out += QStringLiteral("- ") + tr("Why: %1").arg(rule->explanation) + QLatin1Char('\n')
                       + QStringLiteral("- ") + tr("Reference: %1").arg(rule->reference) + QLatin1Char('\n');
            out += QStringLiteral("- ") + tr("Rules:") + QLatin1Char('\n');
            for (const PolicyRule &r : f->rules)
                out += QStringLiteral("  - ") + mdCode(r.toString()) + QLatin1Char('\n');
            out += QStringLiteral("- ") + tr("Paths:") + QLatin1Char('\n');
            for (const QString &p : f->paths)
                out += QStringLiteral("  - ") + mdCode(p) + QLatin1Char('\n');
        }
    }
    return out;
}

QString RbacReview::toHtml() const
{
    auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + e(tr("RBAC review"))
                  + QStringLiteral("</title></head><body>\n<h1>") + e(tr("RBAC review")) + QStringLiteral("</h1>\n<p>")
                  + e(tr("Contexts: %1").arg(contexts.join(QStringLiteral(", ")))) + QStringLiteral("<br>")
                  + e(tr("Generated: %1").arg(generatedAt.toUTC().toString(Qt::ISODate))) + QStringLiteral("<br>")
                  + e(tr("Findings: %1 (%2 open)").arg(findings.size()).arg(openAtLeast(Severity::Info)))
                  + QStringLiteral("</p>\n");
    for (const QString &w : warnings)
        out += QStringLiteral("<p class=\"warning\">") + e(w) + QStringLiteral("</p>\n");
    out += QStringLiteral("<table border=\"1\">\n<tr><th>") + e(tr("Severity")) + QStringLiteral("</th><th>") + e(tr("Rule"))
           + QStringLiteral("</th><th>") + e(tr("Context")) + QStringLiteral("</th><th>") + e(tr("Release"))
           + QStringLiteral("</th><th>") + e(tr("Binding")) + QStringLiteral("</th><th>") + e(tr("Role"))
           + QStringLiteral("</th><th>") + e(tr("Matched")) + QStringLiteral("</th><th>") + e(tr("Paths"))
           + QStringLiteral("</th><th>") + e(tr("Status")) + QStringLiteral("</th></tr>\n");
    for (const Finding &f : findings) {
        const RuleDefinition *rule = findRule(f.ruleId);
        QStringList paths;
        for (const QString &p : f.paths)
            paths << e(p);
        out += QStringLiteral("<tr><td>") + e(severityLabel(f.severity)) + QStringLiteral("</td><td><a href=\"")
               + e(rule ? rule->reference : QString()) + QStringLiteral("\">") + e(rule ? rule->title : f.ruleId)
               + QStringLiteral("</a> (") + e(f.ruleId) + QStringLiteral(")</td><td>") + e(f.context) + QStringLiteral("</td><td>")
               + e(releaseText(f)) + QStringLiteral("</td><td>") + e(f.bindingText) + QStringLiteral("</td><td>") + e(f.roleText)
               + QStringLiteral("</td><td>") + e(f.detail) + QStringLiteral("</td><td>") + paths.join(QStringLiteral("<br>"))
               + QStringLiteral("</td><td>") + e(f.accepted ? tr("accepted — %1").arg(f.acceptNote) : tr("open"))
               + QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</table>\n</body></html>\n");
    return out;
}

QString RbacReview::toCsv() const
{
    QString out = QStringLiteral("severity,rule,context,release,binding,role,scope,subjects,matched,policy_rules,expected_by_chart,status,note\n");
    for (const Finding &f : findings) {
        QStringList rules;
        for (const PolicyRule &r : f.rules)
            rules << r.toString();
        const QStringList fields{severityId(f.severity), f.ruleId, f.context, f.release.key(), f.bindingText, f.roleText,
                                 f.scopeNamespace.isEmpty() ? QStringLiteral("cluster") : f.scopeNamespace, subjectsText(f),
                                 f.detail, rules.join(QStringLiteral("; ")),
                                 f.expectedByChart ? QStringLiteral("yes") : QStringLiteral("no"),
                                 f.accepted ? QStringLiteral("accepted") : QStringLiteral("open"), f.acceptNote};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    // A review that could not read everything says so in the table itself: one row per warning.
    for (const QString &w : warnings)
        out += QStringLiteral("warning,review-incomplete,,,,,,,") + csvField(w) + QStringLiteral(",,,,\n");
    return out;
}

QJsonObject RbacReview::toJson() const
{
    QJsonArray array;
    for (const Finding &f : findings)
        array.append(f.toJson());
    QJsonObject summary;
    for (Severity s : severitiesDescending()) {
        int open = 0;
        for (const Finding &f : findings)
            open += f.isOpen() && f.severity == s ? 1 : 0;
        summary.insert(severityId(s), open);
    }
    return QJsonObject{
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("contexts"), QJsonArray::fromStringList(contexts)},
                                              {QStringLiteral("namespace"), namespaceName},
                                              {QStringLiteral("release"), release}}},
        {QStringLiteral("generatedAt"), generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("openBySeverity"), summary},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("findings"), array},
    };
}

} // namespace chartroom::rbac
