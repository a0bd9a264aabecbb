#include "rbacobjects.h"

namespace chartroom::rbac {

QString Subject::toString() const
{
    if (isServiceAccount())
        return kind + QLatin1Char(' ') + namespaceName + QLatin1Char('/') + name;
    return kind + QLatin1Char(' ') + name;
}

bool LabelSelector::matches(const QMap<QString, QString> &labels) const
{
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it)
        if (labels.value(it.key(), QString()) != it.value() || !labels.contains(it.key()))
            return false;
    for (const Expression &e : expressions) {
        const bool has = labels.contains(e.key);
        if (e.op == QLatin1String("In") && !(has && e.values.contains(labels.value(e.key))))
            return false;
        if (e.op == QLatin1String("NotIn") && has && e.values.contains(labels.value(e.key)))
            return false;
        if (e.op == QLatin1String("Exists") && !has)
            return false;
        if (e.op == QLatin1String("DoesNotExist") && has)
            return false;
    }
    // An empty selector matches every ClusterRole (metav1.LabelSelectorAsSelector gives Everything).
    return true;
}

QString RbacRole::toString() const
{
    return namespaceName.isEmpty() ? QString(kind + QLatin1Char(' ') + name)
                                   : QString(kind + QLatin1Char(' ') + namespaceName + QLatin1Char('/') + name);
}

QString RbacBinding::toString() const
{
    return namespaceName.isEmpty() ? QString(kind + QLatin1Char(' ') + name)
                                   : QString(kind + QLatin1Char(' ') + namespaceName + QLatin1Char('/') + name);
}

} // namespace chartroom::rbac
