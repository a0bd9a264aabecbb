#pragma once

#include <QString>

namespace chartroom {

/// Where Chartroom keeps its files, following the XDG base directories.
///
/// - state: logs and the job journal ($XDG_STATE_HOME/chartroom, default ~/.local/state/chartroom)
/// - data:  backups and caches that must survive ($XDG_DATA_HOME/chartroom)
/// - config: settings and user chart profiles ($XDG_CONFIG_HOME/chartroom)
/// The CHARTROOM_STATE_DIR / CHARTROOM_DATA_DIR / CHARTROOM_CONFIG_DIR environment variables
/// override each location (tests and portable setups use them). Directories are created on demand.
class AppPaths final
{
public:
    static QString stateDir();
    static QString dataDir();
    static QString configDir();
    static QString logDir();
    static QString journalDir();
};

} // namespace chartroom
