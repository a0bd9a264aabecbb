#include "catalog/profileparser.h"

#include "catalog/duration.h"
#include "catalog/placeholders.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <initializer_list>

namespace chartroom::catalog {

namespace {

using Keys = std::initializer_list<const char *>;

const QStringList &componentKinds()
{
    static const QStringList kinds{QStringLiteral("db-dump"),      QStringLiteral("physical-backup"),
                                   QStringLiteral("data-archive"), QStringLiteral("config-export"),
                                   QStringLiteral("helm-values"),  QStringLiteral("app-export")};
    return kinds;
}

const QStringList &strategyIds()
{
    static const QStringList ids{QStringLiteral("rolling"),
                                 QStringLiteral("blue-green"),
                                 QStringLiteral("maintenance-window"),
                                 QStringLiteral("in-place"),
                                 QStringLiteral("dump-restore"),
                                 QStringLiteral("database-migration"),
                                 QStringLiteral("replication"),
                                 QStringLiteral("logical-replication"),
                                 QStringLiteral("canary"),
                                 QStringLiteral("config-only"),
                                 QStringLiteral("daemonset")};
    return ids;
}

QString typeName(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return QStringLiteral("nothing");
    case YAML::NodeType::Scalar:
        return QStringLiteral("a scalar");
    case YAML::NodeType::Sequence:
        return QStringLiteral("a list");
    case YAML::NodeType::Map:
        return QStringLiteral("a mapping");
    case YAML::NodeType::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// Walks one document, collecting errors; every accessor returns a default after reporting.
class Reader
{
public:
    explicit Reader(const QString &file)
        : m_file(file)
    {}

    QList<ProfileError> takeErrors() { return std::move(m_errors); }

    void error(const YAML::Mark &mark, const QString &message)
    {
        // yaml-cpp marks are 0-based and -1 when unknown.
        m_errors.append(
            ProfileError{m_file, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0, message});
    }

    /// True when node is a mapping whose keys are all in allowed (each unknown or repeated key is reported).
    bool checkMap(const YAML::Node &node, const QString &where, Keys allowed)
    {
        if (!node.IsMap()) {
            error(node.Mark(), QStringLiteral("%1 must be a mapping, not %2").arg(where, typeName(node)));
            return false;
        }
        QSet<QString> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (seen.contains(key)) {
                error(it->first.Mark(), QStringLiteral("duplicate key \"%1\" in %2").arg(key, where));
                continue;
            }
            seen.insert(key);
            const bool known =
                std::any_of(allowed.begin(), allowed.end(), [&](const char *k) { return key == QLatin1String(k); });
            if (!known) {
                QStringList names;
                for (const char *k : allowed)
                    names.append(QLatin1String(k));
                error(it->first.Mark(), QStringLiteral("unknown key \"%1\" in %2 (allowed: %3)")
                                            .arg(key, where, names.join(QStringLiteral(", "))));
            }
        }
        return true;
    }

    /// Whether map has a non-null value under key; a missing required key is reported.
    bool present(const YAML::Node &map, const char *key, bool required, const QString &where)
    {
        const YAML::Node value = map[key];
        if (value.IsDefined() && !value.IsNull())
            return true;
        if (required)
            error(map.Mark(), QStringLiteral("%1 needs \"%2\"").arg(where, QLatin1String(key)));
        return false;
    }

    /// A scalar value as text; absent or null gives an empty string (reported when required).
    QString text(const YAML::Node &map, const char *key, bool required, const QString &where)
    {
        if (!present(map, key, required, where))
            return {};
        const YAML::Node value = map[key];
        if (!value.IsScalar()) {
            error(value.Mark(),
                  QStringLiteral("\"%1\" must be a string, not %2").arg(QLatin1String(key), typeName(value)));
            return {};
        }
        const QString s = QString::fromStdString(value.Scalar());
        if (required && s.trimmed().isEmpty())
            error(value.Mark(), QStringLiteral("\"%1\" must not be empty").arg(QLatin1String(key)));
        return s;
    }

    /// Like text(), and checks the placeholders it contains.
    QString pattern(const YAML::Node &map, const char *key, bool required, const QString &where)
    {
        const QString s = text(map, key, required, where);
        if (!s.isEmpty())
            checkPlaceholders(s, map[key].Mark());
        return s;
    }

    void checkPlaceholders(const QString &s, const YAML::Mark &mark)
    {
        for (const Placeholder &p : findPlaceholders(s)) {
            const QString problem = placeholderProblem(p);
            if (!problem.isEmpty())
                error(mark, problem);
        }
    }

    bool boolean(const YAML::Node &map, const char *key, bool fallback, bool required, const QString &where)
    {
        if (!present(map, key, required, where))
            return fallback;
        const YAML::Node value = map[key];
        bool result = fallback;
        if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result)) {
            error(value.Mark(), QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(key)));
            return fallback;
        }
        return result;
    }

    std::optional<int> integer(const YAML::Node &map, const char *key, int min, int max)
    {
        if (!present(map, key, false, {}))
            return std::nullopt;
        const YAML::Node value = map[key];
        int result = 0;
        if (!value.IsScalar() || !YAML::convert<int>::decode(value, result)) {
            error(value.Mark(), QStringLiteral("\"%1\" must be a whole number").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (result < min || result > max) {
            error(value.Mark(), QStringLiteral("\"%1\" must be between %2 and %3, not %4")
                                    .arg(QLatin1String(key))
                                    .arg(min)
                                    .arg(max)
                                    .arg(result));
            return std::nullopt;
        }
        return result;
    }

    /// A list of scalars; a lone scalar is a type error (a typo'd argv must not become one argument).
    QStringList textList(const YAML::Node &map, const char *key, bool required, bool withPlaceholders,
                         const QString &where)
    {
        if (!present(map, key, required, where))
            return {};
        const std::vector<YAML::Node> items = sequence(map, key);
        QStringList result;
        for (const YAML::Node &item : items) {
            if (!item.IsScalar()) {
                error(
                    item.Mark(),
                    QStringLiteral("items of \"%1\" must be strings, not %2").arg(QLatin1String(key), typeName(item)));
                continue;
            }
            const QString s = QString::fromStdString(item.Scalar());
            if (withPlaceholders)
                checkPlaceholders(s, item.Mark());
            result.append(s);
        }
        if (required && items.empty() && map[key].IsSequence())
            error(map[key].Mark(), QStringLiteral("\"%1\" must not be empty").arg(QLatin1String(key)));
        return result;
    }

    /// The sequence under key, or an empty node list; reports a non-list value.
    std::vector<YAML::Node> sequence(const YAML::Node &map, const char *key)
    {
        if (!present(map, key, false, {}))
            return {};
        const YAML::Node value = map[key];
        if (!value.IsSequence()) {
            error(value.Mark(),
                  QStringLiteral("\"%1\" must be a list, not %2").arg(QLatin1String(key), typeName(value)));
            return {};
        }
        return {value.begin(), value.end()};
    }

    /// An "id" that must be unique among its siblings (backup components, checks, strategies).
    QString uniqueId(const YAML::Node &item, QSet<QString> &seen, const QString &where)
    {
        const QString id = text(item, "id", true, where);
        if (!id.isEmpty()) {
            if (seen.contains(id))
                error(item["id"].Mark(), QStringLiteral("duplicate id \"%1\" in %2").arg(id, where));
            seen.insert(id);
        }
        return id;
    }

    PodCommand command(const YAML::Node &map, const char *key, bool isRestore)
    {
        PodCommand cmd;
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull())
            return cmd;
        const QString where = QLatin1String(key) % QStringLiteral(" command");
        if (!checkMap(node, where, {"argv", "container", "selector", "stdinFromArtifact"}))
            return cmd;
        cmd.argv = textList(node, "argv", true, true, where);
        cmd.container = text(node, "container", false, where);
        cmd.selector = pattern(node, "selector", false, where);
        cmd.stdinFromArtifact = boolean(node, "stdinFromArtifact", false, false, where);
        if (cmd.stdinFromArtifact && !isRestore)
            error(node["stdinFromArtifact"].Mark(), QStringLiteral("only restore commands read the artifact on stdin"));
        return cmd;
    }

    QList<BackupComponent> components(const YAML::Node &root)
    {
        QList<BackupComponent> result;
        QSet<QString> ids;
        for (const YAML::Node &item : sequence(root, "backup")) {
            const QString where = QStringLiteral("a backup component");
            if (!checkMap(item, where,
                          {"id", "kind", "description", "fileName", "order", "optional", "backup", "restore", "objects",
                           "restartAfterRestore"}))
                continue;
            BackupComponent c;
            c.id = uniqueId(item, ids, where);
            c.kind = text(item, "kind", true, where);
            if (!c.kind.isEmpty() && !componentKinds().contains(c.kind)) {
                error(item["kind"].Mark(), QStringLiteral("unknown backup kind \"%1\" (allowed: %2)")
                                               .arg(c.kind, componentKinds().join(QStringLiteral(", "))));
            }
            c.description = text(item, "description", false, where);
            c.fileName = pattern(item, "fileName", true, where);
            c.order = integer(item, "order", 0, 1000).value_or(0);
            c.optional = boolean(item, "optional", false, false, where);
            c.restartAfterRestore = boolean(item, "restartAfterRestore", false, false, where);
            c.objects = textList(item, "objects", false, true, where);
            c.backup = command(item, "backup", false);
            c.restore = command(item, "restore", true);

            const bool usesPod = c.kind != QLatin1String("config-export") && c.kind != QLatin1String("helm-values");
            if (usesPod && c.backup.argv.isEmpty() && !item["backup"].IsDefined())
                error(
                    item.Mark(),
                    QStringLiteral("backup component \"%1\" of kind %2 needs a \"backup\" command").arg(c.id, c.kind));
            if (!usesPod && (item["backup"].IsDefined() || item["restore"].IsDefined()))
                error(item.Mark(),
                      QStringLiteral("backup component \"%1\" of kind %2 runs no pod command").arg(c.id, c.kind));
            if (c.kind == QLatin1String("config-export") && c.objects.isEmpty() && !item["objects"].IsDefined())
                error(item.Mark(), QStringLiteral("config-export component \"%1\" needs \"objects\"").arg(c.id));
            if (c.kind != QLatin1String("config-export") && item["objects"].IsDefined())
                error(item["objects"].Mark(), QStringLiteral("only config-export components list \"objects\""));
            result.append(c);
        }
        // Restore order, lowest first; equal orders keep the file's order.
        std::stable_sort(result.begin(), result.end(),
                         [](const BackupComponent &a, const BackupComponent &b) { return a.order < b.order; });
        return result;
    }

    QList<HealthCheck> checks(const YAML::Node &root, const char *key)
    {
        QList<HealthCheck> result;
        QSet<QString> ids;
        const QString where = QStringLiteral("a check in \"%1\"").arg(QLatin1String(key));
        for (const YAML::Node &item : sequence(root, key)) {
            if (!checkMap(item, where, {"id", "description", "argv", "container", "selector", "http"}))
                continue;
            HealthCheck check;
            check.id = uniqueId(item, ids, where);
            check.description = text(item, "description", false, where);
            check.command.argv = textList(item, "argv", false, true, where);
            check.command.container = text(item, "container", false, where);
            check.command.selector = pattern(item, "selector", false, where);
            const YAML::Node http = item["http"];
            if (http.IsDefined() && checkMap(http, QStringLiteral("http"), {"port", "path"})) {
                check.httpPort = integer(http, "port", 1, 65535).value_or(0);
                check.httpPath = text(http, "path", true, QStringLiteral("http"));
                if (!http["port"].IsDefined())
                    error(http.Mark(), QStringLiteral("http needs \"port\""));
                if (!check.httpPath.isEmpty() && !check.httpPath.startsWith(QLatin1Char('/')))
                    error(http["path"].Mark(), QStringLiteral("http path must start with \"/\""));
            }
            if (http.IsDefined() == item["argv"].IsDefined())
                error(item.Mark(),
                      QStringLiteral("check \"%1\" needs exactly one of \"argv\" and \"http\"").arg(check.id));
            result.append(check);
        }
        return result;
    }

    QList<UpgradeStrategy> strategies(const YAML::Node &root)
    {
        QList<UpgradeStrategy> result;
        QSet<QString> ids;
        const QString where = QStringLiteral("an upgrade strategy");
        for (const YAML::Node &item : sequence(root, "upgradeStrategies")) {
            if (!checkMap(item, where, {"id", "downtime", "description"}))
                continue;
            UpgradeStrategy s;
            s.id = uniqueId(item, ids, where);
            if (!s.id.isEmpty() && !strategyIds().contains(s.id)) {
                error(item["id"].Mark(), QStringLiteral("unknown upgrade strategy \"%1\" (allowed: %2)")
                                             .arg(s.id, strategyIds().join(QStringLiteral(", "))));
            }
            s.downtime = text(item, "downtime", true, where);
            s.description = text(item, "description", false, where);
            result.append(s);
        }
        return result;
    }

    ExpectedRbac rbac(const YAML::Node &root)
    {
        ExpectedRbac r;
        const YAML::Node node = root["rbac"];
        if (!node.IsDefined() || node.IsNull() ||
            !checkMap(node, QStringLiteral("rbac"), {"role", "clusterRole", "rules"}))
            return r;
        r.createsRole = boolean(node, "role", false, true, QStringLiteral("rbac"));
        r.createsClusterRole = boolean(node, "clusterRole", false, true, QStringLiteral("rbac"));
        const QString where = QStringLiteral("an rbac rule");
        for (const YAML::Node &item : sequence(node, "rules")) {
            if (!checkMap(item, where, {"apiGroups", "resources", "nonResourceURLs", "verbs", "scope", "when"}))
                continue;
            RbacRule rule;
            rule.apiGroups = textList(item, "apiGroups", false, false, where);
            rule.resources = textList(item, "resources", false, false, where) +
                             textList(item, "nonResourceURLs", false, false, where);
            rule.verbs = textList(item, "verbs", true, false, where);
            if (rule.resources.isEmpty())
                error(item.Mark(), QStringLiteral("an rbac rule needs \"resources\" or \"nonResourceURLs\""));
            rule.when = text(item, "when", false, where);
            const QString scope = text(item, "scope", false, where);
            rule.clusterScope = scope == QLatin1String("cluster");
            if (!scope.isEmpty() && scope != QLatin1String("cluster") && scope != QLatin1String("namespace"))
                error(item["scope"].Mark(),
                      QStringLiteral("scope must be \"namespace\" or \"cluster\", not \"%1\"").arg(scope));
            else if (rule.clusterScope && !r.createsClusterRole)
                error(item.Mark(), QStringLiteral("a cluster-scoped rule needs \"clusterRole: true\""));
            else if (!rule.clusterScope && !r.createsRole)
                error(item.Mark(), QStringLiteral("a namespace rule needs \"role: true\""));
            if (!rule.clusterScope) {
                r.resources += rule.resources;
                r.verbs += rule.verbs;
            }
            r.rules.append(rule);
        }
        for (QStringList *list : {&r.resources, &r.verbs}) {
            list->sort();
            list->removeDuplicates();
        }
        return r;
    }

    ChartProfile profile(const YAML::Node &root)
    {
        ChartProfile p;
        if (!checkMap(root, QStringLiteral("a profile"),
                      {"schemaVersion", "id", "profileVersion", "displayName", "description", "category", "tier", "rto",
                       "rpo", "stateful", "pods", "credentials", "backup", "healthChecks", "preUpgradeChecks",
                       "postUpgradeChecks", "upgradeStrategies", "rbac", "notes"}))
            return p;
        const QString where = QStringLiteral("a profile");
        integer(root, "schemaVersion", 1, 1);
        p.id = text(root, "id", true, where);
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
        if (!p.id.isEmpty() && !idPattern.match(p.id).hasMatch())
            error(root["id"].Mark(),
                  QStringLiteral("id \"%1\" must be a chart name: lowercase letters, digits and dashes").arg(p.id));
        p.profileVersion = integer(root, "profileVersion", 1, 1000000).value_or(1);
        p.displayName = text(root, "displayName", true, where);
        p.description = text(root, "description", false, where);
        p.category = text(root, "category", true, where);
        p.tier = integer(root, "tier", 1, 4);
        for (const auto &[key, target] : {std::pair{"rto", &p.rto}, std::pair{"rpo", &p.rpo}}) {
            const QString value = text(root, key, false, where);
            if (value.isEmpty())
                continue;
            *target = parseDuration(value);
            if (!*target)
                error(root[key].Mark(),
                      QStringLiteral("\"%1\" is not a duration: \"%2\" (write e.g. 15m, 1h, 24h, <2h or 0)")
                          .arg(QLatin1String(key), value));
        }
        p.stateful = boolean(root, "stateful", false, true, where);

        const YAML::Node pods = root["pods"];
        if (!pods.IsDefined())
            error(root.Mark(), QStringLiteral("a profile needs \"pods\""));
        else if (checkMap(pods, QStringLiteral("pods"), {"selector", "container", "workload"})) {
            p.podSelector = pattern(pods, "selector", true, QStringLiteral("pods"));
            p.container = text(pods, "container", false, QStringLiteral("pods"));
            p.workload = pattern(pods, "workload", false, QStringLiteral("pods"));
            static const QRegularExpression workload(QStringLiteral("^(statefulset|deployment|daemonset)/\\S+$"));
            if (!p.workload.isEmpty() && !workload.match(p.workload).hasMatch())
                error(pods["workload"].Mark(),
                      QStringLiteral("workload must be statefulset/NAME, deployment/NAME or daemonset/NAME"));
        }

        const YAML::Node credentials = root["credentials"];
        if (credentials.IsDefined() && checkMap(credentials, QStringLiteral("credentials"), {"secret", "key"})) {
            p.credentialsSecret = pattern(credentials, "secret", true, QStringLiteral("credentials"));
            p.credentialsKey = text(credentials, "key", true, QStringLiteral("credentials"));
        }

        p.backupComponents = components(root);
        p.healthChecks = checks(root, "healthChecks");
        p.preUpgradeChecks = checks(root, "preUpgradeChecks");
        p.postUpgradeChecks = checks(root, "postUpgradeChecks");
        p.upgradeStrategies = strategies(root);
        p.rbac = rbac(root);
        p.notes = textList(root, "notes", false, false, where);
        return p;
    }

private:
    QString m_file;
    QList<ProfileError> m_errors;
};

} // namespace

ProfileParseResult parseProfile(const QByteArray &yaml, const QString &fileName)
{
    ProfileParseResult result;
    Reader reader(fileName);
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsDefined() || root.IsNull()) {
            result.errors.append(ProfileError{fileName, 0, 0, QStringLiteral("the file holds no profile")});
            return result;
        }
        ChartProfile profile = reader.profile(root);
        result.errors = reader.takeErrors();
        if (result.errors.isEmpty()) {
            profile.sourceFile = fileName;
            result.profile = std::move(profile);
        }
    } catch (const YAML::Exception &e) {
        result.errors = reader.takeErrors();
        result.errors.append(ProfileError{fileName, e.mark.line >= 0 ? e.mark.line + 1 : 0,
                                          e.mark.column >= 0 ? e.mark.column + 1 : 0, QString::fromStdString(e.msg)});
    } catch (const std::exception &e) {
        result.errors = reader.takeErrors();
        result.errors.append(ProfileError{fileName, 0, 0, QString::fromLocal8Bit(e.what())});
    }
    return result;
}

} // namespace chartroom::catalog
