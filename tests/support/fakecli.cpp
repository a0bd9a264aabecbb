// A fake command-line tool for Chartroom's process tests. Its behaviour is the first argument:
//
//   lines N                print "line 1" .. "line N"
//   echo-args A B ...      print each argument on its own line (proves no shell is involved)
//   env NAME               print the value of environment variable NAME
//   exit N [TEXT]          print TEXT to stderr (if given) and exit with code N
//   stderr TEXT            print TEXT to stderr, exit 0
//   partial                write "abc", flush, "def\nghi" without a final newline
//   utf8split              write "größe\n" with the two bytes of "ö" in separate writes
//   slow N MS              print a line every MS milliseconds, N lines
//   hang                   print "ready" and wait forever
//   ignore-term            ignore SIGTERM, print "ready", wait forever
//   grandchild             fork a child that ignores SIGTERM; print "child PID" and "grandchild PID", wait
//   stream BYTES           write BYTES bytes (a repeating pattern) to stdout
//   count-stdin            read stdin to EOF; print "<bytes> <sum>" (sum of all byte values mod 2^64)
//   read-then-exit N       read N bytes of stdin, then exit 0 without reading the rest
//   crash                  abort() (dies with SIGABRT)

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <chrono>
#include <unistd.h>

namespace {

void writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            std::exit(141); // broken pipe: the reader went away
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
}

void say(const std::string &text)
{
    writeAll(1, text.data(), text.size());
}

[[noreturn]] void waitForever()
{
    for (;;)
        ::pause();
}

} // namespace

int main(int argc, char *argv[])
{
    const std::string mode = argc > 1 ? argv[1] : "";
    auto arg = [&](int i) { return argc > i ? std::string(argv[i]) : std::string(); };

    if (mode == "lines") {
        const long n = std::atol(arg(2).c_str());
        for (long i = 1; i <= n; ++i)
            say("line " + std::to_string(i) + "\n");
        return 0;
    }
    if (mode == "echo-args") {
        for (int i = 2; i < argc; ++i)
            say(std::string(argv[i]) + "\n");
        return 0;
    }
    if (mode == "env") {
        const char *value = std::getenv(arg(2).c_str());
        say(std::string(value ? value : "<unset>") + "\n");
        return 0;
    }
    if (mode == "exit") {
        if (argc > 3) {
            const std::string text = arg(3) + "\n";
            writeAll(2, text.data(), text.size());
        }
        return std::atoi(arg(2).c_str());
    }
    if (mode == "stderr") {
        const std::string text = arg(2) + "\n";
        writeAll(2, text.data(), text.size());
        return 0;
    }
    if (mode == "partial") {
        say("abc");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        say("def\nghi");
        return 0;
    }
    if (mode == "utf8split") {
        say("gr\xc3");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        say("\xb6\xc3\x9f" "e\n");
        return 0;
    }
    if (mode == "slow") {
        const long n = std::atol(arg(2).c_str());
        const long ms = std::atol(arg(3).c_str());
        for (long i = 1; i <= n; ++i) {
            say("tick " + std::to_string(i) + "\n");
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        }
        return 0;
    }
    if (mode == "hang") {
        say("ready\n");
        waitForever();
    }
    if (mode == "ignore-term") {
        std::signal(SIGTERM, SIG_IGN);
        say("ready\n");
        waitForever();
    }
    if (mode == "grandchild") {
        const pid_t child = ::fork();
        if (child == 0) {
            std::signal(SIGTERM, SIG_IGN);
            waitForever();
        }
        say("child " + std::to_string(::getpid()) + "\n");
        say("grandchild " + std::to_string(child) + "\n");
        waitForever();
    }
    if (mode == "stream") {
        long long remaining = std::atoll(arg(2).c_str());
        static char chunk[64 * 1024];
        for (size_t i = 0; i < sizeof chunk; ++i)
            chunk[i] = static_cast<char>('a' + i % 26);
        while (remaining > 0) {
            const size_t n = remaining < static_cast<long long>(sizeof chunk) ? static_cast<size_t>(remaining) : sizeof chunk;
            writeAll(1, chunk, n);
            remaining -= static_cast<long long>(n);
        }
        return 0;
    }
    if (mode == "count-stdin") {
        static unsigned char buffer[64 * 1024];
        unsigned long long bytes = 0;
        unsigned long long sum = 0;
        for (;;) {
            const ssize_t n = ::read(0, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            bytes += static_cast<unsigned long long>(n);
            for (ssize_t i = 0; i < n; ++i)
                sum += buffer[i];
        }
        say(std::to_string(bytes) + " " + std::to_string(sum) + "\n");
        return 0;
    }
    if (mode == "read-then-exit") {
        long remaining = std::atol(arg(2).c_str());
        static char buffer[4096];
        while (remaining > 0) {
            const ssize_t n = ::read(0, buffer, remaining < 4096 ? static_cast<size_t>(remaining) : 4096);
            if (n <= 0)
                break;
            remaining -= n;
        }
        return 0;
    }
    if (mode == "crash")
        std::abort();

    std::fprintf(stderr, "fakecli: unknown mode '%s'\n", mode.c_str());
    return 64;
}
