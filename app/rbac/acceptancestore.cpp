#include "acceptancestore.h"

#include "core/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace chartroom::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::rbac", text);
}

} // namespace

bool Acceptance::matches(const Finding &finding) const
{
    return context == finding.context && release == finding.release.key() && ruleId == finding.ruleId
           && (target.isEmpty() || target == finding.target());
}

AcceptanceStore::AcceptanceStore(QString path)
    : m_path(std::move(path))
{
}

QString AcceptanceStore::defaultPath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("rbac-acceptances.json"));
}

Result<void> AcceptanceStore::load()
{
    m_acceptances.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rbac.acceptances"), tr("cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("rbac.acceptances"),
                         tr("%1 is not a valid acceptance file (%2)").arg(m_path, error.errorString()));
    for (const QJsonValue &value : doc.object().value(QLatin1String("acceptances")).toArray()) {
        const QJsonObject o = value.toObject();
        Acceptance a;
        a.context = o.value(QLatin1String("context")).toString();
        a.release = o.value(QLatin1String("release")).toString();
        a.ruleId = o.value(QLatin1String("rule")).toString();
        a.target = o.value(QLatin1String("target")).toString();
        a.note = o.value(QLatin1String("note")).toString();
        a.acceptedAt = QDateTime::fromString(o.value(QLatin1String("acceptedAt")).toString(), Qt::ISODate);
        if (!a.context.isEmpty() && !a.ruleId.isEmpty())
            m_acceptances << a;
    }
    return {};
}

Result<void> AcceptanceStore::save() const
{
    QJsonArray array;
    for (const Acceptance &a : m_acceptances)
        array.append(QJsonObject{{QStringLiteral("context"), a.context},
                                 {QStringLiteral("release"), a.release},
                                 {QStringLiteral("rule"), a.ruleId},
                                 {QStringLiteral("target"), a.target},
                                 {QStringLiteral("note"), a.note},
                                 {QStringLiteral("acceptedAt"), a.acceptedAt.toUTC().toString(Qt::ISODate)}});
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("acceptances"), array}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("rbac.acceptances"), tr("cannot write %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(QStringLiteral("rbac.acceptances"), tr("cannot write %1: %2").arg(m_path, file.errorString()));
    return {};
}

void AcceptanceStore::accept(const Acceptance &acceptance)
{
    reopen(acceptance.context, acceptance.release, acceptance.ruleId, acceptance.target);
    Acceptance a = acceptance;
    if (!a.acceptedAt.isValid())
        a.acceptedAt = QDateTime::currentDateTimeUtc();
    m_acceptances << a;
}

bool AcceptanceStore::reopen(const QString &context, const QString &release, const QString &ruleId, const QString &target)
{
    return m_acceptances.removeIf([&](const Acceptance &a) {
        return a.context == context && a.release == release && a.ruleId == ruleId && a.target == target;
    }) > 0;
}

int AcceptanceStore::apply(QList<Finding> &findings) const
{
    int count = 0;
    for (Finding &f : findings) {
        for (const Acceptance &a : m_acceptances) {
            if (a.matches(f)) {
                f.accepted = true;
                f.acceptNote = a.note;
                ++count;
                break;
            }
        }
    }
    return count;
}

} // namespace chartroom::rbac
