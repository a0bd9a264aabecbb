#pragma once

#include <QAbstractItemModel>
#include <QPalette>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace chartroom::test {

/// Points Chartroom's state, data and config directories (and XDG_RUNTIME_DIR) at a fresh
/// temporary directory for this test process, so tests never touch the user's files and never
/// see each other's. Returns the directory.
QString isolateEnvironment();

/// The bytes of a file under tests/data (captured tool output and the like); aborts the test
/// program when it is missing, since every test after it would be meaningless.
QByteArray readFixture(const QString &relativePath);

/// A dark palette, for looking at widgets the way dark-mode users see them.
QPalette darkPalette();

/// Path of the fake CLI used by process tests.
QString fakeCli();

/// True when `pid` no longer exists (or is a zombie nobody will reap).
bool processGone(qint64 pid);

/// Peak resident set size of this process in KiB (VmHWM).
qint64 peakRssKiB();
/// Current resident set size of this process in KiB (VmRSS).
qint64 currentRssKiB();

/// "text" of every column of `row` under `parent`, joined by '|'.
QString rowText(const QAbstractItemModel &model, int row, const QModelIndex &parent = {});
/// A QSignalSpy of (parent, first, last) signals as "first,last;first,last".
QString rowSpyToText(const QSignalSpy &spy);

} // namespace chartroom::test
