#pragma once

#include <QString>

namespace chartroom {

/// A failure as the user and the logs see it.
///
/// `code` is a stable, machine-readable identifier ("tool.not-found", "process.timeout"...),
/// `message` one human sentence, `details` optional extra text such as a tool's stderr.
/// Errors carry no secrets: callers redact before constructing one.
struct Error
{
    QString code;
    QString message;
    QString details;

    [[nodiscard]] bool isNull() const { return code.isEmpty() && message.isEmpty(); }
    /// "message" or "message: details", for one-line display.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace chartroom
