#pragma once

#include "bytestream.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace chartroom::jobs {

/// Moves bytes between a pipe and a ByteSink/ByteSource on a worker thread.
///
/// The worker reads or writes in fixed 256 KiB chunks, so memory stays bounded whatever the
/// stream's size; when the sink is slow nothing more is read, the pipe fills and the producing
/// process blocks (backpressure). The pump owns its file descriptor and closes it when done,
/// so the process sees EOF (stdin) or EPIPE (stdout) as it would with a shell pipe.
/// stop() never blocks; finished() is emitted once, in the thread that owns the pump.
class StreamPump final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamPump)

public:
    /// Reads `fd` until EOF and writes everything to `sink`.
    StreamPump(int fd, std::unique_ptr<ByteSink> sink, QObject *parent = nullptr);
    /// Reads `source` until its end and writes everything to `fd`, then closes `fd`.
    StreamPump(std::unique_ptr<ByteSource> source, int fd, QObject *parent = nullptr);
    ~StreamPump() override;

    static constexpr qsizetype ChunkSize = 256 * 1024;

    void start();
    /// Asks the worker to stop; the sink is aborted. finished() follows.
    void stop();

    [[nodiscard]] qint64 bytesTransferred() const { return m_bytes.load(std::memory_order_relaxed); }
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] bool wasStopped() const { return m_stopped; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 sourceSize() const;

Q_SIGNALS:
    void finished();

private:
    void runSinkLoop();
    void runSourceLoop();
    void complete(bool ok, const QString &error);
    /// Waits until `fd` is ready for `events` or stop() was called. False when stopping.
    bool waitFor(int fd, short events);

    int m_fd = -1;
    int m_wake[2] = {-1, -1};
    std::unique_ptr<ByteSink> m_sink;
    std::unique_ptr<ByteSource> m_source;
    std::thread m_thread;
    std::atomic<qint64> m_bytes{0};
    std::atomic<bool> m_stopRequested{false};
    // Written by the worker before it posts completion, read in the owner's thread after.
    bool m_done = false;
    bool m_succeeded = false;
    bool m_stopped = false;
    QString m_error;
};

} // namespace chartroom::jobs
