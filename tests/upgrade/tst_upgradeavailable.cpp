// "Upgrade available" for releases with a remembered chart source: chartroom-cli inventory --json
// against the API test server with the real helm, the test charts served as a Helm repository
// over HTTP and one local chart directory as sources.
#include "chartreposerver.h"
#include "upgradeclitesting.h"

#include "upgrade/releasesourcestore.h"

#include <QJsonObject>
#include <QtTest>

using namespace chartroom;

namespace {
const QString kTools = test::UpgradeCliHarness::toolsDir;
const QString kCharts = test::UpgradeCliHarness::chartsDir;
const QString kHelm = QStringLiteral("helm-4.1.4");
} // namespace

class tst_UpgradeAvailable : public QObject
{
    Q_OBJECT

    test::UpgradeCliHarness m_h{QStringLiteral("upgradeavailable")};

    bool install(const QString &release, const QString &ns, const QString &chart)
    {
        const auto installed = m_h.helm(kHelm, {"install", release, kCharts + chart, "-n", ns, "--create-namespace"});
        if (!installed.ok())
            qWarning().noquote() << installed.describe();
        return installed.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kTools + "/helm-4.1.4"))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        QVERIFY2(m_h.start(), qPrintable(m_h.errorString()));
    }

    void inventoryTellsWhichReleasesHaveANewerVersion()
    {
        test::ChartRepoServer repo;
        QVERIFY2(repo.start(kTools + u'/' + kHelm, m_h.filePath("repo"), {kCharts + "webapp-1.0.0", kCharts + "webapp-2.0.0"},
                            m_h.environment()),
                 qPrintable(repo.errorString()));
        QVERIFY(install("old", "apps", "webapp-1.0.0"));
        QVERIFY(install("new", "apps", "webapp-2.0.0"));
        QVERIFY(install("local", "apps", "webapp-1.0.0"));
        QVERIFY(install("unknown", "apps", "webapp-1.0.0"));
        QVERIFY(install("gone", "apps", "webapp-1.0.0"));

        // What Chartroom remembers: old and new from the repository, local from a chart directory,
        // gone from a repository that does not answer; unknown has no remembered source.
        upgrade::ReleaseSourceStore sources(m_h.path() + "/data/release-sources.json");
        upgrade::ChartSource fromRepo = *upgrade::ChartSource::fromReference("testrepo/webapp");
        fromRepo.repositoryUrl = repo.url();
        sources.setSource("sim/apps/old", fromRepo);
        sources.setSource("sim/apps/new", fromRepo);
        sources.setSource("sim/apps/local", *upgrade::ChartSource::fromReference(kCharts + "webapp-2.0.0"));
        upgrade::ChartSource dead = *upgrade::ChartSource::fromReference("deadrepo/webapp");
        dead.repositoryUrl = "http://127.0.0.1:1";
        sources.setSource("sim/apps/gone", dead);
        QVERIFY(sources.save().ok());

        const auto run = m_h.cli(kHelm, {"inventory", "--json"});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QHash<QString, QJsonObject> releases;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).object()[u"releases"].toArray())
            releases.insert(value[u"name"].toString(), value.toObject());
        QCOMPARE(releases.size(), 5);

        const QJsonObject old = releases["old"][u"upgradeAvailable"].toObject();
        QCOMPARE(old[u"current"].toString(), QStringLiteral("1.0.0"));
        QCOMPARE(old[u"latest"].toString(), QStringLiteral("2.0.0"));
        QCOMPARE(old[u"source"].toString(), QStringLiteral("testrepo/webapp"));
        QVERIFY(!old.contains(u"error"));

        const QJsonObject atNewest = releases["new"][u"upgradeAvailable"].toObject();
        QCOMPARE(atNewest[u"current"].toString(), QStringLiteral("2.0.0"));
        QVERIFY2(!atNewest.contains(u"latest"), qPrintable(QJsonDocument(atNewest).toJson()));

        const QJsonObject local = releases["local"][u"upgradeAvailable"].toObject();
        QCOMPARE(local[u"latest"].toString(), QStringLiteral("2.0.0"));

        QVERIFY(!releases["unknown"].contains(u"upgradeAvailable"));
        const QJsonObject gone = releases["gone"][u"upgradeAvailable"].toObject();
        QVERIFY(!gone.contains(u"latest"));
        QVERIFY2(!gone[u"error"].toString().isEmpty(), qPrintable(QJsonDocument(gone).toJson()));

        // One listing per source, however many releases share it: the repository's index was
        // searched once (the job journal lists the commands chartroom-cli ran).
        const auto jobs = m_h.cli(kHelm, {"jobs", "--json"});
        QVERIFY2(jobs.ok(), qPrintable(jobs.describe()));
        QCOMPARE(QString::fromUtf8(jobs.out).count("Versions of testrepo/webapp"), 1);
    }
};

QTEST_GUILESS_MAIN(tst_UpgradeAvailable)
#include "tst_upgradeavailable.moc"
