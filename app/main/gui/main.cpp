#include "logsetup.h"
#include "mainwindow/mainwindow.h"
#include "runtime.h"

#include "core/apppaths.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("chartroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chartroom"));
    QApplication::setOrganizationName(QStringLiteral("Chartroom"));
    QApplication::setApplicationVersion(QStringLiteral(CHARTROOM_VERSION));
    chartroom::LogSetup::install(QStringLiteral("chartroom"), chartroom::AppPaths::logDir(), false);
    int code = 0;
    {
        chartroom::Runtime runtime(chartroom::Runtime::Options{});
        chartroom::ui::MainWindow window(runtime);
        window.show();
        code = QApplication::exec();
    }
    chartroom::LogSetup::shutdown();
    return code;
}
