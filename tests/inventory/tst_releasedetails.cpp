// Pure pieces behind the release detail pane: history parsing, side-by-side diffs, manifest
// diffs per object, and the redaction of what the pane shows.
#include "core/redactor.h"
#include "core/textdiff.h"
#include "inventory/manifestdiff.h"
#include "kube/parsers/helmhistory.h"

#include <QFile>
#include <QTest>

#include "testsupport.h"

using namespace chartroom;
using namespace chartroom::inventory;

namespace {
QString fixture(const QString &name)
{
    return QString::fromUtf8(test::readFixture(name));
}

QString kinds(const QList<DiffRow> &rows)
{
    QString out;
    for (const DiffRow &row : rows)
        out += row.kind == DiffRow::Kind::Same ? QLatin1Char('=') : row.kind == DiffRow::Kind::Added ? QLatin1Char('+')
                                                              : row.kind == DiffRow::Kind::Removed ? QLatin1Char('-')
                                                                                                   : QLatin1Char('~');
    return out;
}
} // namespace

class tst_ReleaseDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void history_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("helm 3") << "helm/history-grafana-helm3.json";
        QTest::newRow("helm 4") << "helm/history-grafana-helm4.json";
    }

    void history()
    {
        QFETCH(QString, file);
        const auto revisions = kube::parseHelmHistory(fixture(file).toUtf8());
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 5);
        QCOMPARE(revisions->first().revision, 1);
        QCOMPARE(revisions->first().status, QStringLiteral("superseded"));
        QCOMPARE(revisions->first().description, QStringLiteral("Install complete"));
        QCOMPARE(revisions->first().updated, QDateTime(QDate(2026, 5, 10), QTime(4, 20, 2, 286), Qt::UTC));
        QCOMPARE(revisions->last().status, QStringLiteral("deployed"));
        QVERIFY(!kube::parseHelmHistory("Error: release: not found"));
    }

    void sideBySide()
    {
        const QList<DiffRow> rows = sideBySideDiff(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nB\nc\nd\ne\n"));
        QCOMPARE(kinds(rows), QStringLiteral("=~==+"));
        QCOMPARE(rows.at(1).left, QStringLiteral("b"));
        QCOMPARE(rows.at(1).right, QStringLiteral("B"));
        QCOMPARE(rows.at(1).leftLine, 2);
        QCOMPARE(rows.at(1).rightLine, 2);
        QCOMPARE(rows.at(4).rightLine, 5);
        QCOMPARE(rows.at(4).leftLine, -1);
        QVERIFY(hasChanges(rows));
        QVERIFY(!hasChanges(sideBySideDiff(QStringLiteral("x\ny"), QStringLiteral("x\ny\n"))));
        QCOMPARE(kinds(sideBySideDiff(QStringLiteral("x\ny\nz"), QStringLiteral("z"))), QStringLiteral("--="));
        QCOMPARE(kinds(sideBySideDiff(QString(), QStringLiteral("new"))), QStringLiteral("+"));
    }

    void manifestDiffPerObject()
    {
        const QString r1 = fixture(QStringLiteral("helm/manifest-postgresql-r1.yaml"));
        const QString r2 = fixture(QStringLiteral("helm/manifest-postgresql-r2.yaml"));
        const QList<ManifestResource> resources = splitManifest(r2);
        QCOMPARE(resources.size(), 7);
        QStringList keys;
        for (const ManifestResource &r : resources)
            keys << r.key();
        QVERIFY2(keys.contains(QStringLiteral("StatefulSet/db/postgresql")), qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY(keys.contains(QStringLiteral("Secret/db/postgresql-secret")));
        QCOMPARE(resources.at(1).source, QStringLiteral("postgresql/templates/secret.yaml"));

        const QList<ResourceDiff> diffs = diffManifests(r1, r2);
        QCOMPARE(diffs.size(), 7);
        int changed = 0;
        for (const ResourceDiff &diff : diffs) {
            if (diff.change == ResourceDiff::Change::Changed) {
                ++changed;
                QCOMPARE(diff.key, QStringLiteral("StatefulSet/db/postgresql"));
                const auto row = std::find_if(diff.rows.cbegin(), diff.rows.cend(),
                                              [](const DiffRow &r) { return r.kind == DiffRow::Kind::Changed; });
                QVERIFY(row != diff.rows.cend());
                QVERIFY(row->left.contains(QLatin1String("20Gi")));
                QVERIFY(row->right.contains(QLatin1String("50Gi")));
            } else {
                QCOMPARE(diff.change, ResourceDiff::Change::Unchanged);
            }
        }
        QCOMPARE(changed, 1);

        // Reordering objects is not a change; removing one is.
        const QList<ResourceDiff> removed = diffManifests(r2, resources.at(0).text);
        QCOMPARE(removed.size(), 7);
        QCOMPARE(removed.first().change, ResourceDiff::Change::Unchanged);
        QCOMPARE(removed.last().change, ResourceDiff::Change::Removed);
    }

    void manifestSecretsAreMasked()
    {
        const QString manifest = fixture(QStringLiteral("helm/manifest-postgresql-r2.yaml"));
        QVERIFY(manifest.contains(QLatin1String("MjVkMzA4ZDljNTc3MTYzM2U3ZWY=")));
        Redactor redactor;
        const QString shown = redactor.redactManifest(manifest
                                                      + QStringLiteral("---\nkind: Secret\nmetadata:\n  name: x\nstringData:\n"
                                                                       "  username: admin\n  config.json: |\n    {\"k\": \"v\"}\n"));
        QVERIFY(!shown.contains(QLatin1String("MjVkMzA4ZDljNTc3MTYzM2U3ZWY=")));
        QVERIFY(!shown.contains(QLatin1String("MTU1MjM3NWY4NDk2ZmE4NzM1NmQ=")));
        QVERIFY(!shown.contains(QLatin1String("admin")));
        QVERIFY(!shown.contains(QLatin1String("\"k\": \"v\"")));
        QVERIFY(shown.contains(QLatin1String("  postgres-password: ***")));
        QVERIFY(shown.contains(QLatin1String("  username: ***")));
        // Everything outside Secret data stays as it was.
        QVERIFY(shown.contains(QLatin1String("storage: 50Gi")));
        QVERIFY(shown.contains(QLatin1String("name: postgresql-secret")));
        QCOMPARE(shown.count(QLatin1Char('\n')), manifest.count(QLatin1Char('\n')) + 8);
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseDetails)
#include "tst_releasedetails.moc"
