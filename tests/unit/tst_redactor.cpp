#include "core/redactor.h"

#include <QTest>

using chartroom::Redactor;

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arguments_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << QStringList{"upgrade", "db", "./chart", "-n", "data"}
                               << QStringList{"upgrade", "db", "./chart", "-n", "data"};
        QTest::newRow("--password value") << QStringList{"registry", "login", "--password", "hunter22", "x"}
                                          << QStringList{"registry", "login", "--password", "***", "x"};
        QTest::newRow("--token=value") << QStringList{"get", "pods", "--token=abc.def.ghi"}
                                       << QStringList{"get", "pods", "--token=***"};
        QTest::newRow("--set secret keys") << QStringList{"--set", "replicas=2,auth.password=s3cret,postgresPassword=x1y2"}
                                           << QStringList{"--set", "replicas=2,auth.password=***,postgresPassword=***"};
        QTest::newRow("--set-string=") << QStringList{"--set-string=admin.apiKey=k-123,image.tag=1.2"}
                                       << QStringList{"--set-string=admin.apiKey=***,image.tag=1.2"};
        QTest::newRow("--set plain keys stay") << QStringList{"--set", "image.tag=16.4,keyboard=us"}
                                               << QStringList{"--set", "image.tag=16.4,keyboard=us"};
        QTest::newRow("from-literal") << QStringList{"create", "secret", "generic", "s", "--from-literal=pw=abc"}
                                      << QStringList{"create", "secret", "generic", "s", "--from-literal=***"};
        QTest::newRow("url with password") << QStringList{"repo", "add", "r", "https://bob:pa55@charts.example/"}
                                           << QStringList{"repo", "add", "r", "https://bob:***@charts.example/"};
    }

    void arguments()
    {
        QFETCH(QStringList, input);
        QFETCH(QStringList, expected);
        Redactor redactor;
        QCOMPARE(redactor.redactArguments(input), expected);
    }

    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer header") << "Authorization: Bearer eyJhbGciOi.abc" << "Authorization: Bearer ***";
        QTest::newRow("basic header") << "authorization: Basic dXNlcjpwYXNz" << "authorization: Basic ***";
        QTest::newRow("kubeconfig token") << "    token: sha256~AbCdEf" << "    token: ***";
        QTest::newRow("client key data") << "    client-key-data: LS0tLS1CRUdJTg==" << "    client-key-data: ***";
        QTest::newRow("json password") << R"({"postgresPassword": "p@ss", "port": 5432})"
                                       << R"({"postgresPassword": "***", "port": 5432})";
        QTest::newRow("env form") << "PGPASSWORD=topsecret psql" << "PGPASSWORD=*** psql";
        QTest::newRow("yaml values") << "auth:\n  rootPassword: hunter2\n  user: app"
                                     << "auth:\n  rootPassword: ***\n  user: app";
        QTest::newRow("url") << "postgres://app:pw123@db:5432/x" << "postgres://app:***@db:5432/x";
        QTest::newRow("harmless") << "deployment.apps/grafana condition met" << "deployment.apps/grafana condition met";
        QTest::newRow("already masked") << "password: ***" << "password: ***";
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor redactor;
        QCOMPARE(redactor.redactText(input), expected);
    }

    void knownValuesAreMaskedEverywhere()
    {
        Redactor redactor;
        redactor.addSecretValue(QStringLiteral("Zx9-correct-horse"));
        redactor.addSecretValue(QStringLiteral("abc")); // too short to mask safely: ignored
        QCOMPARE(redactor.redactText(QStringLiteral("psql said Zx9-correct-horse twice: Zx9-correct-horse")),
                 QStringLiteral("psql said *** twice: ***"));
        QCOMPARE(redactor.redactText(QStringLiteral("abc")), QStringLiteral("abc"));
        QCOMPARE(redactor.redactArguments({QStringLiteral("--set"), QStringLiteral("x=Zx9-correct-horse")}),
                 (QStringList{QStringLiteral("--set"), QStringLiteral("x=***")}));
        redactor.removeSecretValue(QStringLiteral("Zx9-correct-horse"));
        QCOMPARE(redactor.redactText(QStringLiteral("Zx9-correct-horse")), QStringLiteral("Zx9-correct-horse"));
    }

    void environmentNames()
    {
        QVERIFY(Redactor::isSecretName(QStringLiteral("PGPASSWORD")));
        QVERIFY(Redactor::isSecretName(QStringLiteral("MYSQL_PWD")));
        QVERIFY(Redactor::isSecretName(QStringLiteral("REDISCLI_AUTH")));
        QVERIFY(Redactor::isSecretName(QStringLiteral("GITHUB_TOKEN")));
        QVERIFY(Redactor::isSecretName(QStringLiteral("AWS_SECRET_ACCESS_KEY")));
        QVERIFY(!Redactor::isSecretName(QStringLiteral("KUBECONFIG")));
        QVERIFY(!Redactor::isSecretName(QStringLiteral("HELM_CACHE_HOME")));
        Redactor redactor;
        QCOMPARE(redactor.redactEnvValue(QStringLiteral("PGPASSWORD"), QStringLiteral("x")), Redactor::Mask);
        QCOMPARE(redactor.redactEnvValue(QStringLiteral("KUBECONFIG"), QStringLiteral("/home/a/.kube/config")),
                 QStringLiteral("/home/a/.kube/config"));
    }
};

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
