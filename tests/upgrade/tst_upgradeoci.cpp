// An OCI chart source end to end: the test chart pushed with the real helm (3 and 4) into a
// throw-away registry (docker-registry, plain HTTP on localhost), then chartroom-cli upgrade
// --chart oci://… --plain-http previewed and run against the API test server; the remembered
// source is the OCI reference and the inventory asks it for its newest tag.
#include "ociregistry.h"
#include "upgradeclitesting.h"

#include "upgrade/releasesourcestore.h"
#include "upgrade/upgradecheckpoint.h"

#include <QJsonObject>
#include <QtTest>

using namespace chartroom;

namespace {
const QString kTools = test::UpgradeCliHarness::toolsDir;
const QString kCharts = test::UpgradeCliHarness::chartsDir;
} // namespace

class tst_UpgradeOci : public QObject
{
    Q_OBJECT

    test::UpgradeCliHarness m_h{QStringLiteral("upgradeoci")};
    test::OciRegistry m_registry;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kTools + "/helm-3.17.3"))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        if (test::OciRegistry::program().isEmpty())
            QSKIP("docker-registry missing: run packaging/dev/bootstrap.sh");
        QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
        QVERIFY2(m_registry.start(m_h.filePath("registry")), qPrintable(m_registry.errorString()));
        // webapp 2.0.0 as oci://127.0.0.1:PORT/charts/webapp:2.0.0.
        const QString helm = kTools + "/helm-4.1.4";
        const auto packaged = test::runCommand({helm, "package", kCharts + "webapp-2.0.0", "-d", m_h.filePath("packages")}, {}, 60000,
                                               m_h.environment());
        QVERIFY2(packaged.ok(), qPrintable(packaged.describe()));
        const auto pushed = test::runCommand({helm, "push", m_h.filePath("packages/webapp-2.0.0.tgz"), "oci://" + m_registry.host() + "/charts",
                                              "--plain-http"},
                                             {}, 60000, m_h.environment());
        QVERIFY2(pushed.ok(), qPrintable(pushed.describe()));
    }

    void upgradeFromTheRegistry_data()
    {
        QTest::addColumn<QString>("helm");
        QTest::newRow("helm 3.17.3") << QStringLiteral("helm-3.17.3");
        QTest::newRow("helm 4.1.4") << QStringLiteral("helm-4.1.4");
    }
    void upgradeFromTheRegistry()
    {
        QFETCH(QString, helm);
        const QString ns = QStringLiteral("oci-%1").arg(++m_counter);
        const QString key = "sim/" + ns + "/web";
        const auto installed = m_h.helm(helm, {"install", "web", kCharts + "webapp-1.0.0", "-n", ns, "--create-namespace", "--wait"});
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        const QString reference = "oci://" + m_registry.host() + "/charts/webapp";
        const QStringList upgrade{"upgrade", "--release", key, "--chart", reference, "--version", "2.0.0", "--plain-http",
                                  "--strategy", "rolling", "--timeout", "60", "--no-diff", "--skip-backup", "--confirm-skip-backup=web"};

        // The plan: helm pulls the chart from the registry for the preview, nothing changes.
        const auto plan = m_h.cli(helm, upgrade + QStringList{"--plan-only"});
        QVERIFY2(plan.ok(), qPrintable(plan.describe() + QString::fromUtf8(plan.out)));
        const QString planText = QString::fromUtf8(plan.out);
        QVERIFY2(planText.contains("upgrade web " + reference + " --version 2.0.0 --plain-http"), qPrintable(planText));
        QVERIFY2(planText.contains("[image-major] Deployment/web"), qPrintable(planText)); // rendered from the pulled chart
        QCOMPARE(m_h.history(helm, ns, "web").size(), 1);

        const auto run = m_h.cli(helm, upgrade + QStringList{"--yes"});
        QVERIFY2(run.ok(), qPrintable(run.describe() + QString::fromUtf8(run.out)));
        QVERIFY(QString::fromUtf8(run.out).contains("revision 1 → 2"));
        QCOMPARE(m_h.history(helm, ns, "web").last()[u"chart"].toString(), QStringLiteral("webapp-2.0.0"));
        QCOMPARE(m_h.history(helm, ns, "web").last()[u"status"].toString(), QStringLiteral("deployed"));

        // The remembered source is the OCI reference (plain HTTP), at the version it ran.
        upgrade::ReleaseSourceStore sources(m_h.path() + "/data/release-sources.json");
        QVERIFY(sources.load().ok());
        const auto source = sources.source(key);
        QVERIFY(source);
        QCOMPARE(source->kind, upgrade::ChartSource::Kind::Oci);
        QCOMPARE(source->reference, reference);
        QCOMPARE(source->version, QStringLiteral("2.0.0"));
        QVERIFY(source->plainHttp);

        // The inventory asks the registry for its newest tag: 2.0.0, nothing newer, no error.
        const auto inventory = m_h.cli(helm, {"inventory", "--json"});
        QVERIFY2(inventory.ok(), qPrintable(inventory.describe()));
        QJsonObject available;
        for (const QJsonValue &value : QJsonDocument::fromJson(inventory.out).object()[u"releases"].toArray())
            if (value[u"namespace"].toString() == ns)
                available = value[u"upgradeAvailable"].toObject();
        QCOMPARE(available[u"current"].toString(), QStringLiteral("2.0.0"));
        QCOMPARE(available[u"source"].toString(), reference);
        QVERIFY2(!available.contains(u"error") && !available.contains(u"latest"), qPrintable(QJsonDocument(available).toJson()));
    }
};

QTEST_GUILESS_MAIN(tst_UpgradeOci)
#include "tst_upgradeoci.moc"
