#include "backup/retention.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <random>

using namespace chartroom;
using namespace chartroom::backup;

namespace {

const QString ReleaseA = QStringLiteral("kind-dev/data/pg");
const QString ReleaseB = QStringLiteral("kind-dev/apps/grafana");

QDateTime utc(int year, int month, int day, int hour = 2, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// A backup as BackupRepository::list() would report it; complete, failed and bad backups carry
// a manifest (its startedAt is what BackupRecord::time() returns), the others only their id.
BackupRecord makeBackup(const QString &releaseKey, const QDateTime &started, BackupState state,
                        qint64 storedBytes = 1000)
{
    static int counter = 0;
    BackupRecord r;
    r.id = started.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) +
           QStringLiteral("-%1").arg(++counter, 6, 16, QLatin1Char('0'));
    r.releaseKey = releaseKey;
    r.directory = QStringLiteral("/repo/") + releaseKey + u'/' + r.id;
    r.state = state;
    if (state != BackupState::Incomplete && state != BackupState::InProgress) {
        BackupManifest m;
        m.id = r.id;
        const QStringList parts = releaseKey.split(u'/');
        m.context = parts.value(0);
        m.releaseNamespace = parts.value(1);
        m.release = parts.value(2);
        m.startedAt = started;
        m.finishedAt = started.addSecs(300);
        ComponentRecord dump;
        dump.id = QStringLiteral("dump");
        dump.storedBytes = storedBytes / 2;
        ComponentRecord values;
        values.id = QStringLiteral("helm-values");
        values.storedBytes = storedBytes - storedBytes / 2;
        m.components = {dump, values};
        r.manifest = m;
    }
    return r;
}

const PruneDecision *decisionFor(const PrunePlan &plan, const QString &id)
{
    for (const PruneDecision &d : plan.decisions)
        if (d.backup.id == id)
            return &d;
    return nullptr;
}

QStringList keptIds(const PrunePlan &plan)
{
    QStringList ids;
    for (const PruneDecision &d : plan.decisions)
        if (d.keep)
            ids.append(d.backup.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

auto fixed(RetentionPolicy policy)
{
    return [policy](const QString &) { return policy; };
}

// One Verified backup a day at 02:00 UTC for `days` days ending on `last`; date → id.
QMap<QDate, QString> dailyHistory(QList<BackupRecord> &out, const QString &releaseKey, const QDate &last, int days)
{
    QMap<QDate, QString> ids;
    for (int i = 0; i < days; ++i) {
        const QDate date = last.addDays(-i);
        const BackupRecord r = makeBackup(releaseKey, QDateTime(date, QTime(2, 0), Qt::UTC), BackupState::Verified);
        ids.insert(date, r.id);
        out.append(r);
    }
    return ids;
}

QStringList idsOf(const QMap<QDate, QString> &ids, const QList<QDate> &dates)
{
    QStringList result;
    for (const QDate &date : dates) {
        Q_ASSERT(ids.contains(date));
        result.append(ids.value(date));
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class tst_Retention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPolicies()
    {
        const RetentionPolicy t1 = defaultPolicyForTier(1);
        QCOMPARE(t1, (RetentionPolicy{7, 30, 13, 12}));
        QCOMPARE(defaultPolicyForTier(2), (RetentionPolicy{7, 30, 13, 12}));
        QCOMPARE(defaultPolicyForTier(3), (RetentionPolicy{7, 7, 13, 12}));
        const RetentionPolicy t4 = defaultPolicyForTier(4);
        QCOMPARE(t4, (RetentionPolicy{7, 7, 0, 12}));
        // Local retention (7 days) is the same for every tier; lower tiers never keep more.
        for (int tier = 1; tier <= 4; ++tier) {
            const RetentionPolicy p = defaultPolicyForTier(tier);
            QCOMPARE(p.keepLast, 7);
            QVERIFY(p.keepDaily >= 7);
            QVERIFY(p.keepDaily <= t1.keepDaily && p.keepWeekly <= t1.keepWeekly && p.keepMonthly <= t1.keepMonthly);
            QVERIFY(p.keepDaily >= t4.keepDaily && p.keepWeekly >= t4.keepWeekly && p.keepMonthly >= t4.keepMonthly);
        }
        // Untiered (and nonsense tiers) get the most any tier gets.
        QCOMPARE(defaultPolicyForTier(std::nullopt), t1);
        QCOMPARE(defaultPolicyForTier(0), t1);
        QCOMPARE(defaultPolicyForTier(7), t1);
    }

    void policyJsonRoundTrip()
    {
        const RetentionPolicy p{3, 0, 5, 24};
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("keepLast")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("keepDaily")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("keepWeekly")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("keepMonthly")).toInt(), 24);
        const Result<RetentionPolicy> back = RetentionPolicy::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), p);

        // Missing keys mean 0.
        const Result<RetentionPolicy> partial =
            RetentionPolicy::fromJson(QJsonObject{{QStringLiteral("keepDaily"), 4}});
        QVERIFY(partial.ok());
        QCOMPARE(partial.value(), (RetentionPolicy{0, 4, 0, 0}));
        QVERIFY(RetentionPolicy::fromJson(QJsonObject{}).ok());
    }

    void policyJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown key") << QByteArray(R"({"keepLast": 3, "keepDayly": 7})");
        QTest::newRow("negative") << QByteArray(R"({"keepLast": -1})");
        QTest::newRow("fraction") << QByteArray(R"({"keepWeekly": 2.5})");
        QTest::newRow("string") << QByteArray(R"({"keepMonthly": "12"})");
        QTest::newRow("null") << QByteArray(R"({"keepDaily": null})");
    }

    void policyJsonErrors()
    {
        QFETCH(QByteArray, json);
        const Result<RetentionPolicy> p = RetentionPolicy::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, QStringLiteral("backup.bad-retention-policy"));
    }

    void policyDescribe()
    {
        const QString text = RetentionPolicy{7, 30, 13, 12}.describe();
        QVERIFY2(text.contains(QStringLiteral("last 7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("30 daily")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("13 weekly")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("12 monthly")), qPrintable(text));
        const QString partial = RetentionPolicy{0, 0, 4, 0}.describe();
        QVERIFY2(partial.contains(QStringLiteral("4 weekly")) && !partial.contains(QStringLiteral("daily")),
                 qPrintable(partial));
        QCOMPARE(RetentionPolicy{}.describe(), QStringLiteral("keep only the newest verified backup"));
    }

    // 120 daily backups (2026-07-30 .. 2026-11-26, a Thursday in ISO week 48) under last 3,
    // daily 7, weekly 4, monthly 3.
    void dailyHistoryExactSurvivors()
    {
        QList<BackupRecord> backups;
        const QMap<QDate, QString> ids = dailyHistory(backups, ReleaseA, QDate(2026, 11, 26), 120);
        QCOMPARE(ids.firstKey(), QDate(2026, 7, 30));
        const PrunePlan plan = planPrune(backups, fixed({3, 7, 4, 3}), utc(2026, 11, 26, 12));

        const QStringList expected =
            idsOf(ids, {
                           // daily 7 (the last 3 are among them)
                           QDate(2026, 11, 26),
                           QDate(2026, 11, 25),
                           QDate(2026, 11, 24),
                           QDate(2026, 11, 23),
                           QDate(2026, 11, 22),
                           QDate(2026, 11, 21),
                           QDate(2026, 11, 20),
                           // weekly 4: W48 (26th), W47 (22nd), then the Sundays ending W46 and W45
                           QDate(2026, 11, 15),
                           QDate(2026, 11, 8),
                           // monthly 3: November (26th), then the last day of October and September
                           QDate(2026, 10, 31),
                           QDate(2026, 9, 30),
                       });
        QCOMPARE(keptIds(plan), expected);
        QCOMPARE(plan.decisions.size(), 120);
        QCOMPARE(plan.toRemove().size(), 120 - expected.size());

        const PruneDecision *newest = decisionFor(plan, ids.value(QDate(2026, 11, 26)));
        QVERIFY(newest);
        QCOMPARE(newest->reasons, (QStringList{QStringLiteral("newest verified backup of the release"),
                                               QStringLiteral("last 3"), QStringLiteral("daily 2026-11-26"),
                                               QStringLiteral("weekly 2026-W48"), QStringLiteral("monthly 2026-11")}));
        QCOMPARE(decisionFor(plan, ids.value(QDate(2026, 11, 24)))->reasons,
                 (QStringList{QStringLiteral("last 3"), QStringLiteral("daily 2026-11-24")}));
        QCOMPARE(decisionFor(plan, ids.value(QDate(2026, 11, 22)))->reasons,
                 (QStringList{QStringLiteral("daily 2026-11-22"), QStringLiteral("weekly 2026-W47")}));
        QCOMPARE(decisionFor(plan, ids.value(QDate(2026, 11, 15)))->reasons,
                 QStringList{QStringLiteral("weekly 2026-W46")});
        QCOMPARE(decisionFor(plan, ids.value(QDate(2026, 9, 30)))->reasons,
                 QStringList{QStringLiteral("monthly 2026-09")});
        const PruneDecision *removed = decisionFor(plan, ids.value(QDate(2026, 11, 19)));
        QVERIFY(!removed->keep);
        QCOMPARE(removed->reasons, QStringList{QStringLiteral("not kept by the retention policy")});

        // Newest first, as the review page lists them.
        QCOMPARE(plan.decisions.first().backup.id, ids.value(QDate(2026, 11, 26)));
        QCOMPARE(plan.decisions.last().backup.id, ids.value(QDate(2026, 7, 30)));
    }

    // The same history under tier 1's default: 30 daily, 8 more weekly, 3 more monthly.
    void dailyHistoryTier1Default()
    {
        QList<BackupRecord> backups;
        const QMap<QDate, QString> ids = dailyHistory(backups, ReleaseA, QDate(2026, 11, 26), 120);
        const PrunePlan plan = planPrune(backups, fixed(defaultPolicyForTier(1)), utc(2026, 11, 26, 12));

        QList<QDate> dates;
        for (int i = 0; i < 30; ++i)
            dates.append(QDate(2026, 11, 26).addDays(-i)); // 2026-10-28 .. 2026-11-26
        // weekly 13: W48..W36, i.e. the 26th and 12 Sundays back (W44's Sunday 11-01 is beyond daily)
        for (const QDate &sunday : {QDate(2026, 10, 25), QDate(2026, 10, 18), QDate(2026, 10, 11), QDate(2026, 10, 4),
                                    QDate(2026, 9, 27), QDate(2026, 9, 20), QDate(2026, 9, 13), QDate(2026, 9, 6)})
            dates.append(sunday);
        // monthly 12, but the history holds only 5 months: Nov and Oct are already kept.
        dates += {QDate(2026, 9, 30), QDate(2026, 8, 31), QDate(2026, 7, 31)};
        QCOMPARE(keptIds(plan), idsOf(ids, dates));
        QCOMPARE(keptIds(plan).size(), 41);
        // A month's bucket keeps its newest backup only: the oldest (July 30th) goes.
        QVERIFY(!decisionFor(plan, ids.value(QDate(2026, 7, 30)))->keep);
    }

    void releasesAreIndependent()
    {
        QList<BackupRecord> backups;
        const QMap<QDate, QString> a = dailyHistory(backups, ReleaseA, QDate(2026, 11, 26), 10);
        const QMap<QDate, QString> b = dailyHistory(backups, ReleaseB, QDate(2026, 11, 26), 10);
        QStringList asked;
        const auto policyFor = [&asked](const QString &key) {
            asked.append(key);
            return key == ReleaseA ? RetentionPolicy{2, 0, 0, 0} : RetentionPolicy{5, 0, 0, 0};
        };
        const PrunePlan plan = planPrune(backups, policyFor, utc(2026, 11, 26, 12));

        asked.sort();
        QCOMPARE(asked, (QStringList{ReleaseB, ReleaseA})); // once per release
        QStringList expected = idsOf(a, {QDate(2026, 11, 26), QDate(2026, 11, 25)}) +
                               idsOf(b, {QDate(2026, 11, 26), QDate(2026, 11, 25), QDate(2026, 11, 24),
                                         QDate(2026, 11, 23), QDate(2026, 11, 22)});
        expected.sort();
        QCOMPARE(keptIds(plan), expected);
        // Each release keeps its own newest verified backup, and decisions are grouped by release.
        QCOMPARE(plan.decisions.size(), 20);
        QCOMPARE(plan.decisions.at(0).backup.releaseKey, ReleaseB); // "kind-dev/apps/..." sorts first
        QCOMPARE(plan.decisions.at(0).reasons.first(), QStringLiteral("newest verified backup of the release"));
        QCOMPARE(plan.decisions.at(10).backup.releaseKey, ReleaseA);
        QCOMPARE(plan.decisions.at(10).reasons.first(), QStringLiteral("newest verified backup of the release"));
    }

    void newestVerifiedSurvivesZeroPolicy()
    {
        QList<BackupRecord> backups;
        for (int day = 20; day <= 23; ++day)
            backups.append(makeBackup(ReleaseA, utc(2026, 11, day), BackupState::Verified));
        const QString newestVerified = backups.last().id;
        backups.append(makeBackup(ReleaseA, utc(2026, 11, 24), BackupState::Unverified));
        backups.append(makeBackup(ReleaseA, utc(2026, 11, 25), BackupState::Unverified));

        const PrunePlan plan = planPrune(backups, fixed({}), utc(2026, 11, 26, 12));
        QCOMPARE(keptIds(plan), QStringList{newestVerified});
        QCOMPARE(decisionFor(plan, newestVerified)->reasons,
                 QStringList{QStringLiteral("newest verified backup of the release")});
        QCOMPARE(plan.toRemove().size(), 5);

        // A negative count (a hand-edited setting) is "none", not a crash or "keep all".
        const PrunePlan negative = planPrune(backups, fixed({-3, -1, -1, -1}), utc(2026, 11, 26, 12));
        QCOMPARE(keptIds(negative), QStringList{newestVerified});

        // Without any Verified backup, an all-zero policy keeps no complete backup.
        QList<BackupRecord> unverifiedOnly{makeBackup(ReleaseB, utc(2026, 11, 25), BackupState::Unverified)};
        QCOMPARE(planPrune(unverifiedOnly, fixed({}), utc(2026, 11, 26, 12)).toRemove().size(), 1);
    }

    // Buckets count Verified and Unverified backups alike and keep the newest of each bucket.
    void bucketsKeepNewestCompleteBackup()
    {
        const BackupRecord verified24 = makeBackup(ReleaseA, utc(2026, 11, 24, 2), BackupState::Verified);
        const BackupRecord unverified24 = makeBackup(ReleaseA, utc(2026, 11, 24, 14), BackupState::Unverified);
        const BackupRecord verified25 = makeBackup(ReleaseA, utc(2026, 11, 25, 2), BackupState::Verified);
        const BackupRecord unverified25 = makeBackup(ReleaseA, utc(2026, 11, 25, 14), BackupState::Unverified);
        const PrunePlan plan =
            planPrune({verified24, unverified24, verified25, unverified25}, fixed({0, 2, 0, 0}), utc(2026, 11, 26, 12));
        QCOMPARE(keptIds(plan), (QStringList{unverified24.id, verified25.id, unverified25.id}));
        QCOMPARE(decisionFor(plan, verified25.id)->reasons,
                 QStringList{QStringLiteral("newest verified backup of the release")});
        QCOMPARE(decisionFor(plan, unverified24.id)->reasons, QStringList{QStringLiteral("daily 2026-11-24")});
        QVERIFY(!decisionFor(plan, verified24.id)->keep);
    }

    void inProgressNeverRemoved()
    {
        const BackupRecord verified = makeBackup(ReleaseA, utc(2026, 11, 25), BackupState::Verified);
        const BackupRecord running = makeBackup(ReleaseA, utc(2026, 11, 20), BackupState::InProgress);
        const BackupRecord fresh = makeBackup(ReleaseA, utc(2026, 11, 26, 11), BackupState::InProgress);
        const PrunePlan plan = planPrune({verified, running, fresh}, fixed({}), utc(2026, 11, 26, 12));
        QCOMPARE(keptIds(plan), (QStringList{running.id, verified.id, fresh.id}));
        QCOMPARE(decisionFor(plan, running.id)->reasons, QStringList{QStringLiteral("in progress")});
        // An in-progress backup does not take a keep-last slot.
        const PrunePlan last1 = planPrune({verified, fresh}, fixed({1, 0, 0, 0}), utc(2026, 11, 26, 12));
        QVERIFY(decisionFor(last1, verified.id)->reasons.contains(QStringLiteral("last 1")));
    }

    void incompleteAndFailedAfter24Hours_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("ageMinutes");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<QString>("reason");
        const int incomplete = static_cast<int>(BackupState::Incomplete);
        const int failed = static_cast<int>(BackupState::Failed);
        QTest::newRow("incomplete 23 h") << incomplete << 23 * 60 << true
                                         << QStringLiteral("incomplete: younger than 24 h, may still be finishing");
        QTest::newRow("incomplete exactly 24 h")
            << incomplete << 24 * 60 << true << QStringLiteral("incomplete: younger than 24 h, may still be finishing");
        QTest::newRow("incomplete 25 h") << incomplete << 25 * 60 << false
                                         << QStringLiteral("incomplete: older than 24 h");
        QTest::newRow("incomplete 30 days")
            << incomplete << 30 * 24 * 60 << false << QStringLiteral("incomplete: older than 24 h");
        QTest::newRow("failed 1 h") << failed << 60 << true << QStringLiteral("failed: younger than 24 h");
        QTest::newRow("failed 25 h") << failed << 25 * 60 << false << QStringLiteral("failed: older than 24 h");
    }

    void incompleteAndFailedAfter24Hours()
    {
        QFETCH(int, state);
        QFETCH(int, ageMinutes);
        QFETCH(bool, keep);
        QFETCH(QString, reason);
        const QDateTime now = utc(2026, 11, 26, 12);
        const BackupRecord verified = makeBackup(ReleaseA, utc(2026, 10, 1), BackupState::Verified);
        const BackupRecord r = makeBackup(ReleaseA, now.addSecs(-60 * ageMinutes), static_cast<BackupState>(state));
        // The most generous policy changes nothing: only complete backups fill buckets.
        const PrunePlan plan = planPrune({verified, r}, fixed({100, 100, 100, 100}), now);
        const PruneDecision *d = decisionFor(plan, r.id);
        QVERIFY(d);
        QCOMPARE(d->keep, keep);
        QCOMPARE(d->reasons, QStringList{reason});
        QVERIFY(decisionFor(plan, verified.id)->keep);
    }

    void incompleteWithoutTimeIsKept()
    {
        BackupRecord odd;
        odd.id = QStringLiteral("not-a-backup-id");
        odd.releaseKey = ReleaseA;
        odd.state = BackupState::Incomplete;
        const PrunePlan plan = planPrune({odd}, fixed({}), utc(2026, 11, 26, 12));
        QCOMPARE(plan.decisions.size(), 1);
        QVERIFY(plan.decisions.first().keep);
        QCOMPARE(plan.decisions.first().reasons, QStringList{QStringLiteral("incomplete: start time unknown")});
    }

    void badBackups()
    {
        const QDateTime now = utc(2026, 11, 26, 12);
        const BackupRecord oldBad = makeBackup(ReleaseA, utc(2026, 11, 20), BackupState::Bad);
        const BackupRecord verified = makeBackup(ReleaseA, utc(2026, 11, 22), BackupState::Verified);
        const BackupRecord newBad = makeBackup(ReleaseA, utc(2026, 11, 24), BackupState::Bad);
        const BackupRecord unverified = makeBackup(ReleaseA, utc(2026, 11, 25), BackupState::Unverified);

        const PrunePlan plan = planPrune({oldBad, verified, newBad, unverified}, fixed({1, 0, 0, 0}), now);
        QVERIFY(!decisionFor(plan, oldBad.id)->keep);
        QCOMPARE(decisionFor(plan, oldBad.id)->reasons,
                 QStringList{QStringLiteral("bad: a newer verified backup exists")});
        QVERIFY(decisionFor(plan, newBad.id)->keep);
        QCOMPARE(decisionFor(plan, newBad.id)->reasons, QStringList{QStringLiteral("bad, but the only evidence")});
        // A bad backup never fills a bucket: keep-last 1 goes to the newest complete one.
        QCOMPARE(decisionFor(plan, unverified.id)->reasons, QStringList{QStringLiteral("last 1")});
        QVERIFY(decisionFor(plan, verified.id)->keep);

        // No verified backup at all: every bad one is kept.
        const BackupRecord lonelyBad = makeBackup(ReleaseB, utc(2026, 10, 1), BackupState::Bad);
        const BackupRecord otherBad = makeBackup(ReleaseB, utc(2026, 11, 1), BackupState::Bad);
        const PrunePlan onlyBad = planPrune({lonelyBad, otherBad}, fixed({}), now);
        QCOMPARE(onlyBad.toRemove().size(), 0);
        QCOMPARE(decisionFor(onlyBad, lonelyBad.id)->reasons,
                 QStringList{QStringLiteral("bad, but the only evidence")});

        // A verified backup of another release does not count.
        const PrunePlan mixed = planPrune({lonelyBad, verified}, fixed({}), now);
        QVERIFY(decisionFor(mixed, lonelyBad.id)->keep);
    }

    void describeAndBytesFreed()
    {
        const QDateTime now = utc(2026, 11, 26, 12);
        QList<BackupRecord> backups;
        for (int day = 1; day <= 25; ++day)
            backups.append(makeBackup(ReleaseA, utc(2026, 11, day), BackupState::Verified, 1000 * day));
        backups.append(makeBackup(ReleaseA, utc(2026, 11, 10), BackupState::Incomplete));
        backups.append(makeBackup(ReleaseA, utc(2026, 11, 11), BackupState::Failed, 777));
        backups.append(makeBackup(ReleaseA, utc(2026, 11, 12), BackupState::Bad, 555));
        backups.append(makeBackup(ReleaseB, utc(2026, 11, 2), BackupState::Unverified, 1 << 20));
        backups.append(makeBackup(ReleaseB, utc(2026, 11, 25), BackupState::Verified, 1 << 20));

        const auto policyFor = [](const QString &key) {
            return key == ReleaseA ? RetentionPolicy{3, 0, 0, 0} : RetentionPolicy{};
        };
        const PrunePlan plan = planPrune(backups, policyFor, now);
        const QList<BackupRecord> removed = plan.toRemove();
        QCOMPARE(removed.size(), 22 + 1 + 1 + 1 + 1);
        qint64 expectedBytes = 0;
        for (const BackupRecord &r : removed)
            expectedBytes += r.manifest ? r.manifest->storedBytes() : 0;
        // Days 1..22 (1000 × 253), the failed and bad ones, release B's older backup.
        QCOMPARE(expectedBytes, 1000 * 253 + 777 + 555 + (1 << 20));
        QCOMPARE(plan.bytesFreed, expectedBytes);

        const QStringList lines = plan.describe();
        const QString text = lines.join(u'\n');
        QVERIFY2(lines.first().startsWith(QStringLiteral("Remove 26 of 30 backups")), qPrintable(text));
        for (const BackupRecord &r : removed) {
            const auto line =
                std::find_if(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(r.id); });
            QVERIFY2(line != lines.end(), qPrintable(r.id));
            QVERIFY2(line->trimmed().startsWith(QStringLiteral("remove ")), qPrintable(*line));
        }
        for (const PruneDecision &d : plan.decisions) {
            if (d.keep)
                QVERIFY2(text.contains(QStringLiteral("keep ") + d.backup.id), qPrintable(d.backup.id));
        }
        QVERIFY2(text.contains(ReleaseA + QStringLiteral(": keep 3, remove 25")), qPrintable(text));
        QVERIFY2(text.contains(ReleaseB + QStringLiteral(": keep 1, remove 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("incomplete: older than 24 h")), qPrintable(text));

        const PrunePlan nothing = planPrune({}, fixed({}), now);
        QCOMPARE(nothing.bytesFreed, 0);
        QCOMPARE(nothing.describe().size(), 1);
    }

    // 2026 has 53 ISO weeks: 2026-W53 runs from Monday 2026-12-28 to Sunday 2027-01-03.
    void newYearBoundaries()
    {
        QList<BackupRecord> backups;
        const QMap<QDate, QString> ids = dailyHistory(backups, ReleaseA, QDate(2027, 1, 5), 13); // from 2026-12-24
        const QDateTime now = utc(2027, 1, 5, 12);

        const PrunePlan weekly = planPrune(backups, fixed({0, 0, 3, 0}), now);
        QCOMPARE(keptIds(weekly), idsOf(ids, {QDate(2027, 1, 5), QDate(2027, 1, 3), QDate(2026, 12, 27)}));
        QVERIFY(decisionFor(weekly, ids.value(QDate(2027, 1, 5)))->reasons.contains(QStringLiteral("weekly 2027-W01")));
        QCOMPARE(decisionFor(weekly, ids.value(QDate(2027, 1, 3)))->reasons,
                 QStringList{QStringLiteral("weekly 2026-W53")});
        QCOMPARE(decisionFor(weekly, ids.value(QDate(2026, 12, 27)))->reasons,
                 QStringList{QStringLiteral("weekly 2026-W52")});
        // New Year's Day is in the same ISO week as the 3rd: not kept.
        QVERIFY(!decisionFor(weekly, ids.value(QDate(2027, 1, 1)))->keep);

        const PrunePlan monthly = planPrune(backups, fixed({0, 0, 0, 2}), now);
        QCOMPARE(keptIds(monthly), idsOf(ids, {QDate(2027, 1, 5), QDate(2026, 12, 31)}));
        QCOMPARE(decisionFor(monthly, ids.value(QDate(2026, 12, 31)))->reasons,
                 QStringList{QStringLiteral("monthly 2026-12")});

        // Buckets are UTC: 00:30 on New Year's Day at UTC+2 is still December 31st.
        const BackupRecord lateDecember = makeBackup(ReleaseB, utc(2026, 12, 31, 2), BackupState::Verified);
        const BackupRecord eastern = makeBackup(
            ReleaseB, QDateTime(QDate(2027, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 2 * 3600), BackupState::Unverified);
        const PrunePlan zoned = planPrune({lateDecember, eastern}, fixed({0, 2, 0, 2}), now);
        QCOMPARE(decisionFor(zoned, eastern.id)->reasons,
                 (QStringList{QStringLiteral("daily 2026-12-31"), QStringLiteral("monthly 2026-12")}));
        QCOMPARE(decisionFor(zoned, lateDecember.id)->reasons,
                 QStringList{QStringLiteral("newest verified backup of the release")});
    }

    // The plan depends on the backups, not on the order the repository listed them in.
    void planIgnoresInputOrder()
    {
        QList<BackupRecord> backups;
        dailyHistory(backups, ReleaseA, QDate(2026, 11, 26), 60);
        dailyHistory(backups, ReleaseB, QDate(2026, 11, 20), 30);
        backups.append(makeBackup(ReleaseA, utc(2026, 11, 26, 1), BackupState::Failed));
        backups.append(makeBackup(ReleaseA, utc(2026, 11, 10, 1), BackupState::Bad));
        const PrunePlan sorted = planPrune(backups, fixed({2, 5, 3, 2}), utc(2026, 11, 26, 12));

        std::mt19937 random(42);
        std::shuffle(backups.begin(), backups.end(), random);
        const PrunePlan shuffled = planPrune(backups, fixed({2, 5, 3, 2}), utc(2026, 11, 26, 12));
        QCOMPARE(shuffled.decisions.size(), sorted.decisions.size());
        for (qsizetype i = 0; i < sorted.decisions.size(); ++i) {
            QCOMPARE(shuffled.decisions.at(i).backup.id, sorted.decisions.at(i).backup.id);
            QCOMPARE(shuffled.decisions.at(i).keep, sorted.decisions.at(i).keep);
            QCOMPARE(shuffled.decisions.at(i).reasons, sorted.decisions.at(i).reasons);
        }
        QCOMPARE(shuffled.bytesFreed, sorted.bytesFreed);
    }
};

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_retention.moc"
