#include "core/logging.h"
#include "core/redactor.h"
#include "logsetup.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;

class tst_LogSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsNeverReachTheLogFile()
    {
        test::isolateEnvironment();
        QTemporaryDir dir;
        LogSetup::install(QStringLiteral("chartroom-test"), dir.path(), false);
        Redactor::shared().addSecretValue(QStringLiteral("db-Pa55-word"));
        qCInfo(lcKube) << "connecting with password=hunter2 to cluster";
        qCWarning(lcJobs) << "psql: FATAL password authentication failed for db-Pa55-word";
        qCInfo(lcApp).noquote() << "Authorization: Bearer eyJhbGciOiJSUzI1NiIs";
        LogSetup::shutdown();
        Redactor::shared().removeSecretValue(QStringLiteral("db-Pa55-word"));

        QFile file(dir.filePath(QStringLiteral("chartroom-test.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        QVERIFY2(log.contains("[chartroom.kube]"), log.constData());
        QVERIFY(log.contains("[chartroom.jobs]"));
        QVERIFY(log.contains(" warning "));
        QVERIFY(!log.contains("hunter2"));
        QVERIFY(!log.contains("db-Pa55-word"));
        QVERIFY(!log.contains("eyJhbGciOiJSUzI1NiIs"));
        QCOMPARE(log.count("***"), 3);
    }
};

QTEST_GUILESS_MAIN(tst_LogSetup)
#include "tst_logsetup.moc"
