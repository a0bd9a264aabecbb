// PassphrasePrompt: passphrase files, and the terminal path on a pseudo-terminal.
#include "secrets/passphraseprompt.h"
#include "secrets/secureerase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace chartroom;
using namespace chartroom::secrets;

namespace {

/// A pseudo-terminal pair; the test types on the master, the prompt reads the slave.
struct Pty
{
    int master = -1;
    int slave = -1;
    Pty()
    {
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
            master = slave = -1;
    }
    ~Pty()
    {
        if (master >= 0)
            ::close(master);
        if (slave >= 0)
            ::close(slave);
    }
    bool ok() const { return master >= 0 && slave >= 0; }
    bool echoOn() const
    {
        termios t{};
        ::tcgetattr(slave, &t);
        return (t.c_lflag & ECHO) != 0;
    }
    /// What the prompt wrote, until `marker` shows up (or 5 s pass).
    QByteArray readUntil(const QByteArray &marker) const
    {
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains(marker); ++i) {
            pollfd p{master, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0) {
                char buf[256];
                const auto n = ::read(master, buf, sizeof buf);
                if (n > 0)
                    out.append(buf, n);
            }
        }
        return out;
    }
    void type(const QByteArray &text) const
    {
        QCOMPARE(::write(master, text.constData(), size_t(text.size())), text.size());
    }
};

} // namespace

class tst_PassphrasePrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("no newline") << QByteArray("pass phrase") << QByteArray("pass phrase") << QString();
        QTest::newRow("trailing newline stripped") << QByteArray("s3cret\n") << QByteArray("s3cret") << QString();
        QTest::newRow("CRLF stripped") << QByteArray("s3cret\r\n") << QByteArray("s3cret") << QString();
        QTest::newRow("only the first line") << QByteArray("first\nsecond\n") << QByteArray("first") << QString();
        QTest::newRow("spaces kept") << QByteArray(" a b \n") << QByteArray(" a b ") << QString();
        QTest::newRow("utf-8") << QByteArray("Grüße ✓\n") << QByteArray("Grüße ✓") << QString();
        QTest::newRow("empty file") << QByteArray() << QByteArray() << QStringLiteral("secrets.empty");
        QTest::newRow("empty first line")
            << QByteArray("\nsecond\n") << QByteArray() << QStringLiteral("secrets.empty");
        QTest::newRow("CRLF only") << QByteArray("\r\n") << QByteArray() << QStringLiteral("secrets.empty");
        QTest::newRow("longest") << QByteArray(PassphrasePrompt::MaxLength, 'x') + "\n"
                                 << QByteArray(PassphrasePrompt::MaxLength, 'x') << QString();
        QTest::newRow("too long") << QByteArray(PassphrasePrompt::MaxLength + 1, 'x') + "\n"
                                  << QByteArray() << QStringLiteral("secrets.bad-file");
        QTest::newRow("too long, no newline")
            << QByteArray(3 * PassphrasePrompt::MaxLength, 'x') << QByteArray() << QStringLiteral("secrets.bad-file");
    }

    void fromFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expected);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passphrase"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        const auto result = PassphrasePrompt::fromFile(path);
        if (error.isEmpty()) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            QCOMPARE(result.value(), expected);
        } else {
            QVERIFY(!result);
            QCOMPARE(result.error().code, error);
            QVERIFY(result.error().message.contains(path));
        }
    }

    void secureEraseLeavesSharedCopiesAlone()
    {
        QByteArray owned("owned-secret");
        secureErase(owned);
        QVERIFY(owned.isEmpty());

        // Wiping a buffer shared with another QByteArray would wipe (or detach and wipe) the
        // other holder's data: it is only released.
        QByteArray mine("shared-secret");
        const QByteArray theirs = mine;
        secureErase(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(theirs, QByteArray("shared-secret"));

        // Data that does not start at the allocation (after removing a prefix) is wiped safely.
        QByteArray trimmed(1000, 'x');
        trimmed.remove(0, 600);
        secureErase(trimmed);
        QVERIFY(trimmed.isEmpty());

        char raw[] = "raw-secret";
        secureErase(raw, sizeof raw);
        QVERIFY(std::all_of(std::begin(raw), std::end(raw), [](char c) { return c == 0; }));
    }

    void fromMissingFile()
    {
        const auto result = PassphrasePrompt::fromFile(QStringLiteral("/nonexistent/chartroom/passphrase"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("secrets.bad-file"));
        QVERIFY(result.error().message.contains(QStringLiteral("/nonexistent/chartroom/passphrase")));
        QVERIFY(result.error().message.contains(QStringLiteral("No such file")));
    }

    void obtainFromEnvironmentPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-file\n");
        file.close();
        qputenv(PassphrasePrompt::FileVariable, QFile::encodeName(path));
        const auto result = PassphrasePrompt().obtain();
        qunsetenv(PassphrasePrompt::FileVariable);
        QVERIFY(result);
        QCOMPARE(result.value(), QByteArray("from-file"));
    }

    void obtainFromEnvironmentDescriptor()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        QCOMPARE(::write(fds[1], "from-pipe\n", 10), 10);
        ::close(fds[1]);
        qputenv(PassphrasePrompt::FileVariable, QByteArray::number(fds[0]));
        const auto result = PassphrasePrompt().obtain();
        qunsetenv(PassphrasePrompt::FileVariable);
        ::close(fds[0]);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result.value(), QByteArray("from-pipe"));
    }

    void noTerminalSaysHowElse()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const auto result = PassphrasePrompt().readFromTerminal(fds[0]);
        ::close(fds[0]);
        ::close(fds[1]);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("secrets.no-terminal"));
        QVERIFY(result.error().message.contains(QStringLiteral("CHARTROOM_PASSPHRASE_FILE")));
    }

    void terminalReadsWithEchoOff()
    {
        Pty pty;
        QVERIFY(pty.ok());
        QVERIFY(pty.echoOn());
        Result<QByteArray> result = makeError(QStringLiteral("unset"), {});
        std::thread reader(
            [&] { result = PassphrasePrompt(QStringLiteral("Repository passphrase: ")).readFromTerminal(pty.slave); });

        const QByteArray prompt = pty.readUntil("passphrase: ");
        const bool echoWhileReading = pty.echoOn();
        pty.type("secret\n");
        reader.join();
        const QByteArray after = pty.readUntil("\n");

        QVERIFY2(prompt.contains("Repository passphrase: "), prompt.constData());
        QVERIFY(!echoWhileReading);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result.value(), QByteArray("secret"));
        const QByteArray shown = prompt + after;
        QVERIFY2(!shown.contains("secret"), shown.constData()); // "passphrase" is not "secret"
        QVERIFY(pty.echoOn());                                  // restored
    }

    void terminalConfirmation_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("same twice") << QByteArray("abc123\nabc123\n") << QByteArray("abc123") << QString();
        // Enter sends CR; the terminal turns it into NL (ICRNL).
        QTest::newRow("CR as Enter") << QByteArray("abc123\rabc123\r") << QByteArray("abc123") << QString();
        QTest::newRow("different") << QByteArray("abc123\nabc124\n") << QByteArray()
                                   << QStringLiteral("secrets.mismatch");
        QTest::newRow("empty") << QByteArray("\n") << QByteArray() << QStringLiteral("secrets.empty");
    }

    void terminalConfirmation()
    {
        QFETCH(QByteArray, typed);
        QFETCH(QByteArray, expected);
        QFETCH(QString, error);
        Pty pty;
        QVERIFY(pty.ok());
        Result<QByteArray> result = makeError(QStringLiteral("unset"), {});
        PassphrasePrompt prompt(QStringLiteral("New passphrase: "), PassphrasePrompt::Confirmation::Required);
        prompt.setConfirmPrompt(QStringLiteral("Again: "));
        std::thread reader([&] { result = prompt.readFromTerminal(pty.slave); });
        pty.readUntil("passphrase: ");
        pty.type(typed); // canonical mode keeps the second line queued for the second read
        reader.join();
        if (error.isEmpty()) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            QCOMPARE(result.value(), expected);
        } else {
            QVERIFY(!result);
            QCOMPARE(result.error().code, error);
        }
        QVERIFY(pty.echoOn());
    }

    void terminalRestoredOnSigint()
    {
        Pty pty;
        QVERIFY(pty.ok());
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::signal(SIGINT, SIG_DFL); // QtTest's crash handler is not what a CLI would have
            const auto result = PassphrasePrompt(QStringLiteral("Passphrase: ")).readFromTerminal(pty.slave);
            ::_exit(result ? 0 : 3);
        }
        pty.readUntil("Passphrase: ");
        // Wait until the child has switched echo off, then interrupt it.
        for (int i = 0; i < 100 && pty.echoOn(); ++i)
            QTest::qSleep(20);
        QVERIFY(!pty.echoOn());
        QCOMPARE(::kill(child, SIGINT), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGINT); // the signal still ends the process...
        QVERIFY(pty.echoOn());              // ...and the terminal is usable again
    }

    void interruptedWhenTheSignalIsHandled()
    {
        // A process that survives SIGINT gets "secrets.interrupted", with echo back on.
        Pty pty;
        QVERIFY(pty.ok());
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            struct sigaction ignore = {};
            ignore.sa_handler = [](int) {};
            sigemptyset(&ignore.sa_mask);
            ::sigaction(SIGINT, &ignore, nullptr);
            const auto result = PassphrasePrompt(QStringLiteral("Passphrase: ")).readFromTerminal(pty.slave);
            ::_exit(!result && result.error().code == QStringLiteral("secrets.interrupted") ? 42 : 3);
        }
        pty.readUntil("Passphrase: ");
        for (int i = 0; i < 100 && pty.echoOn(); ++i)
            QTest::qSleep(20);
        QVERIFY(!pty.echoOn());
        QCOMPARE(::kill(child, SIGINT), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 42);
        QVERIFY(pty.echoOn());
    }
};

QTEST_GUILESS_MAIN(tst_PassphrasePrompt)
#include "tst_passphraseprompt.moc"
