#include "backupformatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace chartroom::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::ui::BackupFormatting", text);
}

} // namespace

QString backupStateText(backup::BackupState state)
{
    switch (state) {
    case backup::BackupState::InProgress:
        return tr("In progress");
    case backup::BackupState::Incomplete:
        return tr("Incomplete");
    case backup::BackupState::Failed:
        return tr("Failed");
    case backup::BackupState::Unverified:
        return tr("Not verified");
    case backup::BackupState::Verified:
        return tr("Verified");
    case backup::BackupState::Bad:
        return tr("Bad");
    }
    return {};
}

bool isBackupProblem(backup::BackupState state)
{
    return state == backup::BackupState::Bad || state == backup::BackupState::Failed ||
           state == backup::BackupState::Incomplete;
}

QColor backupErrorColor()
{
    return QColor(0xda, 0x36, 0x33);
}

QString backupSizeText(qint64 bytes)
{
    return bytes < 0 ? tr("unknown") : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace chartroom::ui
