#include "cliapp.h"
#include "logsetup.h"
#include "runtime.h"

#include "core/apppaths.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chartroom"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chartroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARTROOM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    // --version and --help must work even where no state directory can be written.
    if (arguments.value(0) == QLatin1String("--version") || arguments.value(0) == QLatin1String("-v")) {
        out << "chartroom-cli " << QStringLiteral(CHARTROOM_VERSION) << '\n';
        return chartroom::CliApp::Ok;
    }
    chartroom::LogSetup::install(QStringLiteral("chartroom-cli"), chartroom::AppPaths::logDir(), true);
    int code = 0;
    {
        chartroom::Runtime runtime(chartroom::Runtime::Options{});
        chartroom::CliApp cli(runtime, out, err);
        code = cli.run(arguments);
        out.flush();
        err.flush();
    }
    chartroom::LogSetup::shutdown();
    return code;
}
