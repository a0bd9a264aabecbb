#include "logsetup.h"
#include "mainwindow/mainwindow.h"
#include "runtime.h"
#include "performanceprobe.h"
#include "fleet/fleetworkspace.h"

#include "core/apppaths.h"
#include "core/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

#include <cstring>

namespace {

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("chartroom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chartroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARTROOM_VERSION));
}

QCommandLineOption measureOption()
{
    return QCommandLineOption(QStringLiteral("measure"),
                              QCoreApplication::translate("main", "Print start-up and refresh figures (time to a painted fleet, "
                                                                  "memory, longest UI stall) and quit after one scan."));
}

void addOptions(QCommandLineParser &parser, const QCommandLineOption &screenshot)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop control center for Helm chart fleets on Kubernetes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(screenshot);
    parser.addOption(measureOption());
}

bool wantsInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"--help", "-h", "-?", "--version", "-v", "--help-all"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

/// Korean, English...: CHARTROOM_LANG overrides the system locale (docs, screenshots, testing).
QLocale uiLocale()
{
    const QString forced = qEnvironmentVariable("CHARTROOM_LANG");
    return forced.isEmpty() ? QLocale::system() : QLocale(forced);
}

void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the fallback (it carries the plural forms of the source strings).
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("chartroom"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/chartroom_en.qm")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationInfo();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Show the window, save a picture of it to <file> once the tool check has finished, and quit."),
        QCoreApplication::translate("main", "file"));

    // --help and --version answer without a display (no window system needed).
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        addOptions(parser, screenshotOption);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Chartroom"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.chartroom.Chartroom"));
    Q_INIT_RESOURCE(resources);
    QIcon icon(QStringLiteral(":/icons/chartroom.svg"));
    icon.addFile(QStringLiteral(":/icons/chartroom-48.png"));
    icon.addFile(QStringLiteral(":/icons/chartroom-256.png"));
    QApplication::setWindowIcon(icon);

    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    installTranslators(app, locale);

    QCommandLineParser parser;
    addOptions(parser, screenshotOption);
    parser.process(app);
    const QString screenshotFile = parser.value(screenshotOption);

    chartroom::LogSetup::install(QStringLiteral("chartroom"), chartroom::AppPaths::logDir(), false);
    int code = 0;
    {
        chartroom::Runtime runtime(chartroom::Runtime::Options{});
        chartroom::ui::MainWindow window(runtime);
        window.show();
        QTimer::singleShot(0, &window, &chartroom::ui::MainWindow::checkTools);
        std::unique_ptr<chartroom::PerformanceProbe> probe;
        if (parser.isSet(measureOption()))
            probe = std::make_unique<chartroom::PerformanceProbe>(runtime, window.findChild<chartroom::ui::FleetWorkspace *>());
        if (!screenshotFile.isEmpty()) {
            // Grab what the user would see once the fleet scan has answered (or, without usable
            // tools, once the tool check has), after the last updates have painted.
            auto grab = [&window, screenshotFile] {
                QTimer::singleShot(600, &window, [&window, screenshotFile] {
                    const bool saved = window.grab().save(screenshotFile);
                    if (!saved)
                        qCWarning(lcApp) << "cannot save the screenshot to" << screenshotFile;
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            };
            QObject::connect(&runtime.scanner(), &chartroom::inventory::InventoryScanner::scanFinished, &window, grab);
            QObject::connect(&runtime.tools(), &chartroom::kube::ToolProbe::finished, &window, [&runtime, grab] {
                if (!runtime.tools().helm().isUsable() || !runtime.tools().kubectl().isUsable())
                    grab();
            });
        }
        code = QApplication::exec();
    }
    chartroom::LogSetup::shutdown();
    return code;
}
