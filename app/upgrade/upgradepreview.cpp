#include "upgrade/upgradepreview.h"

#include "core/redactor.h"
#include "upgrade/unifieddiff.h"
#include "upgrade/upgradecommands.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::upgrade", text);
}

/// JSON or YAML values as block YAML, redacted; empty for no values.
QString valuesYaml(const QByteArray &data)
{
    try {
        const YAML::Node node = YAML::Load(data.toStdString());
        if (!node.IsDefined() || node.IsNull() || (node.IsMap() && node.size() == 0))
            return {};
        YAML::Emitter out;
        out << node;
        return Redactor::shared().redactText(QString::fromUtf8(out.c_str()) + u'\n');
    } catch (const YAML::Exception &) {
        return Redactor::shared().redactText(QString::fromUtf8(data));
    }
}

QString changeName(inventory::ResourceDiff::Change change)
{
    switch (change) {
    case inventory::ResourceDiff::Change::Added: return tr("added");
    case inventory::ResourceDiff::Change::Removed: return tr("removed");
    case inventory::ResourceDiff::Change::Changed: return tr("changed");
    case inventory::ResourceDiff::Change::Unchanged: return tr("unchanged");
    }
    return {};
}

} // namespace

QStringList instanceServicesOf(const QString &manifest, const QString &release)
{
    QStringList services;
    for (const inventory::ManifestResource &r : inventory::splitManifest(manifest)) {
        if (r.kind != u"Service")
            continue;
        try {
            const YAML::Node node = YAML::Load(r.text.toStdString());
            const YAML::Node spec = node["spec"];
            const YAML::Node selector = spec.IsDefined() && spec.IsMap() ? spec["selector"] : YAML::Node();
            const YAML::Node value = selector.IsDefined() && selector.IsMap() ? selector[UpgradeCommands::InstanceLabel.toStdString()]
                                                                             : YAML::Node();
            if (value.IsDefined() && value.IsScalar() && QString::fromStdString(value.Scalar()) == release)
                services.append(r.name);
        } catch (const YAML::Exception &) {
        }
    }
    return services;
}

QStringList workloadsOf(const QString &manifest)
{
    QStringList workloads;
    for (const inventory::ManifestResource &r : inventory::splitManifest(manifest))
        if (r.kind == u"Deployment" || r.kind == u"StatefulSet")
            workloads.append(r.kind.toLower() + u'/' + r.name);
    return workloads;
}

UpgradePreview UpgradePreview::build(const Inputs &inputs)
{
    UpgradePreview p;
    p.m_mode = inputs.mode;
    p.m_history = inputs.history;
    p.m_renderedByServer = inputs.renderedByServer;
    p.m_userValues = valuesYaml(inputs.userValues);
    p.m_newDefaults = valuesYaml(inputs.newDefaults);
    switch (inputs.mode) {
    case ValuesMode::ReuseValues: p.m_proposed = valuesYaml(inputs.computedValues); break;
    case ValuesMode::ResetThenReuseValues: p.m_proposed = p.m_userValues; break;
    case ValuesMode::ValuesFile: p.m_proposed = valuesYaml(inputs.valuesFile); break;
    }
    const Result<FlatValues> user = flattenValues(inputs.mode == ValuesMode::ValuesFile ? inputs.valuesFile : inputs.userValues);
    const Result<FlatValues> computed = flattenValues(inputs.computedValues);
    const Result<FlatValues> defaults = flattenValues(inputs.newDefaults);
    if (user && computed && defaults)
        p.m_changedDefaults = upgrade::changedDefaults(*computed, *user, *defaults);
    else
        p.m_valuesProblem = tr("The values could not be compared: %1")
                                .arg(!user ? user.error().message : (!computed ? computed.error().message : defaults.error().message));

    const Redactor &redactor = Redactor::shared();
    const QString before = redactor.redactManifest(inputs.currentManifest);
    const QString after = redactor.redactManifest(inputs.newManifest);
    const QList<inventory::ResourceDiff> raw = inventory::diffManifests(inputs.currentManifest, inputs.newManifest);
    const QList<inventory::ResourceDiff> shown = inventory::diffManifests(before, after);
    QHash<QString, QString> beforeText, afterText;
    for (const inventory::ManifestResource &r : inventory::splitManifest(before))
        beforeText.insert(r.key(), r.text);
    for (const inventory::ManifestResource &r : inventory::splitManifest(after))
        afterText.insert(r.key(), r.text);
    for (const inventory::ResourceDiff &d : raw) {
        ResourceChange change{d.key, d.change, {}, {}, false};
        for (const inventory::ResourceDiff &s : shown)
            if (s.key == d.key)
                change.rows = s.rows;
        if (d.change != inventory::ResourceDiff::Change::Unchanged) {
            change.unifiedDiff = unifiedDiff(beforeText.value(d.key), afterText.value(d.key), u"a/"_s + d.key, u"b/"_s + d.key);
            change.secretOnly = change.unifiedDiff.isEmpty();
        }
        p.m_resources.append(change);
    }
    p.m_risks = assessManifestRisks(inputs.currentManifest, inputs.newManifest);
    p.m_services = instanceServicesOf(inputs.currentManifest, inputs.releaseName);
    p.m_workloads = workloadsOf(inputs.currentManifest);
    return p;
}

bool UpgradePreview::hasBlockingRisks() const
{
    return std::any_of(m_risks.begin(), m_risks.end(), [](const RiskFlag &f) { return f.blocking(); });
}

int UpgradePreview::currentRevision() const
{
    return m_history.isEmpty() ? 0 : m_history.last().revision;
}

QString UpgradePreview::currentStatus() const
{
    return m_history.isEmpty() ? QString() : m_history.last().status;
}

int UpgradePreview::previousGoodRevision() const
{
    for (qsizetype i = m_history.size() - 2; i >= 0; --i)
        if (m_history[i].status == u"deployed" || m_history[i].status == u"superseded")
            return m_history[i].revision;
    return 0;
}

QString UpgradePreview::valuesExplanation() const
{
    QString text = valuesModeExplanation(m_mode);
    if (m_changedDefaults.isEmpty())
        return text + u' ' + tr("The new chart changes no default you rely on.");
    text += u' ';
    text += m_mode == ValuesMode::ReuseValues
        ? QCoreApplication::translate("chartroom::upgrade", "%n default(s) of the new chart will NOT be applied:", nullptr,
                                      int(m_changedDefaults.size()))
        : QCoreApplication::translate("chartroom::upgrade", "%n default(s) change with the new chart:", nullptr,
                                      int(m_changedDefaults.size()));
    return text;
}

QStringList UpgradePreview::describe(bool withDiffs) const
{
    QStringList lines;
    lines << tr("Values") << u"  "_s + valuesExplanation();
    for (const DefaultsChange &c : m_changedDefaults)
        lines << u"    %1: %2 → %3"_s.arg(c.path, c.oldValue.isEmpty() ? tr("(unset)") : Redactor::shared().redactText(c.oldValue),
                                          c.newValue.isEmpty() ? tr("(removed)") : Redactor::shared().redactText(c.newValue));
    if (!m_valuesProblem.isEmpty())
        lines << u"  "_s + m_valuesProblem;
    lines << tr("  Your values (helm get values):");
    for (const QString &l : m_userValues.isEmpty() ? QStringList{tr("(none)")} : m_userValues.trimmed().split(u'\n'))
        lines << u"    "_s + l;

    lines << tr("Manifest (%1)").arg(m_renderedByServer ? tr("rendered by helm upgrade --dry-run=server")
                                                         : tr("rendered by helm template: no server lookups or validation"));
    int changed = 0;
    for (const ResourceChange &r : m_resources) {
        if (r.change == inventory::ResourceDiff::Change::Unchanged)
            continue;
        ++changed;
        lines << u"  %1  %2"_s.arg(changeName(r.change).leftJustified(9), r.key);
        if (r.secretOnly)
            lines << tr("    (Secret values change; they are not shown)");
        else if (withDiffs)
            for (const QString &l : r.unifiedDiff.trimmed().split(u'\n'))
                lines << u"    "_s + l;
    }
    if (changed == 0)
        lines << tr("  No object changes.");

    lines << tr("Risks");
    if (m_risks.isEmpty())
        lines << tr("  none found");
    for (const RiskFlag &f : m_risks)
        lines << u"  [%1]%2 %3%4: %5"_s.arg(riskKindId(f.kind), f.blocking() ? tr(" BLOCKING") : QString(), f.resource,
                                            f.field.isEmpty() ? QString() : u' ' + f.field, f.detail);
    return lines;
}

} // namespace chartroom::upgrade
