// `chartroom-cli rbac` end to end against the Kubernetes API test server holding the demo fleet:
// every output format, scope filters, --fail-on exit codes before and after accepting findings
// (acceptances persist in the data directory), and usage errors.
#include "../backup/clitestenvironment.h"
#include "dbservers.h"
#include "kubesimprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;

namespace {

const QString kTools = QStringLiteral(CHARTROOM_TOOLS_BIN);
const QString kCli = QStringLiteral(CHARTROOM_CLI);
const QString kContext = QStringLiteral("homelab");

} // namespace

class tst_RbacCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir{test::testTempBase() + QStringLiteral("/rbaccli-XXXXXX")};
    test::KubeSimProcess m_kube;
    QProcessEnvironment m_env;

    test::CommandResult cli(const QStringList &args)
    {
        return test::runCommand(QStringList{kCli, QStringLiteral("rbac")} + args, {}, 300000, m_env);
    }

    QJsonArray findings(const QStringList &args)
    {
        const test::CommandResult r = cli(args + QStringList{QStringLiteral("--json")});
        if (!r.ok())
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_kube.start(m_dir.path(), kContext, QStringLiteral("demo-fleet.json")), qPrintable(m_kube.errorString()));
        m_env = test::cliTestEnvironment(m_dir.path(), kTools);
        m_env.insert(QStringLiteral("KUBECONFIG"), m_kube.kubeconfig());
    }

    void formats()
    {
        const test::CommandResult json = cli({QStringLiteral("--context"), kContext, QStringLiteral("--json")});
        QVERIFY2(json.ok(), qPrintable(json.describe()));
        const QJsonObject review = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(review.value(QStringLiteral("scope")).toObject().value(QStringLiteral("contexts")).toArray().first().toString(),
                 kContext);
        const QJsonArray all = review.value(QStringLiteral("findings")).toArray();
        bool debug = false;
        for (const QJsonValue &v : all) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("binding")).toString() == QLatin1String("ClusterRoleBinding grafana-debug-cluster-admin")
                && f.value(QStringLiteral("rule")).toString() == QLatin1String("cluster-admin-binding")) {
                debug = true;
                QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
                QCOMPARE(f.value(QStringLiteral("release")).toString(), QStringLiteral("monitoring/grafana"));
                QVERIFY(!f.value(QStringLiteral("paths")).toArray().isEmpty());
            }
        }
        QVERIFY(debug);

        const test::CommandResult text = cli({QStringLiteral("--context"), kContext});
        QVERIFY2(text.ok(), qPrintable(text.describe()));
        QVERIFY(text.out.contains("CRITICAL  cluster-admin-binding  homelab  monitoring/grafana  ClusterRoleBinding grafana-debug-cluster-admin"));
        QVERIFY(text.out.contains(QByteArray(QByteArray::number(all.size()) + " finding(s)")));

        const test::CommandResult md = cli({QStringLiteral("--context"), kContext, QStringLiteral("--markdown")});
        QVERIFY2(md.ok(), qPrintable(md.describe()));
        QVERIFY(md.out.startsWith("# RBAC review"));
        QVERIFY(md.out.contains("## Critical"));
        const test::CommandResult csv = cli({QStringLiteral("--context"), kContext, QStringLiteral("--csv")});
        QVERIFY2(csv.ok(), qPrintable(csv.describe()));
        QVERIFY(csv.out.startsWith("severity,rule,context,release,binding,role"));
        QCOMPARE(csv.out.count('\n'), all.size() + 1);
        const test::CommandResult html = cli({QStringLiteral("--context"), kContext, QStringLiteral("--html")});
        QVERIFY2(html.ok(), qPrintable(html.describe()));
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("grafana-debug-cluster-admin"));
    }

    void scopes()
    {
        const QJsonArray grafana = findings({QStringLiteral("--context"), kContext, QStringLiteral("--release"), QStringLiteral("grafana")});
        QVERIFY(!grafana.isEmpty());
        for (const QJsonValue &v : grafana)
            QCOMPARE(v.toObject().value(QStringLiteral("release")).toString(), QStringLiteral("monitoring/grafana"));
        // The data namespace: airflow's own (expected) exec rights and the cluster-wide Secret
        // reader bound to its ServiceAccount.
        const QJsonArray data = findings({QStringLiteral("--context"), kContext, QStringLiteral("--namespace"), QStringLiteral("data")});
        bool secretsReader = false;
        for (const QJsonValue &v : data) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.value(QStringLiteral("scope")).toString() == QLatin1String("data")
                    || f.value(QStringLiteral("release")).toString().startsWith(QLatin1String("data/")));
            secretsReader = secretsReader || f.value(QStringLiteral("binding")).toString()
                                                 == QLatin1String("ClusterRoleBinding airflow-secrets-reader");
        }
        QVERIFY(secretsReader);
        QVERIFY(findings({QStringLiteral("--context"), kContext, QStringLiteral("--namespace"), QStringLiteral("no-such-ns")}).isEmpty());
    }

    void failOnAndAcceptances()
    {
        const QStringList base{QStringLiteral("--context"), kContext};
        QCOMPARE(cli(base + QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical")}).exitCode, 4);
        QCOMPARE(cli(base + QStringList{QStringLiteral("--fail-on"), QStringLiteral("high")}).exitCode, 4);

        // Accept the two critical ones: grafana's debug binding and the admins' group binding.
        test::CommandResult r = cli({QStringLiteral("accept"), QStringLiteral("--context"), kContext, QStringLiteral("--release"),
                                     QStringLiteral("monitoring/grafana"), QStringLiteral("--rule"),
                                     QStringLiteral("cluster-admin-binding"), QStringLiteral("--note"),
                                     QStringLiteral("plugin debugging until Friday")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = cli({QStringLiteral("accept"), QStringLiteral("--context"), kContext, QStringLiteral("--rule"),
                 QStringLiteral("cluster-admin-binding"), QStringLiteral("--target"), QStringLiteral("ClusterRoleBinding homelab-admins"),
                 QStringLiteral("--note"), QStringLiteral("the homelab admins")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/rbac-acceptances.json"))));

        const test::CommandResult critical = cli(base + QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical")});
        QVERIFY2(critical.exitCode == 0, qPrintable(critical.describe() + QString::fromUtf8(critical.out)));
        QCOMPARE(cli(base + QStringList{QStringLiteral("--fail-on"), QStringLiteral("high")}).exitCode, 4);
        int accepted = 0;
        for (const QJsonValue &v : findings(base)) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("accepted")).toBool()) {
                ++accepted;
                QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("cluster-admin-binding"));
            }
        }
        QCOMPARE(accepted, 2);

        // Reopened, it fails the pipeline again.
        r = cli({QStringLiteral("accept"), QStringLiteral("--context"), kContext, QStringLiteral("--release"),
                 QStringLiteral("monitoring/grafana"), QStringLiteral("--rule"), QStringLiteral("cluster-admin-binding"),
                 QStringLiteral("--reopen")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(cli(base + QStringList{QStringLiteral("--fail-on"), QStringLiteral("critical")}).exitCode, 4);
    }

    void usageAndFailures()
    {
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("--csv")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--fail-on"), QStringLiteral("severe")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("stray")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("accept"), QStringLiteral("--context"), kContext, QStringLiteral("--rule"),
                      QStringLiteral("no-such-rule"), QStringLiteral("--note"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("accept"), QStringLiteral("--context"), kContext, QStringLiteral("--rule"),
                      QStringLiteral("pod-exec")}).exitCode, 2); // a note is required
        const test::CommandResult missing = cli({QStringLiteral("--context"), QStringLiteral("no-such-context")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no-such-context"));
    }

    void cleanupTestCase()
    {
        m_kube.stop();
    }
};

QTEST_GUILESS_MAIN(tst_RbacCli)
#include "tst_rbaccli.moc"
