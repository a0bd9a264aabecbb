#include "backupindex.h"

namespace chartroom::inventory {

BackupIndex::~BackupIndex() = default;

} // namespace chartroom::inventory
