// The fleet scan against real clusters' stand-ins: two Kubernetes API test servers (the demo
// homelab and an offsite cluster) and a context whose server is gone, with helm 3 and helm 4.
#include "kubesimprocess.h"
#include "runtime.h"

#include "inventory/releasedetailsloader.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chartroom;
using namespace chartroom::inventory;

namespace {

const Release *findRelease(const Fleet &fleet, const QString &context, const QString &name)
{
    for (const Release &r : fleet.releases)
        if (r.context == context && r.name == name)
            return &r;
    return nullptr;
}

const ContextStatus *findContext(const Fleet &fleet, const QString &name)
{
    for (const ContextStatus &c : fleet.contexts)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace

class tst_InventoryScan : public QObject
{
    Q_OBJECT

    QString m_base;
    QTemporaryDir m_dir;
    test::KubeSimProcess m_homelab;
    test::KubeSimProcess m_offsite;
    QString m_tools = QStringLiteral(CHARTROOM_TOOLS_BIN);

    std::unique_ptr<Runtime> makeRuntime(const QString &helm)
    {
        qputenv("CHARTROOM_HELM", (m_tools + QLatin1Char('/') + helm).toLocal8Bit());
        qputenv("CHARTROOM_KUBECTL", (m_tools + QStringLiteral("/kubectl-1.35.2")).toLocal8Bit());
        Runtime::Options options;
        options.settingsFile = m_dir.filePath(helm + QStringLiteral(".ini"));
        options.journalDir = m_dir.filePath(helm + QStringLiteral("-journal"));
        auto runtime = std::make_unique<Runtime>(options);
        QSignalSpy probed(&runtime->tools(), &kube::ToolProbe::finished);
        runtime->probeTools();
        if (!probed.wait(30000) || !runtime->tools().helm().isUsable())
            return nullptr;
        return runtime;
    }

    static bool scan(Runtime &runtime)
    {
        QSignalSpy finished(&runtime.scanner(), &InventoryScanner::scanFinished);
        runtime.scanner().refresh();
        return finished.wait(120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(m_tools + QStringLiteral("/helm-3.17.3")))
            QSKIP("pinned helm/kubectl missing: run packaging/dev/bootstrap.sh");
        m_base = test::isolateEnvironment();
        qputenv("HOME", (m_base + QStringLiteral("/home")).toLocal8Bit()); // kubectl's discovery cache
        QVERIFY2(m_homelab.start(m_dir.path(), QStringLiteral("homelab"), QStringLiteral("demo-fleet.json")),
                 qPrintable(m_homelab.errorString()));
        QVERIFY2(m_offsite.start(m_dir.path(), QStringLiteral("offsite"), QStringLiteral("offsite.json")),
                 qPrintable(m_offsite.errorString()));
        // A third context whose cluster is gone.
        const QString gone = m_dir.filePath(QStringLiteral("gone.kubeconfig"));
        QFile file(gone);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: gone\n  cluster:\n    server: http://127.0.0.1:1\n"
                   "users:\n- name: gone\n  user:\n    token: not-a-real-token\ncontexts:\n- name: gone\n  context:\n"
                   "    cluster: gone\n    user: gone\ncurrent-context: gone\n");
        file.close();
        const QString merged = m_dir.filePath(QStringLiteral("fleet.kubeconfig"));
        QVERIFY(test::KubeSimProcess::mergeKubeconfigs(merged, {m_homelab.kubeconfig(), m_offsite.kubeconfig(), gone}));
        qputenv("KUBECONFIG", merged.toLocal8Bit());
    }

    void scanTheFleet_data()
    {
        QTest::addColumn<QString>("helm");
        QTest::newRow("helm 3.17.3") << "helm-3.17.3";
        QTest::newRow("helm 4.1.4") << "helm-4.1.4";
    }

    void scanTheFleet()
    {
        QFETCH(QString, helm);
        auto runtime = makeRuntime(helm);
        QVERIFY(runtime);
        QCOMPARE(runtime->tools().helm().majorVersion(), helm == QLatin1String("helm-3.17.3") ? 3 : 4);
        QStringList updates;
        connect(&runtime->scanner(), &InventoryScanner::contextUpdated, this,
                [&updates](const QString &context) { updates << context; });
        QVERIFY(scan(*runtime));
        const Fleet &fleet = runtime->scanner().fleet();

        QCOMPARE(fleet.contexts.size(), 3);
        QCOMPARE(updates.size(), 3);
        const ContextStatus *homelab = findContext(fleet, QStringLiteral("homelab"));
        const ContextStatus *gone = findContext(fleet, QStringLiteral("gone"));
        QVERIFY(homelab && gone);
        QVERIFY2(homelab->isOk(), qPrintable(homelab->error));
        QVERIFY(homelab->serverVersion.startsWith(QLatin1String("v1.")));
        QCOMPARE(homelab->releaseCount, 33);
        QVERIFY(findContext(fleet, QStringLiteral("offsite"))->isOk());
        QCOMPARE(gone->reachability, ContextStatus::Reachability::Unreachable);
        QVERIFY2(gone->error.contains(QLatin1String("refused")), qPrintable(gone->error));

        const Release *postgresql = findRelease(fleet, QStringLiteral("homelab"), QStringLiteral("postgresql"));
        QVERIFY(postgresql);
        QCOMPARE(postgresql->namespaceName, QStringLiteral("db"));
        QCOMPARE(postgresql->status, QStringLiteral("deployed"));
        QVERIFY(!postgresql->workloads.isEmpty());
        QVERIFY(!postgresql->pods.isEmpty());
        QVERIFY(postgresql->isHealthy());
        if (runtime->catalog().profile(QStringLiteral("postgresql"))) {
            QCOMPARE(postgresql->tier, std::optional<int>(1));
            QCOMPARE(postgresql->rpoState, RpoState::NeverBackedUp);
        }
        const Release *rabbitmq = findRelease(fleet, QStringLiteral("homelab"), QStringLiteral("rabbitmq"));
        QVERIFY(rabbitmq && !rabbitmq->isHealthy());
        QVERIFY(findRelease(fleet, QStringLiteral("homelab"), QStringLiteral("nextcloud"))->isPending());
        QVERIFY(findRelease(fleet, QStringLiteral("homelab"), QStringLiteral("harbor"))->isFailed());

        // Every tool call went through the journal, with its exact command.
        runtime->journal().flush();
        bool sawHelmList = false;
        for (const jobs::JournalEntry &entry : runtime->journal().entries())
            for (const QString &command : entry.commandStrings())
                sawHelmList = sawHelmList || (command.contains(helm) && command.contains(QLatin1String(" list ")));
        QVERIFY(sawHelmList);
    }

    void releaseDetails_data() { scanTheFleet_data(); }

    void releaseDetails()
    {
        QFETCH(QString, helm);
        auto runtime = makeRuntime(helm);
        QVERIFY(runtime);
        runtime->scanner().setSelectedContexts({QStringLiteral("homelab")});
        QVERIFY(scan(*runtime));
        const Release *postgresql = findRelease(runtime->scanner().fleet(), QStringLiteral("homelab"), QStringLiteral("postgresql"));
        QVERIFY(postgresql);
        const Release release = *postgresql;

        ReleaseDetailsLoader loader(&runtime->queue());
        const auto &helmInfo = runtime->tools().helm();
        loader.setTools(kube::ToolCommands(helmInfo.path, helmInfo.majorVersion(), runtime->tools().kubectl().path));
        QHash<QString, QString> texts;
        connect(&loader, &ReleaseDetailsLoader::partLoaded, this,
                [&texts](const QString &, int part, int revision, const QString &text) {
                    texts.insert(QStringLiteral("%1@%2").arg(part).arg(revision), text);
                });
        QList<kube::HelmRevision> history;
        connect(&loader, &ReleaseDetailsLoader::historyLoaded, this,
                [&history](const QString &, const QList<kube::HelmRevision> &revisions) { history = revisions; });
        QSignalSpy failed(&loader, &ReleaseDetailsLoader::partFailed);

        using Part = ReleaseDetailsLoader::Part;
        loader.requestHistory(release);
        loader.requestPart(release, Part::UserValues);
        loader.requestPart(release, Part::ComputedValues);
        loader.requestPart(release, Part::Manifest);
        loader.requestPart(release, Part::Manifest, 1);
        loader.requestPart(release, Part::Notes);
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 5, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(history.size(), release.revision);
        QCOMPARE(history.last().status, QStringLiteral("deployed"));
        const QString manifest = texts.value(QStringLiteral("%1@0").arg(int(Part::Manifest)));
        QVERIFY(manifest.contains(QLatin1String("kind: StatefulSet")));
        QVERIFY2(manifest.contains(QLatin1String("postgres-password: ***")), qPrintable(manifest.left(2000)));
        QVERIFY(texts.value(QStringLiteral("%1@1").arg(int(Part::Manifest))).contains(QLatin1String("20Gi")));
        QVERIFY(texts.value(QStringLiteral("%1@0").arg(int(Part::UserValues))).contains(QLatin1String("50Gi")));
        QVERIFY(texts.value(QStringLiteral("%1@0").arg(int(Part::Notes))).contains(QLatin1String("postgresql")));

        // Answered from the cache the second time: no new job.
        const int jobsBefore = static_cast<int>(runtime->queue().jobs().size());
        QSignalSpy loaded(&loader, &ReleaseDetailsLoader::partLoaded);
        loader.requestPart(release, Part::Manifest);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(runtime->queue().jobs().size(), jobsBefore);

        // A release that is gone fails with helm's own message.
        Release gone = release;
        gone.name = QStringLiteral("no-such-release");
        QSignalSpy historyFailed(&loader, &ReleaseDetailsLoader::historyFailed);
        loader.requestHistory(gone);
        QVERIFY(historyFailed.wait(30000));
        QVERIFY2(historyFailed.first().at(1).toString().contains(QLatin1String("not found")),
                 qPrintable(historyFailed.first().at(1).toString()));
    }

    void forbiddenListsFallBackPerNamespace()
    {
        auto runtime = makeRuntime(QStringLiteral("helm-4.1.4"));
        QVERIFY(runtime);
        const QByteArray faults = R"({"forbid": [
            {"verbs": ["list"], "resources": ["secrets"], "namespaces": [""]},
            {"verbs": ["list"], "resources": ["pods", "deployments", "statefulsets", "daemonsets", "persistentvolumeclaims"],
             "namespaces": ["", "media"]}]})";
        QVERIFY(m_homelab.admin("PUT", QStringLiteral("/__test/faults"), faults));
        runtime->scanner().setSelectedContexts({QStringLiteral("homelab")});
        const bool scanned = scan(*runtime);
        QVERIFY(m_homelab.admin("DELETE", QStringLiteral("/__test/faults")));
        QVERIFY(scanned);
        const Fleet &fleet = runtime->scanner().fleet();
        QCOMPARE(fleet.contexts.size(), 1);
        const ContextStatus &homelab = fleet.contexts.first();
        QVERIFY2(homelab.isOk(), qPrintable(homelab.error));
        QCOMPARE(homelab.releaseCount, 33); // helm listed namespace by namespace
        QCOMPARE(homelab.forbiddenNamespaces, QStringList{QStringLiteral("media")});
        const Release *immich = findRelease(fleet, QStringLiteral("homelab"), QStringLiteral("immich"));
        QVERIFY(immich);
        QVERIFY(immich->workloads.isEmpty()); // not allowed to see them
        QVERIFY(!findRelease(fleet, QStringLiteral("homelab"), QStringLiteral("postgresql"))->workloads.isEmpty());
    }

    void excludedNamespacesStayOut()
    {
        auto runtime = makeRuntime(QStringLiteral("helm-3.17.3"));
        QVERIFY(runtime);
        runtime->scanner().setSelectedContexts({QStringLiteral("homelab")});
        runtime->scanner().setExcludedNamespaces({QStringLiteral("monitoring"), QStringLiteral("db")});
        QVERIFY(scan(*runtime));
        for (const Release &release : runtime->scanner().fleet().releases) {
            QVERIFY(release.namespaceName != QLatin1String("monitoring"));
            QVERIFY(release.namespaceName != QLatin1String("db"));
        }
        QVERIFY(!runtime->scanner().fleet().releases.isEmpty());
    }

    void cliInventory()
    {
        qputenv("CHARTROOM_HELM", (m_tools + QStringLiteral("/helm-4.1.4")).toLocal8Bit());
        QProcess cli;
        cli.start(QStringLiteral(CHARTROOM_CLI), {QStringLiteral("inventory"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 1); // the "gone" context failed
        QVERIFY(cli.readAllStandardError().contains("context gone"));
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("chartroom.fleet"));
        QCOMPARE(json.value(QStringLiteral("contexts")).toArray().size(), 3);
        QVERIFY(json.value(QStringLiteral("releases")).toArray().size() >= 33);

        QProcess one;
        one.start(QStringLiteral(CHARTROOM_CLI), {QStringLiteral("inventory"), QStringLiteral("--context"), QStringLiteral("offsite")});
        QVERIFY(one.waitForFinished(120000));
        QCOMPARE(one.exitCode(), 0);
        QVERIFY(one.readAllStandardOutput().contains("Context offsite: reachable"));
    }
};

QTEST_GUILESS_MAIN(tst_InventoryScan)
#include "tst_inventoryscan.moc"
