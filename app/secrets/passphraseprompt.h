#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace chartroom::secrets {

/// Asks for a passphrase without a GUI: for chartroom-cli, and for whenever the OS keychain is
/// unavailable (SecretStore's "secrets.unavailable").
///
/// Contract:
/// - The terminal is the controlling terminal (/dev/tty), not stdin/stdout, so pipes and
///   redirections of the tool's streams are left alone. Echo is off while typing and the
///   terminal's settings are restored afterwards, also when SIGINT, SIGTERM, SIGHUP or SIGQUIT
///   arrives while reading (the signal then takes its usual course). Suspending with Ctrl-Z
///   leaves echo off until the prompt resumes and ends.
/// - Without a terminal the answer is "secrets.no-terminal", saying how to provide the
///   passphrase otherwise: CHARTROOM_PASSPHRASE_FILE names a file whose first line is the
///   passphrase, or a file descriptor number ("3" with `3<file`). The passphrase itself is
///   never taken from the environment or the command line, where other processes can read it.
/// - The line ending ("\n" or "\r\n") is not part of the passphrase. An empty passphrase is
///   refused ("secrets.empty"); a confirmation that differs gives "secrets.mismatch"; a signal
///   that does not end the process gives "secrets.interrupted"; an unreadable file, or a first
///   line longer than MaxLength, "secrets.bad-file"; a terminal read error or an over-long
///   typed passphrase "secrets.failed".
/// - Intermediate buffers are wiped; the returned QByteArray is the caller's to wipe
///   (secureErase()).
class PassphrasePrompt final
{
public:
    /// Name of the environment variable holding a passphrase file path or descriptor number.
    static constexpr const char FileVariable[] = "CHARTROOM_PASSPHRASE_FILE";
    /// Longest passphrase accepted, in bytes.
    static constexpr int MaxLength = 4096;

    enum class Confirmation { None, Required };

    explicit PassphrasePrompt(QString prompt = QStringLiteral("Passphrase: "),
                              Confirmation confirmation = Confirmation::None);

    void setConfirmPrompt(const QString &prompt) { m_confirmPrompt = prompt; }

    /// From the file named by CHARTROOM_PASSPHRASE_FILE when it is set, else from the terminal.
    [[nodiscard]] Result<QByteArray> obtain() const;
    /// From the controlling terminal only.
    [[nodiscard]] Result<QByteArray> readFromTerminal() const;
    /// From the terminal open as `fd` (tests pass a pseudo-terminal); `fd` stays open.
    [[nodiscard]] Result<QByteArray> readFromTerminal(int fd) const;

    /// The first line of the file at `path` ("/dev/fd/N" works for descriptors).
    [[nodiscard]] static Result<QByteArray> fromFile(const QString &path);

private:
    Result<QByteArray> readLine(int fd, const QString &prompt) const;

    QString m_prompt;
    QString m_confirmPrompt;
    Confirmation m_confirmation;
};

} // namespace chartroom::secrets
