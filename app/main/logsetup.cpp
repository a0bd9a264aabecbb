#include "logsetup.h"

#include "core/redactor.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>

namespace chartroom {

namespace {

std::shared_ptr<spdlog::logger> g_logger;
QString g_logFile;
bool g_toStderr = false;

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return spdlog::level::debug;
    case QtInfoMsg: return spdlog::level::info;
    case QtWarningMsg: return spdlog::level::warn;
    case QtCriticalMsg: return spdlog::level::err;
    case QtFatalMsg: return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = Redactor::shared().redactText(message);
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    const QByteArray text = redacted.toUtf8();
    if (g_logger)
        g_logger->log(levelOf(type), "[{}] {}", category.constData(), text.constData());
    if (g_toStderr && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        fprintf(stderr, "%s: %s\n", category.constData(), text.constData());
    if (type == QtFatalMsg) {
        if (g_logger)
            g_logger->flush();
        std::abort();
    }
}

} // namespace

void LogSetup::install(const QString &appName, const QString &logDir, bool alsoToStderr)
{
    QDir().mkpath(logDir);
    g_logFile = logDir + QLatin1Char('/') + appName + QStringLiteral(".log");
    g_toStderr = alsoToStderr;
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(),
                                                                           5 * 1024 * 1024, 5);
        g_logger = std::make_shared<spdlog::logger>(appName.toStdString(), sink);
        g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");
        g_logger->set_level(spdlog::level::debug);
        g_logger->flush_on(spdlog::level::warn);
    } catch (const spdlog::spdlog_ex &error) {
        fprintf(stderr, "chartroom: cannot open log file %s: %s\n", qPrintable(g_logFile), error.what());
        g_logger.reset();
    }
    qInstallMessageHandler(messageHandler);
}

void LogSetup::shutdown()
{
    qInstallMessageHandler(nullptr);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
}

QString LogSetup::logFilePath()
{
    return g_logFile;
}

} // namespace chartroom
