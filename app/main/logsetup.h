#pragma once

#include <QString>

namespace chartroom {

/// Routes Qt logging (every chartroom.* category) to a rotating spdlog file.
///
/// The file is `<log dir>/<appName>.log`, rotated at 5 MiB, 5 files kept. Every message passes
/// through the shared Redactor first, so no secret reaches the file or the console. With
/// `alsoToStderr`, warnings and errors are echoed to stderr (the CLI). Call once, early.
class LogSetup final
{
public:
    static void install(const QString &appName, const QString &logDir, bool alsoToStderr);
    /// Flushes and drops the sinks (at exit).
    static void shutdown();
    [[nodiscard]] static QString logFilePath();
};

} // namespace chartroom
