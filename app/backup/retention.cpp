#include "backup/retention.h"

#include <QJsonValue>
#include <QLocale>
#include <QMap>
#include <QObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

// A backup that started this long ago and still has no (complete) manifest is not going to get
// one: no Chartroom backup takes a day (the chart collection's slowest tier takes 5-15 min).
constexpr qint64 GraceSeconds = 24 * 60 * 60;

const QString KeepLastKey = u"keepLast"_s;
const QString KeepDailyKey = u"keepDaily"_s;
const QString KeepWeeklyKey = u"keepWeekly"_s;
const QString KeepMonthlyKey = u"keepMonthly"_s;

QString dayKey(const QDate &date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

// ISO 8601: the week-year differs from the calendar year around New Year (2027-01-01 is in 2026-W53).
QString weekKey(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString monthKey(const QDate &date)
{
    return date.toString(u"yyyy-MM"_s);
}

// Newest first; a backup whose time is unknown sorts as the oldest. Ties by id, so that the
// plan does not depend on the order the repository listed the backups in.
bool newerFirst(const BackupRecord &a, const BackupRecord &b)
{
    const QDateTime ta = a.time();
    const QDateTime tb = b.time();
    if (ta.isValid() != tb.isValid())
        return ta.isValid();
    if (ta != tb)
        return ta > tb;
    return a.id > b.id;
}

/// One kind of restic bucket: keeps the newest backup of each of the first `remaining` distinct keys.
struct Bucket
{
    int remaining = 0;
    QString lastKey;

    bool take(const QString &key)
    {
        if (remaining <= 0 || key.isEmpty() || key == lastKey)
            return false;
        lastKey = key;
        --remaining;
        return true;
    }
};

RetentionPolicy sanitized(RetentionPolicy policy)
{
    policy.keepLast = std::max(policy.keepLast, 0);
    policy.keepDaily = std::max(policy.keepDaily, 0);
    policy.keepWeekly = std::max(policy.keepWeekly, 0);
    policy.keepMonthly = std::max(policy.keepMonthly, 0);
    return policy;
}

QList<PruneDecision> decideRelease(QList<BackupRecord> backups, const RetentionPolicy &policy, const QDateTime &now)
{
    std::stable_sort(backups.begin(), backups.end(), newerFirst);

    Bucket last{policy.keepLast, {}};
    Bucket daily{policy.keepDaily, {}};
    Bucket weekly{policy.keepWeekly, {}};
    Bucket monthly{policy.keepMonthly, {}};
    bool seenVerified = false; // while walking newest → oldest: a newer Verified backup exists

    QList<PruneDecision> decisions;
    decisions.reserve(backups.size());
    int completeIndex = 0;
    for (const BackupRecord &backup : std::as_const(backups)) {
        PruneDecision d{backup, true, {}};
        const QDateTime time = backup.time();
        switch (backup.state) {
        case BackupState::InProgress:
            d.reasons.append(QObject::tr("in progress"));
            break;
        case BackupState::Incomplete:
        case BackupState::Failed: {
            const bool incomplete = backup.state == BackupState::Incomplete;
            if (!time.isValid()) {
                d.reasons.append(QObject::tr("incomplete: start time unknown"));
            } else if (time.secsTo(now) > GraceSeconds) {
                d.keep = false;
                d.reasons.append(incomplete ? QObject::tr("incomplete: older than 24 h")
                                            : QObject::tr("failed: older than 24 h"));
            } else {
                d.reasons.append(incomplete ? QObject::tr("incomplete: younger than 24 h, may still be finishing")
                                            : QObject::tr("failed: younger than 24 h"));
            }
            break;
        }
        case BackupState::Bad:
            if (seenVerified) {
                d.keep = false;
                d.reasons.append(QObject::tr("bad: a newer verified backup exists"));
            } else {
                d.reasons.append(QObject::tr("bad, but the only evidence"));
            }
            break;
        case BackupState::Verified:
        case BackupState::Unverified: {
            if (backup.state == BackupState::Verified && !seenVerified)
                d.reasons.append(QObject::tr("newest verified backup of the release"));
            ++completeIndex;
            if (last.take(QString::number(completeIndex)))
                d.reasons.append(QObject::tr("last %1").arg(policy.keepLast));
            // Buckets are UTC dates, whatever zone the manifest's time was written in.
            const QDate date = time.toUTC().date();
            if (date.isValid()) {
                if (daily.take(dayKey(date)))
                    d.reasons.append(QObject::tr("daily %1").arg(dayKey(date)));
                if (weekly.take(weekKey(date)))
                    d.reasons.append(QObject::tr("weekly %1").arg(weekKey(date)));
                if (monthly.take(monthKey(date)))
                    d.reasons.append(QObject::tr("monthly %1").arg(monthKey(date)));
            }
            if (d.reasons.isEmpty()) {
                d.keep = false;
                d.reasons.append(QObject::tr("not kept by the retention policy"));
            }
            break;
        }
        }
        if (backup.state == BackupState::Verified)
            seenVerified = true;
        decisions.append(std::move(d));
    }
    return decisions;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : QObject::tr("unknown time");
}

} // namespace

QJsonObject RetentionPolicy::toJson() const
{
    return QJsonObject{
        {KeepLastKey, keepLast},
        {KeepDailyKey, keepDaily},
        {KeepWeeklyKey, keepWeekly},
        {KeepMonthlyKey, keepMonthly},
    };
}

Result<RetentionPolicy> RetentionPolicy::fromJson(const QJsonObject &object)
{
    RetentionPolicy policy;
    const std::array<std::pair<const QString *, int *>, 4> fields{{
        {&KeepLastKey, &policy.keepLast},
        {&KeepDailyKey, &policy.keepDaily},
        {&KeepWeeklyKey, &policy.keepWeekly},
        {&KeepMonthlyKey, &policy.keepMonthly},
    }};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto field =
            std::find_if(fields.begin(), fields.end(), [&](const auto &f) { return *f.first == it.key(); });
        if (field == fields.end())
            return makeError(u"backup.bad-retention-policy"_s,
                             u"The retention policy has an unknown setting \"%1\"."_s.arg(it.key()));
        const QJsonValue value = it.value();
        const double number = value.toDouble(-1);
        // toInt() would silently turn 2.5 or "7" into 0 or 2; a count must be a whole, non-negative number.
        if (!value.isDouble() || number < 0 || number != static_cast<double>(value.toInt(-1)))
            return makeError(u"backup.bad-retention-policy"_s,
                             u"The retention setting \"%1\" must be a whole number of 0 or more."_s.arg(it.key()));
        *field->second = value.toInt();
    }
    return policy;
}

QString RetentionPolicy::describe() const
{
    QStringList parts;
    if (keepLast > 0)
        parts.append(QObject::tr("the last %1").arg(keepLast));
    if (keepDaily > 0)
        parts.append(QObject::tr("%1 daily").arg(keepDaily));
    if (keepWeekly > 0)
        parts.append(QObject::tr("%1 weekly").arg(keepWeekly));
    if (keepMonthly > 0)
        parts.append(QObject::tr("%1 monthly").arg(keepMonthly));
    if (parts.isEmpty())
        return QObject::tr("keep only the newest verified backup");
    return QObject::tr("keep %1 backups, and always the newest verified one").arg(parts.join(u", "_s));
}

// Where the numbers come from (sb-helm-charts, docs/backup-orchestration-guide.md
// retention-policies.yaml; facts §2 and §8.6). A Chartroom repository is one place that plays
// every role of the collection's storage classes, so each class's span becomes a bucket kind:
// - local, 7 days, all tiers                      → keepLast 7 and keepDaily 7 (one backup a day,
//                                                    CronJob "0 2 * * *"; daily 7 still spans a
//                                                    week when a day has extra manual backups)
// - S3 hot (STANDARD), 30 days, T1–T2             → keepDaily 30
// - S3 warm (STANDARD_IA), 90 days, T1–T3         → keepWeekly 13 (90 / 7)
// - S3 cold (GLACIER), 365 days, T1; expire at 365 days, T2–T4 → keepMonthly 12
// The three sources disagree (§8.6): configure-s3-lifecycle.sh expires T3 at 90 d and T4 at
// 30 d, the policy table and the DR guide keep T2–T4 for 365 d. The longest wins here: a prune
// cannot be undone, and a user who wants less can say so. T1 is never expired by the policy
// table (it moves to GLACIER); a local repository has no archive class, so T1 also stops at a
// year of monthly backups: copy older ones elsewhere, or raise keepMonthly.
RetentionPolicy defaultPolicyForTier(std::optional<int> tier)
{
    switch (tier.value_or(0)) {
    case 1: // local + hot + warm + cold
    case 2: // local + hot + warm + expire 365 d
        return {7, 30, 13, 12};
    case 3: // local + warm + expire 365 d (the lifecycle script's 90 d loses)
        return {7, 7, 13, 12};
    case 4: // local + expire 365 d (the lifecycle script's 30 d loses); mostly stateless charts
        return {7, 7, 0, 12};
    default:
        // Untiered: nothing says how much the release matters, so it gets the most any tier
        // gets; pruning is the one backup operation that cannot be undone.
        return {7, 30, 13, 12};
    }
}

QList<BackupRecord> PrunePlan::toRemove() const
{
    QList<BackupRecord> result;
    for (const PruneDecision &d : decisions)
        if (!d.keep)
            result.append(d.backup);
    return result;
}

QStringList PrunePlan::describe() const
{
    const QLocale locale;
    QStringList lines;
    const qsizetype removed = toRemove().size();
    if (removed == 0)
        lines.append(
            QObject::tr("Nothing to remove: all %n backup(s) are kept.", nullptr, static_cast<int>(decisions.size())));
    else
        lines.append(QObject::tr("Remove %1 of %2 backups, freeing %3.")
                         .arg(removed)
                         .arg(decisions.size())
                         .arg(locale.formattedDataSize(bytesFreed)));

    QString currentRelease;
    bool first = true;
    for (const PruneDecision &d : decisions) {
        if (first || d.backup.releaseKey != currentRelease) {
            first = false;
            currentRelease = d.backup.releaseKey;
            const auto inRelease = std::count_if(decisions.begin(), decisions.end(), [&](const PruneDecision &o) {
                return o.backup.releaseKey == currentRelease;
            });
            const auto removedInRelease =
                std::count_if(decisions.begin(), decisions.end(),
                              [&](const PruneDecision &o) { return o.backup.releaseKey == currentRelease && !o.keep; });
            lines.append(QObject::tr("%1: keep %2, remove %3")
                             .arg(currentRelease.isEmpty() ? QObject::tr("(unknown release)") : currentRelease)
                             .arg(inRelease - removedInRelease)
                             .arg(removedInRelease));
        }
        QString facts = formatTime(d.backup.time()) + u", "_s + backupStateName(d.backup.state);
        if (d.backup.manifest)
            facts += u", "_s + locale.formattedDataSize(d.backup.storedBytes());
        const QString line = d.keep ? QObject::tr("keep %1 (%2): %3") : QObject::tr("remove %1 (%2): %3");
        lines.append(u"  "_s + line.arg(d.backup.id, facts, d.reasons.join(u", "_s)));
    }
    return lines;
}

PrunePlan planPrune(const QList<BackupRecord> &backups,
                    const std::function<RetentionPolicy(const QString &releaseKey)> &policyFor, const QDateTime &now)
{
    QMap<QString, QList<BackupRecord>> byRelease;
    for (const BackupRecord &backup : backups)
        byRelease[backup.releaseKey].append(backup);

    PrunePlan plan;
    for (auto it = byRelease.cbegin(); it != byRelease.cend(); ++it) {
        const RetentionPolicy policy = sanitized(policyFor ? policyFor(it.key()) : defaultPolicyForTier(std::nullopt));
        for (PruneDecision &d : decideRelease(it.value(), policy, now)) {
            if (!d.keep)
                plan.bytesFreed += d.backup.storedBytes();
            plan.decisions.append(std::move(d));
        }
    }
    return plan;
}

} // namespace chartroom::backup
