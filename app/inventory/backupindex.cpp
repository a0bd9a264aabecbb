#include "backupindex.h"

namespace chartroom::inventory {

BackupIndex::~BackupIndex() = default;

QList<DrillOutcome> BackupIndex::drills(const QString &) const
{
    return {};
}

} // namespace chartroom::inventory
