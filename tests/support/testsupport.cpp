#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace chartroom::test {

QString isolateEnvironment()
{
    static QTemporaryDir root(QDir::tempPath() + QStringLiteral("/chartroom-test-XXXXXX"));
    const QString base = root.path();
    for (const char *sub : {"state", "data", "config", "runtime", "home"})
        QDir().mkpath(base + QLatin1Char('/') + QLatin1String(sub));
    QFile::setPermissions(base + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("CHARTROOM_STATE_DIR", (base + QStringLiteral("/state")).toLocal8Bit());
    qputenv("CHARTROOM_DATA_DIR", (base + QStringLiteral("/data")).toLocal8Bit());
    qputenv("CHARTROOM_CONFIG_DIR", (base + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", (base + QStringLiteral("/runtime")).toLocal8Bit());
    return base;
}

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(CHARTROOM_SOURCE_DIR "/tests/data/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    return dark;
}

QString fakeCli()
{
    return QStringLiteral(CHARTROOM_FAKECLI);
}

bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    // Field 3 is the state; Z = zombie. "pid (comm) S ..." — comm may contain spaces.
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) == 'Z';
}

namespace {
qint64 statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
} // namespace

qint64 peakRssKiB()
{
    return statusField("VmHWM:");
}

qint64 currentRssKiB()
{
    return statusField("VmRSS:");
}

QString rowText(const QAbstractItemModel &model, int row, const QModelIndex &parent)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(parent); ++column)
        cells << model.index(row, column, parent).data().toString();
    return cells.join(QLatin1Char('|'));
}

QString rowSpyToText(const QSignalSpy &spy)
{
    QStringList parts;
    for (const QList<QVariant> &args : spy)
        parts << QStringLiteral("%1,%2").arg(args.at(1).toInt()).arg(args.at(2).toInt());
    return parts.join(QLatin1Char(';'));
}

} // namespace chartroom::test
