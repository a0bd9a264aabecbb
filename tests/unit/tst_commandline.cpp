#include "core/commandline.h"
#include "core/redactor.h"

#include <QJsonArray>
#include <QTest>

using chartroom::CommandLine;
using chartroom::Redactor;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "helm" << "helm";
        QTest::newRow("path") << "/usr/bin/kubectl" << "/usr/bin/kubectl";
        QTest::newRow("space") << "a b" << "'a b'";
        QTest::newRow("empty") << "" << "''";
        QTest::newRow("quote") << "it's" << "'it'\\''s'";
        QTest::newRow("dollar") << "$(rm -rf /)" << "'$(rm -rf /)'";
        QTest::newRow("jsonpath") << "{.items[*].metadata.name}" << "'{.items[*].metadata.name}'";
    }

    void quoting()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(CommandLine::shellQuote(word), quoted);
    }

    void displayIsRedacted()
    {
        CommandLine command(QStringLiteral("/opt/helm"), {QStringLiteral("upgrade"), QStringLiteral("db")});
        command.addArgument(QStringLiteral("--set")).addArgument(QStringLiteral("auth.password=pw1"));
        command.addArgument(QStringLiteral("--kube-token")).addSecretArgument(QStringLiteral("tok-123"));
        command.setEnvironmentVariable(QStringLiteral("KUBECONFIG"), QStringLiteral("/tmp/k config"));
        command.setEnvironmentVariable(QStringLiteral("PGPASSWORD"), QStringLiteral("pg-secret"));
        command.setEnvironmentVariable(QStringLiteral("CUSTOM"), QStringLiteral("plain-but-secret"), true);
        command.unsetEnvironmentVariable(QStringLiteral("HELM_DEBUG"));
        Redactor redactor;
        const QString display = command.toDisplayString(redactor);
        QCOMPARE(display, QStringLiteral("env 'KUBECONFIG=/tmp/k config' 'PGPASSWORD=***' 'CUSTOM=***' -u HELM_DEBUG "
                                         "/opt/helm upgrade db --set 'auth.password=***' --kube-token '***'"));
        QVERIFY(!display.contains(QLatin1String("pw1")));
        QVERIFY(!display.contains(QLatin1String("tok-123")));
        QVERIFY(!display.contains(QLatin1String("pg-secret")));
        // The real values are kept for the process itself.
        QVERIFY(command.arguments().contains(QStringLiteral("tok-123")));
        // The journal's JSON form gives the same display string back.
        QCOMPARE(CommandLine::displayStringFromJson(command.toRedactedJson(redactor)), display);
    }

    void settingAVariableTwiceKeepsTheLast()
    {
        CommandLine command(QStringLiteral("x"));
        command.setEnvironmentVariable(QStringLiteral("A"), QStringLiteral("1"));
        command.setEnvironmentVariable(QStringLiteral("A"), QStringLiteral("2"));
        QCOMPARE(command.environment().size(), 1);
        QCOMPARE(command.environment().first().value, QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
