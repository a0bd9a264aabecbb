#include "backup/backuprecord.h"

#include "backup/backupid.h"

using namespace Qt::StringLiterals;

namespace chartroom::backup {

QString backupStateName(BackupState state)
{
    switch (state) {
    case BackupState::InProgress:
        return u"in-progress"_s;
    case BackupState::Incomplete:
        return u"incomplete"_s;
    case BackupState::Failed:
        return u"failed"_s;
    case BackupState::Unverified:
        return u"unverified"_s;
    case BackupState::Verified:
        return u"verified"_s;
    case BackupState::Bad:
        return u"bad"_s;
    }
    return {};
}

QDateTime BackupRecord::time() const
{
    if (manifest && manifest->startedAt.isValid())
        return manifest->startedAt;
    return backupIdTime(id);
}

} // namespace chartroom::backup
