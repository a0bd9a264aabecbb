#include "backup/backupmanifest.h"

#include "artifact/compression.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

std::optional<ComponentRecord::Status> statusFromName(const QString &name)
{
    if (name == u"ok")
        return ComponentRecord::Status::Ok;
    if (name == u"failed")
        return ComponentRecord::Status::Failed;
    if (name == u"skipped")
        return ComponentRecord::Status::Skipped;
    return std::nullopt;
}

QJsonObject componentToJson(const ComponentRecord &c)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"kind"_s, c.kind},
                  {u"description"_s, c.description},
                  {u"status"_s, statusName(c.status)},
                  {u"optional"_s, c.optional},
                  {u"exitCode"_s, c.exitCode},
                  {u"contentBytes"_s, c.contentBytes},
                  {u"storedBytes"_s, c.storedBytes},
                  {u"startedAt"_s, isoTime(c.startedAt)},
                  {u"finishedAt"_s, isoTime(c.finishedAt)}};
    auto putIfAny = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    putIfAny(u"reason"_s, c.reason);
    putIfAny(u"artifact"_s, c.artifact);
    putIfAny(u"compression"_s, c.compression);
    putIfAny(u"pod"_s, c.pod);
    putIfAny(u"container"_s, c.container);
    putIfAny(u"contentSha256"_s, c.contentSha256);
    putIfAny(u"storedSha256"_s, c.storedSha256);
    if (!c.command.isEmpty())
        o.insert(u"command"_s, QJsonArray::fromStringList(c.command));
    return o;
}

Result<ComponentRecord> componentFromJson(const QJsonObject &o)
{
    ComponentRecord c;
    c.id = o.value(u"id"_s).toString();
    c.kind = o.value(u"kind"_s).toString();
    const auto status = statusFromName(o.value(u"status"_s).toString());
    if (c.id.isEmpty() || !status)
        return makeError(u"backup.bad-manifest"_s, u"A component of the manifest has no id or an unknown status."_s);
    c.status = *status;
    c.description = o.value(u"description"_s).toString();
    c.reason = o.value(u"reason"_s).toString();
    c.optional = o.value(u"optional"_s).toBool();
    c.artifact = o.value(u"artifact"_s).toString();
    if (c.artifact.contains(u'/') || c.artifact == u".." || c.artifact.startsWith(u'.'))
        return makeError(u"backup.bad-manifest"_s, u"The manifest names an artifact outside its backup: %1"_s.arg(c.artifact));
    c.compression = o.value(u"compression"_s).toString();
    if (!c.artifact.isEmpty() && !artifact::compressionFromName(c.compression))
        return makeError(u"backup.bad-manifest"_s, u"Artifact %1 has an unknown compression."_s.arg(c.artifact));
    c.pod = o.value(u"pod"_s).toString();
    c.container = o.value(u"container"_s).toString();
    for (const QJsonValue &v : o.value(u"command"_s).toArray())
        c.command.append(v.toString());
    c.exitCode = o.value(u"exitCode"_s).toInt();
    c.contentBytes = o.value(u"contentBytes"_s).toInteger();
    c.storedBytes = o.value(u"storedBytes"_s).toInteger();
    c.contentSha256 = o.value(u"contentSha256"_s).toString();
    c.storedSha256 = o.value(u"storedSha256"_s).toString();
    c.startedAt = parseTime(o.value(u"startedAt"_s));
    c.finishedAt = parseTime(o.value(u"finishedAt"_s));
    if (c.status == ComponentRecord::Status::Ok && !c.artifact.isEmpty() && c.storedSha256.size() != 64)
        return makeError(u"backup.bad-manifest"_s, u"Artifact %1 has no SHA-256 in the manifest."_s.arg(c.artifact));
    return c;
}

} // namespace

QString statusName(ComponentRecord::Status status)
{
    switch (status) {
    case ComponentRecord::Status::Ok:
        return u"ok"_s;
    case ComponentRecord::Status::Failed:
        return u"failed"_s;
    case ComponentRecord::Status::Skipped:
        return u"skipped"_s;
    }
    return {};
}

qint64 BackupManifest::storedBytes() const
{
    qint64 total = 0;
    for (const ComponentRecord &c : components)
        total += c.storedBytes;
    return total;
}

bool BackupManifest::complete() const
{
    for (const ComponentRecord &c : components) {
        if (c.status == ComponentRecord::Status::Failed && !c.optional)
            return false;
    }
    return !components.isEmpty();
}

QJsonObject BackupManifest::toJson() const
{
    QJsonArray list;
    for (const ComponentRecord &c : components)
        list.append(componentToJson(c));
    return QJsonObject{{u"format"_s, u"chartroom-backup"_s},
                       {u"formatVersion"_s, FormatVersion},
                       {u"id"_s, id},
                       {u"context"_s, context},
                       {u"namespace"_s, releaseNamespace},
                       {u"release"_s, release},
                       {u"chart"_s, chart},
                       {u"chartVersion"_s, chartVersion},
                       {u"appVersion"_s, appVersion},
                       {u"helmRevision"_s, helmRevision},
                       {u"profile"_s, QJsonObject{{u"id"_s, profileId}, {u"version"_s, profileVersion}}},
                       {u"tools"_s, QJsonObject{{u"helm"_s, helmVersion}, {u"kubectl"_s, kubectlVersion}}},
                       {u"compression"_s, compression},
                       {u"encryption"_s, QJsonObject{{u"algorithm"_s, encryption}, {u"keyId"_s, keyId}}},
                       {u"startedAt"_s, isoTime(startedAt)},
                       {u"finishedAt"_s, isoTime(finishedAt)},
                       {u"components"_s, list}};
}

Result<BackupManifest> BackupManifest::fromJson(const QJsonObject &o)
{
    if (o.value(u"format"_s).toString() != u"chartroom-backup")
        return makeError(u"backup.bad-manifest"_s, u"This is not a Chartroom backup manifest."_s);
    const int version = o.value(u"formatVersion"_s).toInt();
    if (version < 1 || version > FormatVersion)
        return makeError(u"backup.unsupported-manifest"_s,
                         u"The manifest has format version %1; this Chartroom reads up to %2."_s.arg(version).arg(FormatVersion));
    BackupManifest m;
    m.id = o.value(u"id"_s).toString();
    m.context = o.value(u"context"_s).toString();
    m.releaseNamespace = o.value(u"namespace"_s).toString();
    m.release = o.value(u"release"_s).toString();
    if (m.id.isEmpty() || m.context.isEmpty() || m.releaseNamespace.isEmpty() || m.release.isEmpty())
        return makeError(u"backup.bad-manifest"_s, u"The manifest does not name its backup and release."_s);
    m.chart = o.value(u"chart"_s).toString();
    m.chartVersion = o.value(u"chartVersion"_s).toString();
    m.appVersion = o.value(u"appVersion"_s).toString();
    m.helmRevision = o.value(u"helmRevision"_s).toInt();
    const QJsonObject profile = o.value(u"profile"_s).toObject();
    m.profileId = profile.value(u"id"_s).toString();
    m.profileVersion = profile.value(u"version"_s).toInt();
    const QJsonObject tools = o.value(u"tools"_s).toObject();
    m.helmVersion = tools.value(u"helm"_s).toString();
    m.kubectlVersion = tools.value(u"kubectl"_s).toString();
    m.compression = o.value(u"compression"_s).toString();
    const QJsonObject encryption = o.value(u"encryption"_s).toObject();
    m.encryption = encryption.value(u"algorithm"_s).toString();
    m.keyId = encryption.value(u"keyId"_s).toString();
    m.startedAt = parseTime(o.value(u"startedAt"_s));
    m.finishedAt = parseTime(o.value(u"finishedAt"_s));
    for (const QJsonValue &value : o.value(u"components"_s).toArray()) {
        auto component = componentFromJson(value.toObject());
        if (!component)
            return component.error();
        m.components.append(std::move(component).value());
    }
    return m;
}

QJsonObject VerificationRecord::toJson() const
{
    QJsonArray list;
    for (const Artifact &a : artifacts) {
        QJsonObject item{{u"artifact"_s, a.artifact}, {u"ok"_s, a.ok}, {u"authenticated"_s, a.authenticated}};
        if (!a.error.isEmpty())
            item.insert(u"error"_s, a.error);
        list.append(item);
    }
    QJsonObject o{{u"verifiedAt"_s, isoTime(verifiedAt)}, {u"ok"_s, ok}, {u"artifacts"_s, list}};
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    return o;
}

Result<VerificationRecord> VerificationRecord::fromJson(const QJsonObject &o)
{
    VerificationRecord r;
    r.verifiedAt = parseTime(o.value(u"verifiedAt"_s));
    if (!r.verifiedAt.isValid())
        return makeError(u"backup.bad-verification"_s, u"The verification record has no time."_s);
    r.ok = o.value(u"ok"_s).toBool();
    r.error = o.value(u"error"_s).toString();
    for (const QJsonValue &value : o.value(u"artifacts"_s).toArray()) {
        const QJsonObject item = value.toObject();
        r.artifacts.append(Artifact{item.value(u"artifact"_s).toString(), item.value(u"ok"_s).toBool(),
                                    item.value(u"authenticated"_s).toBool(), item.value(u"error"_s).toString()});
    }
    return r;
}

} // namespace chartroom::backup
