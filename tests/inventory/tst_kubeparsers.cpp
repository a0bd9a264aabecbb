// Parsers over real helm 3 / helm 4 / kubectl output captured against the Kubernetes API test
// server (tests/data/{helm,kubectl}), plus odd inputs no fixture shows.
#include "kube/parsers/helmlist.h"
#include "kube/parsers/kubeconfigview.h"
#include "kube/parsers/serverversion.h"
#include "kube/parsers/toolerror.h"
#include "kube/parsers/workloads.h"
#include "kube/toolcommands.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "testsupport.h"

using namespace chartroom;
using namespace chartroom::kube;

namespace {
} // namespace

class tst_KubeParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helmListFromBothMajors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("helm 3.17.3") << "helm/list-demo-helm3.json";
        QTest::newRow("helm 4.1.4") << "helm/list-demo-helm4.json";
    }

    void helmListFromBothMajors()
    {
        QFETCH(QString, file);
        const auto releases = parseHelmList(test::readFixture(file));
        QVERIFY(releases);
        QCOMPARE(releases->size(), 33);
        int failed = 0, pending = 0;
        for (const HelmReleaseSummary &r : *releases) {
            QVERIFY(!r.name.isEmpty());
            QVERIFY(!r.namespaceName.isEmpty());
            QVERIFY(r.revision >= 1);
            QVERIFY2(r.updated.isValid(), qPrintable(r.name));
            QVERIFY(!r.chartName.isEmpty());
            failed += r.status == QLatin1String("failed");
            pending += r.status == QLatin1String("pending-upgrade");
        }
        QCOMPARE(failed, 1);
        QCOMPARE(pending, 1);
        const auto airflow = std::find_if(releases->cbegin(), releases->cend(),
                                          [](const HelmReleaseSummary &r) { return r.name == QLatin1String("airflow"); });
        QVERIFY(airflow != releases->cend());
        QCOMPARE(airflow->namespaceName, QStringLiteral("data"));
        QCOMPARE(airflow->chartName, QStringLiteral("airflow"));
        QCOMPARE(airflow->chartVersion, QStringLiteral("0.3.2"));
        QCOMPARE(airflow->appVersion, QStringLiteral("2.10.4"));
        QCOMPARE(airflow->revision, 3);
    }

    void chartField_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::newRow("simple") << "postgresql-0.4.0" << "postgresql" << "0.4.0";
        QTest::newRow("dashes") << "kube-prometheus-stack-61.3.2" << "kube-prometheus-stack" << "61.3.2";
        QTest::newRow("digit in name") << "app-2-1.0.0" << "app-2" << "1.0.0";
        QTest::newRow("prerelease") << "grafana-7.0.0-rc.1" << "grafana" << "7.0.0-rc.1";
        QTest::newRow("build metadata") << "loki-5.1.0+build.7" << "loki" << "5.1.0+build.7";
        QTest::newRow("v prefix") << "minio-v1.2.3" << "minio" << "v1.2.3";
        QTest::newRow("no version") << "homebrew" << "homebrew" << "";
        QTest::newRow("no version, dashes") << "my-own-chart" << "my-own-chart" << "";
        QTest::newRow("empty") << "" << "" << "";
    }

    void chartField()
    {
        QFETCH(QString, chart);
        QFETCH(QString, name);
        QFETCH(QString, version);
        const ChartNameVersion split = splitChartField(chart);
        QCOMPARE(split.name, name);
        QCOMPARE(split.version, version);
    }

    void goTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("helm utc") << "2026-11-06 04:20:02.286787987 +0000 UTC" << "2026-11-06T04:20:02.286Z";
        QTest::newRow("offset") << "2024-05-01 10:20:30.5 +0200 CEST" << "2024-05-01T08:20:30.500Z";
        QTest::newRow("negative offset") << "2024-05-01 22:00:00 -0700 PDT" << "2024-05-02T05:00:00.000Z";
        QTest::newRow("garbage") << "yesterday" << "";
    }

    void goTime()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime parsed = parseGoTime(text);
        QCOMPARE(parsed.isValid(), !utc.isEmpty());
        if (parsed.isValid())
            QCOMPARE(parsed.toUTC().toString(Qt::ISODateWithMs), utc);
    }

    void helmListOddInputs()
    {
        // Missing fields, a numeric revision, unicode, no chart version and a 10 MB field.
        const QByteArray huge(10 * 1024 * 1024, 'x');
        const QByteArray json = "[{\"name\":\"nextcloud-\xed\x95\x9c\xea\xb8\x80\",\"namespace\":\"apps\",\"revision\":7},"
                                "{\"name\":\"bare\"},"
                                "{\"name\":\"custom\",\"chart\":\"homebrew\",\"status\":\"pending-install\",\"app_version\":\""
                                + huge + "\"},{\"namespace\":\"no-name\"}]";
        QElapsedTimer timer;
        timer.start();
        const auto releases = parseHelmList(json);
        QVERIFY(releases);
        QVERIFY2(timer.elapsed() < 5000, "parsing 10 MB took too long");
        QCOMPARE(releases->size(), 3); // the entry without a name is skipped
        QCOMPARE(releases->at(0).name, QStringLiteral("nextcloud-한글"));
        QCOMPARE(releases->at(0).revision, 7);
        QVERIFY(!releases->at(1).updated.isValid());
        QCOMPARE(releases->at(2).chartName, QStringLiteral("homebrew"));
        QCOMPARE(releases->at(2).chartVersion, QString());
        QCOMPARE(releases->at(2).appVersion.size(), huge.size());
    }

    void helmListBadOutput()
    {
        QVERIFY(parseHelmList(QByteArray()));          // helm prints nothing when there is nothing
        QCOMPARE(parseHelmList(QByteArray())->size(), 0);
        const auto truncated = parseHelmList(test::readFixture(QStringLiteral("helm/list-demo-helm4.json")).left(500));
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().code, QStringLiteral("tool.output-unreadable"));
        QVERIFY(truncated.error().message.contains(QLatin1String("helm list")));
        QVERIFY(!parseHelmList("{\"not\":\"an array\"}"));
    }

    void kubeconfigView()
    {
        const auto view = parseKubeconfigView(test::readFixture(QStringLiteral("kubectl/config-view-demo.json")));
        QVERIFY(view);
        QCOMPARE(view->currentContext, QStringLiteral("homelab"));
        QCOMPARE(view->contexts.size(), 2);
        QCOMPARE(view->contexts.at(1).name, QStringLiteral("offsite"));
        QCOMPARE(view->contexts.at(1).user, QStringLiteral("chartroom-test@offsite"));
        QVERIFY(view->contexts.at(0).server.startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(view->contexts.at(0).defaultNamespace, QStringLiteral("default"));
        // An empty kubeconfig is valid and has no contexts.
        const auto empty = parseKubeconfigView(R"({"kind":"Config","apiVersion":"v1","preferences":{},"clusters":null,"users":null,"contexts":null,"current-context":""})");
        QVERIFY(empty);
        QCOMPARE(empty->contexts.size(), 0);
        QVERIFY(!parseKubeconfigView("error: error loading config file"));
    }

    void workloads()
    {
        const auto objects = parseKubeObjectList(test::readFixture(QStringLiteral("kubectl/workloads-demo.json")));
        QVERIFY(objects);
        QCOMPARE(objects->size(), 107);
        QHash<QString, int> kinds;
        for (const KubeObject &o : *objects)
            ++kinds[o.kind];
        QCOMPARE(kinds.value(QStringLiteral("Pod")), 35);
        QCOMPARE(kinds.value(QStringLiteral("PersistentVolumeClaim")), 39);
        const auto nextcloud = std::find_if(objects->cbegin(), objects->cend(), [](const KubeObject &o) {
            return o.kind == QLatin1String("Deployment") && o.name == QLatin1String("nextcloud");
        });
        QVERIFY(nextcloud != objects->cend());
        QCOMPARE(nextcloud->helmReleaseName(), QStringLiteral("nextcloud"));
        QCOMPARE(nextcloud->helmReleaseNamespace(), QStringLiteral("apps"));
        QCOMPARE(nextcloud->desired, 1);
        QCOMPARE(nextcloud->ready, 1);
        for (const KubeObject &o : *objects) {
            if (o.kind == QLatin1String("Pod")) {
                QVERIFY(!o.phase.isEmpty());
                QVERIFY2(!o.helmReleaseName().isEmpty(), qPrintable(o.name)); // by the instance label
            }
        }
    }

    void serverVersion()
    {
        const auto version = parseServerVersion(test::readFixture(QStringLiteral("kubectl/version-demo.json")));
        QVERIFY(version);
        QVERIFY(version->startsWith(QLatin1String("v1.")));
        QVERIFY(!parseServerVersion(test::readFixture(QStringLiteral("kubectl/version-unreachable.json"))));
    }

    void toolErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("message");
        QTest::newRow("kubectl refused") << "kubectl/version-unreachable.stderr" << int(ClusterProblem::Unreachable)
                                         << "The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?";
        QTest::newRow("helm 3 unreachable") << "helm/list-unreachable-helm3.stderr" << int(ClusterProblem::Unreachable)
                                            << "Kubernetes cluster unreachable: Get \"http://127.0.0.1:1/version\": dial tcp 127.0.0.1:1: connect: connection refused";
        QTest::newRow("helm 4 unreachable") << "helm/list-unreachable-helm4.stderr" << int(ClusterProblem::Unreachable)
                                            << "kubernetes cluster unreachable: Get \"http://127.0.0.1:1/version\": dial tcp 127.0.0.1:1: connect: connection refused";
    }

    void toolErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, problem);
        QFETCH(QString, message);
        const QString text = QString::fromUtf8(test::readFixture(file));
        QCOMPARE(int(classifyToolError(text)), problem);
        QCOMPARE(toolErrorMessage(text), message);
    }

    void toolErrorWording()
    {
        QCOMPARE(classifyToolError(QStringLiteral("Error from server (Forbidden): secrets is forbidden: User \"u\" cannot list resource \"secrets\" in API group \"\" at the cluster scope")),
                 ClusterProblem::Forbidden);
        QCOMPARE(classifyToolError(QStringLiteral("error: You must be logged in to the server (Unauthorized)")),
                 ClusterProblem::Unauthorized);
        QCOMPARE(classifyToolError(QStringLiteral("Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout")),
                 ClusterProblem::TimedOut);
        QCOMPARE(toolErrorMessage(QStringLiteral("Warning: version skew\nError: release: not found\n")),
                 QStringLiteral("release: not found"));
    }

    void commands()
    {
        const ToolCommands tools(QStringLiteral("/opt/helm"), 4, QStringLiteral("/opt/kubectl"));
        QCOMPARE(tools.listReleases(QStringLiteral("home")).arguments(),
                 (QStringList{"list", "--kube-context", "home", "--all-namespaces", "--deployed", "--failed", "--pending",
                              "--superseded", "--uninstalling", "--max", "0", "-o", "json"}));
        QCOMPARE(tools.listReleases(QStringLiteral("home"), QStringLiteral("db")).arguments().mid(3, 2),
                 (QStringList{"--namespace", "db"}));
        QCOMPARE(tools.getWorkloads(QStringLiteral("home")).arguments(),
                 (QStringList{"--context", "home", "get", "deployments,statefulsets,daemonsets,pods,persistentvolumeclaims",
                              "--all-namespaces", "-o", "json", "--request-timeout=60s"}));
        QCOMPARE(tools.serverVersion(QStringLiteral("home"), 5).arguments(),
                 (QStringList{"--context", "home", "version", "-o", "json", "--request-timeout=5s"}));
        QCOMPARE(tools.configView().program(), QStringLiteral("/opt/kubectl"));
    }
};

QTEST_GUILESS_MAIN(tst_KubeParsers)
#include "tst_kubeparsers.moc"
