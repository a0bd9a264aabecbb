// chartroom-cli as a script sees it: exit codes, --json output, the journal across runs.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result cli(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CHARTROOM_CLI), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QProcessEnvironment tools(const QString &helm, const QString &kubectl)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CHARTROOM_HELM"), helm);
        env.insert(QStringLiteral("CHARTROOM_KUBECTL"), kubectl);
        return env;
    }

private Q_SLOTS:
    void initTestCase() { chartroom::test::isolateEnvironment(); }

    void versionAndHelp()
    {
        const Result version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("chartroom-cli " CHARTROOM_VERSION));
        const Result help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("Usage: chartroom-cli"));
        const Result unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("unknown command"));
        QCOMPARE(cli({}).code, 2);
    }

    void toolsWithPinnedBinaries()
    {
        const QString bin = QStringLiteral(CHARTROOM_TOOLS_BIN);
        if (!QFile::exists(bin + QStringLiteral("/helm-3.17.3")))
            QSKIP("pinned binaries missing: run packaging/dev/bootstrap.sh");
        for (const auto &[helm, major] : {std::pair{QStringLiteral("helm-3.17.3"), 3}, std::pair{QStringLiteral("helm-4.1.4"), 4}}) {
            const Result result = cli({QStringLiteral("tools"), QStringLiteral("--json")},
                                      tools(bin + QLatin1Char('/') + helm, bin + QStringLiteral("/kubectl-1.35.2")));
            QCOMPARE(result.code, 0);
            const QJsonObject json = QJsonDocument::fromJson(result.out).object();
            QCOMPARE(json.value(QStringLiteral("helm")).toObject().value(QStringLiteral("version")).toString(),
                     helm.mid(5));
            QCOMPARE(json.value(QStringLiteral("helm")).toObject().value(QStringLiteral("version")).toString().section(QLatin1Char('.'), 0, 0).toInt(),
                     major);
            QCOMPARE(json.value(QStringLiteral("kubectl")).toObject().value(QStringLiteral("version")).toString(),
                     QStringLiteral("1.35.2"));
        }
    }

    void missingToolIsAPrerequisiteError()
    {
        const Result result = cli({QStringLiteral("tools")},
                                  tools(chartroom::test::fakeCli(), QStringLiteral("/nonexistent/kubectl")));
        QCOMPARE(result.code, 3);
        QVERIFY2(result.out.contains("kubectl: not found"), result.out.constData());
    }

    void unreadableVersionIsReported()
    {
        // fakecli answers "version --short" with an unknown-mode error: not a version.
        const Result result = cli({QStringLiteral("tools"), QStringLiteral("--json")},
                                  tools(chartroom::test::fakeCli(), chartroom::test::fakeCli()));
        QCOMPARE(result.code, 3);
        const QJsonObject helm = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("helm")).toObject();
        QCOMPARE(helm.value(QStringLiteral("usable")).toBool(), false);
        QVERIFY2(helm.value(QStringLiteral("error")).toString().contains(QLatin1String("exited with code 64")),
                 result.out.constData());
    }

    void journalListsEarlierRuns()
    {
        const Result list = cli({QStringLiteral("jobs"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(list.out).array();
        QVERIFY(jobs.size() >= 2); // the version checks of the runs above
        const QJsonObject newest = jobs.first().toObject();
        QVERIFY(newest.value(QStringLiteral("title")).toString().startsWith(QLatin1String("Check ")));
        const QString id = newest.value(QStringLiteral("id")).toString();

        const Result show = cli({QStringLiteral("jobs"), QStringLiteral("show"), id.left(8)});
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains(id.toLatin1()));
        QVERIFY(show.out.contains("$ "));

        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("zzzz")}).code, 1);
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("--limit"), QStringLiteral("0")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
