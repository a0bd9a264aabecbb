#include "backup/backupid.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {
const QString TimeFormat = u"yyyyMMdd'T'HHmmss'Z'"_s;
}

QString newBackupId(const QDateTime &now)
{
    const quint32 random = QRandomGenerator::system()->generate() & 0xffffffu;
    return now.toUTC().toString(TimeFormat) + u'-' + u"%1"_s.arg(random, 6, 16, QLatin1Char('0'));
}

bool isBackupId(const QString &id)
{
    static const QRegularExpression pattern(u"^\\d{8}T\\d{6}Z-[0-9a-f]{6}$"_s);
    return pattern.match(id).hasMatch();
}

QDateTime backupIdTime(const QString &id)
{
    if (!isBackupId(id))
        return {};
    QDateTime time = QDateTime::fromString(id.left(16), TimeFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString encodePathSegment(const QString &name)
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(name, "._-"));
    if (encoded.startsWith(u'.'))
        encoded = u"%2E"_s + encoded.mid(1);
    return encoded.isEmpty() ? u"%00"_s : encoded;
}

QString decodePathSegment(const QString &segment)
{
    if (segment == u"%00")
        return {};
    return QUrl::fromPercentEncoding(segment.toLatin1());
}

} // namespace chartroom::backup
