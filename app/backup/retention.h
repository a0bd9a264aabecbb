#pragma once

#include "backup/backuprecord.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace chartroom::backup {

/// How many backups of one release to keep, in the style of `restic forget --keep-*`.
///
/// Each count is a number of buckets; 0 means "none of this kind". Only complete backups
/// (Verified or Unverified) fill buckets, and a bucket keeps the newest backup in it:
/// - keepLast:    the N newest complete backups;
/// - keepDaily:   the newest backup of each of the N newest UTC days that have one;
/// - keepWeekly:  the same per ISO 8601 week (UTC), e.g. 2026-W53 runs into January 2027;
/// - keepMonthly: the same per UTC calendar month.
/// A backup kept by several rules is kept once. Whatever the counts, planPrune() never removes
/// the newest Verified backup of a release (so an all-zero policy keeps exactly that one).
struct RetentionPolicy
{
    int keepLast = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;

    /// {"keepLast": 7, "keepDaily": 30, "keepWeekly": 13, "keepMonthly": 12}; every key written.
    [[nodiscard]] QJsonObject toJson() const;
    /// Reads what toJson() writes. A missing key means 0; a negative or non-integer count, or an
    /// unknown key (a typo such as "keepDayly" would otherwise silently mean "keep none"), is the
    /// error "backup.bad-retention-policy".
    static Result<RetentionPolicy> fromJson(const QJsonObject &object);
    /// One translated sentence, e.g. "keep the last 7, 30 daily, 13 weekly and 12 monthly backups".
    [[nodiscard]] QString describe() const;

    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

/// The default policy for a release of DR tier 1–4; std::nullopt (or any other number) is
/// "untiered". The numbers come from the chart collection's retention facts; see retention.cpp
/// for where each one comes from and which of the three inconsistent sources wins.
RetentionPolicy defaultPolicyForTier(std::optional<int> tier);

/// Whether one backup stays, and every reason why (kept backups may have several).
struct PruneDecision
{
    BackupRecord backup;
    bool keep = true;
    /// Translated, short: "last 7", "daily 2026-11-20", "weekly 2026-W47", "monthly 2026-11",
    /// "newest verified backup of the release", "in progress", "incomplete: older than 24 h"...
    QStringList reasons;
};

/// What a prune would do, before anything is deleted: the caller shows describe(), then calls
/// BackupRepository::remove() for each of toRemove().
struct PrunePlan
{
    /// Every backup given to planPrune(), grouped by release (releases in key order), newest first.
    QList<PruneDecision> decisions;
    /// Sum of the manifests' storedBytes over the removed backups. Incomplete backups have no
    /// manifest, so what they occupy on disk is not counted.
    qint64 bytesFreed = 0;

    /// The backups to remove, in the order of `decisions`.
    [[nodiscard]] QList<BackupRecord> toRemove() const;
    /// Translated, for the review page and `--dry-run`: a summary line, then per release a header
    /// and one line per backup ("remove <id> (<time>, <state>, <size>): <reasons>"). Names every
    /// backup that would be removed.
    [[nodiscard]] QStringList describe() const;
};

/// Decides, per release (BackupRecord::releaseKey), which backups to keep. Pure: reads nothing,
/// deletes nothing. `policyFor` is asked once per release; `now` dates the 24-hour grace below.
///
/// Rules, applied to each release's backups:
/// - Verified and Unverified backups are kept when the release's policy keeps them (see
///   RetentionPolicy), otherwise removed.
/// - The newest Verified backup is never removed, whatever the policy.
/// - InProgress backups are never removed.
/// - Incomplete and Failed backups are removed once they started more than 24 h before `now`;
///   younger ones are kept, since a backup may still be finishing on another machine (and a fresh
///   failure is worth a look). An Incomplete one whose start time is unknown is kept.
/// - Bad backups (failed verification) are removed only when a newer Verified backup of the
///   release exists; otherwise they are kept as the only evidence of that point in time.
PrunePlan planPrune(const QList<BackupRecord> &backups,
                    const std::function<RetentionPolicy(const QString &releaseKey)> &policyFor, const QDateTime &now);

} // namespace chartroom::backup
