#include "kube/toolinfo.h"
#include "kube/toollocator.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chartroom::kube;

class tst_ToolInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helmVersion_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("helm 3") << QByteArray("v3.17.3+ge4da497\n") << "3.17.3";
        QTest::newRow("helm 4") << QByteArray("v4.1.4+g05fa379\n") << "4.1.4";
        QTest::newRow("no v") << QByteArray("3.14.0") << "3.14.0";
        QTest::newRow("garbage") << QByteArray("Error: unknown flag: --short\n") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }

    void helmVersion()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, version);
        const auto result = parseHelmVersion(output);
        QCOMPARE(result.ok(), !version.isEmpty());
        if (result)
            QCOMPARE(result->toString(), version);
        else
            QCOMPARE(result.error().code, QStringLiteral("tool.version-unreadable"));
    }

    void kubectlVersion_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("1.35") << QByteArray(R"({"clientVersion":{"major":"1","minor":"35","gitVersion":"v1.35.2"},"kustomizeVersion":"v5.7.1"})")
                              << "1.35.2";
        QTest::newRow("dispatcher") << QByteArray(R"({"clientVersion":{"gitVersion":"v1.32.4-dispatcher"}})") << "1.32.4";
        QTest::newRow("not json") << QByteArray("Client Version: v1.35.2\n") << "";
        QTest::newRow("missing field") << QByteArray(R"({"clientVersion":{}})") << "";
        QTest::newRow("truncated") << QByteArray("{\"clientVersion\":{\"gitVer") << ""; // truncated output
    }

    void kubectlVersion()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, version);
        const auto result = parseKubectlClientVersion(output);
        QCOMPARE(result.ok(), !version.isEmpty());
        if (result)
            QCOMPARE(result->toString(), version);
    }

    void locatorOrder()
    {
        chartroom::test::isolateEnvironment();
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("helm"));
        QVERIFY(QFile::copy(chartroom::test::fakeCli(), fake));
        // Configured path wins.
        QCOMPARE(ToolLocator::locate(QStringLiteral("helm"), fake), fake);
        // A configured path that does not exist is not silently replaced by another binary.
        QCOMPARE(ToolLocator::locate(QStringLiteral("helm"), dir.filePath(QStringLiteral("nope"))), QString());
        // Then the environment variable.
        qputenv("CHARTROOM_HELM", fake.toLocal8Bit());
        QCOMPARE(ToolLocator::locate(QStringLiteral("helm")), fake);
        qunsetenv("CHARTROOM_HELM");
        // Then PATH.
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", dir.path().toLocal8Bit() + ':' + oldPath);
        QCOMPARE(ToolLocator::locate(QStringLiteral("helm")), fake);
        qputenv("PATH", oldPath);
    }
};

QTEST_GUILESS_MAIN(tst_ToolInfo)
#include "tst_toolinfo.moc"
